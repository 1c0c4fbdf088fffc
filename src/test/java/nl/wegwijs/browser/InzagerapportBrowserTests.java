package nl.wegwijs.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/** The inzage report page: reached in one click from the file, readable on a desktop and at 320 px. */
class InzagerapportBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void eenKlikVanuitHetDossierNaarHetRapport() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        logIn(wereld.w().als(Rol.BEGELEIDER));
        page.navigate(url("/huishoudens/" + wereld.a().huishouden()));
        page.locator("a[aria-label^='Inzage: alles wat Wegwijs over Samira']").click();
        page.waitForURL("**/inzage");
        assertThat(page.locator("h1").textContent()).contains("Wat Wegwijs weet over Samira");
        assertThat(page.locator("a[href$='inzage.pdf']").isVisible()).isTrue();
        screenshot("inzage-desktop.png");
        page.setViewportSize(320, 800);
        page.reload();
        double breed = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        screenshot("inzage-320.png");
        assertThat(breed).as("nothing scrolls sideways at 320 px").isLessThanOrEqualTo(321);
    }
}
