package nl.wegwijs.browser;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warm handover through the real UI: the begeleider starts it from the closing page, completes the generated
 * summary, is refused without consent, shares it once the consent is there; the wijkteam finds it in its inbox,
 * reads it and accepts it, and the trajectory closes as a warm handover; and a handover the wijkteam refuses with a
 * reason, which the guide is notified of and reads on the handover page. Screenshots in target/screenshots.
 */
class OverdrachtBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    nl.wegwijs.afsluiting.OverdrachtService overdrachten;

    @Test
    void aHandoverThatTheWijkteamAcceptsClosesTheTrajectory() {
        TestData.Wereld w = data.wereld();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(11));
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, LocalDate.now().minusMonths(10));
        Medewerker begeleider = w.als(Rol.BEGELEIDER);

        logIn(begeleider);
        page.navigate(url("/huishoudens/" + t.huishouden() + "/afsluiting"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Afsluiting van de begeleiding"))).isVisible();
        page.getByLabel("Aanwezig").fill("Samira, Yusuf, begeleider");
        page.getByLabel("Wat is besproken").fill("Terugblik op het jaar en wat nog open staat.");
        page.getByLabel("De eigen kijk van de persoon").fill("Wil de post zelf doen, met hulp van het wijkteam.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eindgesprek vastleggen")).click();
        assertThat(page.getByText("Het eindgesprek is vastgelegd.")).isVisible();
        screenshot("80-afsluiting.png");

        page.getByText("Naar de overdracht").click();
        page.getByLabel("Er is een hulpvraag voor het wijkteam").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overdracht starten")).click();
        assertThat(page.getByText("De overdracht is gestart.")).isVisible();
        page.getByLabel("Aanvulling (kort)").nth(2).fill("Belastingbrief nog niet beantwoord; samen naar kijken.");
        page.getByLabel("Er is een hulpvraag voor het wijkteam").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvullingen bewaren")).click();
        assertThat(page.getByText("De aanvullingen zijn bewaard.")).isVisible();

        page.getByLabel("Ik heb de samenvatting nagekeken").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delen met het wijkteam")).click();
        assertThat(page.getByText("Delen kan niet: er is geen geldige toestemming")).isVisible();
        screenshot("81-overdracht-zonder-toestemming.png");

        Set<UUID> personen = new HashSet<>(trajecten.inzage(tl, t.huishouden()).huishouden().personen().stream()
            .map(Persoon::id).toList());
        toestemmingen.legVast(tl, t.huishouden(), new NieuweToestemming(personen, w.gemeente().id(), Rol.WIJKTEAM,
                Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG), Doel.OVERDRACHT, LocalDate.now(), null,
                Wijze.MONDELING, null, null));
        page.navigate(url("/huishoudens/" + t.huishouden() + "/overdracht"));
        page.getByLabel("Ik heb de samenvatting nagekeken").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delen met het wijkteam")).click();
        assertThat(page.getByText("De overdracht is gedeeld met het wijkteam.")).isVisible();
        screenshot("82-overdracht-gedeeld.png");
        logOut();

        Medewerker wijkteam = w.als(Rol.WIJKTEAM);
        logIn(wijkteam);
        page.navigate(url("/overdrachten"));
        screenshot("83-overdracht-inbox.png");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Haddad, Samira")).click();
        assertThat(page.getByText("Belastingbrief nog niet beantwoord; samen naar kijken.")).isVisible();
        screenshot("84-overdracht-wijkteam.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overdracht accepteren")).click();
        assertThat(page.getByText("De overdracht is geaccepteerd.")).isVisible();
        assertThat(page.locator("#overdracht-stand")).hasText("Geaccepteerd");
        page.getByLabel("Soort hulpvraag").selectOption("GELDZAKEN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hulpvraag vastleggen")).click();
        assertThat(page.getByText("De hulpvraag is vastgelegd.")).isVisible();
        screenshot("85-overdracht-geaccepteerd.png");

        Traject na = trajecten.dossier(wijkteam, t.huishouden()).orElseThrow().traject();
        assertThat(na.status()).isEqualTo(TrajectStatus.OVERGEDRAGEN);
        assertThat(na.eindeReden()).isEqualTo(EindeReden.WARME_OVERDRACHT);
        page.navigate(url("/huishoudens/" + t.huishouden()));
        page.locator("#onderdeel-afsluiting").scrollIntoViewIfNeeded(); // the closing section loads lazily (issue 21)
        assertThat(page.getByText("Samenvatting van de overdracht bekijken")).isVisible();
        screenshot("86-dossier-wijkteam.png");

        page.setViewportSize(320, 800);
        page.navigate(url("/overdrachten"));
        Object breed = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(breed).isEqualTo(false);
    }

    @Test
    void aHandoverThatTheWijkteamRefusesLeavesTheGuidanceOpen() {
        TestData.Wereld w = data.wereld();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(11));
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, LocalDate.now().minusMonths(10));
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        Set<UUID> personen = new HashSet<>(trajecten.inzage(tl, t.huishouden()).huishouden().personen().stream()
            .map(Persoon::id).toList());
        toestemmingen.legVast(tl, t.huishouden(), new NieuweToestemming(personen, w.gemeente().id(), Rol.WIJKTEAM,
                Set.of(Gegevenssoort.BASISGEGEVENS), Doel.OVERDRACHT, LocalDate.now(), null, Wijze.MONDELING, null,
                null));
        var c = overdrachten.maakConcept(begeleider, t.huishouden(), w.gemeente().id(), false);
        var o = overdrachten.deel(begeleider, c.id(), c.versie(), true);

        logIn(w.als(Rol.WIJKTEAM));
        page.navigate(url("/overdrachten/" + o.id()));
        page.getByLabel("Reden van de afwijzing (verplicht)").fill("Het gezin woont in een wijk van een ander wijkteam.");
        screenshot("87-overdracht-afwijzen.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overdracht afwijzen")).click();
        assertThat(page.getByText("De overdracht is afgewezen.")).isVisible();
        logOut();

        logIn(begeleider);
        page.navigate(url("/notificaties"));
        assertThat(page.getByText("heeft de warme overdracht afgewezen")).isVisible();
        page.navigate(url("/huishoudens/" + t.huishouden() + "/overdracht"));
        assertThat(page.locator("#afwijzing-reden")).hasText("Het gezin woont in een wijk van een ander wijkteam.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overdracht starten")))
            .isVisible();
        screenshot("88-overdracht-afgewezen.png");
        assertThat(trajecten.dossier(begeleider, t.huishouden()).orElseThrow().traject().status())
            .isEqualTo(TrajectStatus.ACTIEF);

        page.setViewportSize(320, 800);
        page.navigate(url("/huishoudens/" + t.huishouden() + "/overdracht"));
        Object breed = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(breed).isEqualTo(false);
    }
}
