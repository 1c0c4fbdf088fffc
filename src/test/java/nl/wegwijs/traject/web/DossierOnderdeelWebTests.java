package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lazy sections of the household file (issue 21): the file shows a heading and a link in their place; the section
 * comes from {@code /huishoudens/{id}/onderdelen/{naam}} under the file's own rules, and is logged as the file is.
 */
@IntegrationTest
class DossierOnderdeelWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrajectService trajecten;

    TestData.Wereld w;
    Traject t;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        t = data.aanmelding(w, LocalDate.now().minusDays(20));
    }

    @Test
    void theFileShowsAHeadingAndALinkWhereTheConsentsLoadLazily() throws Exception {
        String url = "/huishoudens/" + t.huishouden() + "/onderdelen/toestemming";
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-hx-get=\"" + url + "\"")))
            .andExpect(content().string(containsString("data-hx-trigger=\"revealed\"")))
            .andExpect(content().string(containsString("href=\"" + url + "\"")))
            .andExpect(content().string(containsString("id=\"onderdeel-toestemming-kop\">Toestemmingen</h2>")))
            .andExpect(content().string(not(containsString("id=\"toestemming-kop\""))));
        // htmx: the section alone, in place of the placeholder
        mvc.perform(get(url).header("HX-Request", "true").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"toestemming-kop\"")))
            .andExpect(content().string(not(containsString("<html"))));
        // without JavaScript: a page with the household's name, the section and the way back
        mvc.perform(get(url).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1")))
            .andExpect(content().string(containsString("id=\"toestemming-kop\"")))
            .andExpect(content().string(containsString("href=\"/huishoudens/" + t.huishouden() + "\"")));
    }

    @Test
    void theFileShowsTheChecklistsHeadingAndLinkAndItsSectionComesLazily() throws Exception {
        String url = "/huishoudens/" + t.huishouden() + "/onderdelen/checklist";
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-hx-get=\"" + url + "\"")))
            .andExpect(content().string(containsString("href=\"" + url + "\"")))
            .andExpect(content().string(
                    containsString("id=\"onderdeel-checklist-kop\">Checklist basisvoorzieningen</h2>")))
            .andExpect(content().string(not(containsString("id=\"checklist-kop\""))));
        mvc.perform(get(url).header("HX-Request", "true").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"checklist-kop\"")))
            .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get(url).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1")))
            .andExpect(content().string(containsString("id=\"checklist-kop\"")))
            .andExpect(content().string(containsString("href=\"/huishoudens/" + t.huishouden() + "\"")));
    }

    /**
     * A trajectory closed from its aanmelding never had a checklist: the file tells from the status history it read
     * (no statement of its own) and leaves the checklist's heading out. One closed after it ran keeps it.
     */
    @Test
    void aTrajectoryClosedBeforeItRanShowsNoChecklistHeadingOneClosedLaterDoes() throws Exception {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        trajecten.sluitAf(regie, t.id(), 1, TrajectStatus.BEEINDIGD, EindeReden.values()[0], LocalDate.now(), null);
        String url = "/huishoudens/" + t.huishouden() + "/onderdelen/checklist";
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("onderdeel-checklist"))))
            .andExpect(content().string(not(containsString("Checklist basisvoorzieningen"))))
            // the other lazy sections stay
            .andExpect(content().string(containsString("id=\"onderdeel-toestemming\"")));
        // asked all the same: nothing to show (htmx would remove the placeholder)
        mvc.perform(get(url).header("HX-Request", "true").with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("checklist-kop"))));
        mvc.perform(get(url).with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Hier is niets te tonen.")));

        Traject gelopen = trajecten.meldAan(regie, data.aanmeldingVoor(w, LocalDate.now().minusDays(20), "Karimi"));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), gelopen.id(), 1, w.teamA().id());
        trajecten.sluitAf(regie, gelopen.id(), 2, TrajectStatus.BEEINDIGD, EindeReden.values()[0], LocalDate.now(),
                null);
        String gelopenUrl = "/huishoudens/" + gelopen.huishouden() + "/onderdelen/checklist";
        mvc.perform(get("/huishoudens/{id}", gelopen.huishouden()).with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-hx-get=\"" + gelopenUrl + "\"")));
        mvc.perform(get(gelopenUrl).header("HX-Request", "true").with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"checklist-kop\"")))
            .andExpect(content().string(containsString("Het traject is afgesloten.")));
    }

    @Test
    void theLazyRequestLogsExactlyTheRowsOfTheFile() throws Exception {
        for (String naam : new String[] { "toestemming", "checklist", "post" }) {
            for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.BUDGETCOACH }) {
                Medewerker ik = w.als(rol);
                long voor = aantal(ik);
                mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(ik))).andExpect(status().isOk());
                List<String> pagina = rijen(ik, voor);
                long na = aantal(ik);
                mvc.perform(get("/huishoudens/{id}/onderdelen/{naam}", t.huishouden(), naam)
                        .header("HX-Request", "true").with(als(ik))).andExpect(status().isOk());
                List<String> lui = rijen(ik, na);
                assertThat(pagina).as(naam + " " + rol).hasSize(3);
                assertThat(lui).as(naam + " " + rol).containsExactlyInAnyOrderElementsOf(pagina);
            }
        }
    }

    @Test
    void aLazySectionIsNotFoundForWhoMayNotSeeTheHousehold() throws Exception {
        TestData.Wereld ander = data.wereld();
        for (String naam : new String[] { "toestemming", "checklist", "post" }) {
            for (Rol rol : Rol.values()) {
                mvc.perform(get("/huishoudens/{id}/onderdelen/{naam}", t.huishouden(), naam)
                        .header("HX-Request", "true").with(als(ander.als(rol)))).andExpect(status().isNotFound());
            }
            // not yet assigned: the vrijwilliger does not see it, with or without htmx
            mvc.perform(get("/huishoudens/{id}/onderdelen/{naam}", t.huishouden(), naam)
                    .with(als(w.als(Rol.VRIJWILLIGER)))).andExpect(status().isNotFound());
            mvc.perform(get("/huishoudens/{id}/onderdelen/{naam}", t.huishouden(), naam).header("HX-Request", "true")
                    .with(als(w.als(Rol.VRIJWILLIGER)))).andExpect(status().isNotFound());
        }
        // a section that is not lazy, or no section at all
        mvc.perform(get("/huishoudens/{id}/onderdelen/signaal", t.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/{id}/onderdelen/bestaat-niet", t.huishouden())
                .with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isNotFound());
    }

    private long aantal(Medewerker ik) {
        return jdbc.sql("select count(*) from verwerking where medewerker_id = ?").param(ik.id()).query(Long.class)
            .single();
    }

    /** The rows of this medewerker after the first {@code overslaan}, as actie|doel|person|household|soort|record. */
    private List<String> rijen(Medewerker ik, long overslaan) {
        return jdbc.sql("""
                select actie || '|' || doel || '|' || betrokkene_id || '|' || huishouden_id || '|' || record_soort
                       || '|' || record_id || '|' || geslaagd
                  from verwerking where medewerker_id = ? order by tijdstip, id offset ?""")
            .params(ik.id(), overslaan).query(String.class).list();
    }
}
