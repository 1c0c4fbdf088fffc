package nl.wegwijs.ontzorgen;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ontzorgen API: create, fixed costs, months, sessions; 403, 404, 409 and 422 as problem+json. */
@IntegrationTest
class OntzorgenApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    TestData.Wereld w;
    Traject t;
    Medewerker coach;
    String pad;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        t = data.aanmelding(w, VANDAAG.minusMonths(2));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        coach = w.als(Rol.BUDGETCOACH);
        pad = "/api/v1/huishoudens/" + t.huishouden() + "/ontzorgen";
    }

    @Test
    void budgetcoachRecordsEverythingThroughTheApi() throws Exception {
        LocalDate start = VANDAAG.minusMonths(1).withDayOfMonth(1);
        mvc.perform(get(pad).with(als(coach))).andExpect(status().isNotFound());
        mvc.perform(put(pad).with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":\"" + start + "\"}"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith(pad)))
            .andExpect(jsonPath("$.maanden").value(6))
            .andExpect(jsonPath("$.einde").value(start.plusMonths(6).toString()))
            .andExpect(jsonPath("$.norm").value(4))
            .andExpect(jsonPath("$.overgangGeregeld").value(false))
            .andExpect(jsonPath("$.versie").value(1));
        mvc.perform(post(pad + "/vaste-lasten").with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"versie\":1,\"soort\":\"ZORGVERZEKERING\",\"begunstigde\":\"CZ\",\"bedrag\":148.25,"
                        + "\"machtigingOp\":\"" + start + "\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.vasteLasten[0].bedrag").value(148.25))
            .andExpect(jsonPath("$.versie").value(2));
        mvc.perform(put(pad + "/maanden/" + start.toString().substring(0, 7)).with(als(coach)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"versie\":2,\"status\":\"BETAALD\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.periode[0].status").value("BETAALD"))
            .andExpect(jsonPath("$.periode.length()").value(6));
        mvc.perform(post(pad + "/coachgesprekken").with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"versie\":3,\"datum\":\"" + VANDAAG + "\",\"status\":\"GEHOUDEN\",\"onderwerp\":\"Toeslagen\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.gesprekkenVoorEinde").value(1));
        // stale: 409, nothing written
        mvc.perform(post(pad + "/coachgesprekken").with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"versie\":3,\"datum\":\"" + VANDAAG + "\",\"onderwerp\":\"Dubbel\"}"))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // bad amount: 422 with the Dutch message
        mvc.perform(post(pad + "/vaste-lasten").with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"versie\":4,\"soort\":\"HUUR\",\"begunstigde\":\"Staedion\",\"bedrag\":0,"
                        + "\"machtigingOp\":\"" + start + "\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("minder dan 10.000 euro")));
        mvc.perform(get(pad).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.versie").value(4))
            .andExpect(jsonPath("$.coachgesprekken[0].onderwerp").value("Toeslagen"));
    }

    @Test
    void accessPerRole() throws Exception {
        mvc.perform(put(pad).with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":\"" + VANDAAG.minusDays(3) + "\"}")).andExpect(status().isCreated());
        mvc.perform(get(pad).with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(pad).with(als(w.als(Rol.WIJKTEAM)))).andExpect(status().isNotFound());
        mvc.perform(get(pad).with(als(data.wereld().als(Rol.BUDGETCOACH)))).andExpect(status().isNotFound());
        mvc.perform(post(pad + "/coachgesprekken").with(als(w.als(Rol.TEAMLEIDER))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"versie\":1,\"datum\":\"" + VANDAAG + "\",\"onderwerp\":\"X\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post(pad + "/coachgesprekken").with(als(coach)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"datum\":\"" + VANDAAG + "\",\"onderwerp\":\"X\"}"))
            .andExpect(status().isPreconditionRequired()); // no version: neither If-Match nor versie
    }

    @Test
    void locationOfANewFixedCostAndSessionPointsAtTheItem() throws Exception {
        LocalDate start = VANDAAG.minusMonths(1).withDayOfMonth(1);
        mvc.perform(put(pad).with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":\"" + start + "\"}")).andExpect(status().isCreated());
        mvc.perform(post(pad + "/vaste-lasten").with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"versie\":1,\"soort\":\"HUUR\",\"begunstigde\":\"Staedion\",\"bedrag\":600,"
                        + "\"machtigingOp\":\"" + start + "\"}")).andExpect(status().isCreated());
        String last = mvc.perform(post(pad + "/vaste-lasten").with(als(coach)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"versie\":2,\"soort\":\"ZORGVERZEKERING\",\"begunstigde\":\"CZ\",\"bedrag\":148.25,"
                        + "\"machtigingOp\":\"" + start + "\"}"))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(last).with(als(coach))).andExpect(status().isOk())
            .andExpect(jsonPath("$.begunstigde").value("CZ"))
            .andExpect(jsonPath("$.bedrag").value(148.25));
        String gesprek = mvc.perform(post(pad + "/coachgesprekken").with(als(coach)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"versie\":3,\"datum\":\"" + VANDAAG + "\",\"status\":\"GEHOUDEN\",\"onderwerp\":\" Toeslagen \"}"))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(gesprek).with(als(w.als(Rol.BEGELEIDER)))).andExpect(status().isOk())
            .andExpect(jsonPath("$.onderwerp").value("Toeslagen"));
        // not visible: 404; an unknown item: 404
        mvc.perform(get(gesprek).with(als(data.wereld().als(Rol.BUDGETCOACH)))).andExpect(status().isNotFound());
        mvc.perform(get(pad + "/vaste-lasten/" + java.util.UUID.randomUUID()).with(als(coach)))
            .andExpect(status().isNotFound());
    }

    @Test
    void aMalformedMonthIsABadRequest() throws Exception {
        mvc.perform(put(pad).with(als(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":\"" + VANDAAG.minusDays(3) + "\"}")).andExpect(status().isCreated());
        mvc.perform(put(pad + "/maanden/2026-13").with(als(coach)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"versie\":1,\"status\":\"BETAALD\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("maand"));
    }
}
