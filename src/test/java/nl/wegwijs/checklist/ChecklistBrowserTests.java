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
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser (Debian Chromium, as the other browser tests; skipped locally without it, failing on CI): the
 * assigned vrijwilliger logs a home visit through the quick "contact vastleggen" form reached from the household file,
 * then ticks three items with one tap each (htmx swaps just the row, no page load), one "samen" and one "zelf"; on a
 * phone they log a phone call and tick one more. The household file shows both contacts and the progress and the
 * shift, and the database holds what was entered. Screenshots in target/screenshots/checklist-*.png. Same
 * configuration as the other browser tests, so the same Spring context.
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

    @Autowired
    nl.wegwijs.contact.ContactService contacten;

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
    void aVrijwilligerLogsAHomeVisitTicksThreeItemsOnALaptopAndAPhoneAndTheFileShowsTheProgress() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, LocalDate.now().minusMonths(1));
        Medewerker vrijwilliger = b.als(Rol.VRIJWILLIGER);
        logIn(vrijwilliger);

        // the home visit, logged from the household file with the quick form
        legContactVast(b, "HUISBEZOEK", 75, List.of("Wonen", "Financiën en administratie"),
                "Huurtoeslag samen aangevraagd; inboedelverzekering sluit Samira zelf af.", "checklist-00");
        assertThat(page.locator(".wegwijs-meldingen [role=status]")).containsText("Het contact is vastgelegd.");
        Locator contact = page.locator("section[aria-labelledby=contact-kop]");
        assertThat(contact).containsText("Huisbezoek · 75 min");
        assertThat(contact).containsText(vrijwilliger.naam());
        assertThat(contact).containsText("Financiën en administratie");
        screenshot("checklist-01-contact-vastgelegd.png");

        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden() + "/checklist");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Checklist Haddad, Samira")))
            .isVisible();
        screenshot("checklist-02-pagina.png");
        // what is due now comes first; the later groups are folded, one tap on a theme unfolds it
        assertThat(page.locator("section[aria-labelledby=nu-kop]")).containsText("Huurtoeslag aanvragen");
        page.locator("section:has(h3:has-text('Financiën en administratie')) > details > summary").click();
        page.evaluate("window.nietHerladen = true");
        Locator samenvatting = page.locator("#checklist-samenvatting");
        int geregeldVoor = geregeld(samenvatting);
        assertThat(page.locator("#checklist-wie")).containsText("Er is nog niets geregeld.");

        vinkAf(b, "huurtoeslag", "Samen");
        // the counters and the "who did it" shift follow at once, without a reload
        assertThat(samenvatting).containsText((geregeldVoor + 1) + " van ");
        assertThat(page.locator("#checklist-wie")).containsText("Jaar 1");
        assertThat(page.locator("#checklist-wie")).containsText("100%");
        vinkAf(b, "inboedel", "Zelf");
        vinkAf(b, "aansprakelijkheid", "Begeleider deed het");
        assertThat(samenvatting).containsText((geregeldVoor + 3) + " van ");
        assertThat(page.locator("#checklist-wie")).containsText("33%");
        assertThat((Boolean) page.evaluate("window.nietHerladen === true")).as("htmx swapped rows, no page load")
            .isTrue();
        screenshot("checklist-03-afgevinkt.png");

        // on a phone: a phone call, logged the same way, and one more item
        page.setViewportSize(390, 844);
        legContactVast(b, "TELEFONISCH", 15, List.of("Financiën en administratie"),
                "Abonnementen nagelopen: het sportabonnement zegt ze zelf op.", "checklist-04-telefoon");
        assertThat(page.locator("section[aria-labelledby=contact-kop]")).containsText("Telefonisch · 15 min");
        geenZijwaartsScrollen();
        screenshot("checklist-05-telefoon-contact-vastgelegd.png");
        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden()
                + "/checklist?open=FINANCIEN_ADMINISTRATIE");
        vinkAf(b, "abonnementen", "Zelf");
        geenZijwaartsScrollen();
        screenshot("checklist-06-telefoon.png");

        assertThat(jdbc.sql("""
                select wie_deed_het from checklist_item where huishouden_id = ? and status = 'GEREGELD'
                   and wie_deed_het is not null order by code""")
            .param(b.huishouden().value()).query(String.class).list())
            .containsExactly("BEGELEIDER", "ZELF", "SAMEN", "ZELF"); // aansprakelijkheid, abonnementen, huurtoeslag, inboedel
        assertThat(jdbc.sql("""
                select c.soort || ' ' || c.minuten || ' ' || c.datum || ' ' || array_to_string(c.themas, ',') || ' '
                       || cardinality(c.personen) || ' ' || (c.vastgelegd_door = :ik) || ' ' || m.medewerker_id
                  from contactmoment c join contactmoment_medewerker m on m.contactmoment_id = c.id
                 where c.huishouden_id = :huishouden and c.verwijderd_op is null order by c.soort""")
            .param("ik", vrijwilliger.id()).param("huishouden", b.huishouden().value()).query(String.class).list())
            .containsExactly(
                    "HUISBEZOEK 75 " + vandaag() + " WONEN,FINANCIEN_ADMINISTRATIE 3 true " + vrijwilliger.id(),
                    "TELEFONISCH 15 " + vandaag() + " FINANCIEN_ADMINISTRATIE 3 true " + vrijwilliger.id());

        page.setViewportSize(1280, 900);
        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden());
        Locator sectie = checklistInDossier();
        assertThat(sectie).containsText((geregeldVoor + 4) + " van ");
        assertThat(sectie.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions()
            .setName("Alle onderdelen, per jaar van de begeleiding"))).containsText("Jaar 1");
        // a tick in the section htmx loaded: the row is swapped and the section's counters follow, no page load
        page.evaluate("window.nietHerladen = true");
        Locator rij = page.locator("#" + sectie.locator("tbody tr[id^=item-]").first().getAttribute("id"));
        rij.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Samen").setExact(true)).click();
        assertThat(rij.getByRole(AriaRole.STATUS)).hasText("Opgeslagen.");
        assertThat(rij).containsText("Geregeld");
        assertThat(sectie.locator("#checklist-samenvatting")).containsText((geregeldVoor + 5) + " van ");
        assertThat((Boolean) page.evaluate("window.nietHerladen === true")).as("htmx swapped the row, no page load")
            .isTrue();
        // and the file shows the new state when it loads the section again
        page.reload();
        assertThat(checklistInDossier()).containsText((geregeldVoor + 5) + " van ");
        Locator contacten = page.locator("section[aria-labelledby=contact-kop]");
        assertThat(contacten).containsText("Huisbezoek · 75 min");
        assertThat(contacten).containsText("Telefonisch · 15 min");
        screenshot("checklist-07-dossier.png");
        page.setViewportSize(390, 844);
        geenZijwaartsScrollen();
        screenshot("checklist-08-dossier-telefoon.png");
    }

    @Test
    void aHouseholdRegisteredTodayShowsAHandfulOfItemsAndNothingOverdue() {
        TestData.Wereld w = data.wereld();
        LocalDate vandaag = vandaag();
        LocalDate brp = vandaag.minusDays(3);
        Aanmelding a = data.aanmeldingVoor(w, brp, "Nieuw");
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), new Aanmelding(a.contractId(), a.adres(),
                new Huishouden.HuishoudenDatums(vandaag.minusMonths(3), vandaag.minusMonths(1), brp,
                        vandaag.plusDays(11)), a.herkomstLocatie(), a.personen(), vandaag));
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, t.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER, vandaag);
        logIn(w.als(Rol.VRIJWILLIGER));

        page.navigate("http://localhost:" + port + "/huishoudens/" + t.huishouden() + "/checklist");
        Locator samenvatting = page.locator("#checklist-samenvatting");
        assertThat(samenvatting).containsText(" geregeld, ");
        assertThat(samenvatting).not().containsText("verlopen");
        assertThat(page.getByText("te laat", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        Locator nu = page.locator("section[aria-labelledby=nu-kop] tbody tr");
        assertThat(nu.count()).as("a handful due now, not the whole list").isBetween(1, 12);
        // the rest is folded per theme, with its count
        assertThat(page.locator("#later-kop")).containsText("open)");
        assertThat(page.locator("section[aria-labelledby=later-kop] details[open]")).hasCount(0);
        // the BRP registration is in the data: geregeld, according to the records, not by a person
        Locator financien = page.locator("section[aria-labelledby^=groep-]:has(h3:has-text('Financiën en administratie'))");
        financien.locator("> details > summary").click();
        financien.locator("summary:has-text('Geregeld of niet van toepassing')").click();
        assertThat(financien.locator("tr:has-text('Inschrijving in de BRP')")).hasCount(3);
        assertThat(financien.locator("tr:has-text('Inschrijving in de BRP')").first()).containsText("volgens de gegevens");
        screenshot("checklist-09-nieuw-huishouden.png");

        page.navigate("http://localhost:" + port + "/huishoudens/" + t.huishouden());
        Locator sectie = checklistInDossier();
        assertThat(sectie).not().containsText("verlopen");
        assertThat(sectie).containsText("open onderdelen voor later");
        screenshot("checklist-10-nieuw-huishouden-dossier.png");
        page.setViewportSize(390, 844);
        page.navigate("http://localhost:" + port + "/huishoudens/" + t.huishouden() + "/checklist");
        geenZijwaartsScrollen();
        screenshot("checklist-11-nieuw-huishouden-telefoon.png");
    }

    /**
     * The file's checklist section: loaded lazily (issue 21), htmx puts it in place of its placeholder when that
     * scrolls into view, so scroll by script (the placeholder may be replaced while Playwright scrolls to it).
     */
    private Locator checklistInDossier() {
        page.locator("#onderdeel-checklist, #checklist-kop").first().waitFor();
        page.evaluate("(document.getElementById('onderdeel-checklist')||document.getElementById('checklist-kop'))"
                + "?.scrollIntoView()");
        Locator sectie = page.locator("section[aria-labelledby=checklist-kop]");
        sectie.waitFor();
        return sectie;
    }

    private static int geregeld(Locator samenvatting) {
        String tekst = samenvatting.innerText().strip();
        return Integer.parseInt(tekst.substring(0, tekst.indexOf(' ')));
    }

    /**
     * From the household file, "Contact vastleggen", the quick form (today, the whole household and me are filled in
     * already): the kind, how long, the themes and what was agreed; saved, back on the file.
     */
    private void legContactVast(Begeleid b, String soort, int minuten, List<String> themas, String afspraken,
            String screenshot) {
        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden());
        page.locator("section[aria-labelledby=contact-kop]")
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Contact vastleggen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contact vastleggen")
            .setLevel(1))).isVisible();
        assertThat(page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)))
            .hasValue(vandaag().toString());
        page.getByLabel("Soort contact").selectOption(soort);
        page.getByLabel("Duur in minuten").fill(String.valueOf(minuten));
        for (String thema : themas) {
            page.getByLabel(thema, new Page.GetByLabelOptions().setExact(true)).check();
        }
        page.getByLabel("Afspraken").fill(afspraken);
        geenZijwaartsScrollen();
        screenshot(screenshot + "-contact-formulier.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
        page.waitForURL("**/huishoudens/" + b.huishouden());
    }

    /** Today where Wegwijs runs (the form's default date). */
    private static LocalDate vandaag() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    }

    private void geenZijwaartsScrollen() {
        int breedte = page.viewportSize().width;
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling at " + breedte + " px").isLessThanOrEqualTo(breedte);
    }

    /** Taps one of the three buttons in an item's row and waits for htmx to swap the row. */
    private void vinkAf(Begeleid b, String code, String knop) {
        Locator rij = page.locator("#item-" + ChecklistFixture.rij(jdbc, b.huishouden(), code).id());
        rij.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(knop).setExact(true)).click();
        assertThat(rij.getByRole(AriaRole.STATUS)).hasText("Opgeslagen.");
        assertThat(rij).containsText("Geregeld");
    }

    /**
     * The regievoerder opens a household whose guide wrote a note: the file and the contacts page say the note needs a
     * consent (and which), instead of showing it; once the household consents, the note shows.
     */
    @Test
    void aRegievoerderSeesTheConsentNoticeInsteadOfTheNotesAndTheNotesAfterConsent() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, LocalDate.now().minusMonths(1));
        Medewerker vrijwilliger = b.als(Rol.VRIJWILLIGER);
        java.util.UUID samira = trajecten.inzage(b.als(Rol.TEAMLEIDER), b.huishouden()).huishouden().personen()
            .get(0).id();
        contacten.legVast(vrijwilliger, b.huishouden(), new nl.wegwijs.contact.ContactInvoer(LocalDate.now(), 45,
                nl.wegwijs.contact.Contactsoort.HUISBEZOEK, java.util.Set.of(samira),
                java.util.Set.of(vrijwilliger.id()), nl.wegwijs.contact.Tolk.GEEN, null,
                java.util.Set.of(nl.wegwijs.contact.Thema.WONEN), "Samen de huurtoeslag aangevraagd.",
                "Samira maakt zich zorgen over haar broer.", null));
        logIn(b.als(Rol.REGIEVOERDER));
        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden());
        Locator contact = page.locator("section[aria-labelledby=contact-kop]");
        assertThat(contact).containsText("Toestemming nodig");
        assertThat(contact).containsText("de notities van de begeleiding");
        screenshot("toestemming-01-dossier-regievoerder.png");
        page.navigate("http://localhost:" + port + "/huishoudens/" + b.huishouden() + "/contactmomenten");
        assertThat(page.locator("main")).containsText("Samen de huurtoeslag aangevraagd.");
        assertThat(page.locator("main")).not().containsText("zorgen over haar broer");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toestemming vastleggen")))
            .isVisible();
        screenshot("toestemming-02-contacten-zonder-toestemming.png");

        data.toestemming(b.w(), b.traject(), Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.NOTITIES);
        page.reload();
        assertThat(page.locator("main")).containsText("Samira maakt zich zorgen over haar broer.");
        assertThat(page.locator("main")).not().containsText("Toestemming nodig");
        screenshot("toestemming-03-contacten-met-toestemming.png");
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
