package nl.wegwijs.browser;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signal as a conversation through the real UI (issue 17): the regievoerder raises a signal to the household's
 * vrijwilliger by name, the vrijwilliger replies (and cannot close it), the regievoerder reads the reply under the
 * vrijwilliger's name, with the report still in the regievoerder's, and closes it. Screenshots at 1280 and 390 px.
 */
class SignaalGesprekBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void regievoerderRaisesToTheGuideWhoRepliesAndTheRegievoerderReadsAndCloses() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        TestData.Wereld w = wereld.w();
        Traject a = wereld.a();
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);

        // 1. The regievoerder raises a signal to the vrijwilliger by name.
        logIn(regie);
        page.navigate(url("/huishoudens/" + a.huishouden() + "/signalen?nieuw=true"));
        page.getByLabel("Aan wie").selectOption(new SelectOption().setValue(vrijwilliger.id().toString()));
        page.getByLabel("Waarover").selectOption(new SelectOption().setLabel("Schoolverzuim"));
        page.getByLabel("Urgentie").selectOption(new SelectOption().setLabel("Hoog"));
        page.getByLabel("Wat is er aan de hand").fill("De oudste dochter is twee weken niet op school geweest.");
        screenshot("20-signaal-melden.png");
        page.setViewportSize(390, 844);
        screenshot("20-signaal-melden-telefoon.png");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melden")).click();
        assertThat(page).hasURL(Pattern.compile(".*/signalen/[0-9a-f-]{36}$"));
        String signaal = page.url().substring(page.url().indexOf("/signalen/"));
        assertThat(page.locator("#melding-door")).containsText("Gemeld door " + regie.naam());
        assertThat(page.locator("#melding-door")).containsText("aan " + vrijwilliger.naam());
        logOut();

        // 2. The vrijwilliger reads it, cannot close it, and replies.
        logIn(vrijwilliger);
        page.navigate(url(signaal));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Signaal afsluiten")))
            .hasCount(0);
        page.getByLabel("Uw reactie").fill("Ik ga morgen met moeder naar school en bel daarna de leerplicht.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie plaatsen")).click();
        assertThat(page.locator(".wegwijs-bericht")).hasCount(1);
        screenshot("21-signaal-reactie-vrijwilliger.png");
        logOut();

        // 3. The regievoerder reads the reply under the vrijwilliger's name and closes the signal.
        logIn(regie);
        page.navigate(url(signaal));
        Locator reactie = page.locator(".wegwijs-bericht").filter(new Locator.FilterOptions()
            .setHasText("Ik ga morgen met moeder naar school"));
        assertThat(reactie.locator(".wegwijs-bericht__auteur")).hasText(vrijwilliger.naam());
        assertThat(reactie).containsText("(Vrijwilliger)");
        assertThat(reactie).not().containsText(regie.naam());
        assertThat(page.locator(".wegwijs-melding")).containsText("De oudste dochter is twee weken niet op school");
        assertThat(page.locator(".wegwijs-melding")).not().containsText("Ik ga morgen");
        page.getByLabel("Hoe is het afgelopen (afsluitnotitie)").fill("Dochter gaat weer naar school.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afsluiten")).click();
        assertThat(page.locator(".wegwijs-paginakop")).containsText("Afgesloten");
        Locator afgesloten = page.locator(".wegwijs-bericht").nth(1);
        assertThat(afgesloten.locator(".wegwijs-bericht__auteur")).hasText(regie.naam());
        assertThat(afgesloten).containsText("sloot het signaal af");
        assertThat(afgesloten).containsText("Dochter gaat weer naar school.");
        screenshot("22-signaal-gesprek-afgesloten.png");
        page.setViewportSize(390, 844);
        page.reload();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("23-signaal-gesprek-telefoon.png");
    }
}
