package nl.wegwijs.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * A referral through the real UI: the guide refers Yusuf (no consent: refused, with the link to record one) and then
 * Samira (consent recorded) to the gemeente's sociaal wijkteam from the household file; the wijkteam user finds it
 * in the inbox and accepts it; the guide sees "Geaccepteerd" in the file. Screenshots in target/screenshots
 * (verwijzing-*.png).
 */
class VerwijzingBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    ToestemmingService toestemmingen;

    @Test
    void deBegeleiderVerwijstHetWijkteamAccepteertEnDeBegeleiderZietHet() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        TestData.Wereld w = wereld.w();
        Traject a = wereld.a();
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        kaart.voegToe(w.als(Rol.TEAMLEIDER), w.gemeente().id(), new DienstGegevens("Sociaal wijkteam Noord",
                Dienstsoort.SOCIAAL_WIJKTEAM, "070 555 0400", "wijkteam@noord.example", "Wijkcentrum De Kern", null,
                List.of("Nederlands", "Arabisch"), 2, "Verwijzen in Wegwijs", w.gemeente().id()));
        kaart.voegToe(w.als(Rol.TEAMLEIDER), w.gemeente().id(), new DienstGegevens("Vereniging Hidmona",
                Dienstsoort.ZELFORGANISATIE, null, null, null, null, List.of("Tigrinya"), 0, "Bellen", null));
        Persoon samira = trajecten.inzage(begeleider, a.huishouden()).huishouden().personen().get(0);
        toestemmingen.legVast(begeleider, a.huishouden(), new NieuweToestemming(Set.of(samira.id()),
                w.gemeente().id(), Rol.WIJKTEAM, Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.SIGNALEN),
                Doel.DOORVERWIJZING, LocalDate.now(), null, Wijze.MONDELING_MET_TOLK, "Arabisch", null));

        logIn(begeleider);
        page.navigate(url("/socialekaart"));
        assertThat(page.locator("main")).containsText("Vereniging Hidmona");
        screenshot("verwijzing-01-sociale-kaart.png");

        page.navigate(url("/huishoudens/" + a.huishouden()));
        openSecties();
        page.locator("#verwijzingen").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
            .setName("Verwijzen")).click();
        page.getByLabel("Naar welke dienst?").selectOption(new SelectOption()
            .setLabel("Sociaal wijkteam Noord (Sociaal wijkteam, Wegwijs)"));
        page.getByLabel("Voor wie?").selectOption(new SelectOption().setLabel("Yusuf Haddad"));
        page.getByLabel("Reden van de verwijzing").fill("Zoekt werk en wil een buurtactiviteit.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijzing opslaan")).click();
        assertThat(page.locator("body")).containsText("geen geldige toestemming voor doorverwijzing");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toestemming vastleggen")))
            .isVisible();
        screenshot("verwijzing-02-geen-toestemming.png");

        page.getByLabel("Voor wie?").selectOption(new SelectOption().setLabel("Samira Haddad"));
        page.getByLabel("Reden van de verwijzing").fill("Opvoedsteun: de school maakt zich zorgen over verzuim.");
        page.getByLabel("Warme verwijzing: de begeleider gaat mee of belt samen met de persoon").check();
        screenshot("verwijzing-03-formulier.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijzing opslaan")).click();
        assertThat(page.locator(".utrecht-alert--ok")).containsText("De verwijzing naar Sociaal wijkteam Noord is verstuurd");
        assertThat(page.locator("main")).containsText("Verstuurd");
        screenshot("verwijzing-04-verstuurd.png");
        logOut();

        logIn(w.als(Rol.WIJKTEAM));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verwijzingen").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Verwijzingen aan het wijkteam");
        screenshot("verwijzing-05-inbox.png");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samira Haddad")).click();
        assertThat(page.locator("main")).containsText("Opvoedsteun");
        page.getByLabel("Toelichting (verplicht bij afwijzen)").fill("Welkom op het spreekuur van dinsdag.");
        screenshot("verwijzing-06-beantwoorden.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren")).click();
        assertThat(page.locator(".utrecht-alert--ok")).containsText("Het antwoord is vastgelegd");
        assertThat(page.locator("main")).containsText("Geaccepteerd");
        page.setViewportSize(320, 800);
        screenshot("verwijzing-07-geaccepteerd-320.png");
        page.setViewportSize(1280, 900);
        logOut();

        logIn(begeleider);
        page.navigate(url("/huishoudens/" + a.huishouden()));
        openSecties();
        assertThat(page.locator("#verwijzingen")).containsText("Geaccepteerd");
        assertThat(page.locator("#verwijzingen")).containsText("Sociaal wijkteam Noord");
        page.locator("#verwijzingen").scrollIntoViewIfNeeded();
        screenshot("verwijzing-08-dossier.png");
        page.locator("#verwijzingen").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
            .setName("Sociaal wijkteam Noord")).click();
        assertThat(page.locator("main")).containsText("Welkom op het spreekuur van dinsdag.");
        screenshot("verwijzing-09-detail-begeleider.png");
    }
}
