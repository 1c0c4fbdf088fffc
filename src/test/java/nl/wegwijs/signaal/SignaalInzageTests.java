package nl.wegwijs.signaal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Need-to-know for signals over HTTP (UI and API), per role × sensitivity, and the processing log of the lists across
 * households: one row per person shown, in one statement per page.
 */
@IntegrationTest
class SignaalInzageTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SignaalService signalen;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    Traject a;
    Traject b;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
    }

    private Signaal meld(Medewerker door, Traject t, Categorie c, Aan aan, String tekst) {
        return signalen.meld(door, t.huishouden(), new NieuwSignaal(null, c, Urgentie.HOOG, tekst, null, aan, null,
                Deling.TOESTEMMING));
    }

    @Test
    void aVrijwilligerCannotSeeADomesticViolenceSignalRaisedByTheBegeleider() throws Exception {
        Medewerker vw = w.als(Rol.VRIJWILLIGER);
        Signaal hg = meld(w.als(Rol.BEGELEIDER), a, Categorie.HUISELIJK_GEWELD, Aan.TEAMLEIDER, "Vertrouwelijk");
        Signaal school = meld(w.als(Rol.BEGELEIDER), a, Categorie.SCHOOLVERZUIM, Aan.TEAMLEIDER, "Lina spijbelt");
        mvc.perform(get("/signalen/{id}", hg.id()).with(als(vw))).andExpect(status().isNotFound());
        nietGevonden(api.als(vw, get("/api/v1/signalen/{id}", hg.id())));
        nietGevonden(api.schrijf(vw, post("/api/v1/signalen/{id}/berichten", hg.id()), "{\"tekst\": \"Hallo\"}"));
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(vw))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Lina spijbelt")))
            .andExpect(content().string(not(containsString("Vertrouwelijk"))));
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(vw))).andExpect(status().isOk())
            .andExpect(content().string(containsString(school.id().toString())))
            .andExpect(content().string(not(containsString(hg.id().toString()))));
        assertThat(api.ids(vw, "/api/v1/signalen")).contains(school.id().toString())
            .doesNotContain(hg.id().toString());
        // the begeleider, teamleider and regievoerder (addressed or not: it went to the teamleider) see it
        mvc.perform(get("/signalen/{id}", hg.id()).with(als(w.als(Rol.BEGELEIDER)))).andExpect(status().isOk());
        mvc.perform(get("/signalen/{id}", hg.id()).with(als(w.als(Rol.TEAMLEIDER)))).andExpect(status().isOk());
        // the budgetcoach never, not even with every consent
        data.toestemming(w, a, Rol.BUDGETCOACH, Gegevenssoort.values());
        nietGevonden(api.als(w.als(Rol.BUDGETCOACH), get("/api/v1/signalen/{id}", hg.id())));
    }

    @Test
    void aVrijwilligerCannotCloseAPsychischSignalEvenTheirOwnButRepliesToIt() throws Exception {
        Medewerker vw = w.als(Rol.VRIJWILLIGER);
        Signaal eigen = meld(vw, a, Categorie.PSYCHISCH, Aan.REGIEVOERDER, "Slaapt slecht");
        mvc.perform(get("/signalen/{id}", eigen.id()).with(als(vw))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Slaapt slecht")))
            .andExpect(content().string(not(containsString("name=\"afsluitnotitie\""))));
        mvc.perform(post("/signalen/{id}/afsluiting", eigen.id()).with(als(vw)).with(csrf())
                .param("versie", "1").param("afsluitnotitie", "Opgelost"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("U kunt wel reageren.")));
        api.schrijf(vw, put("/api/v1/signalen/{id}/stand", eigen.id()),
                "{\"versie\": 1, \"status\": \"AFGESLOTEN\", \"toelichting\": \"Klaar\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("signaal.beheer.gevoelig"));
        api.schrijf(vw, post("/api/v1/signalen/{id}/berichten", eigen.id()), "{\"tekst\": \"Gaat iets beter\"}")
            .andExpect(status().isCreated());
        assertThat(jdbc.sql("select status from signaal where id = ?").param(eigen.id().value())
            .query(String.class).single()).isEqualTo("OPEN");
        // of a begeleider's PSYCHISCH signal the vrijwilliger sees nothing
        Signaal ander = meld(w.als(Rol.BEGELEIDER), a, Categorie.PSYCHISCH, Aan.TEAMLEIDER, "Somber");
        nietGevonden(api.als(vw, get("/api/v1/signalen/{id}", ander.id())));
        nietGevonden(api.schrijf(vw, put("/api/v1/signalen/{id}/stand", ander.id()),
                "{\"versie\": 1, \"status\": \"AFGESLOTEN\", \"toelichting\": \"Klaar\"}"));
    }

    @Test
    void theBudgetcoachSeesOnlyMoneyWorriesAndGets403NamingTheConsentForTheRest() throws Exception {
        Medewerker bc = w.als(Rol.BUDGETCOACH);
        Signaal geld = meld(w.als(Rol.BEGELEIDER), a, Categorie.GELDZORGEN, Aan.TEAMLEIDER, "Huurachterstand");
        Signaal school = meld(w.als(Rol.BEGELEIDER), a, Categorie.SCHOOLVERZUIM, Aan.TEAMLEIDER, "Spijbelen");
        assertThat(api.ids(bc, "/api/v1/signalen")).contains(geld.id().toString())
            .doesNotContain(school.id().toString());
        api.als(bc, get("/api/v1/huishoudens/{id}/signalen", a.huishouden())).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(geld.id().toString())));
        api.als(bc, get("/api/v1/signalen/{id}", geld.id())).andExpect(status().isOk());
        api.als(bc, get("/api/v1/signalen/{id}", school.id())).andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.gegevenssoort").value("SIGNALEN"));
        mvc.perform(get("/signalen").with(als(bc))).andExpect(status().isOk())
            .andExpect(content().string(containsString(geld.id().toString())))
            .andExpect(content().string(not(containsString(school.id().toString()))));
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(bc))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Huurachterstand")))
            .andExpect(content().string(not(containsString("Spijbelen"))))
            .andExpect(content().string(containsString("Toestemming nodig")));
    }

    @Test
    void theRegievoerderSeesWhatIsAddressedToThemAndTheRestOnlyAfterConsent() throws Exception {
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        Signaal aanRv = meld(w.als(Rol.BEGELEIDER), a, Categorie.PSYCHISCH, Aan.REGIEVOERDER, "Doorverwezen");
        Signaal aanTl = meld(w.als(Rol.BEGELEIDER), a, Categorie.SCHOOLVERZUIM, Aan.TEAMLEIDER, "Intern");
        assertThat(api.ids(rv, "/api/v1/signalen")).contains(aanRv.id().toString())
            .doesNotContain(aanTl.id().toString());
        api.als(rv, get("/api/v1/signalen/{id}", aanRv.id())).andExpect(status().isOk());
        api.als(rv, get("/api/v1/signalen/{id}", aanTl.id())).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/toestemming-nodig"))
            .andExpect(jsonPath("$.gegevenssoort").value("SIGNALEN"));
        mvc.perform(get("/signalen/{id}", aanTl.id()).with(als(rv))).andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(rv))).andExpect(status().isOk())
            .andExpect(content().string(containsString(aanRv.id().toString())))
            .andExpect(content().string(not(containsString(aanTl.id().toString()))));
        data.toestemming(w, a, Rol.REGIEVOERDER, Gegevenssoort.SIGNALEN);
        assertThat(api.ids(rv, "/api/v1/signalen")).contains(aanRv.id().toString(), aanTl.id().toString());
        api.als(rv, get("/api/v1/signalen/{id}", aanTl.id())).andExpect(status().isOk());
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(rv))).andExpect(status().isOk())
            .andExpect(content().string(containsString(aanTl.id().toString())));
    }

    @Test
    void theOpenSignalsListsLogOneRowPerPersonShownInOneStatementPerPage() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        meld(w.als(Rol.BEGELEIDER), a, Categorie.SCHOOLVERZUIM, Aan.TEAMLEIDER, "Een");
        meld(w.als(Rol.BEGELEIDER), a, Categorie.GELDZORGEN, Aan.TEAMLEIDER, "Twee");
        meld(w.begeleiderB(), b, Categorie.ANDERS, Aan.TEAMLEIDER, "Drie");
        for (String pad : List.of("/api/v1/signalen", "/signalen")) {
            java.util.UUID[] voor = jdbc.sql("select id from verwerking where medewerker_id = ?").param(tl.id())
                .query(java.util.UUID.class).list().toArray(java.util.UUID[]::new);
            var telling = SqlTeller.tel(() -> mvc.perform(get(pad).with(als(tl))).andExpect(status().isOk()));
            assertThat(telling.statements()).as(pad).filteredOn(s -> s.contains("insert into verwerking")).hasSize(1);
            List<String> rijen = jdbc.sql("""
                    select betrokkene_id || '/' || huishouden_id || '/' || actie from verwerking
                     where medewerker_id = ? and not (id = any(?)) order by 1""").params(tl.id(), voor)
                .query(String.class).list();
            List<String> personen = jdbc.sql("""
                    select id || '/' || huishouden_id || '/LEZEN' from persoon where huishouden_id in (?, ?)
                     order by 1""").params(a.huishouden().value(), b.huishouden().value()).query(String.class).list();
            assertThat(rijen).as(pad + ": one row per person of each household shown").isEqualTo(personen);
        }
        // nothing shown, nothing logged
        Medewerker vw2 = w.vrijwilliger2();
        api.als(vw2, get("/api/v1/signalen")).andExpect(jsonPath("$.items").isEmpty());
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ?").param(vw2.id())
            .query(Long.class).single()).isZero();
    }
}
