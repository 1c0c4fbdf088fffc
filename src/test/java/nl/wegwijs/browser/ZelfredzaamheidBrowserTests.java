package nl.wegwijs.browser;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guide measures self-reliance with the person through the real UI: the baseline, an action in the plan, a later
 * measurement, the chart and the words, ticking the action off, correcting the baseline with a reason. The page and the form are valid HTML (Nu checker),
 * do not scroll sideways at 320 px; screenshots at 1280 and 390 px in target/screenshots.
 */
class ZelfredzaamheidBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void aGuideRecordsABaselineALaterMeasurementAndShowsThePersonTheChart() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(6));
        HuishoudenId h = wereld.a().huishouden();
        Medewerker b = wereld.w().als(Rol.BEGELEIDER);
        String pagina = "/huishoudens/" + h + "/zelfredzaamheid";

        logIn(b);
        page.navigate(url(pagina));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("Zelfredzaamheid van " + trajecten.inzage(b, h).huishouden().naam());
        assertThat(page.getByText("Nog niet gemeten.")).isVisible();
        page.getByText("Nulmeting doen met Samira Haddad").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("Nulmeting met Samira Haddad");
        geldig("/huishoudens/" + h + "/zelfredzaamheid/meting");
        page.getByLabel("Datum van de meting").fill(LocalDate.now().minusMonths(3).toString());
        kies("2");
        page.locator("input[type=radio][value='1']").first().check();
        page.getByLabel("Korte notitie (optioneel)").fill("Samen met een tolk ingevuld.");
        screenshot("80-zelfredzaamheid-nulmeting.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting opslaan")).click();
        assertThat(page.getByText("De meting met Samira Haddad is opgeslagen.")).isVisible();
        assertThat(page.getByText("Een onderdeel staat op het laagste niveau: dat gaat voor")).isVisible();

        page.locator("#actie-domein").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Financiën en administratie"));
        page.getByLabel("Actie", new Page.GetByLabelOptions().setExact(true)).fill("Samen de vaste lasten op een rij zetten");
        page.getByLabel("De begeleider").check();
        page.getByLabel("Urgent").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie toevoegen")).click();
        assertThat(page.getByText("De actie staat in het plan.")).isVisible();

        page.getByText("Nieuwe meting met Samira Haddad").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("Meting met Samira Haddad");
        page.getByLabel("Soort meting").selectOption("VERVOLG");
        kies("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting opslaan")).click();
        assertThat(page.getByText("De meting met Samira Haddad is opgeslagen.")).isVisible();

        String maand = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag("nl"))
            .format(LocalDate.now().minusMonths(3));
        assertThat(page.getByText("Wonen: van 1 naar 4 sinds " + maand)).isVisible();
        assertThat(page.getByText("Kinderen: van 2 naar 4 sinds " + maand)).isVisible();
        assertThat(page.locator("figure.wegwijs-zr-grafiek svg[role=img]")).isVisible();
        assertThat(page.locator("[data-oordeel]")).containsText("Ja.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
            .setName("Gedaan: Samen de vaste lasten op een rij zetten")).click();
        assertThat(page.getByText("De actie is afgevinkt.")).isVisible();
        assertThat(page.getByText("Gedaan op").first()).isVisible();

        // the baseline's first component was recorded one level too low: corrected with a reason
        page.locator("#metingen a[href$='/correctie']").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("Meting corrigeren: Samira Haddad");
        String correctie = java.net.URI.create(page.url()).getPath();
        geldig(correctie);
        page.locator("input[type=radio][value='2']").first().check();
        page.getByLabel("Waarom corrigeert u deze meting?").fill("Bij Wonen per ongeluk niveau 1 aangeklikt.");
        screenshot("84-zelfredzaamheid-correctie.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Correctie opslaan")).click();
        assertThat(page.getByText("De meting van Samira Haddad is gecorrigeerd.")).isVisible();
        assertThat(page.getByText("Wonen: van 2 naar 4 sinds " + maand)).isVisible();
        assertThat(page.locator("[data-correcties]")).containsText("Bij Wonen per ongeluk niveau 1 aangeklikt.");
        geldig(pagina);
        screenshot("81-zelfredzaamheid-voortgang.png");
        page.locator("#voortgang").screenshot(new Locator.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("82-zelfredzaamheid-grafiek.png")));

        page.setViewportSize(390, 844);
        page.navigate(url(pagina));
        screenshot("83-zelfredzaamheid-telefoon.png");
        page.setViewportSize(320, 800);
        for (String pad : List.of(pagina, pagina + "/meting", correctie)) {
            page.navigate(url(pad));
            Object breed = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(breed).as(pad).isEqualTo(false);
        }
    }

    /** Chooses this level for every component on the form. */
    private void kies(String niveau) {
        for (Locator r : page.locator("input[type=radio][value='" + niveau + "']").all()) {
            r.check();
        }
    }

    /** The served HTML of this page passes the Nu HTML Checker. */
    private void geldig(String pad) {
        String html = context.request().get(url(pad)).text();
        assertThat(PaginaBrowserTests.htmlFouten(html)).as(pad).isEmpty();
    }
}
