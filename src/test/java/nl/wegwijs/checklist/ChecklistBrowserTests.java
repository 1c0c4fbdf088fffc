package nl.wegwijs.checklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import nl.wegwijs.TestData;
import nl.wegwijs.checklist.ChecklistFixture.Begeleid;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser (Debian Chromium, as the other browser tests; skipped locally without it, failing on CI): the
 * assigned vrijwilliger ticks three items with one tap each (htmx swaps just the row, no page load), one "samen" and
 * one "zelf", on a laptop and on a phone, and the household file shows the progress and the shift. Screenshots in
 * target/screenshots/checklist-*.png. Same configuration as the other browser tests, so the same Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChecklistBrowserTests {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void startChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String reden = CHROMIUM + " is missing: install it with apt-get install -y chromium";
            if (System.getenv("CI") != null) {
                Assertions.fail(reden);
            }
            Assumptions.abort(reden);
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
            .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("nl-NL")
            .setTimezoneId("Europe/Amsterdam"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void aVrijwilligerTicksThreeItemsOnALaptopAndAPhoneAndTheFileShowsTheProgress() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, LocalDate.now().minusMonths(1));
        Medewerker vrijwilliger = b.als(Rol.VRIJWILLIGER);
        logIn(vrijwilliger);
        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden() + "/checklist");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Checklist Haddad, Samira")))
            .isVisible();
        screenshot("checklist-00-pagina.png");
        // the groups are folded; one tap on a theme unfolds it
        page.locator("section:has(h2:has-text('Financiën en administratie')) > details > summary").click();
        page.evaluate("window.nietHerladen = true");

        vinkAf(b, "huurtoeslag", "Samen");
        vinkAf(b, "inboedel", "Zelf");
        vinkAf(b, "aansprakelijkheid", "Begeleider deed het");
        assertThat((Boolean) page.evaluate("window.nietHerladen === true")).as("htmx swapped rows, no page load")
            .isTrue();
        screenshot("checklist-01-afgevinkt.png");

        page.setViewportSize(390, 844);
        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden()
                + "/checklist?open=FINANCIEN_ADMINISTRATIE");
        vinkAf(b, "abonnementen", "Zelf");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("checklist-02-telefoon.png");

        assertThat(jdbc.sql("""
                select wie_deed_het from checklist_item where huishouden_id = ? and status = 'GEREGELD' order by code""")
            .param(b.huishouden().value()).query(String.class).list())
            .containsExactly("BEGELEIDER", "ZELF", "SAMEN", "ZELF"); // aansprakelijkheid, abonnementen, huurtoeslag, inboedel

        page.setViewportSize(1280, 900);
        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden());
        Locator sectie = page.locator("section[aria-labelledby=checklist-kop]");
        assertThat(sectie).containsText("4 van ");
        assertThat(sectie.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions()
            .setName("Alle onderdelen, per jaar van de begeleiding"))).containsText("Jaar 1");
        screenshot("checklist-03-dossier.png");
        page.setViewportSize(390, 844);
        screenshot("checklist-04-dossier-telefoon.png");
    }

    /** Taps one of the three buttons in an item's row and waits for htmx to swap the row. */
    private void vinkAf(Begeleid b, String code, String knop) {
        Locator rij = page.locator("#item-" + ChecklistFixture.rij(jdbc, b.huishouden(), code).id());
        rij.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(knop).setExact(true)).click();
        assertThat(rij.getByRole(AriaRole.STATUS)).hasText("Opgeslagen.");
        assertThat(rij).containsText("Geregeld");
    }

    private void logIn(Medewerker m) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Gebruikersnaam").fill(m.gebruikersnaam());
        page.getByLabel("Wachtwoord").fill(TestData.WACHTWOORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.locator(".wegwijs-gebruiker__naam")).hasText(m.naam());
    }

    private void screenshot(String naam) {
        page.mouse().move(0, 0);
        page.evaluate("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(SCREENSHOTS);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(naam)).setFullPage(true));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(naam.replace(".png", "-scherm.png"))));
    }
}
