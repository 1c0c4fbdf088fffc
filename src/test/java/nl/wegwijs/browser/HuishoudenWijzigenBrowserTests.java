package nl.wegwijs.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A begeleider fixes a household registered before the regeldag (as the demo household that stood at "BRP ontbreekt –
 * Onbekend"): the address and a person's BRP date through "Gegevens wijzigen", then adds a nareiziger who arrived
 * later. On a laptop (1280 px) and a phone (390 px); screenshots in target/screenshots.
 */
class HuishoudenWijzigenBrowserTests extends BrowserTest {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl"));

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void correctsAddressAndBrpDateAndAddsANareizigerOnALaptop() {
        corrigeer(1280, 900, "laptop");
    }

    @Test
    void correctsAddressAndBrpDateAndAddsANareizigerOnAPhone() {
        corrigeer(390, 844, "telefoon");
    }

    private void corrigeer(int breed, int hoog, String naam) {
        TestData.Wereld w = data.wereld();
        Traject traject = trajecten.meldAan(w.als(Rol.REGIEVOERDER), new Aanmelding(w.contract().id(),
                Adres.ONBEKEND, new HuishoudenDatums(LocalDate.now().minusDays(40), null, null, null), null,
                List.of(persoon(PersoonRol.HOOFDPERSOON, "Amal", LocalDate.of(1985, 1, 1)),
                        persoon(PersoonRol.KIND, "Noor", LocalDate.of(2015, 6, 1))),
                LocalDate.now().minusDays(5)));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), traject.id(), 1, w.teamA().id());
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        String dossier = url("/huishoudens/" + traject.huishouden());

        page.setViewportSize(breed, hoog);
        logIn(begeleider);
        page.navigate(dossier);
        openSecties();
        assertThat(page.getByText("Datum van inschrijving in de BRP ontbreekt").first()).isVisible();
        screenshot("huishouden-" + naam + "-1-voor.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gegevens wijzigen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gegevens wijzigen")))
            .isVisible();
        LocalDate brp = LocalDate.now().minusDays(10);
        page.locator("#straat").fill("Kerkstraat");
        page.locator("#huisnummer").fill("3");
        page.locator("#postcode").fill("1234 AB");
        page.locator("#woonplaats").fill("Testdorp");
        page.locator("#regeldag").fill(ISO.format(brp));
        veld("personen[0].brpDatum").fill(ISO.format(brp));
        veld("personen[1].brpDatum").fill(ISO.format(brp));
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling").isLessThanOrEqualTo(breed);
        screenshot("huishouden-" + naam + "-2-wijzigen.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();

        assertThat(page).hasURL(dossier);
        openSecties();
        assertThat(page.getByText("De gegevens van het huishouden zijn opgeslagen.")).isVisible();
        assertThat(page.getByText("Kerkstraat 3, 1234 AB Testdorp")).isVisible();
        assertThat(page.getByText("Datum van inschrijving in de BRP ontbreekt")).hasCount(0);
        Locator amal = personen().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Amal Darwish"));
        assertThat(amal).containsText(KORT.format(brp));
        screenshot("huishouden-" + naam + "-3-na.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Persoon toevoegen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Persoon toevoegen")))
            .isVisible();
        LocalDate aankomst = LocalDate.now().minusDays(2);
        veld("persoon.voornaam").fill("Karim");
        veld("persoon.geboortedatum").fill("1983-04-04");
        veld("persoon.geslacht").selectOption("MAN");
        veld("persoon.talen").fill("Arabisch");
        veld("persoon.brpDatum").fill(ISO.format(aankomst));
        assertThat(veld("persoon.achternaam")).hasValue("Darwish");
        assertThat(veld("persoon.rol")).hasValue("NAREIZIGER");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling").isLessThanOrEqualTo(breed);
        screenshot("huishouden-" + naam + "-4-nareiziger.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Persoon toevoegen")).click();

        assertThat(page).hasURL(dossier);
        openSecties();
        assertThat(page.getByText("Karim Darwish is toegevoegd aan het huishouden.")).isVisible();
        Locator karim = personen().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Karim Darwish"));
        assertThat(karim).containsText("Nareiziger");
        assertThat(karim).containsText(KORT.format(aankomst));
        screenshot("huishouden-" + naam + "-5-met-nareiziger.png");
    }

    private Locator personen() {
        return page.locator("section[aria-labelledby='personen-kop']");
    }

    private Locator veld(String id) {
        return page.locator("[id='" + id + "']");
    }

    private static NieuwePersoon persoon(PersoonRol rol, String voornaam, LocalDate geboren) {
        return new NieuwePersoon(null, rol, voornaam, "Darwish", geboren, Geslacht.VROUW, "Syrië",
                List.of("Arabisch"), false, null, Geletterdheid.ONBEKEND, null, null, null, null,
                Verblijfsstatus.ASIELSTATUSHOUDER);
    }
}
