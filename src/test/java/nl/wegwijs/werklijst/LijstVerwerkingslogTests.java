package nl.wegwijs.werklijst;

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
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * List views show personal data too: the worklist and the teamleider's inbox show the household's name (the
 * hoofdpersoon's), the trajectories API a trajectory of every person of the household. Each writes exactly one log row
 * per person shown, for the whole page in one statement.
 */
@IntegrationTest
class LijstVerwerkingslogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject eerste;
    Traject tweede;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        eerste = trajecten.meldAan(regie, data.aanmeldingVoor(w, LocalDate.now().minusMonths(1), "Nguyen"));
        tweede = trajecten.meldAan(regie, data.aanmeldingVoor(w, LocalDate.now().minusMonths(1), "Tesfay"));
    }

    @Test
    void theWorklistLogsOneReadPerHoofdpersoonShownInOneStatement() throws Exception {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        var telling = SqlTeller.tel(() -> mvc.perform(get("/werklijst").with(TestData.als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nguyen, Samira")))
            .andExpect(content().string(containsString("Tesfay, Samira"))));
        assertThat(telling.statements()).filteredOn(s -> s.contains("insert into verwerking")).hasSize(1);
        assertThat(gelezen(regie, "werklijst")).containsExactlyInAnyOrder(hoofdpersoon(eerste), hoofdpersoon(tweede));
        assertThat(trajectRecords(regie, "werklijst")).containsExactlyInAnyOrder(eerste.id().value(),
                tweede.id().value());

        // the htmx list (filter, next page) is a view too: one more row for the one household it shows
        mvc.perform(post("/werklijst/zoek").param("zoek", "nguyen").header("HX-Request", "true").with(csrf())
            .with(TestData.als(regie))).andExpect(status().isOk());
        assertThat(gelezen(regie, "werklijst")).containsExactlyInAnyOrder(hoofdpersoon(eerste), hoofdpersoon(tweede),
                hoofdpersoon(eerste));
    }

    @Test
    void theTeamleidersInboxLogsOneReadPerHoofdpersoonShown() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        var telling = SqlTeller.tel(() -> mvc.perform(get("/team").with(TestData.als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nguyen, Samira"))));
        assertThat(telling.statements()).filteredOn(s -> s.contains("insert into verwerking")).hasSize(1);
        assertThat(gelezen(tl, "teamoverzicht")).containsExactlyInAnyOrder(hoofdpersoon(eerste),
                hoofdpersoon(tweede));
    }

    @Test
    void theTrajectoriesApiLogsOneReadPerPersonOfEveryHouseholdOnThePage() throws Exception {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        var telling = SqlTeller.tel(() -> mvc.perform(get("/api/v1/trajecten").with(TestData.als(regie)))
            .andExpect(status().isOk()));
        assertThat(telling.statements()).filteredOn(s -> s.contains("insert into verwerking")).hasSize(1);
        List<UUID> iedereen = new java.util.ArrayList<>(personen(eerste));
        iedereen.addAll(personen(tweede));
        assertThat(iedereen).hasSize(6);
        assertThat(gelezen(regie, "traject")).containsExactlyInAnyOrderElementsOf(iedereen);
    }

    @Test
    void aRoleThatSeesNoHouseholdLogsNothing() throws Exception {
        Medewerker beleid = w.als(Rol.BELEID);
        mvc.perform(get("/api/v1/trajecten").with(TestData.als(beleid))).andReturn();
        assertThat(gelezen(beleid, "traject")).isEmpty();
    }

    private UUID hoofdpersoon(Traject t) {
        return jdbc.sql("select id from persoon where huishouden_id = ? and rol = 'HOOFDPERSOON'")
            .param(t.huishouden().value()).query(UUID.class).single();
    }

    private List<UUID> personen(Traject t) {
        return jdbc.sql("select id from persoon where huishouden_id = ?").param(t.huishouden().value())
            .query(UUID.class).list();
    }

    /** The persons this medewerker read through a list of this kind, one entry per log row. */
    private List<UUID> gelezen(Medewerker ik, String soort) {
        return jdbc.sql("select betrokkene_id from verwerking where medewerker_id = ? and record_soort = ? "
                + "and actie = 'LEZEN' and geslaagd and tijdstip > now() - interval '1 hour'")
            .params(ik.id(), soort).query(UUID.class).list();
    }

    private List<UUID> trajectRecords(Medewerker ik, String soort) {
        return jdbc.sql("select record_id from verwerking where medewerker_id = ? and record_soort = ? "
                + "and tijdstip > now() - interval '1 hour'").params(ik.id(), soort).query(UUID.class).list();
    }
}
