package nl.wegwijs.browser;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two-factor login as a medewerker meets it: turning it on from the header link (QR code, or the key to type,
 * confirmed with a first code), then logging in with password and code. The test plays the authenticator app: it
 * reads the key from the page and computes the codes.
 */
class TweestapBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    static String appCode(String sleutel, Instant op) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(sleutel.replace(" ", "")), "HmacSHA1"), op, Locale.ROOT);
        }
        catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMedewerkerTurnsOnTwoFactorLoginAndThenLogsInWithACode() {
        Medewerker begeleider = data.wereld().als(Rol.BEGELEIDER);
        logIn(begeleider);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tweestapsverificatie")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tweestapsverificatie")))
            .isVisible();
        assertThat(page.getByRole(AriaRole.IMG,
                new Page.GetByRoleOptions().setName("QR-code om Wegwijs toe te voegen aan uw authenticator-app")))
            .isVisible();
        screenshot("tweestap-1-instellen.png");
        String sleutel = page.locator("#tweestap-geheim").textContent();

        page.getByLabel("Code (6 cijfers)").fill("000000".equals(appCode(sleutel, Instant.now())) ? "111111" : "000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tweestapsverificatie aanzetten")).click();
        assertThat(page.getByText("Deze code klopt niet.")).isVisible();

        page.getByLabel("Code (6 cijfers)").fill(appCode(sleutel, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tweestapsverificatie aanzetten")).click();
        assertThat(page.getByRole(AriaRole.STATUS).getByText("Tweestapsverificatie staat aan.")).isVisible();
        assertThat(page.locator("#tweestap-geheim")).hasCount(0);
        screenshot("tweestap-2-aan.png");
        logOut();

        page.getByLabel("Gebruikersnaam").fill(begeleider.gebruikersnaam());
        page.getByLabel("Wachtwoord").fill(TestData.WACHTWOORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vul de code uit uw app in")))
            .isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu")))
            .hasCount(0);
        page.setViewportSize(390, 844);
        page.getByLabel("Code (6 cijfers)").fill("12345");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorgaan")).click();
        assertThat(page.getByText("U kunt het nog 4 keer proberen.")).isVisible();
        screenshot("tweestap-3-code-fout-telefoon.png");

        // the code of the next 30 seconds: the one just used for enrolment is not accepted twice
        page.getByLabel("Code (6 cijfers)").fill(appCode(sleutel, Instant.now().plusSeconds(30)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorgaan")).click();
        page.setViewportSize(1280, 900);
        assertThat(page.locator(".wegwijs-gebruiker__naam")).hasText(begeleider.naam());
        screenshot("tweestap-4-ingelogd.png");
    }

    @Test
    void aBeheerderRequiresItForAnOrganisationAndSeesWhoHasIt() {
        TestData.Wereld w = data.wereld();
        logIn(w.als(Rol.BEHEERDER));
        page.navigate(url("/beheer/medewerkers?organisatie=" + w.uitvoerder().id()));
        assertThat(page.locator("#tweestap-stand")).containsText("Niet verplicht");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verplicht maken voor deze organisatie"))
            .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tweestapsverificatie is nu verplicht");
        assertThat(page.locator("#tweestap-stand")).containsText("Verplicht: alle medewerkers");
        page.setViewportSize(390, 844);
        page.reload();
        screenshot("tweestap-5-beheer-telefoon.png");
        page.setViewportSize(1280, 900);
        page.reload();
        screenshot("tweestap-6-beheer.png");
    }
}
