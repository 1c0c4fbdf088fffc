package nl.wegwijs.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A begeleider records a dual route (language and volunteer work) and a placement on the participation page; the
 * household file loads the section lazily; the page does not scroll sideways at 320 px. Screenshots in
 * target/screenshots (participatie-*.png).
 */
class ParticipatieBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void aBegeleiderRecordsADualRouteAndAPlacementAndTheFileShowsIt() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(10));
        Traject a = wereld.a();
        Medewerker b = wereld.w().als(Rol.BEGELEIDER);
        String pagina = "/huishoudens/" + a.huishouden() + "/participatie";
        page.setViewportSize(1280, 900);
        logIn(b);
        page.navigate(url(pagina));
        page.locator("#fase-nieuw summary").click();
        page.locator("#persoon").selectOption(new SelectOption().setLabel("Samira Haddad"));
        page.locator("#fase").selectOption("MEEDOEN_EN_TAAL");
        page.locator("#van").fill(LocalDate.now().minusMonths(6).toString());
        page.locator("#notitie").fill("Taalcafé en taalles drie ochtenden");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fase opslaan")).click();
        assertThat(page.getByText("Fase 1 is vastgelegd.")).isVisible();

        page.locator("#fase-nieuw summary").click();
        page.locator("#persoon").selectOption(new SelectOption().setLabel("Samira Haddad"));
        page.locator("#fase").selectOption("VRIJWILLIGERSWERK_OF_STAGE");
        page.locator("#van").fill(LocalDate.now().minusMonths(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fase opslaan")).click();

        page.locator("#plaatsing-nieuw summary").click();
        page.locator("#deelnemer").selectOption(new SelectOption().setLabel("Samira Haddad"));
        page.locator("#soort").selectOption("VRIJWILLIGERSWERK");
        page.locator("#organisatie").fill("Voedselbank uitdeelpunt Centrum");
        page.locator("#urenPerWeek").fill("6");
        page.locator("#start").fill(LocalDate.now().minusMonths(1).toString());
        page.locator("#taalniveauAkkoord").check();
        page.locator("#taalniveau").selectOption("A1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plaatsing opslaan")).click();
        assertThat(page.getByText("Duaal traject").first()).isVisible();
        assertThat(page.getByText("Vrijwilligerswerk bij Voedselbank uitdeelpunt Centrum")).isVisible();
        screenshot("participatie-pagina-desktop.png");

        page.setViewportSize(320, 640);
        page.navigate(url(pagina));
        int breedte = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        screenshot("participatie-pagina-320.png");
        assertThat(breedte).as("page width at 320 px").isLessThanOrEqualTo(320);

        page.setViewportSize(1280, 900);
        page.navigate(url("/huishoudens/" + a.huishouden()));
        openSecties();
        page.locator("#participatie-kop").scrollIntoViewIfNeeded();
        assertThat(page.locator("#participatie-inhoud .wegwijs-duaal")).isVisible();
        screenshot("participatie-dossier-desktop.png");
    }
}
