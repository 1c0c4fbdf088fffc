package nl.wegwijs.tevredenheid;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The satisfaction API: the questions, a household's questionnaire (due, open, answered; recorded once by its
 * guidance, bad answers 422 with nothing written, 404 outside the reader's households) and the aggregate report
 * (403 for other roles, groups under five without figures, as on the page).
 */
@IntegrationTest
class TevredenheidApiTests {

    static final String GOED = """
            {"wijze":"SAMEN","antwoorden":[{"vraag":"V1","waarde":4},{"vraag":"V2","waarde":5}],
             "opmerking":"Ik weet nu waar de huisarts is."}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    TevredenheidService service;

    @Autowired
    JdbcClient jdbc;

    /** A household of team A under a contract of {@code maanden}, guidance started five months ago. */
    HuishoudenId huishouden(TestData.Wereld w) {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(6));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        long versie = trajecten.dossier(tl, t.huishouden()).orElseThrow().traject().versie();
        trajecten.start(tl, t.id(), versie, LocalDate.now().minusMonths(5));
        return t.huishouden();
    }

    static String pad(HuishoudenId h) {
        return "/api/v1/huishoudens/" + h + "/tevredenheid";
    }

    ResultActions schrijf(Medewerker wie, HuishoudenId h, String json) throws Exception {
        return mvc.perform(post(pad(h)).with(als(wie)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(json));
    }

    long aantal(HuishoudenId h) {
        return jdbc.sql("select count(*) from tevredenheid where huishouden_id = ?").param(h.value())
            .query(Long.class).single();
    }

    @Test
    void theGuidanceRecordsTheAnswersOnceAndNeverReadsThemBack() throws Exception {
        TestData.Wereld w = data.wereld(6);
        HuishoudenId h = huishouden(w);
        Medewerker b = w.als(Rol.BEGELEIDER);
        mvc.perform(get(pad(h)).with(als(b)))
            .andExpect(status().isOk())
            .andExpect(header().exists("API-Version"))
            .andExpect(jsonPath("$.huishoudenId").value(h.toString()))
            .andExpect(jsonPath("$.moment").value("EINDE"))
            .andExpect(jsonPath("$.open").value(true))
            .andExpect(jsonPath("$.magAfnemen").value(true))
            .andExpect(jsonPath("$.afgenomenOp").doesNotExist());
        schrijf(b, h, GOED)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith(pad(h))))
            .andExpect(jsonPath("$.stand").value("AFGENOMEN"))
            .andExpect(jsonPath("$.afgenomenOp").value(LocalDate.now().toString()))
            .andExpect(jsonPath("$.open").value(false))
            .andExpect(jsonPath("$.antwoorden").doesNotExist())
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("huisarts"))));
        assertThat(aantal(h)).isEqualTo(1);
        assertThat(jdbc.sql("select v1 * 10 + v2 from tevredenheid where huishouden_id = ?").param(h.value())
            .query(Integer.class).single()).isEqualTo(45);
        // once per household and moment: 422, nothing written
        schrijf(w.als(Rol.TEAMLEIDER), h, GOED)
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("tevredenheid.al-afgenomen"));
        assertThat(aantal(h)).isEqualTo(1);
        mvc.perform(get(pad(h)).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.stand").value("AFGENOMEN"))
            .andExpect(jsonPath("$.magAfnemen").value(false));
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and record_soort = 'tevredenheid'"
                + " and actie = 'AANMAKEN'").param(h.value()).query(Long.class).single()).isPositive();
    }

    @Test
    void badAnswersAreRefusedAndNothingIsWritten() throws Exception {
        TestData.Wereld w = data.wereld(6);
        HuishoudenId h = huishouden(w);
        Medewerker b = w.als(Rol.BEGELEIDER);
        schrijf(b, h, "{\"wijze\":\"ZELF\",\"antwoorden\":[{\"vraag\":\"V1\",\"waarde\":7}]}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("tevredenheid.antwoord.buiten-schaal"))
            .andExpect(jsonPath("$.detail").value(containsString("buiten de schaal van 1 tot 5")));
        schrijf(b, h, "{\"wijze\":\"ZELF\",\"antwoorden\":[{\"vraag\":\"V1\",\"waarde\":0}]}")
            .andExpect(status().isUnprocessableContent());
        schrijf(b, h, "{\"wijze\":\"ZELF\",\"antwoorden\":[{\"vraag\":\"V1\",\"waarde\":3},"
                + "{\"vraag\":\"V1\",\"waarde\":4}]}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("tevredenheid.antwoord.vraag"));
        schrijf(b, h, "{\"wijze\":\"ZELF\",\"antwoorden\":[{\"waarde\":4}]}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("tevredenheid.antwoord.vraag"));
        schrijf(b, h, "{\"wijze\":\"ZELF\",\"antwoorden\":[]}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("tevredenheid.antwoord.geen"));
        schrijf(b, h, "{\"antwoorden\":[{\"vraag\":\"V1\",\"waarde\":4}]}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("tevredenheid.wijze.leeg"));
        schrijf(b, h, "{\"wijze\":\"ZELF\",\"antwoorden\":[{\"vraag\":\"V1\",\"waarde\":4}],\"opmerking\":\""
                + "x".repeat(1001) + "\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("tevredenheid.opmerking.te-lang"));
        // unreadable: an unknown question, a value that is no number
        schrijf(b, h, "{\"wijze\":\"ZELF\",\"antwoorden\":[{\"vraag\":\"V9\",\"waarde\":4}]}")
            .andExpect(status().isBadRequest());
        schrijf(b, h, "{\"wijze\":\"ZELF\",\"antwoorden\":[{\"vraag\":\"V1\",\"waarde\":\"veel\"}]}")
            .andExpect(status().isBadRequest());
        assertThat(aantal(h)).isZero();
    }

    @Test
    void notBeforeItsMomentOpens() throws Exception {
        TestData.Wereld w = data.wereld(24);
        HuishoudenId h = huishouden(w);
        mvc.perform(get(pad(h)).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.stand").value("NOG_NIET_OPEN"))
            .andExpect(jsonPath("$.moment").value("EERSTE_JAAR"))
            .andExpect(jsonPath("$.open").value(false));
        schrijf(w.als(Rol.BEGELEIDER), h, GOED)
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("tevredenheid.nog-niet"));
        assertThat(aantal(h)).isZero();
    }

    @Test
    void whoMaySeeAndWhoMayRecord() throws Exception {
        TestData.Wereld w = data.wereld(6);
        HuishoudenId h = huishouden(w);
        TestData.Wereld ander = data.wereld(6);
        // another organisation's household does not exist for them
        mvc.perform(get(pad(h)).with(als(ander.als(Rol.BEGELEIDER)))).andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        schrijf(ander.als(Rol.TEAMLEIDER), h, GOED).andExpect(status().isNotFound());
        schrijf(w.als(Rol.WIJKTEAM), h, GOED).andExpect(status().isNotFound());
        schrijf(w.als(Rol.BEHEERDER), h, GOED).andExpect(status().isNotFound());
        // the gemeente's roles see the household but do not record guidance
        schrijf(w.als(Rol.BUDGETCOACH), h, GOED).andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("tevredenheid.niet-toegestaan"));
        schrijf(w.als(Rol.REGIEVOERDER), h, GOED).andExpect(status().isUnprocessableContent());
        mvc.perform(get(pad(h)).with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isOk())
            .andExpect(jsonPath("$.magAfnemen").value(false));
        assertThat(aantal(h)).isZero();
        // the questions are no personal data: every medewerker reads them
        mvc.perform(get("/api/v1/tevredenheid/vragen").with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.vragen.length()").value(6))
            .andExpect(jsonPath("$.vragen[0].vraag").value("V1"))
            .andExpect(jsonPath("$.vragen[0].tekst").value("Ik weet waar ik heen kan met een vraag."))
            .andExpect(jsonPath("$.schaal[4].waarde").value(5))
            .andExpect(jsonPath("$.schaal[4].tekst").value("Ja, helemaal"))
            .andExpect(jsonPath("$.minimaleGroep").value(5));
    }

    @Test
    void theReportShowsOnlyAggregatesAndHidesGroupsUnderFive() throws Exception {
        TestData.Wereld w = data.wereld(6);
        String rapport = "/api/v1/tevredenheid/rapport";
        for (int i = 0; i < 4; i++) {
            service.legVast(w.als(Rol.BEGELEIDER), huishouden(w), TevredenheidServiceTests.invoer(4));
        }
        mvc.perform(get(rapport).with(als(w.als(Rol.BELEID))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.jaar").value(LocalDate.now().getYear()))
            .andExpect(jsonPath("$.niveau").value("GEMEENTE"))
            .andExpect(jsonPath("$.aantal").value(4))
            .andExpect(jsonPath("$.toonbaar").value(false))
            .andExpect(jsonPath("$.vragen.length()").value(0))
            .andExpect(jsonPath("$.kwartalen.length()").value(0))
            .andExpect(jsonPath("$.opmerkingen.length()").value(0));

        service.legVast(w.als(Rol.BEGELEIDER), huishouden(w), TevredenheidServiceTests.invoer(5));
        int kwartaal = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
        mvc.perform(get(rapport).param("moment", "EINDE").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.niveau").value("UITVOERDER"))
            .andExpect(jsonPath("$.moment").value("EINDE"))
            .andExpect(jsonPath("$.aantal").value(5))
            .andExpect(jsonPath("$.toonbaar").value(true))
            .andExpect(jsonPath("$.kwartalen.length()").value(4))
            .andExpect(jsonPath("$.kwartalen[" + (kwartaal - 1) + "].aantal").value(5))
            .andExpect(jsonPath("$.vragen[0].vraag").value("V1"))
            .andExpect(jsonPath("$.vragen[0].jaar.onderdrukt").value(false))
            .andExpect(jsonPath("$.vragen[0].jaar.totaal").value(5))
            .andExpect(jsonPath("$.vragen[0].jaar.aantallen").value(org.hamcrest.Matchers.contains(0, 0, 0, 4, 1)))
            .andExpect(jsonPath("$.vragen[0].jaar.procenten").value(org.hamcrest.Matchers.contains(0, 0, 0, 80, 20)))
            .andExpect(jsonPath("$.vragen[0].jaar.gemiddelde").value(4.2))
            .andExpect(jsonPath("$.vragen[0].kwartalen[" + (kwartaal - 1) + "].gemiddelde").value(4.2))
            // nobody answered V6: no figures, not even how many
            .andExpect(jsonPath("$.vragen[5].jaar.onderdrukt").value(true))
            .andExpect(jsonPath("$.vragen[5].jaar.totaal").doesNotExist())
            .andExpect(jsonPath("$.vragen[5].jaar.aantallen").doesNotExist())
            .andExpect(jsonPath("$.opmerkingen.length()").value(5))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("huishoudenId"))));
        mvc.perform(get(rapport).param("moment", "EERSTE_JAAR").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.aantal").value(0))
            .andExpect(jsonPath("$.toonbaar").value(false));
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.VRIJWILLIGER, Rol.BUDGETCOACH, Rol.WIJKTEAM, Rol.BEHEERDER,
                Rol.PRIVACYFUNCTIONARIS }) {
            mvc.perform(get(rapport).with(als(w.als(rol)))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get(rapport).param("jaar", "1200").with(als(w.als(Rol.BELEID))))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("jaar"));
        mvc.perform(get(rapport).param("moment", "OOIT").with(als(w.als(Rol.BELEID))))
            .andExpect(status().isBadRequest());
        mvc.perform(get(rapport).param("gemeente", "x").with(als(w.als(Rol.BELEID))))
            .andExpect(status().isBadRequest());
    }
}
