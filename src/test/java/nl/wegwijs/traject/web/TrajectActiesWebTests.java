package nl.wegwijs.traject.web;

import java.time.LocalDate;
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
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17, points 6 and 7: ending an assignment and closing ask for confirmation; ending today and assigning the
 * same person today works; the teamleider reopens within the period; the team-first guide picker.
 */
@IntegrationTest
class TrajectActiesWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrajectService trajecten;

    TestData.Wereld w;
    Medewerker tl;
    Traject t;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        tl = w.als(Rol.TEAMLEIDER);
        t = data.aanmelding(w, LocalDate.now().minusMonths(2));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, LocalDate.now().minusDays(5));
    }

    private long versie() {
        return jdbc.sql("select versie from traject where id = ?").param(t.id().value()).query(Long.class).single();
    }

    private String trajectStatus() {
        return jdbc.sql("select status from traject where id = ?").param(t.id().value()).query(String.class).single();
    }

    private Toewijzing vrijwilliger() {
        return trajecten.wijsToe(tl, t.id(), versie(), w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER,
                LocalDate.now().minusDays(3));
    }

    // --- ending an assignment

    @Test
    void endingAnAssignmentAsksForConfirmationNamingWhoAndFromWhen() throws Exception {
        Toewijzing v = vrijwilliger();
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(tl)))
            .andExpect(content().string(containsString(
                    "href=\"/trajecten/" + t.id() + "/toewijzingen/" + v.id() + "/einde\"")));
        mvc.perform(get("/trajecten/{id}/toewijzingen/{w}/einde", t.id(), v.id()).with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Toewijzing beëindigen?")))
            .andExpect(content().string(containsString(w.als(Rol.VRIJWILLIGER).naam() + " is vrijwilliger bij")))
            .andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")))
            .andExpect(content().string(containsString("Nee, terug naar het dossier")));
        // nothing changed by looking at the confirmation
        assertThat(jdbc.sql("select tot from toewijzing where id = ?").param(v.id()).query(LocalDate.class)
            .optional()).isEmpty();
    }

    @Test
    void theConfirmationIsOnlyForTheTeamleiderOfThisHousehold() throws Exception {
        Toewijzing v = vrijwilliger();
        for (Medewerker ander : new Medewerker[] { w.als(Rol.BEGELEIDER), w.als(Rol.REGIEVOERDER),
                data.wereld().als(Rol.TEAMLEIDER) }) {
            mvc.perform(get("/trajecten/{id}/toewijzingen/{w}/einde", t.id(), v.id()).with(als(ander)))
                .andExpect(status().isNotFound());
        }
        mvc.perform(get("/trajecten/{id}/toewijzingen/{w}/einde", t.id(), UUID.randomUUID()).with(als(tl)))
            .andExpect(status().isNotFound());
    }

    @Test
    void endingTodayThenAssigningTheSameVolunteerTodayWorksAndLeavesOnePeriod() throws Exception {
        Toewijzing v = vrijwilliger();
        mvc.perform(post("/trajecten/{id}/toewijzingen/{w}/einde", t.id(), v.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())).param("tot", LocalDate.now().toString()))
            .andExpect(flash().attributeExists("melding"));
        mvc.perform(post("/trajecten/{id}/toewijzingen", t.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())).param("medewerker", w.als(Rol.VRIJWILLIGER).id().toString())
                .param("rol", "VRIJWILLIGER").param("vanaf", LocalDate.now().toString()))
            .andExpect(flash().attributeExists("melding"));
        assertThat(jdbc.sql("select count(*) from toewijzing where traject_id = ? and tot is null")
            .param(t.id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from toewijzing where traject_id = ?").param(t.id().value())
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEndCanBeUndoneFromTheFile() throws Exception {
        Toewijzing v = vrijwilliger();
        trajecten.beeindigToewijzing(tl, t.id(), versie(), v.id(), LocalDate.now());
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(tl)))
            .andExpect(content().string(containsString("Einde ongedaan maken")));
        mvc.perform(post("/trajecten/{id}/toewijzingen/{w}/herstel", t.id(), v.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())))
            .andExpect(flash().attribute("melding", containsString("ongedaan gemaakt")));
        assertThat(jdbc.sql("select tot from toewijzing where id = ?").param(v.id()).query(LocalDate.class)
            .optional()).isEmpty();
        mvc.perform(get("/werklijst").param("weergave", "mijn").with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("Haddad, Samira")));
    }

    // --- closing and reopening

    @Test
    void closingFirstShowsAConfirmationAndChangesNothing() throws Exception {
        mvc.perform(post("/trajecten/{id}/afsluiting", t.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())).param("status", "OVERGEDRAGEN")
                .param("reden", "WARME_OVERDRACHT").param("datum", LocalDate.now().toString())
                .param("toelichting", "Driegesprek met het wijkteam"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Begeleiding afsluiten?")))
            .andExpect(content().string(containsString("Warme overdracht aan het sociaal wijkteam")))
            .andExpect(content().string(containsString("Driegesprek met het wijkteam")))
            .andExpect(content().string(containsString("name=\"bevestigd\" value=\"true\"")))
            .andExpect(content().string(containsString("heropenen tot en met")));
        assertThat(trajectStatus()).isEqualTo("ACTIEF");
    }

    @Test
    void aClosedFileShowsItsEndStateWithoutOverdueBadges() throws Exception {
        vrijwilliger();
        sluitAf(LocalDate.now());
        String pagina = mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Overgedragen op ")))
            .andExpect(content().string(containsString("Warme overdracht aan het sociaal wijkteam")))
            .andExpect(content().string(not(containsString("Begeleiding heropenen"))))
            .andReturn().getResponse().getContentAsString();
        // the PIP of the household's adults (BRP two months ago, 10 weeks) was overdue; closed, it is not followed
        int kop = pagina.indexOf("id=\"termijnen-kop\"");
        String termijnen = pagina.substring(kop, pagina.indexOf("</section>", kop));
        assertThat(termijnen).doesNotContain("termijn-verlopen", "termijn-binnenkort", "termijn-op-tijd")
            .contains("Niet meer gevolgd (afgesloten)", "termijn-afgerond");
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(tl)))
            .andExpect(content().string(containsString("Begeleiding heropenen")));
    }

    private void sluitAf(LocalDate op) throws Exception {
        mvc.perform(post("/trajecten/{id}/afsluiting", t.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())).param("status", "OVERGEDRAGEN")
                .param("reden", "WARME_OVERDRACHT").param("datum", op.toString()).param("bevestigd", "true"))
            .andExpect(flash().attributeExists("melding"));
        assertThat(trajectStatus()).isEqualTo("OVERGEDRAGEN");
    }

    @Test
    void theTeamleiderReopensWithinThePeriodAndTheWorklistFollows() throws Exception {
        vrijwilliger();
        sluitAf(LocalDate.now());
        assertThat(jdbc.sql("select status from werklijst_regel where traject_id = ?").param(t.id().value())
            .query(String.class).single()).isEqualTo("OVERGEDRAGEN");
        long gelogd = jdbc.sql("select count(*) from verwerking where medewerker_id = ?").param(tl.id())
            .query(Long.class).single();

        mvc.perform(post("/trajecten/{id}/heropening", t.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())).param("reden", "Per vergissing afgesloten"))
            .andExpect(flash().attribute("melding", containsString("heropend")));

        assertThat(trajectStatus()).isEqualTo("ACTIEF");
        assertThat(jdbc.sql("select einde_datum from traject where id = ?").param(t.id().value())
            .query(LocalDate.class).optional()).isEmpty();
        assertThat(jdbc.sql("select status from werklijst_regel where traject_id = ?").param(t.id().value())
            .query(String.class).single()).isEqualTo("ACTIEF");
        assertThat(jdbc.sql("select ? = any(medewerkers) from werklijst_regel where traject_id = ?")
            .params(w.als(Rol.VRIJWILLIGER).id(), t.id().value()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from traject_status where traject_id = ? and status = 'ACTIEF'
                   and toelichting = 'Per vergissing afgesloten' and medewerker_id = ?""")
            .params(t.id().value(), tl.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from traject_status where traject_id = ? and status = 'OVERGEDRAGEN'
                   and einde_reden = 'WARME_OVERDRACHT'""")
            .param(t.id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ?").param(tl.id())
            .query(Long.class).single()).isGreaterThan(gelogd);
        mvc.perform(get("/werklijst").param("weergave", "mijn").with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("Haddad, Samira")));
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(tl)))
            .andExpect(content().string(containsString("Geschiedenis")))
            .andExpect(content().string(containsString("Heropend, weer Actief")))
            .andExpect(content().string(containsString("Per vergissing afgesloten")));
    }

    @Test
    void onlyTheTeamleiderReopensAndOnlyWithinThePeriod() throws Exception {
        sluitAf(LocalDate.now());
        for (Medewerker ander : new Medewerker[] { w.als(Rol.BEGELEIDER), w.als(Rol.REGIEVOERDER) }) {
            mvc.perform(post("/trajecten/{id}/heropening", t.id()).with(als(ander)).with(csrf())
                    .param("versie", String.valueOf(versie())).param("reden", "Graag"))
                .andExpect(flash().attribute("fout", containsString("U mag deze wijziging niet doen")));
        }
        mvc.perform(post("/trajecten/{id}/heropening", t.id()).with(als(data.wereld().als(Rol.TEAMLEIDER)))
                .with(csrf()).param("versie", String.valueOf(versie())).param("reden", "Graag"))
            .andExpect(status().isNotFound());
        jdbc.sql("update traject set einde_datum = ? where id = ?")
            .params(LocalDate.now().minusDays(trajecten.heropenenDagen() + 1), t.id().value()).update();
        mvc.perform(post("/trajecten/{id}/heropening", t.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())).param("reden", "Te laat"))
            .andExpect(flash().attribute("fout", containsString("Heropenen kan tot 30 dagen na de einddatum")));
        assertThat(trajectStatus()).isEqualTo("OVERGEDRAGEN");
    }

    @Test
    void aTrajectoryClosedBeforeItStartedReturnsToIntake() {
        Traject nieuw = trajecten.meldAan(w.als(Rol.REGIEVOERDER),
                data.aanmeldingVoor(w, LocalDate.now().minusDays(10), "Yilmaz"));
        trajecten.accepteer(tl, nieuw.id(), 1, w.teamA().id());
        trajecten.sluitAf(tl, nieuw.id(), 2, TrajectStatus.BEEINDIGD, EindeReden.GEEN_RECHT, LocalDate.now(), null);
        trajecten.heropen(tl, nieuw.id(), 3, "Toch recht op begeleiding");
        assertThat(jdbc.sql("select status from traject where id = ?").param(nieuw.id().value()).query(String.class)
            .single()).isEqualTo("INTAKE");
    }

    // --- the team-first guide picker

    @Test
    void thePickerOffersTheTeamFirstAndSearchesTheRestOfTheUitvoerder() throws Exception {
        Medewerker anderTeam = w.begeleiderB();
        Medewerker andereUitvoerder = data.wereld().als(Rol.BEGELEIDER);
        String dossier = mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(tl)))
            .andReturn().getResponse().getContentAsString();
        String team = dossier.substring(dossier.indexOf("id=\"medewerker\""), dossier.indexOf("</select>",
                dossier.indexOf("id=\"medewerker\"")));
        assertThat(team).contains(w.als(Rol.BEGELEIDER).id().toString(), w.als(Rol.VRIJWILLIGER).id().toString())
            .doesNotContain(anderTeam.id().toString());

        // a plain GET search (no JavaScript) renders the results inside the form
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).param("zoek", "begeleider-b").with(als(tl)))
            .andExpect(content().string(containsString("name=\"gezocht\"")))
            .andExpect(content().string(containsString("value=\"" + anderTeam.id() + "\"")))
            .andExpect(content().string(not(containsString(andereUitvoerder.id().toString()))));
        // the htmx fragment: short, only this uitvoerder's staff in a guiding role
        mvc.perform(get("/huishoudens/{id}/toewijsbaar", t.huishouden()).param("zoek", "Naam").with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(anderTeam.id().toString())))
            .andExpect(content().string(not(containsString(andereUitvoerder.id().toString()))))
            .andExpect(content().string(not(containsString(w.als(Rol.REGIEVOERDER).id().toString()))))
            .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/huishoudens/{id}/toewijsbaar", t.huishouden()).param("zoek", "n").with(als(tl)))
            .andExpect(content().string(containsString("ten minste twee letters")));

        // choosing from the search results assigns that person
        mvc.perform(post("/trajecten/{id}/toewijzingen", t.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())).param("medewerker", "")
                .param("gezocht", anderTeam.id().toString()).param("rol", "BEGELEIDER")
                .param("vanaf", LocalDate.now().toString()))
            .andExpect(flash().attributeExists("melding"));
        // and someone of another uitvoerder cannot be assigned, whatever is posted
        mvc.perform(post("/trajecten/{id}/toewijzingen", t.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(versie())).param("gezocht", andereUitvoerder.id().toString())
                .param("rol", "BEGELEIDER").param("vanaf", LocalDate.now().toString()))
            .andExpect(flash().attribute("fout", containsString("Kies een medewerker van uw eigen organisatie")));
    }

    @Test
    void thePickerSearchIsSmallAndOnlyForTheTeamleiderOfThisHousehold() throws Exception {
        mvc.perform(get("/huishoudens/{id}/toewijsbaar", t.huishouden()).param("zoek", "Naam").with(als(tl)));
        SqlTeller.Telling telling = SqlTeller.tel(() -> mvc.perform(get("/huishoudens/{id}/toewijsbaar",
                t.huishouden()).param("zoek", "Naam").with(als(tl))).andExpect(status().isOk()));
        assertThat(telling.aantal()).as("%s", telling).isLessThanOrEqualTo(4);
        for (Medewerker ander : new Medewerker[] { w.als(Rol.BEGELEIDER), w.als(Rol.REGIEVOERDER),
                data.wereld().als(Rol.TEAMLEIDER) }) {
            mvc.perform(get("/huishoudens/{id}/toewijsbaar", t.huishouden()).param("zoek", "Naam")
                    .with(als(ander)))
                .andExpect(status().isNotFound());
        }
    }
}
