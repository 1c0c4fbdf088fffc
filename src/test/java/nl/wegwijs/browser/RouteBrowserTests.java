package nl.wegwijs.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.route.RouteFixture;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A volunteer makes a household's route card through the real UI: sees the route with months behind and ahead,
 * records the agreements in Arabic (a bad time is refused with the values kept), puts two partners of the sociale
 * kaart on it, views it in Tigrinya; the page passes axe (WCAG 2.1 AA) and the Nu HTML checker, and nothing scrolls
 * sideways at 320 px. Then a beleid user opens the satisfaction report. Screenshots in target/screenshots.
 */
class RouteBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SocialeKaart kaart;

    static String axe;

    /** Loads axe-core into every page of this test (an init script: the pages' CSP forbids inline scripts). */
    void laadAxe() {
        if (axe == null) {
            try (InputStream in = RouteBrowserTests.class.getResourceAsStream(PaginaBrowserTests.AXE)) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        context.addInitScript(axe);
    }

    @SuppressWarnings("unchecked")
    List<String> axe() {
        return (List<String>) page.evaluate("""
                async (tags) => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: tags },
                                                      resultTypes: ['violations'] });
                  return r.violations.flatMap(v => v.nodes.map(n =>
                      'axe ' + v.id + ' ' + JSON.stringify(n.target) + ' (' + v.help + ')'));
                }""", PaginaBrowserTests.WCAG);
    }

    @Test
    void volunteerMakesTheRouteCardInArabicAndViewsItInTigrinya() {
        RouteFixture f = RouteFixture.maak(data, trajecten, kaart);
        Medewerker v = f.w().als(Rol.VRIJWILLIGER);
        String pad = "/huishoudens/" + f.a().huishouden() + "/route";

        laadAxe();
        logIn(v);
        page.navigate(url("/huishoudens/" + f.a().huishouden()));
        openSecties();
        page.getByText("Routekaart bekijken, afspraken maken en afdrukken").click();
        assertThat(page.getByText("U heeft 5 maanden begeleiding gehad.")).isVisible();

        page.getByLabel("Taal van de kaart (naast Nederlands)").selectOption("ar");
        page.getByLabel("maandag").check();
        page.getByLabel("donderdag").check();
        page.getByLabel("Bereikbaar van (uur)").fill("14:00");
        page.getByLabel("Bereikbaar tot (uur)").fill("10:00");
        page.getByLabel("WhatsApp").check();
        page.getByLabel("Hoe vaak zien begeleider en huishouden elkaar").selectOption("TWEEWEKELIJKS");
        page.getByLabel("Post openen en lezen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraken opslaan")).click();
        assertThat(page.getByText("De eindtijd van de bereikbaarheid moet na de begintijd liggen.")).isVisible();
        assertThat(page.getByLabel("donderdag")).isChecked();
        assertThat(page.getByLabel("Bereikbaar van (uur)")).hasValue("14:00");
        page.getByLabel("Bereikbaar tot (uur)").fill("17:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraken opslaan")).click();
        assertThat(page.getByText("De afspraken op de routekaart zijn opgeslagen.")).isVisible();
        assertThat(page.getByText("كل أسبوعين")).isVisible();

        page.getByLabel("Dienst van de sociale kaart").selectOption(f.huisarts().id().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op de kaart zetten")).click();
        assertThat(page.getByText("De partner staat op de routekaart.")).isVisible();
        page.getByLabel("Dienst van de sociale kaart").selectOption(f.wijkteam().id().toString());
        page.getByLabel("Wat doen zij voor dit huishouden?").fill("Neemt de begeleiding over na achttien maanden.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op de kaart zetten")).click();
        assertThat(page.getByText("Neemt de begeleiding over na achttien maanden.")).isVisible();
        screenshot("70-routekaart-ar.png");

        String html = page.content();
        assertThat(PaginaBrowserTests.htmlFouten(html)).isEmpty();
        assertThat(axe()).isEmpty();

        page.navigate(url(pad + "?taal=ti"));
        assertThat(page.getByText("ሓኪም ስድራ").first()).isVisible();
        screenshot("71-routekaart-ti.png");

        page.setViewportSize(390, 844);
        page.navigate(url(pad));
        screenshot("72-routekaart-telefoon.png");
        page.setViewportSize(320, 800);
        for (String p : new String[] { pad, pad + "?taal=ti" }) {
            page.navigate(url(p));
            Object breed = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(breed).as(p).isEqualTo(false);
        }

        page.setViewportSize(1280, 900);
        logOut();
        logIn(f.w().als(Rol.BELEID));
        page.navigate(url("/tevredenheid"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tevredenheid van huishoudens")))
            .isVisible();
        assertThat(PaginaBrowserTests.htmlFouten(page.content())).isEmpty();
        assertThat(axe()).isEmpty();
        screenshot("73-tevredenheid-rapport.png");
    }
}
