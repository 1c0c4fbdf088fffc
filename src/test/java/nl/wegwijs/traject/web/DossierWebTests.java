package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The aanmelding, the household file and its actions over HTTP, per role. */
@IntegrationTest
class DossierWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;

    @BeforeEach
    void wereld() {
        w = data.wereld();
    }

    @Test
    void regievoerderRegistersAHouseholdThroughTheForm() throws Exception {
        LocalDate brp = LocalDate.now().minusDays(10);
        MvcResult r = mvc.perform(post("/huishoudens/nieuw").with(als(w.als(Rol.REGIEVOERDER))).with(csrf())
                .param("contract", w.contract().id().toString())
                .param("huisvesting", brp.minusDays(14).toString())
                .param("personen[0].rol", "HOOFDPERSOON")
                .param("personen[0].voornaam", "Abebe")
                .param("personen[0].achternaam", "Tesfaye")
                .param("personen[0].geboortedatum", "1985-02-03")
                .param("personen[0].geslacht", "MAN")
                .param("personen[0].landVanHerkomst", "Eritrea")
                .param("personen[0].talen", "Tigrinya, Arabisch")
                .param("personen[0].status", "ASIELSTATUSHOUDER")
                .param("personen[0].brpDatum", brp.toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/huishoudens/*"))
            .andExpect(flash().attributeExists("melding"))
            .andReturn();
        mvc.perform(get(r.getResponse().getRedirectedUrl()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Tesfaye, Abebe")))
            .andExpect(content().string(containsString("PIP vaststellen")))
            .andExpect(content().string(containsString("Tigrinya, Arabisch")));
    }

    @Test
    void anIncompleteFormShowsDutchMessagesAndWritesNothing() throws Exception {
        long voor = jdbc.sql("select count(*) from huishouden").query(Long.class).single();
        mvc.perform(post("/huishoudens/nieuw").with(als(w.als(Rol.REGIEVOERDER))).with(csrf())
                .param("personen[0].rol", "HOOFDPERSOON")
                .param("personen[0].voornaam", "Abebe")
                .param("personen[0].bsn", "12345"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasErrors("aanmelding"))
            .andExpect(content().string(containsString("Kies bij welke gemeente en uitvoerder")))
            .andExpect(content().string(containsString("Een BSN bestaat uit 9 cijfers.")))
            .andExpect(content().string(containsString("Vul bij een persoon ten minste")));
        assertThat(jdbc.sql("select count(*) from huishouden").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void teamleiderAcceptsAndAssignsThenTheBegeleiderSeesItInTheWorklist() throws Exception {
        Traject t = data.aanmelding(w, LocalDate.now().minusDays(20));
        mvc.perform(post("/trajecten/{id}/acceptatie", t.id()).with(als(w.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "1").param("team", w.teamA().id().toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("melding"));
        mvc.perform(post("/trajecten/{id}/toewijzingen", t.id()).with(als(w.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "2").param("medewerker", w.als(Rol.BEGELEIDER).id().toString())
                .param("rol", "BEGELEIDER").param("vanaf", LocalDate.now().toString()))
            .andExpect(flash().attributeExists("melding"));
        mvc.perform(get("/werklijst").param("weergave", "mijn").with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Haddad, Samira")));
        mvc.perform(get("/werklijst").with(als(w.begeleiderB())))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Haddad, Samira"))));
    }

    @Test
    void teamleiderMovesARunningTrajectoryToAnotherTeam() throws Exception {
        Traject t = data.aanmelding(w, LocalDate.now().minusDays(20));
        mvc.perform(post("/trajecten/{id}/acceptatie", t.id()).with(als(w.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "1").param("team", w.teamA().id().toString()));
        mvc.perform(post("/trajecten/{id}/team", t.id()).with(als(w.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "2").param("team", w.teamB().id().toString()))
            .andExpect(flash().attributeExists("melding"));
        mvc.perform(get("/werklijst").param("weergave", "team").with(als(w.begeleiderB())))
            .andExpect(content().string(containsString("Haddad, Samira")));
        mvc.perform(post("/trajecten/{id}/team", t.id()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "3").param("team", w.teamA().id().toString()))
            .andExpect(status().isNotFound());
        mvc.perform(post("/trajecten/{id}/team", t.id()).with(als(w.begeleiderB())).with(csrf())
                .param("versie", "3").param("team", w.teamA().id().toString()))
            .andExpect(flash().attribute("fout", containsString("U mag deze wijziging niet doen")));
    }

    @Test
    void aStaleVersionIsRefusedWithAClearMessage() throws Exception {
        Traject t = data.aanmelding(w, LocalDate.now().minusDays(20));
        mvc.perform(post("/trajecten/{id}/acceptatie", t.id()).with(als(w.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "1").param("team", w.teamA().id().toString()));
        mvc.perform(post("/trajecten/{id}/acceptatie", t.id()).with(als(w.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "1").param("team", w.teamB().id().toString()))
            .andExpect(flash().attribute("fout", containsString("Iemand anders heeft dit intussen gewijzigd")));
    }

    @Test
    void someoneElsesHouseholdIsNotFoundWhateverTheUrl() throws Exception {
        Traject t = data.aanmelding(w, LocalDate.now().minusDays(20));
        TestData.Wereld ander = data.wereld();
        for (Rol rol : Rol.values()) {
            mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(ander.als(rol))))
                .andExpect(status().isNotFound());
        }
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isNotFound());
        mvc.perform(post("/trajecten/{id}/acceptatie", t.id()).with(als(ander.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "1").param("team", ander.teamA().id().toString()))
            .andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/{id}", UUID.randomUUID()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        Traject t = data.aanmelding(w, LocalDate.now().minusDays(20));
        mvc.perform(post("/trajecten/{id}/acceptatie", t.id()).with(als(w.als(Rol.TEAMLEIDER)))
                .param("versie", "1").param("team", w.teamA().id().toString()))
            .andExpect(redirectedUrl("/login?verlopen"));
        assertThat(jdbc.sql("select status from traject where id = ?").param(t.id().value()).query(String.class)
            .single()).isEqualTo("AANGEMELD");
    }

    @Test
    void readingTheFileIsLoggedPerPerson() throws Exception {
        Traject t = data.aanmelding(w, LocalDate.now().minusDays(20));
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and huishouden_id = ? and actie = 'LEZEN'
                   and doel = 'FINANCIEEL_ONTZORGEN'""")
            .params(w.als(Rol.BUDGETCOACH).id(), t.huishouden().value()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/werklijst")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login"));
    }
}
