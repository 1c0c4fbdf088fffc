package nl.wegwijs.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.werklijst.Volgende;
import nl.wegwijs.werklijst.Werklijst;
import nl.wegwijs.werklijst.WerklijstFilter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main flow through the real UI: a regievoerder registers a household for an uitvoerder, the teamleider accepts
 * it and assigns a begeleider, the begeleider sees it in the worklist with its next deadline. Screenshots of every
 * step land in target/screenshots.
 */
class MainFlowBrowserTests extends BrowserTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    MessageSource messages;

    @Autowired
    Werklijst werklijst;

    @Test
    void registeredHouseholdReachesTheAssignedBegeleidersWorklistWithItsNextDeadline() {
        TestData.Wereld w = data.wereld();
        Medewerker regievoerder = w.als(Rol.REGIEVOERDER);
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        LocalDate vandaag = LocalDate.now();
        LocalDate brp = vandaag.minusDays(20);

        // 1. The regievoerder registers the household.
        logIn(regievoerder);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Huishouden aanmelden")).click();
        assertThat(page).hasURL(url("/huishoudens/nieuw"));
        page.locator("#contract").selectOption(new SelectOption()
            .setLabel(w.gemeente().naam() + " – " + w.uitvoerder().naam()));
        datum("#aangemeldOp", vandaag);
        datum("#koppeling", brp.minusMonths(2));
        datum("#huisvesting", brp.minusDays(14));
        datum("#regeldag", brp);
        datum("#verhuizing", brp.plusDays(14));
        page.locator("#herkomstLocatie").fill("azc Budel");
        page.locator("#straat").fill("Dorpsstraat");
        page.locator("#huisnummer").fill("12");
        page.locator("#postcode").fill("1234 AB");
        page.locator("#woonplaats").fill("Testdorp");
        persoon(0, "Samira", "Haddad", LocalDate.of(1990, 3, 1), "VROUW", brp);
        page.locator("summary", new Page.LocatorOptions().setHasText("Persoon 2")).click();
        persoon(1, "Yusuf", "Haddad", LocalDate.of(1988, 7, 12), "MAN", brp);
        screenshot("00-aanmelding-formulier.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile(".*/huishoudens/[0-9a-f-]{36}$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het huishouden is aangemeld.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Haddad, Samira")))
            .isVisible();
        Locator termijnen = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Termijnen"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Termijnen"))).isVisible();
        assertThat(termijnen).containsText("PIP vaststellen");
        HuishoudenId huishouden = HuishoudenId.from(page.url().substring(page.url().lastIndexOf('/') + 1));
        screenshot("01-aanmelding-dossier.png");
        logOut();

        // 2. The teamleider accepts it for Team A and assigns the begeleider.
        logIn(teamleider);
        assertThat(page).hasURL(url("/team"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Accepteren\\s*:\\s*Haddad, Samira$"))).click();
        assertThat(page).hasURL(url("/huishoudens/" + huishouden + "#team"));
        Locator accepteren = formulier("Aanmelding accepteren");
        accepteren.locator("#team").selectOption(new SelectOption().setLabel("Team A"));
        accepteren.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepteren voor dit team"))
            .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De aanmelding is geaccepteerd");
        Locator toewijzen = formulier("Begeleider of vrijwilliger toewijzen");
        toewijzen.locator("#medewerker").selectOption(new SelectOption().setLabel(begeleider.naam() + " (Begeleider)"));
        toewijzen.locator("#rol").selectOption(new SelectOption().setLabel("Begeleider"));
        toewijzen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toewijzen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De toewijzing is vastgelegd.");
        assertThat(page.locator("#traject-kop ~ ul")).containsText(begeleider.naam());
        screenshot("02-teamleider-toegewezen.png");
        logOut();

        // 3. The begeleider sees it in the worklist with its next deadline.
        logIn(begeleider);
        assertThat(page).hasURL(url("/werklijst"));
        // the first column says what is next and when: the date the list is sorted on
        Volgende volgende = werklijst.pagina(begeleider, WerklijstFilter.leeg()).regels().stream()
            .filter(r -> r.huishoudenId().equals(huishouden.value())).findFirst().orElseThrow().volgende();
        Locator regel = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Haddad, Samira"));
        assertThat(regel).hasCount(1);
        Locator termijn = regel.locator("[data-label='Wat is nu aan de beurt']");
        assertThat(termijn.locator(".utrecht-status-badge")).containsText(volgende.datum().equals(vandaag)
                ? "vandaag" : DateTimeFormatter.ofPattern("d MMM yyyy", NL).format(volgende.datum()));
        assertThat(regel).containsText(begeleider.naam());
        screenshot("03-begeleider-werklijst.png");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(regel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Haddad, Samira")))
            .isVisible();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("04-begeleider-werklijst-telefoon.png");

        page.setViewportSize(1280, 900);
        regel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Haddad, Samira")).click();
        assertThat(page).hasURL(url("/huishoudens/" + huishouden));
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Termijnen")))
            .containsText("PIP vaststellen");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Acties"))).isVisible();
        screenshot("05-begeleider-dossier.png");

        page.setViewportSize(390, 844);
        screenshot("06-begeleider-dossier-telefoon.png");
    }

    @Test
    void vrijwilligerWhoIsNotAssignedNeitherSeesNorOpensTheHousehold() {
        TestData.Wereld w = data.wereld();
        Traject t = data.aanmelding(w, LocalDate.now().minusDays(20));
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(teamleider, t.id(), t.versie(), w.teamA().id());
        long versie = trajecten.dossier(teamleider, t.id()).orElseThrow().traject().versie();
        trajecten.wijsToe(teamleider, t.id(), versie, w.als(Rol.BEGELEIDER).id(), ToewijzingRol.BEGELEIDER,
                LocalDate.now());

        logIn(w.als(Rol.VRIJWILLIGER));
        assertThat(page).hasURL(url("/werklijst"));
        assertThat(page.getByText("Er is (nog) geen huishouden aan u toegewezen.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Haddad, Samira")))
            .hasCount(0);
        screenshot("07-vrijwilliger-werklijst.png");

        Response antwoord = page.navigate(url("/huishoudens/" + t.huishouden()));
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(page.getByText("Deze pagina bestaat niet of u heeft er geen toegang toe.")).isVisible();
        assertThat(page.getByText("Haddad")).hasCount(0);
        screenshot("08-vrijwilliger-geen-toegang.png");
    }

    @Test
    void loginPageSaysInDutchThatThePasswordIsWrongAndSwitchesToEnglish() {
        Medewerker begeleider = data.wereld().als(Rol.BEGELEIDER);

        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        page.getByLabel("Gebruikersnaam").fill(begeleider.gebruikersnaam());
        page.getByLabel("Wachtwoord").fill("niet-" + TestData.WACHTWOORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Gebruikersnaam of wachtwoord klopt niet.");
        assertThat(page.getByLabel("Wachtwoord")).hasAttribute("aria-invalid", "true");
        screenshot("09-login-fout.png");

        page.navigate(url("/login?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("Log in to Wegwijs");
        assertThat(page.getByLabel("Username")).isVisible();
        assertThat(page.getByLabel("Password")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands"))).isVisible();
        screenshot("10-login-engels.png");
    }

    private void datum(String selector, LocalDate datum) {
        page.locator(selector).fill(ISO.format(datum));
    }

    private void persoon(int i, String voornaam, String achternaam, LocalDate geboren, String geslacht,
            LocalDate brp) {
        veld(i, "voornaam").fill(voornaam);
        veld(i, "achternaam").fill(achternaam);
        veld(i, "geboortedatum").fill(ISO.format(geboren));
        veld(i, "geslacht").selectOption(geslacht);
        veld(i, "landVanHerkomst").fill("Syrië");
        veld(i, "talen").fill("Arabisch, Koerdisch");
        veld(i, "tolkNodig").check();
        veld(i, "tolkTaal").fill("Arabisch");
        veld(i, "status").selectOption("ASIELSTATUSHOUDER");
        veld(i, "vergunningDatum").fill(ISO.format(brp.minusMonths(3)));
        veld(i, "brpDatum").fill(ISO.format(brp));
    }

    private Locator veld(int persoon, String naam) {
        return page.locator("[id='personen[" + persoon + "]." + naam + "']");
    }

    /** The action form headed by this text on the household file. */
    private Locator formulier(String kop) {
        return page.locator("form").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(kop))));
    }
}
