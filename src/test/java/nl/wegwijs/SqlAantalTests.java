package nl.wegwijs;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hot pages run a small number of SQL statements that does not grow with the caseload or the household: counted
 * with {@link SqlTeller} around one real request, then again after the caseload or household has grown.
 */
@IntegrationTest
class SqlAantalTests {

    /** Upper bounds per page: the statements of the page itself plus security, session and the processing log. */
    /**
     * Scope, page, counts, the one processing-log insert for the persons shown, and the consent reminder's count with
     * the visibility filter's team lookup for a begeleider (issue 18).
     */
    // 6, issue 21: with the session (one read) and security (none: the principal lives in the session); the filter
    // choices are cached per node (Filterkeuzes), a begeleider's teams are read in the list's own statements
    private static final int WERKLIJST_MAX = 6;
    // 26, issue 18: the access point's consent and override (2) and the uitvoerder's identification policy for a
    // vrijwilliger (1), the consents section (1), the imported history of a previous gemeente (1); none per row
    // 15, issue 21 (was 26): the trajectory with its children and history in one statement, the regime in one, the
    // household with its persons in one, the consents, closing and self-reliance sections lazy; measured 15 for the
    // vrijwilliger with a real session (one read of it); since, the checklist and letters sections are lazy too (their
    // items' and letters' statements): 13
    private static final int DOSSIER_MAX = 13;
    // 7, issue 18: the access point's consent and override lookups and the uitvoerder's identification policy
    private static final int API_MAX = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    TestData.Wereld w;
    Traject eerste;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        eerste = toegewezen("Haddad");
    }

    /** A household accepted into team A with the world's vrijwilliger assigned. */
    private Traject toegewezen(String achternaam) {
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER),
                data.aanmeldingVoor(w, LocalDate.now().minusMonths(2), achternaam));
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, t.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        return t;
    }

    private SqlTeller.Telling tel(MockHttpServletRequestBuilder verzoek) throws Exception {
        return SqlTeller.tel(() -> mvc.perform(verzoek).andExpect(status().isOk()));
    }

    @Test
    void worklistRunsTheSameFewStatementsWhateverTheCaseload() throws Exception {
        for (Rol rol : new Rol[] { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.REGIEVOERDER }) {
            tel(get("/werklijst").with(als(w.als(rol)))); // warm: first-request work of the context is not the page's
        }
        var klein = tel(get("/werklijst").with(als(w.als(Rol.VRIJWILLIGER))));
        var kleinTeam = tel(get("/werklijst").param("weergave", "team").with(als(w.als(Rol.BEGELEIDER))));
        var kleinRegie = tel(get("/werklijst").with(als(w.als(Rol.REGIEVOERDER))));
        for (String naam : new String[] { "Nguyen", "Tesfay", "Rahimi", "Okafor", "Kovalenko", "Yilmaz", "Ahmadi" }) {
            toegewezen(naam);
        }
        var groot = tel(get("/werklijst").with(als(w.als(Rol.VRIJWILLIGER))));
        var grootTeam = tel(get("/werklijst").param("weergave", "team").with(als(w.als(Rol.BEGELEIDER))));
        var grootRegie = tel(get("/werklijst").with(als(w.als(Rol.REGIEVOERDER))));
        var gezocht = tel(post("/werklijst/zoek").param("zoek", "yilm").header("HX-Request", "true").with(csrf())
            .with(als(w.als(Rol.BEGELEIDER))));

        assertThat(groot.aantal()).as(groot.toString()).isEqualTo(klein.aantal()).isLessThanOrEqualTo(WERKLIJST_MAX);
        assertThat(grootTeam.aantal()).as(grootTeam.toString()).isEqualTo(kleinTeam.aantal())
            .isLessThanOrEqualTo(WERKLIJST_MAX);
        assertThat(grootRegie.aantal()).as(grootRegie.toString()).isEqualTo(kleinRegie.aantal())
            .isLessThanOrEqualTo(WERKLIJST_MAX);
        assertThat(gezocht.aantal()).as(gezocht.toString()).isLessThanOrEqualTo(WERKLIJST_MAX);
    }

    /** The worklist API runs the worklist page's query: the same bound, whatever the caseload, search included. */
    @Test
    void worklistApiRunsTheSameFewStatementsWhateverTheCaseload() throws Exception {
        for (Rol rol : new Rol[] { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.REGIEVOERDER }) {
            tel(get("/api/v1/werklijst").with(als(w.als(rol))));
        }
        var klein = tel(get("/api/v1/werklijst").with(als(w.als(Rol.VRIJWILLIGER))));
        var kleinTeam = tel(get("/api/v1/werklijst").param("weergave", "team").with(als(w.als(Rol.BEGELEIDER))));
        var kleinRegie = tel(get("/api/v1/werklijst").param("team", w.teamA().id().toString())
            .with(als(w.als(Rol.REGIEVOERDER))));
        for (String naam : new String[] { "Nguyen", "Tesfay", "Rahimi", "Okafor", "Kovalenko", "Yilmaz", "Ahmadi" }) {
            toegewezen(naam);
        }
        var groot = tel(get("/api/v1/werklijst").with(als(w.als(Rol.VRIJWILLIGER))));
        var grootTeam = tel(get("/api/v1/werklijst").param("weergave", "team").with(als(w.als(Rol.BEGELEIDER))));
        var grootRegie = tel(get("/api/v1/werklijst").param("team", w.teamA().id().toString())
            .with(als(w.als(Rol.REGIEVOERDER))));
        var gezocht = tel(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/api/v1/werklijst/zoeken")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"naam\": \"yilm\"}")
            .with(als(w.als(Rol.BEGELEIDER))));

        assertThat(groot.aantal()).as(groot.toString()).isEqualTo(klein.aantal()).isLessThanOrEqualTo(WERKLIJST_MAX);
        assertThat(grootTeam.aantal()).as(grootTeam.toString()).isEqualTo(kleinTeam.aantal())
            .isLessThanOrEqualTo(WERKLIJST_MAX);
        assertThat(grootRegie.aantal()).as(grootRegie.toString()).isEqualTo(kleinRegie.aantal())
            .isLessThanOrEqualTo(WERKLIJST_MAX);
        assertThat(gezocht.aantal()).as(gezocht.toString()).isLessThanOrEqualTo(WERKLIJST_MAX);
        assertThat(groot.statements()).filteredOn(s -> s.contains("insert into verwerking")).hasSize(1);
    }

    @Test
    void householdFileRunsTheSameFewStatementsWhateverTheHouseholdSize() throws Exception {
        Medewerker ik = w.als(Rol.VRIJWILLIGER);
        // with a real session from the form login, as a browser: the count includes its one read (issue 21)
        var cookie = sessie(ik);
        tel(get("/huishoudens/{id}", eerste.huishouden()).cookie(cookie));
        var drie = tel(get("/huishoudens/{id}", eerste.huishouden()).cookie(cookie));
        var apiDrie = tel(get("/api/v1/huishoudens/{id}", eerste.huishouden()).with(als(ik)));
        var checklistDrie = tel(get("/huishoudens/{id}/onderdelen/checklist", eerste.huishouden())
            .header("HX-Request", "true").cookie(cookie));

        HuishoudenId id = eerste.huishouden();
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        String[] kinderen = { "Adam", "Noor", "Ilyas", "Maryam", "Zayn" };
        for (String kind : kinderen) {
            long versie = huishoudens.intern(id).orElseThrow().versie();
            huishoudens.voegPersoonToe(regie, id, versie, TestData.persoon(PersoonRol.KIND, kind, "Haddad",
                    LocalDate.of(2019, 2, 2), LocalDate.now().minusMonths(2)));
        }
        assertThat(huishoudens.intern(id).orElseThrow().personen()).hasSize(8);

        var acht = tel(get("/huishoudens/{id}", eerste.huishouden()).cookie(cookie));
        var apiAcht = tel(get("/api/v1/huishoudens/{id}", eerste.huishouden()).with(als(ik)));
        var checklistAcht = tel(get("/huishoudens/{id}/onderdelen/checklist", eerste.huishouden())
            .header("HX-Request", "true").cookie(cookie));

        assertThat(acht.aantal()).as(acht.toString()).isEqualTo(drie.aantal()).isLessThanOrEqualTo(DOSSIER_MAX);
        assertThat(apiAcht.aantal()).as(apiAcht.toString()).isEqualTo(apiDrie.aantal()).isLessThanOrEqualTo(API_MAX);
        // the processing log gets one row per person in one statement, not one statement per person
        assertThat(acht.statements()).filteredOn(s -> s.contains("insert into verwerking")).hasSize(1);
        // the checklist section is lazy (issue 21): the file reads none of its items; its own request reads the file
        // through the same access point plus the items in one statement, whatever the household's size
        assertThat(acht.statements()).as(acht.toString()).noneMatch(s -> s.contains("checklist_item"));
        // nor any letter: the letters section is lazy as well
        assertThat(acht.statements()).as(acht.toString()).noneMatch(s -> s.contains("from brief"));
        assertThat(checklistAcht.aantal()).as(checklistAcht.toString()).isEqualTo(checklistDrie.aantal())
            .isLessThanOrEqualTo(DOSSIER_MAX);
        assertThat(checklistAcht.statements()).filteredOn(s -> s.contains("from checklist_item")).hasSize(1);
        assertThat(checklistAcht.statements()).filteredOn(s -> s.contains("insert into verwerking")).hasSize(1);
    }

    /** Logs {@code wie} in through the form, as a browser does: the session lives in the database. */
    private jakarta.servlet.http.Cookie sessie(Medewerker wie) throws Exception {
        var login = mvc.perform(post("/login").param("username", wie.gebruikersnaam())
            .param("password", TestData.WACHTWOORD).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String cookie = login.getResponse().getHeaders("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
            .findFirst().orElseThrow();
        return new jakarta.servlet.http.Cookie("SESSION", cookie.substring(8, cookie.indexOf(';')));
    }

    /**
     * With a real session from the form login, as a browser: what every page pays before its own work is one read of
     * the session; the principal lives in it (no medewerker or team lookup), and the access time is written at most
     * once a minute (issue 21). The worklist in all, session included, stays within {@link #WERKLIJST_MAX}.
     */
    @Test
    void aLoggedInRequestPaysOneSessionReadBeforeThePage() throws Exception {
        for (Rol rol : new Rol[] { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.REGIEVOERDER }) {
            var cookie = sessie(w.als(rol));
            tel(get("/werklijst").cookie(cookie));
            var lijst = tel(get("/werklijst").cookie(cookie));
            var team = tel(get("/werklijst").param("weergave", "team").cookie(cookie));
            for (var telling : java.util.List.of(lijst, team)) {
                assertThat(telling.aantal()).as(rol + " " + telling).isLessThanOrEqualTo(WERKLIJST_MAX);
                assertThat(telling.statements()).as(rol + " " + telling)
                    .filteredOn(s -> s.toLowerCase(java.util.Locale.ROOT).contains("spring_session")).hasSize(1)
                    .allMatch(s -> s.startsWith("SELECT"));
                assertThat(telling.statements()).as(rol + " " + telling)
                    .noneMatch(s -> s.contains("from medewerker m") || s.contains("from team t")
                            || s.contains("from contract c"));
            }
        }
    }

    @Test
    void theCounterSeesEveryStatementOfTheRequest() throws Exception {
        // guards the helper itself: a request that reads nothing from the database counts (almost) nothing, and the
        // worklist counts at least its own query
        var login = SqlTeller.tel(() -> mvc.perform(get("/login")).andExpect(status().isOk()));
        var lijst = tel(get("/werklijst").with(als(w.als(Rol.VRIJWILLIGER))));
        assertThat(login.aantal()).isLessThan(lijst.aantal());
        assertThat(lijst.statements()).anyMatch(s -> s.contains("werklijst_regel"));
    }
}
