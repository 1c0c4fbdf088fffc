package nl.wegwijs.browser;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.overleg.Deelnemer;
import nl.wegwijs.overleg.Overleg;
import nl.wegwijs.overleg.OverlegService;
import nl.wegwijs.overleg.Reeks;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The casuïstiekoverleg in a browser: the teamleider puts a household forward from its file (the lazy section), the
 * regievoerder generates the agenda and records an agreement; the meeting page at desktop and phone widths, with
 * screenshots, and nothing scrolls sideways at 320 px.
 */
class OverlegBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OverlegService overleg;

    @Test
    void aTeamleiderPutsAHouseholdForwardAndTheRegievoerderRecordsAnAgreement() {
        TestData.Wereld w = data.wereld();
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(6));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        Reeks r = overleg.maakReeks(rv, new OverlegService.ReeksInvoer("Casuïstiekoverleg Testgemeente", 4, null,
                List.of(rv.id(), tl.id()), List.of(new Deelnemer(null, "Anouk Smit", "Wmo-consulent"),
                        new Deelnemer(null, "Piet Bakker", "maatschappelijk werker"))));
        Overleg o = overleg.planOverleg(rv, r.id(), LocalDate.now().plusDays(5));

        logIn(tl);
        page.navigate(url("/huishoudens/" + t.huishouden()));
        page.locator("#overleg").scrollIntoViewIfNeeded();
        assertThat(page.getByLabel("Uw vraag aan het overleg")).isVisible();
        page.getByLabel("Uw vraag aan het overleg").fill("De begeleiding loopt bijna af. Is verlenging nodig?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inbrengen")).click();
        assertThat(page.getByText("Het huishouden staat op de agenda.")).isVisible();
        logOut();

        logIn(rv);
        page.navigate(url("/overleg"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casuïstiekoverleg").setLevel(1))).isVisible();
        screenshot("overleg-overzicht.png");
        page.navigate(url("/overleg/" + o.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agenda maken")).click();
        assertThat(page.getByText("De agenda is bijgewerkt.")).isVisible();
        assertThat(page.getByText("Is verlenging nodig?")).isVisible();
        page.getByText("Afspraak toevoegen").first().click();
        page.getByLabel("Wat is afgesproken").fill("Verlengingsverzoek indienen");
        page.getByLabel("Wie doet het").selectOption(tl.id().toString());
        page.getByLabel("Uiterlijk klaar op").fill(LocalDate.now().plusDays(19).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak toevoegen")).click();
        assertThat(page.getByText("De afspraak is opgeslagen.")).isVisible();
        assertThat(page.getByText("Verlengingsverzoek indienen")).isVisible();
        screenshot("overleg-pagina.png");
        for (int breedte : new int[] { 390, 320 }) {
            page.setViewportSize(breedte, 800);
            page.reload();
            screenshot("overleg-pagina-" + breedte + ".png");
            int breed = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(breed).as("no sideways scrolling at " + breedte + " px").isLessThanOrEqualTo(breedte);
        }
        page.setViewportSize(1280, 900);
        page.reload();
        logOut();

        logIn(tl);
        page.navigate(url("/overleg/afspraken"));
        assertThat(page.getByText("Verlengingsverzoek indienen")).isVisible();
        screenshot("overleg-afspraken.png");
    }
}
