package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 17: the PIP date and the end of inburgering through the trajectory API. */
@IntegrationTest
class TijdlijnFeitenApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    ApiFixture api;
    TestData.Wereld w;
    Traject t;
    UUID samira;
    LocalDate brp = LocalDate.now().minusMonths(5);

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        t = data.aanmelding(w, brp);
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), t.id(), 2, w.als(Rol.VRIJWILLIGER).id(),
                nl.wegwijs.traject.ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        samira = trajecten.dossier(w.als(Rol.REGIEVOERDER), t.id()).orElseThrow().huishouden().personen().get(0)
            .id();
    }

    private String pad(String feit) {
        return "/api/v1/trajecten/" + t.id() + "/personen/" + samira + "/" + feit;
    }

    @Test
    void recordsThePipAndTheTrajectoryShowsItDone() throws Exception {
        LocalDate op = brp.plusWeeks(9);
        api.schrijf(w.als(Rol.REGIEVOERDER), put(pad("pip")), "{\"versie\": 0, \"vastgesteldOp\": \"%s\"}".formatted(op))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.persoonId").value(samira.toString()))
            .andExpect(jsonPath("$.pipVastgesteldOp").value(op.toString()))
            .andExpect(jsonPath("$.pipVastgelegdDoor").value(w.als(Rol.REGIEVOERDER).naam()))
            .andExpect(jsonPath("$.versie").value(1));

        api.als(w.als(Rol.BEGELEIDER), get("/api/v1/trajecten/" + t.id()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'PIP' && @.persoonId == '%s')].status".formatted(samira))
                .value(hasItem("AFGEROND")))
            .andExpect(jsonPath("$.uitersteEinde").value(brp.plusMonths(18).toString()))
            .andExpect(jsonPath("$.feiten[0].pipVastgesteldOp").value(op.toString()));
        api.als(w.als(Rol.VRIJWILLIGER), get(pad("tijdlijn")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.versie").value(1));
    }

    @Test
    void refusesStaleVersionRoleAndMissingAfrondingAndWritesNothing() throws Exception {
        api.schrijf(w.als(Rol.BEGELEIDER), put(pad("pip")), "{\"versie\": 4, \"vastgesteldOp\": \"%s\"}"
                .formatted(brp.plusWeeks(9)))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.schrijf(w.als(Rol.VRIJWILLIGER), put(pad("pip")), "{\"versie\": 0, \"vastgesteldOp\": \"%s\"}"
                .formatted(brp.plusWeeks(9)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("U mag deze wijziging niet doen."));
        api.schrijf(w.als(Rol.BEGELEIDER), put(pad("inburgering")), "{\"versie\": 0, \"afgerondOp\": \"%s\"}"
                .formatted(LocalDate.now()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("traject.feit.afronding.leeg"));
        api.schrijf(w.als(Rol.BEGELEIDER), put(pad("pip")), "{\"vastgesteldOp\": \"%s\"}".formatted(brp))
            .andExpect(status().isPreconditionRequired());
        ApiFixture.nietGevonden(api.schrijf(data.wereld().als(Rol.REGIEVOERDER), put(pad("pip")),
                "{\"versie\": 0, \"vastgesteldOp\": \"%s\"}".formatted(brp)));

        assertThat(trajecten.dossier(w.als(Rol.REGIEVOERDER), t.id()).orElseThrow().feiten(samira).versie())
            .isZero();
    }

    @Test
    void recordsTheEndOfInburgering() throws Exception {
        api.schrijf(w.als(Rol.TEAMLEIDER), put(pad("inburgering")),
                "{\"versie\": 0, \"afgerondOp\": \"%s\", \"afronding\": \"ONTHEFFING\"}".formatted(LocalDate.now()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.inburgeringAfronding").value("ONTHEFFING"))
            .andExpect(jsonPath("$.inburgeringAfgerondOp").value(LocalDate.now().toString()));
    }
}
