package nl.wegwijs.browser;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 18: a guide's signal to the regievoerder shares the household's data with the gemeente, so the raise form asks
 * on what basis (the statushouder agrees, or acute danger); without an answer nothing is raised. The regievoerder then
 * sees it without a further consent. Screenshots at 1280 and 390 px.
 */
class SignaalDelingBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void aGuideSaysWhyTheGemeenteMayKnowAndTheRegievoerderSeesTheSignal() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        TestData.Wereld w = wereld.w();
        Traject a = wereld.a();
        Medewerker gids = w.als(Rol.BEGELEIDER);

        logIn(gids);
        page.navigate(url("/huishoudens/" + a.huishouden() + "/signalen?nieuw=true"));
        page.getByLabel("Aan wie").selectOption(new SelectOption().setValue("REGIEVOERDER"));
        page.getByLabel("Waarover").selectOption(new SelectOption().setLabel("Geldzorgen"));
        page.getByLabel("Wat is er aan de hand").fill("Aanmaningen van de energieleverancier, drie maanden achter.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melden")).click();
        assertThat(page.locator("#deling-fout")).containsText("Kies of de statushouder het goed vindt");
        page.getByLabel("Mag de gemeente dit weten?").selectOption(new SelectOption().setValue("TOESTEMMING"));
        screenshot("24-signaal-delen-met-gemeente.png");
        page.setViewportSize(390, 844);
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("24-signaal-delen-met-gemeente-telefoon.png");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melden")).click();
        assertThat(page).hasURL(Pattern.compile(".*/signalen/[0-9a-f-]{36}$"));
        String signaal = page.url().substring(page.url().indexOf("/signalen/"));
        logOut();

        logIn(w.als(Rol.REGIEVOERDER));
        page.navigate(url("/signalen"));
        assertThat(page.locator("a[href='" + signaal + "']")).hasCount(1);
        page.navigate(url(signaal));
        assertThat(page.locator(".wegwijs-melding")).containsText("Aanmaningen van de energieleverancier");
    }
}
