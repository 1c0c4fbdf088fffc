package nl.wegwijs.browser;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One plan, many hands, through the real UI: the regievoerder records the brede intake and sets a PIP with two goals
 * (one owned by the uitvoerder, one by the regievoerder); the guide is notified of their goal, reports progress on it
 * (and gets no progress form on the regievoerder's goal, which says whom to ask); the regievoerder sees the progress on
 * the PIP page and the household under "PIP op tijd vastgesteld" on the overview, whose link lists it. Screenshots
 * 70-79 at 1280 px and at 390 px; at 390 px nothing scrolls sideways.
 */
class RegieBrowserTests extends BrowserTest {

    private static final String DOEL_BEGELEIDING = "Samen de huurtoeslag aanvragen";
    private static final String DOEL_REGIE = "Aanmelden bij de taalschool";
    private static final String VOORTGANG = "Formulier samen ingevuld en verstuurd";

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    private int breedte() {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    /** On a phone (390 px): the page at this address fits, and a screenshot of it. */
    private void telefoon(String pad, String naam) {
        page.navigate(url(pad));
        page.waitForLoadState();
        assertThat(breedte()).as(pad).isLessThanOrEqualTo(390);
        screenshot(naam);
    }

    @Test
    void regievoerderSetsAPipTheGuideReportsProgressAndTheOverviewCountsIt() {
        TestData.Wereld w = data.wereld();
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        Traject t = data.aanmelding(w, LocalDate.now().minusWeeks(3));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, t.id(), 2, begeleider.id(), ToewijzingRol.BEGELEIDER, LocalDate.now());
        HuishoudenId h = t.huishouden();
        UUID samira = trajecten.inzage(rv, h).huishouden().personen().stream()
            .filter(p -> p.voornaam().equals("Samira")).findFirst().orElseThrow().id();
        String intake = "/huishoudens/" + h + "/intake/" + samira;
        String pip = "/huishoudens/" + h + "/pip";

        // --- the regievoerder: brede intake, PIP draft, two goals, vaststellen
        logIn(rv);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/regie$"));
        page.navigate(url(intake));
        page.getByLabel("Opleiding en werkervaring").fill("Zes jaar kapper in Aleppo");
        page.getByLabel("Wat wilt u over 3 jaar bereikt hebben?").fill("Een eigen kapsalon");
        screenshot("70-regie-intake-formulier.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByText("De brede intake is opgeslagen.")).isVisible();

        page.navigate(url(pip));
        Locator sectie = page.locator("#pip-" + samira);
        sectie.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("PIP opstellen")).click();
        assertThat(page.getByText("Het concept van het PIP is gemaakt.")).isVisible();
        Locator plan = sectie.locator("form[action$='/pip/" + samira + "/plan']");
        plan.locator("select[name=leerroute]").selectOption("B1_ROUTE");
        plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Plan opslaan")).click();
        assertThat(page.getByText("Het plan is opgeslagen.")).isVisible();

        voegDoelToe(sectie, samira, "FINANCIEN", DOEL_BEGELEIDING, "UITVOERDER");
        voegDoelToe(sectie, samira, "TAAL", DOEL_REGIE, "REGIEVOERDER");
        sectie.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vaststellen")).click();
        assertThat(page.getByText("Het PIP is vastgesteld.")).isVisible();
        assertThat(sectie.locator(".utrecht-status-badge").first()).containsText("Versie 1, vastgesteld op");
        screenshot("71-regie-pip-vastgesteld.png");
        logOut();

        // --- the guide: told of their goal on the start page, reports progress on it only
        logIn(begeleider);
        assertThat(page.locator("#notificaties")).containsText("Nieuw of gewijzigd PIP-doel voor u: "
                + DOEL_BEGELEIDING);
        assertThat(page.locator("#notificaties")).not().containsText(DOEL_REGIE);
        page.navigate(url(pip));
        Locator eigen = doel(sectie, DOEL_BEGELEIDING);
        Locator andermans = doel(sectie, DOEL_REGIE);
        assertThat(andermans).containsText("Wie helpt: regievoerder");
        assertThat(andermans.getByText("Voortgang melden")).hasCount(0);
        assertThat(sectie.locator("form[action*='/voortgang']")).hasCount(1);
        eigen.getByText("Voortgang melden").click();
        eigen.getByLabel("Wat is er gebeurd?").fill(VOORTGANG);
        eigen.getByLabel("Nieuwe stand").selectOption("BEZIG");
        eigen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Voortgang opslaan")).click();
        assertThat(page.getByText("De voortgang is opgeslagen.")).isVisible();
        assertThat(doel(sectie, DOEL_BEGELEIDING)).containsText(VOORTGANG);
        assertThat(doel(sectie, DOEL_BEGELEIDING)).containsText("bezig");
        screenshot("72-regie-begeleider-voortgang.png");
        page.setViewportSize(390, 844);
        telefoon(pip, "73-regie-begeleider-voortgang-telefoon.png");
        page.setViewportSize(1280, 900);
        logOut();

        // --- the regievoerder: the progress on the PIP page, the household in the overview
        logIn(rv);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        // the uitvoerder's goal notifies its guides, not the regievoerder (Pipregels.ontvangers)
        assertThat(page.locator("main")).not().containsText("Voortgang gemeld op een PIP-doel");
        page.navigate(url(pip));
        assertThat(sectie).containsText("Voortgang van iedereen");
        assertThat(sectie).containsText(VOORTGANG);
        assertThat(doel(sectie, DOEL_BEGELEIDING)).containsText("Laatste voortgang");
        screenshot("74-regie-pip-voortgang.png");

        page.navigate(url("/regie"));
        Locator opTijd = page.locator("a[data-cijfer=pip-op-tijd]");
        assertThat(opTijd).hasText(java.util.regex.Pattern.compile("^1 persoon"));
        assertThat(page.locator("a[data-cijfer=intake]")).containsText("1 persoon");
        // a year is no amount: "2026", not "2.026"
        assertThat(page.locator("#taakstelling-kop")).containsText("halfjaar " + LocalDate.now().getYear());
        screenshot("75-regie-overzicht.png");
        opTijd.click();
        assertThat(page.locator("main table")).containsText("Haddad");
        assertThat(page.locator("main table a[href='/huishoudens/" + h + "']")).hasCount(1);
        screenshot("76-regie-overzicht-lijst.png");

        page.setViewportSize(390, 844);
        telefoon(intake, "77-regie-intake-telefoon.png");
        telefoon(pip, "78-regie-pip-telefoon.png");
        telefoon("/regie", "79-regie-overzicht-telefoon.png");
    }

    private void voegDoelToe(Locator sectie, UUID persoon, String leefgebied, String omschrijving, String eigenaar) {
        Locator form = sectie.locator("form[action$='/pip/" + persoon + "/doelen']");
        if (!form.isVisible()) {
            sectie.locator("summary", new Locator.LocatorOptions().setHasText("Doel toevoegen")).click();
        }
        form.locator("select[name=leefgebied]").selectOption(leefgebied);
        form.locator("input[name=omschrijving]").fill(omschrijving);
        form.locator("select[name=eigenaar]").selectOption(eigenaar);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toevoegen")).click();
        assertThat(page.getByText("Het doel is toegevoegd.")).isVisible();
    }

    /** The goal of the version in force with this description. */
    private static Locator doel(Locator sectie, String omschrijving) {
        return sectie.locator("li[id^=doel-]", new Locator.LocatorOptions().setHasText(omschrijving));
    }
}
