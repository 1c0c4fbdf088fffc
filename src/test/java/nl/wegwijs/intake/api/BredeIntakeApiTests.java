package nl.wegwijs.intake.api;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The brede intake API: create and update with the version (409 when stale), the health finding only in the
 * regievoerder's responses (the field is absent for guides), 403 for the budgetcoach without consent, 404 for another
 * gemeente, 422 for a guide writing, 400 for bad input.
 */
@IntegrationTest
class BredeIntakeApiTests {

    static final LocalDate VANDAAG = LocalDate.now();
    static final String GEZONDHEID = "Rugklachten, kan niet lang staan";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    ApiFixture api;
    TestData.Wereld w;
    Traject a;
    Persoon samira;
    Medewerker rv;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        rv = w.als(Rol.REGIEVOERDER);
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden().personen().stream()
            .filter(p -> p.voornaam().equals("Samira")).findFirst().orElseThrow();
    }

    private String pad() {
        return "/api/v1/huishoudens/" + a.huishouden() + "/brede-intakes/" + samira.id();
    }

    private static String json(long versie, String verwachtingen) {
        return """
                {"versie": %d, "gehoudenOp": "%s",
                 "aanwezig": {"persoon": true, "partner": false, "begeleider": true, "instemming": true},
                 "tolk": "PROFESSIONEEL", "tolkTaal": "Tigrinya", "opleidingsniveau": "BASISONDERWIJS",
                 "opleidingWerk": "Werkte op het land", "talen": ["Tigrinya", "Arabisch"], "geletterdheid": "LAAGGELETTERD",
                 "gezondheid": {"aandacht": true, "toelichting": "%s"}, "nareizigersVerwacht": false,
                 "digitaal": "GEEN", "verwachtingen": "%s", "kinderopvangNodig": true,
                 "kinderopvangToelichting": "Jongste kind is twee",
                 "signalen": [{"bron": "HUISARTS", "datum": "%s", "tekst": "Controle rug"}]}"""
            .formatted(versie, VANDAAG.minusDays(1), GEZONDHEID, verwachtingen, VANDAAG.minusDays(20));
    }

    @Test
    void regievoerderCreatesAndUpdatesWithTheVersionAndAStaleOneIsA409() throws Exception {
        api.schrijf(rv, put(pad()), json(0, "Werk in de zorg"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.versie").value(1))
            .andExpect(jsonPath("$.gezondheid.toelichting").value(GEZONDHEID))
            .andExpect(jsonPath("$.signalen[0].bron").value("HUISARTS"))
            .andExpect(jsonPath("$.talen[1]").value("Arabisch"));
        api.schrijf(rv, put(pad()), json(1, "Werk in de thuiszorg"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.versie").value(2))
            .andExpect(jsonPath("$.verwachtingen").value("Werk in de thuiszorg"));
        api.schrijf(rv, put(pad()), json(1, "Verouderd"))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.als(rv, get("/api/v1/huishoudens/{id}/brede-intakes", a.huishouden()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(2))
            .andExpect(jsonPath("$[?(@.persoonId == '" + samira.id() + "')].intake.verwachtingen")
                .value("Werk in de thuiszorg"))
            .andExpect(jsonPath("$[?(@.persoonId == '" + samira.id() + "')].intake.gezondheid.aandacht")
                .value(true));
    }

    @Test
    void guidesGetTheIntakeWithoutTheHealthFieldAndMayNotWrite() throws Exception {
        api.schrijf(rv, put(pad()), json(0, "Werk in de zorg")).andExpect(status().isOk());
        for (Medewerker gids : new Medewerker[] { w.als(Rol.BEGELEIDER), w.als(Rol.VRIJWILLIGER),
                w.als(Rol.TEAMLEIDER) }) {
            api.als(gids, get("/api/v1/huishoudens/{id}/brede-intakes", a.huishouden()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.persoonId == '" + samira.id() + "')].intake.verwachtingen")
                    .value("Werk in de zorg"))
                .andExpect(jsonPath("$[*].intake.gezondheid").isEmpty())
                .andExpect(content().string(not(containsString("gezondheid"))))
                .andExpect(content().string(not(containsString(GEZONDHEID))));
            api.schrijf(gids, put(pad()), json(1, "Door een begeleider"))
                .andExpect(status().isUnprocessableContent());
        }
    }

    @Test
    void theBudgetcoachNeedsAConsentAndAnotherGemeenteGets404() throws Exception {
        api.schrijf(rv, put(pad()), json(0, "Werk in de zorg")).andExpect(status().isOk());
        Medewerker bc = w.als(Rol.BUDGETCOACH);
        api.als(bc, get("/api/v1/huishoudens/{id}/brede-intakes", a.huishouden()))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.gegevenssoort").value("INBURGERING"));
        api.schrijf(bc, put(pad()), json(1, "x")).andExpect(status().isForbidden());
        Medewerker ander = data.wereld().als(Rol.REGIEVOERDER);
        ApiFixture.nietGevonden(api.als(ander, get("/api/v1/huishoudens/{id}/brede-intakes", a.huishouden())));
        ApiFixture.nietGevonden(api.schrijf(ander, put(pad()), json(1, "x")));
    }

    @Test
    void badInputIsA400PerFieldAndARuleA422() throws Exception {
        api.schrijf(rv, put(pad()), "{\"versie\": 0}")
            .andExpect(status().isBadRequest());
        api.schrijf(rv, put(pad()), json(0, "x").replace("\"instemming\": true", "\"instemming\": false"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("instemt")));
    }
}
