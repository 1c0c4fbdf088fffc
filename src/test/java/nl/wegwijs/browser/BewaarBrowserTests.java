package nl.wegwijs.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Bewaartermijnen;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

/**
 * The beheerder (as the privacy officer of a gemeente would) makes a dry run, reads it (no names) and carries it out after confirming, on a
 * phone. Screenshots in target/screenshots (bewaren-*.png).
 */
class BewaarBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    Bewaartermijnen termijnen;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    nl.wegwijs.bewaren.BewaarService bewaren;

    @Test
    void dePrivacyfunctionarisVoertEenProefdraaiUitOpEenTelefoon() {
        TestData.Wereld w = data.wereld();
        termijnen.zet(w.als(Rol.BEHEERDER), w.gemeente().id(), 12);
        String naam = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER),
                data.aanmeldingVoor(w, java.time.LocalDate.now().minusYears(4), naam));
        trajecten.sluitAf(w.als(Rol.REGIEVOERDER), t.id(), t.versie(), TrajectStatus.BEEINDIGD, EindeReden.AFGEZIEN,
                java.time.LocalDate.now().minusMonths(13), null);
        Medewerker fg = organisaties.registreerMedewerker("fg-" + naam.toLowerCase(), encoder.encode(TestData.WACHTWOORD),
                "Functionaris " + naam, Rol.PRIVACYFUNCTIONARIS, w.gemeente().id(), null, Set.of());

        page.setViewportSize(390, 844);
        // (the privacy officer's start page /privacy belongs to the consent module; the beheerder sees the same pages)
        logIn(w.als(Rol.BEHEERDER));
        page.navigate(url("/privacy/bewaren/runs/" + bewaren.proefdraai(fg, w.gemeente().id()).id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu een proefdraai maken")).click();
        assertThat(page.locator(".wegwijs-meldingen [role=status]")).containsText("1 huishouden te anonimiseren");
        assertThat(page.getByText(t.huishouden().value().toString())).isVisible();
        assertThat(page.locator("main")).not().containsText(naam);
        screenshot("bewaren-proefdraai-390.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deze proefdraai uitvoeren")).click();
        screenshot("bewaren-bevestigen-390.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, anonimiseren")).click();
        assertThat(page.locator(".wegwijs-meldingen [role=status]")).containsText("1 huishouden geanonimiseerd");
        assertThat(page.locator("main")).containsText("Geanonimiseerd");
        screenshot("bewaren-uitgevoerd-390.png");
    }
}
