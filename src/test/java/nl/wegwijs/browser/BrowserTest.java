package nl.wegwijs.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser tests: the real application on a random port (one Spring context shared by every subclass,
 * with the embedded PostgreSQL of this test JVM), and the Debian Chromium driven by Playwright. Chromium starts once
 * per class; every test gets a fresh browser context, so its own cookies and session.
 *
 * <p>Without {@code /usr/bin/chromium} the tests are skipped on a developer machine and fail on CI (variable
 * {@code CI} set), so a missing browser never silently passes the pipeline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

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
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(CHROMIUM)
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run")));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
            .setViewportSize(1280, 900)
            .setLocale("nl-NL")
            .setTimezoneId("Europe/Amsterdam"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    String url(String pad) {
        return "http://localhost:" + port + pad;
    }

    /** Logs in through the login form and waits until the start page (the worklist) is shown. */
    void logIn(Medewerker medewerker) {
        page.navigate(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(medewerker.gebruikersnaam());
        page.getByLabel("Wachtwoord").fill(TestData.WACHTWOORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.locator(".wegwijs-gebruiker__naam")).hasText(medewerker.naam());
    }

    void logOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        assertThat(page.getByText("U bent uitgelogd.")).isVisible();
    }

    /**
     * On a phone the household file folds to its section headings (wegwijs.js); this opens every folded section, as
     * a person taps the headings they need.
     */
    void openSecties() {
        // the folding runs on DOMContentLoaded: after the load event it has happened (or never will, on a laptop)
        page.waitForLoadState();
        Locator dicht = page.locator(".wegwijs-sectie__knop[aria-expanded=false]");
        while (dicht.count() > 0) {
            dicht.first().click();
        }
    }

    /** A full-page screenshot in target/screenshots, to look at after the run. */
    void screenshot(String naam) {
        // from the top, without hover: the hidden skip link sits 200% of the viewport above the scroll position
        // and would otherwise show up in the middle of a full-page capture
        page.mouse().move(0, 0);
        page.evaluate("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(SCREENSHOTS);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(naam)).setFullPage(true));
    }
}
