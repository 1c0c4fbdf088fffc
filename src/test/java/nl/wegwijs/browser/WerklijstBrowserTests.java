package nl.wegwijs.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teamleider's start page (inbox, worklist in counts, caseload) and the worklist with "what is next, and when",
 * on a laptop (1280 px) and a phone (390 px), without sideways scrolling. Screenshots in target/screenshots.
 */
class WerklijstBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void theTeamleiderStartsWithInboxAndCaseloadAndReachesTheWorklist() {
        TestData.Wereld w = data.wereld();
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        LocalDate vandaag = LocalDate.now();
        trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, vandaag.minusDays(10), "Nieuw"));
        for (String naam : new String[] { "Haddad", "Tesfay", "Rahimi" }) {
            Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, vandaag.minusMonths(3), naam));
            trajecten.accepteer(teamleider, t.id(), 1, w.teamA().id());
            trajecten.wijsToe(teamleider, t.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER,
                    vandaag);
        }

        logIn(teamleider);
        assertThat(page).hasURL(url("/team"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nieuwe aanmeldingen (1)")))
            .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Accepteren\\s*:\\s*Nieuw, Samira$"))))
            .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload per begeleider")))
            .isVisible();
        assertThat(page.locator("#caseload")).containsText(w.als(Rol.VRIJWILLIGER).naam());
        screenshot("werklijst-01-teamleider-start.png");
        page.setViewportSize(390, 844);
        page.reload();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("werklijst-02-teamleider-start-telefoon.png");

        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar alle huishoudens")).click();
        assertThat(page).hasURL(url("/werklijst?weergave=team"));
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Wat is nu aan de beurt")))
            .isVisible();
        assertThat(page.locator("#werklijst-telling")).containsText("4 huishoudens");
        page.locator("#fase").fill("Opstart");
        page.locator("#fase").press("Enter");
        assertThat(page.locator("#werklijst-lijst")).containsText("Er zijn geen huishoudens die aan deze keuze voldoen.");
        page.locator("#fase").fill("");
        page.locator("#fase").press("Enter");
        assertThat(page.locator("#werklijst-telling")).containsText("4 huishoudens");
        screenshot("werklijst-03-teamleider-werklijst.png");
        page.setViewportSize(390, 844);
        page.reload();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("werklijst-04-teamleider-werklijst-telefoon.png");
    }
}
