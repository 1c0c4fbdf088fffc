package nl.wegwijs.overleg;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The casuïstiekoverleg screens over HTTP: per role, the forms as plain posts, stale versions, the file's section, the PDF. */
@IntegrationTest
class OverlegWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    OverlegService overleg;

    @Autowired
    JdbcClient jdbc;

    OverlegFixture f;

    @BeforeEach
    void wereld() {
        f = OverlegFixture.maak(data, trajecten, organisaties);
    }

    private UUID reeksViaFormulier() throws Exception {
        mvc.perform(post("/overleg/reeksen").with(als(f.rv())).with(csrf()).param("naam", "Overleg Woerden")
                .param("frequentieWeken", "4").param("medewerkers", f.tl().id().toString())
                .param("extern", "Anouk Smit, Wmo-consulent\nPiet Bakker, maatschappelijk werker"))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/overleg"))
            .andExpect(flash().attribute("melding", containsString("Overleg Woerden")));
        return overleg.startpagina(f.rv()).reeksen().get(0).id();
    }

    @Test
    void theRegievoerderCreatesASeriesPlansAMeetingAndGeneratesItsAgenda() throws Exception {
        UUID reeks = reeksViaFormulier();
        mvc.perform(get("/overleg").with(als(f.rv()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Overleg Woerden")))
            .andExpect(content().string(containsString("Anouk Smit (Wmo-consulent)")))
            .andExpect(content().string(containsString("Elke 4 weken")))
            .andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")));
        String naar = mvc.perform(post("/overleg/reeksen/{id}/overleggen", reeks).with(als(f.rv())).with(csrf())
                .param("datum", LocalDate.now().plusDays(2).toString()))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID o = UUID.fromString(naar.substring("/overleg/".length()));
        mvc.perform(post("/overleg/{id}/agenda", o).with(als(f.rv())).with(csrf()).param("versie", "1"))
            .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("melding", containsString("agenda")));
        mvc.perform(get("/overleg/{id}", o).with(als(f.rv()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Haddad, Samira")))
            .andExpect(content().string(containsString("Karimi, Samira")))
            .andExpect(content().string(containsString("Iets is te laat")))
            .andExpect(content().string(containsString("Toestemming nodig")));
        // the teamleider sees only their uitvoerder's household, and no organiser buttons
        mvc.perform(get("/overleg/{id}", o).with(als(f.tl()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Haddad, Samira")))
            .andExpect(content().string(not(containsString("Karimi"))))
            .andExpect(content().string(not(containsString("Agenda maken"))));
        // a stale version says so and changes nothing
        mvc.perform(post("/overleg/{id}/agenda", o).with(als(f.rv())).with(csrf()).param("versie", "1"))
            .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("fout", org.hamcrest.Matchers.notNullValue()));
        // the PDF of the minutes
        mvc.perform(get("/overleg/{id}/verslag.pdf", o).with(als(f.rv()))).andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void otherRolesSeeNoMeetingsAndCannotOrganise() throws Exception {
        UUID reeks = reeksViaFormulier();
        Overleg o = overleg.planOverleg(f.rv(), reeks, LocalDate.now().plusDays(2));
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.VRIJWILLIGER, Rol.BUDGETCOACH, Rol.BELEID, Rol.BEHEERDER)) {
            mvc.perform(get("/overleg").with(als(f.w().als(rol)))).andExpect(status().isNotFound());
            mvc.perform(get("/overleg/{id}", o.id()).with(als(f.w().als(rol)))).andExpect(status().isNotFound());
            mvc.perform(get("/overleg/{id}/verslag.pdf", o.id()).with(als(f.w().als(rol))))
                .andExpect(status().isNotFound());
        }
        mvc.perform(post("/overleg/{id}/agenda", o.id()).with(als(f.tl())).with(csrf()).param("versie", "1"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", containsString("regievoerder")));
        assertThat(overleg.overleg(f.rv(), o.id()).agendaGemaaktOp()).isNull();
    }

    @Test
    void aTeamleiderPutsAHouseholdForwardFromItsFileWritesMinutesAndTheOwnerTicksTheTaskOff() throws Exception {
        UUID reeks = reeksViaFormulier();
        Overleg o = overleg.planOverleg(f.rv(), reeks, LocalDate.now().plusDays(2));
        UUID h = f.a().huishouden().value();
        mvc.perform(get("/huishoudens/{id}", h).with(als(f.tl()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("data-hx-get=\"/huishoudens/" + h + "/overleg\"")));
        mvc.perform(get("/huishoudens/{id}", h).with(als(f.w().als(Rol.BEGELEIDER)))).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("/huishoudens/" + h + "/overleg"))));
        mvc.perform(get("/huishoudens/{id}/overleg", h).with(als(f.tl())).header("HX-Request", "true"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Inbrengen in casuïstiekoverleg")))
            .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/huishoudens/{id}/overleg", h).with(als(f.tl())).with(csrf())
                .param("overleg", o.id().toString()).param("vraag", "Verlenging van de begeleiding?"))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/huishoudens/" + h + "/overleg"));
        Agendapunt p = overleg.pagina(f.tl(), o.id()).punten().get(0).punt();
        assertThat(p.vraag()).isEqualTo("Verlenging van de begeleiding?");
        mvc.perform(post("/overleg/punten/{p}/verslag", p.id()).with(als(f.tl())).with(csrf())
                .param("overlegId", o.id().toString()).param("versie", "1").param("besproken", "Afgestemd met school."))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/overleg/punten/{p}/verslag", p.id()).with(als(f.tl())).with(csrf())
                .param("overlegId", o.id().toString()).param("versie", "1").param("besproken", "Ouder"))
            .andExpect(flash().attribute("fout", org.hamcrest.Matchers.notNullValue()));
        assertThat(overleg.punt(f.tl(), p.id()).punt().besproken()).isEqualTo("Afgestemd met school.");
        mvc.perform(post("/overleg/punten/{p}/afspraken", p.id()).with(als(f.rv())).with(csrf())
                .param("overlegId", o.id().toString()).param("omschrijving", "Verlengingsverzoek indienen")
                .param("eigenaar", f.tl().id().toString()).param("uiterlijk", o.datum().plusDays(14).toString()))
            .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("melding", containsString("afspraak")));
        mvc.perform(get("/overleg/afspraken").with(als(f.tl()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Verlengingsverzoek indienen")))
            .andExpect(content().string(containsString("Haddad, Samira")));
        Afspraak a = overleg.mijnAfspraken(f.tl()).get(0).afspraak();
        mvc.perform(post("/overleg/afspraken/{id}/status", a.id()).with(als(f.tl())).with(csrf())
                .param("versie", "1").param("status", "GEDAAN"))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/overleg/afspraken"));
        mvc.perform(get("/overleg/afspraken").with(als(f.tl()))).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Verlengingsverzoek indienen"))));
    }
}
