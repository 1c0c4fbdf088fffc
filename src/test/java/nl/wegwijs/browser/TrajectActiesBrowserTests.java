package nl.wegwijs.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, points 6 and 7, in a real browser: the teamleider finds a guide of another team by name (htmx), ends the
 * assignment after a confirmation, assigns the same person again the same day, closes the trajectory after a
 * confirmation and reopens it. Screenshots at 1280 and 390 px in target/screenshots (trajectacties-*).
 */
class TrajectActiesBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void teamleiderEndsAnAssignmentAfterConfirmingClosesAndReopens() {
        TestData.Wereld w = data.wereld();
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        Medewerker anderTeam = w.begeleiderB();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(2));
        trajecten.accepteer(teamleider, t.id(), 1, w.teamA().id());
        trajecten.start(teamleider, t.id(), 2, LocalDate.now().minusDays(5));

        logIn(teamleider);
        page.navigate(url("/huishoudens/" + t.huishouden()));

        // the team first: begeleider B (team B) is not in the short list, the search finds her
        Locator toewijzen = formulier("Begeleider of vrijwilliger toewijzen");
        assertThat(toewijzen.locator("#medewerker option")).not().containsText(new String[] { anderTeam.naam() });
        toewijzen.getByLabel("Of zoek iemand anders op naam").pressSequentially("begeleider-b");
        Locator gevonden = toewijzen.getByLabel(anderTeam.naam() + " (Begeleider, Team B)");
        assertThat(gevonden).isVisible();
        screenshot("trajectacties-01-zoeken.png");
        gevonden.check();
        toewijzen.locator("#rol").selectOption(new SelectOption().setLabel("Begeleider"));
        toewijzen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toewijzen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De toewijzing is vastgelegd.");

        // ending asks first, naming who and from when
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
            .setName("Toewijzing van " + anderTeam.naam() + " beëindigen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Toewijzing beëindigen?")))
            .isVisible();
        assertThat(page.locator("main")).containsText(anderTeam.naam() + " is begeleider bij Haddad, Samira");
        assertThat(page.getByLabel("Laatste dag van de toewijzing")).hasValue(LocalDate.now().toString());
        screenshot("trajectacties-02-bevestig-einde.png");
        page.setViewportSize(390, 844);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("trajectacties-03-bevestig-einde-telefoon.png");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
            .setName("Ja, toewijzing van " + anderTeam.naam() + " beëindigen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De toewijzing is beëindigd.");

        // the same person again today: one period continues
        toewijzen = formulier("Begeleider of vrijwilliger toewijzen");
        toewijzen.getByLabel("Of zoek iemand anders op naam").fill("begeleider-b");
        toewijzen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zoeken")).click();
        toewijzen = formulier("Begeleider of vrijwilliger toewijzen");
        toewijzen.getByLabel(anderTeam.naam() + " (Begeleider, Team B)").check();
        toewijzen.locator("#rol").selectOption(new SelectOption().setLabel("Begeleider"));
        toewijzen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toewijzen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De toewijzing is vastgelegd.");
        assertThat(page.locator("#traject-kop ~ ul").first()).containsText("sinds");

        // closing asks first, then the file shows the end state; the teamleider reopens
        Locator afsluiten = formulier("Begeleiding afsluiten");
        afsluiten.locator("#eindstatus").selectOption(new SelectOption().setLabel("Overgedragen"));
        afsluiten.locator("#eindreden").selectOption("WARME_OVERDRACHT");
        afsluiten.getByLabel("Toelichting (optioneel)").fill("Driegesprek met het wijkteam");
        afsluiten.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afsluiten")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Begeleiding afsluiten?")))
            .isVisible();
        screenshot("trajectacties-04-bevestig-afsluiten.png");
        page.setViewportSize(390, 844);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("trajectacties-05-bevestig-afsluiten-telefoon.png");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, begeleiding afsluiten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De begeleiding is afgesloten.");
        assertThat(page.locator(".wegwijs-paginakop").first()).containsText("Overgedragen op");
        assertThat(page.locator("#termijnen-kop ~ table .termijn-verlopen")).hasCount(0);
        screenshot("trajectacties-06-afgesloten.png");

        Locator heropenen = formulier("Begeleiding heropenen");
        heropenen.getByLabel("Waarom wordt de begeleiding heropend?").fill("Per vergissing afgesloten");
        heropenen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Heropenen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De begeleiding is heropend");
        assertThat(page.locator(".wegwijs-paginakop").first()).containsText("Actief");
        assertThat(page.locator("main")).containsText("Per vergissing afgesloten");
        screenshot("trajectacties-07-heropend.png");
        page.setViewportSize(390, 844);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("trajectacties-08-heropend-telefoon.png");
    }

    private Locator formulier(String kop) {
        return page.locator("form").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(kop))));
    }
}
