package nl.wegwijs.traject.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.TestData.als;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wijkteam's view of a household handed over to it: the handover summary (who, languages and interpreter,
 * address, period and why it ended, who guided at which uitvoerder, the day of the handover), and for the rest of the
 * file the notice that a consent is needed; the persons' PIP and inburgering rows only with INBURGERING.
 */
@IntegrationTest
class OverdrachtWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    java.time.Clock clock;

    @Autowired
    nl.wegwijs.toestemming.ToestemmingService toestemmingen;

    TestData.Wereld w;
    Traject t;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        t = data.aanmelding(w, LocalDate.now(clock).minusMonths(2));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, t.id(), 2, w.als(Rol.BEGELEIDER).id(), ToewijzingRol.BEGELEIDER,
                LocalDate.now(clock).minusDays(5));
        trajecten.start(tl, t.id(), 3, LocalDate.now(clock).minusDays(5));
        trajecten.sluitAf(tl, t.id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT, LocalDate.now(clock),
                "Schulden besproken met het wijkteam");
    }

    @Test
    void theWijkteamSeesTheHandoverSummaryAndTheConsentNotice() throws Exception {
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.WIJKTEAM))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(
                    containsString("Samenvatting van de overdracht"),
                    containsString("Overgedragen op"),
                    containsString("Warme overdracht aan het sociaal wijkteam"),
                    containsString(w.uitvoerder().naam()),
                    containsString("Naam " + w.als(Rol.BEGELEIDER).gebruikersnaam()),
                    containsString("Tolk Arabisch"),
                    containsString("Dorpsstraat 1"),
                    containsString("Toestemming nodig"),
                    containsString("/toestemmingen/nieuw?soort=VOORTGANG"),
                    containsString("/toestemmingen/nieuw?soort=INBURGERING"))))
            // no PIP or inburgering deadlines, no phase, no status history with its explanation
            .andExpect(content().string(allOf(
                    not(containsString("PIP vaststellen")), not(containsString("Inburgering afronden")),
                    not(containsString("Schulden besproken")),
                    not(containsString("FASE1")))));
    }

    @Test
    void withConsentTheWijkteamSeesInburgeringAndProgress() throws Exception {
        // after the handover the wijkteam records the household's consent itself
        Medewerker wt = w.als(Rol.WIJKTEAM);
        java.util.Set<java.util.UUID> personen = new java.util.HashSet<>(trajecten.inzage(wt, t.huishouden())
            .huishouden().personen().stream().map(nl.wegwijs.huishouden.Persoon::id).toList());
        toestemmingen.legVast(wt, t.huishouden(), new nl.wegwijs.toestemming.NieuweToestemming(personen,
                w.gemeente().id(), Rol.WIJKTEAM, java.util.Set.of(Gegevenssoort.INBURGERING, Gegevenssoort.VOORTGANG),
                nl.wegwijs.toestemming.Doel.OVERDRACHT, LocalDate.now(clock), null,
                nl.wegwijs.toestemming.Wijze.MONDELING, null, null));
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.WIJKTEAM))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("FASE1"),
                    not(containsString("/toestemmingen/nieuw?soort=INBURGERING")),
                    not(containsString("/toestemmingen/nieuw?soort=VOORTGANG")))));
    }

    @Test
    void theGuideSeesTheWholeFileWithoutTheSummary() throws Exception {
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(not(containsString("Samenvatting van de overdracht")),
                    containsString("FASE1"), not(containsString("Toestemming nodig")))));
    }

    @Test
    void theBudgetcoachSeesNoInburgeringRowsWithoutConsent() throws Exception {
        Traject lopend = data.aanmelding(w, LocalDate.now(clock).minusMonths(1));
        mvc.perform(get("/huishoudens/{id}", lopend.huishouden()).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("/toestemmingen/nieuw?soort=INBURGERING"),
                    not(containsString("Samenvatting van de overdracht")))));
        mvc.perform(get("/huishoudens/{id}", lopend.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("/toestemmingen/nieuw?soort=INBURGERING"))));
    }
}
