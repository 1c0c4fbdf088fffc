package nl.wegwijs.regie;

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

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview page and its household lists per role: the regievoerder sees their own gemeente's figures with links
 * and the households behind them (logged), beleid the figures without links, everyone else goes to their own start;
 * the page runs the same few statements whatever the gemeente's size.
 */
@IntegrationTest
class RegieWebTests {

    /** Contracts, households by stage, persons, taakstellingen; plus security, session and notifications. */
    private static final int OVERZICHT_MAX = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject verlopen;

    @BeforeEach
    void set() {
        w = data.wereld();
        // BRP 80 days ago: the PIP deadline (70 days) has passed for both adults
        verlopen = trajecten.meldAan(w.als(Rol.REGIEVOERDER),
                data.aanmeldingVoor(w, LocalDate.now().minusDays(80), "Verlopen"));
    }

    @Test
    void theRegievoerderStartsOnTheOverviewWithEveryNumberLinked() throws Exception {
        mvc.perform(get("/").with(als(w.als(Rol.REGIEVOERDER)))).andExpect(redirectedUrl("/regie"));
        mvc.perform(get("/regie").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(w.gemeente().naam())))
            .andExpect(content().string(containsString("PIP te laat: termijn voorbij")))
            .andExpect(content().string(containsString("href=\"/regie/huishoudens?cijfer=pip-verlopen")))
            .andExpect(content().string(containsString("2 personen")))
            .andExpect(content().string(containsString("href=\"/regie/huishoudens?cijfer=stadium&amp;status=AANGEMELD")))
            .andExpect(content().string(containsString("href=\"/regie\"")));
    }

    @Test
    void theListShowsTheHouseholdsBehindAFigureAndLogsTheirHoofdpersoonOnce() throws Exception {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        mvc.perform(get("/regie/huishoudens").param("cijfer", "pip-verlopen").with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Verlopen, Samira")))
            .andExpect(content().string(containsString("/huishoudens/" + verlopen.huishouden().value())));
        // two persons of one household in the list: its name (the hoofdpersoon) shown, logged once
        List<UUID> gelezen = jdbc.sql("""
                select betrokkene_id from verwerking where medewerker_id = ? and record_soort = 'regie_overzicht'""")
            .param(regie.id()).query(UUID.class).list();
        assertThat(gelezen).hasSize(1);
    }

    @Test
    void beleidSeesTheFiguresWithoutTheHouseholds() throws Exception {
        Medewerker beleid = w.als(Rol.BELEID);
        mvc.perform(get("/regie").with(als(beleid)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("2 personen")))
            .andExpect(content().string(not(containsString("/regie/huishoudens"))));
        mvc.perform(get("/regie/huishoudens").param("cijfer", "pip-verlopen").with(als(beleid)))
            .andExpect(redirectedUrl("/regie"));
    }

    @Test
    void othersGoToTheirOwnStart() throws Exception {
        for (Rol rol : new Rol[] { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.BUDGETCOACH, Rol.WIJKTEAM,
                Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS }) {
            mvc.perform(get("/regie").with(als(w.als(rol)))).andExpect(redirectedUrl("/"));
            mvc.perform(get("/regie/huishoudens").param("cijfer", "pip-verlopen").with(als(w.als(rol))))
                .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void anotherGemeentesRegievoerderSeesNoneOfTheseHouseholds() throws Exception {
        var ander = data.wereld();
        mvc.perform(get("/regie/huishoudens").param("cijfer", "pip-verlopen").with(als(ander.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Verlopen, Samira"))));
        mvc.perform(get("/regie").with(als(ander.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(not(containsString("2 personen"))));
    }

    @Test
    void anUnknownFigureOrStatusIsNotFound() throws Exception {
        mvc.perform(get("/regie/huishoudens").param("cijfer", "alles").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isNotFound());
        mvc.perform(get("/regie/huishoudens").param("cijfer", "stadium").param("status", "X")
            .with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isNotFound());
    }

    @Test
    void theListPagesByKeyset() throws Exception {
        for (int i = 0; i < 26; i++) {
            trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, LocalDate.now().minusDays(75), "P" + i));
        }
        // 27 households, 54 adults past their deadline: a first page of 50 and a next one of 4
        String eerste = mvc.perform(get("/regie/huishoudens").param("cijfer", "pip-verlopen")
            .with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(eerste.split("data-label=\"PIP uiterlijk\"", -1)).hasSize(51);
        String volgende = eerste.substring(eerste.indexOf("rel=\"next\""));
        volgende = volgende.substring(volgende.indexOf("href=\"") + 6);
        String href = volgende.substring(0, volgende.indexOf('"')).replace("&amp;", "&");
        assertThat(href).contains("na=").contains("naId=");
        String tweede = mvc.perform(get(href).with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(tweede.split("data-label=\"PIP uiterlijk\"", -1)).hasSize(5);
    }

    @Test
    void theOverviewRunsTheSameFewStatementsWhateverTheGemeentesSize() throws Exception {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        SqlTeller.tel(() -> mvc.perform(get("/regie").with(als(regie))).andExpect(status().isOk()));
        var klein = SqlTeller.tel(() -> mvc.perform(get("/regie").with(als(regie))).andExpect(status().isOk()));
        for (String naam : new String[] { "Nguyen", "Tesfay", "Rahimi", "Okafor", "Kovalenko" }) {
            trajecten.meldAan(regie, data.aanmeldingVoor(w, LocalDate.now().minusDays(30), naam));
        }
        var groot = SqlTeller.tel(() -> mvc.perform(get("/regie").with(als(regie))).andExpect(status().isOk()));
        assertThat(groot.aantal()).as(groot.toString()).isEqualTo(klein.aantal()).isLessThanOrEqualTo(OVERZICHT_MAX);
        var lijst = SqlTeller.tel(() -> mvc.perform(get("/regie/huishoudens").param("cijfer", "taakstelling")
            .with(als(regie))).andExpect(status().isOk()));
        assertThat(lijst.aantal()).as(lijst.toString()).isLessThanOrEqualTo(OVERZICHT_MAX);
    }
}
