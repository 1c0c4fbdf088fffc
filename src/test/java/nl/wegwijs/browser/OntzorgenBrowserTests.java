package nl.wegwijs.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * A budgetcoach records ontzorgen and the transition through the real UI: starts on their worklist, records the
 * start, a fixed cost, a month and a coaching session, and sees the warning go as the sessions reach the norm.
 * Screenshots at 1280 px and at 390 px (nothing scrolls sideways at 320 px).
 */
class OntzorgenBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void budgetcoachRecordsOntzorgenAndTheTransition() {
        TestData.Wereld w = data.wereld();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(6));
        Medewerker coach = w.als(Rol.BUDGETCOACH);
        LocalDate start = LocalDate.now().plusWeeks(2).minusMonths(6);

        logIn(coach);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ontzorgen$"));
        page.navigate(url("/huishoudens/" + t.huishouden() + "/ontzorgen"));
        page.getByLabel("Start (eerste dag van de bijstand; leeg als de bijstand nog niet loopt)")
            .fill(start.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).first().click();
        assertThat(page.getByText("Ontzorgen is opgeslagen.")).isVisible();
        assertThat(page.getByText("Let op: eindigt zonder overgang")).isVisible();

        page.getByText("Vaste last toevoegen").first().click();
        page.getByLabel("Soort").selectOption("HUUR");
        page.getByLabel("Aan wie (bijvoorbeeld de verhuurder)").fill("Haag Wonen");
        page.getByLabel("Bedrag per maand in euro").fill("12.000");
        page.locator("button[type=submit]:has-text('Vaste last toevoegen')").click();
        assertThat(page.getByText("minder dan 10.000 euro")).isVisible();
        assertThat(page.getByLabel("Aan wie (bijvoorbeeld de verhuurder)")).hasValue("Haag Wonen");
        page.getByLabel("Bedrag per maand in euro").fill("612,50");
        page.locator("button[type=submit]:has-text('Vaste last toevoegen')").click();
        assertThat(page.getByText("De vaste last is toegevoegd.")).isVisible();
        assertThat(page.getByText("€ 612,50").first()).isVisible();

        page.locator("button[name=status][value=BETAALD]").first().click();
        assertThat(page.getByText("De maand is bijgewerkt.")).isVisible();

        for (int i = 0; i < 4; i++) {
            page.getByText("Gesprek vastleggen").first().click();
            page.getByLabel("Datum").fill(LocalDate.now().minusMonths(4).plusWeeks(i * 3).toString());
            page.getByLabel("Stand", new Page.GetByLabelOptions().setExact(true)).selectOption("GEHOUDEN");
            page.getByLabel("Onderwerp").fill("Budgetplan " + (i + 1));
            page.locator("button[type=submit]:has-text('Gesprek vastleggen')").click();
            assertThat(page.getByText("Het gesprek is vastgelegd.")).isVisible();
            if (i == 2) {
                screenshot("60-ontzorgen-budgetcoach.png");
            }
        }
        assertThat(page.getByText("4 van 4 gesprekken voor het einde")).isVisible();
        assertThat(page.getByText("Let op: eindigt zonder overgang")).hasCount(0);

        page.navigate(url("/ontzorgen"));
        assertThat(page.getByText("overgang geregeld")).isVisible();
        screenshot("61-ontzorgen-werklijst.png");

        page.setViewportSize(390, 844);
        page.navigate(url("/huishoudens/" + t.huishouden() + "/ontzorgen"));
        screenshot("62-ontzorgen-telefoon.png");
        page.setViewportSize(320, 800);
        for (String pad : new String[] { "/ontzorgen", "/huishoudens/" + t.huishouden() + "/ontzorgen" }) {
            page.navigate(url(pad));
            Object breed = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(breed).as(pad).isEqualTo(false);
        }
    }
}
