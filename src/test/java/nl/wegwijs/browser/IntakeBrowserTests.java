package nl.wegwijs.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * The brede intake in the browser: the household file's section loads the intake list when it scrolls into view,
 * the regievoerder records an intake through the form (on a phone, 320 px wide, nothing scrolls sideways), and the
 * guide reads it without the health finding. Screenshots of desktop and phone in target/screenshots.
 */
class IntakeBrowserTests extends BrowserTest {

    private static final String GEZONDHEID = "Slaapt slecht sinds de vlucht";

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    private int breedte() {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void regievoerderRecordsAnIntakeOnAPhoneAndTheGuideReadsItWithoutHealth() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        TestData.Wereld w = wereld.w();
        Traject a = wereld.a();
        Medewerker rv = w.als(Rol.REGIEVOERDER);

        logIn(rv);
        page.navigate(url("/huishoudens/" + a.huishouden()));
        page.locator("#intake-kop").scrollIntoViewIfNeeded();
        assertThat(page.locator("#intake .wegwijs-intake-inhoud")).containsText("Nog niet gehouden");
        screenshot("intake-dossier-desktop.png");

        page.setViewportSize(320, 800);
        page.navigate(url("/huishoudens/" + a.huishouden() + "/intake"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samira Haddad")).click();
        assertThat(breedte()).isLessThanOrEqualTo(320);
        page.getByLabel("De maatschappelijk begeleider").check();
        page.getByLabel("Hoogste opleiding").selectOption("BEROEPSONDERWIJS");
        page.getByLabel("Opleiding en werkervaring").fill("Zes jaar kapper in Aleppo");
        page.getByLabel("Aandachtspunt gezondheid").check();
        page.getByLabel("Wat speelt er?").fill(GEZONDHEID);
        page.getByLabel("Wat wilt u over 3 jaar bereikt hebben?").fill("Een eigen kapsalon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        // the guide's agreement is missing: the form says so and nothing is saved
        assertThat(page.locator("#foutoverzicht")).containsText("instemt");
        assertThat(breedte()).isLessThanOrEqualTo(320);
        screenshot("intake-formulier-fout-telefoon.png");
        page.getByLabel("De persoon stemt in met de aanwezigheid van de begeleider").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByText("De brede intake is opgeslagen.")).isVisible();
        assertThat(page.locator("table")).containsText("Aandachtspunt gezondheid");
        assertThat(breedte()).isLessThanOrEqualTo(320);
        screenshot("intake-overzicht-telefoon.png");
        page.setViewportSize(1280, 900);
        logOut();

        logIn(w.als(Rol.BEGELEIDER));
        page.navigate(url("/huishoudens/" + a.huishouden() + "/intake"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samira Haddad")).click();
        assertThat(page.locator("main")).containsText("Zes jaar kapper in Aleppo");
        assertThat(page.locator("main")).not().containsText(GEZONDHEID);
        assertThat(page.locator("main")).not().containsText("Aandachtspunt gezondheid");
        screenshot("intake-begeleider-desktop.png");
    }
}
