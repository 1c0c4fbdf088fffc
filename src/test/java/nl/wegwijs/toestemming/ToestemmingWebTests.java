package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.contact.ContactInvoer;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.contact.Contactsoort;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.contact.Tolk;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consent screens and API over HTTP: the form's defaults, recording and its validation, the file section, the
 * revoke confirm page, the "still agree?" list and the worklist reminder, the emergency override and the privacy page,
 * per role.
 */
@IntegrationTest
class ToestemmingWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactService contacten;

    TestData.Wereld w;
    Traject a;
    Traject b;
    List<Persoon> personen;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
        personen = trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden().personen();
    }

    private MockHttpServletRequestBuilder legVast(Medewerker wie, String... anders) {
        java.util.Map<String, String> velden = new java.util.LinkedHashMap<>();
        velden.put("ontvanger", w.gemeente().id() + ":REGIEVOERDER");
        velden.put("gegevens", "NOTITIES");
        velden.put("doel", "REGIE");
        velden.put("vanaf", service.vandaag().toString());
        velden.put("wijze", "MONDELING_MET_TOLK");
        velden.put("taal", "Arabisch");
        velden.put("controleOp", service.vandaag().plusMonths(6).toString());
        for (int i = 0; i < anders.length; i += 2) {
            velden.put(anders[i], anders[i + 1]);
        }
        MockHttpServletRequestBuilder r = post("/huishoudens/{id}/toestemmingen/nieuw", a.huishouden())
            .with(als(wie)).with(csrf());
        velden.forEach(r::param);
        if (!velden.containsKey("personen")) {
            r.param("personen", personen.get(0).id().toString(), personen.get(1).id().toString());
        }
        return r;
    }

    private int aantal() {
        return jdbc.sql("select count(*) from toestemming where huishouden_id = ?").param(a.huishouden().value())
            .query(Integer.class).single();
    }

    @Test
    void theFormHasSensibleDefaults() throws Exception {
        String html = mvc.perform(get("/huishoudens/{id}/toestemmingen/nieuw", a.huishouden()).param("soort", "NOTITIES")
                .with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        // adults checked, the child not
        assertThat(html).containsPattern("value=\"" + personen.get(0).id() + "\"[^>]*checked")
            .containsPattern("value=\"" + personen.get(1).id() + "\"[^>]*checked")
            .doesNotContainPattern("value=\"" + personen.get(2).id() + "\"[^>]*checked");
        // the regievoerder's own recipient preselected, the asked-for category checked
        assertThat(html).containsPattern("value=\"" + w.gemeente().id() + ":REGIEVOERDER\"[^>]*selected")
            .containsPattern("value=\"NOTITIES\"[^>]*checked")
            .doesNotContainPattern("value=\"GEZONDHEID\"[^>]*checked")
            .contains("value=\"" + service.vandaag().plusMonths(6) + "\"");
    }

    /** The notice a section shows while the household has not consented to the regievoerder seeing notes. */
    private static final String NOTITIES_NODIG = "U ziet de notities van de begeleiding alleen als";

    @Test
    void recordingRedirectsToTheFileWithAMessage() throws Exception {
        // a contact with a note: without a consent for notes the regievoerder is told one is missing
        Medewerker vw = w.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, a.huishouden(), new ContactInvoer(service.vandaag().minusDays(2), 60,
                Contactsoort.HUISBEZOEK, Set.of(personen.get(0).id()), Set.of(vw.id()), Tolk.GEEN, null,
                Set.of(Thema.WONEN), null, "Notitie van de vrijwilliger", null));
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(NOTITIES_NODIG)));
        mvc.perform(legVast(w.als(Rol.BEGELEIDER)))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "#onderdeel-toestemming"))
            .andExpect(flash().attribute("melding", containsString("regievoerder")));
        assertThat(aantal()).isEqualTo(2);
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"onderdeel-toestemming\"")))
            // only the consent for notes was recorded: sections of other categories may still ask for theirs
            .andExpect(content().string(not(containsString(NOTITIES_NODIG))));
        // the consents section itself loads lazily (issue 21)
        mvc.perform(get("/huishoudens/{id}/onderdelen/toestemming", a.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Notities van de begeleiding")));
    }

    @Test
    void validationErrorsKeepTheInput() throws Exception {
        mvc.perform(legVast(w.als(Rol.BEGELEIDER), "gegevens", "", "taal", "Tigrinya"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies welke gegevens gedeeld mogen worden.")))
            .andExpect(content().string(containsString("value=\"Tigrinya\"")));
        mvc.perform(legVast(w.als(Rol.BEGELEIDER), "tot", service.vandaag().minusDays(3).toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("De einddatum ligt voor de begindatum.")));
        assertThat(aantal()).isZero();
    }

    @Test
    void authorizationPerRole() throws Exception {
        // the vrijwilliger records for the household assigned to them
        mvc.perform(legVast(w.als(Rol.VRIJWILLIGER))).andExpect(status().is3xxRedirection());
        assertThat(aantal()).isEqualTo(2);
        for (Rol rol : List.of(Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            mvc.perform(get("/huishoudens/{id}/toestemmingen/nieuw", a.huishouden()).with(als(w.als(rol))))
                .andExpect(status().isNotFound());
            mvc.perform(legVast(w.als(rol))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/huishoudens/{id}/toestemmingen/nieuw", b.huishouden()).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isNotFound());
        assertThat(aantal()).isEqualTo(2);
    }

    @Test
    void revokeOnAConfirmPage() throws Exception {
        mvc.perform(legVast(w.als(Rol.BEGELEIDER)));
        UUID id = jdbc.sql("select id from toestemming where huishouden_id = ? limit 1").param(a.huishouden().value())
            .query(UUID.class).single();
        mvc.perform(get("/toestemmingen/{id}/intrekken", id).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Toestemming intrekken?")));
        mvc.perform(post("/toestemmingen/{id}/intrekking", id).param("versie", "0").param("reden", "")
                .with(als(w.als(Rol.BEGELEIDER))).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Schrijf op waarom")));
        mvc.perform(post("/toestemmingen/{id}/intrekking", id).param("versie", "0").param("reden", "Wil niet meer")
                .with(als(w.als(Rol.BEGELEIDER))).with(csrf()))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "#onderdeel-toestemming"));
        mvc.perform(post("/toestemmingen/{id}/intrekking", id).param("versie", "0").param("reden", "Nog eens")
                .with(als(w.als(Rol.BEGELEIDER))).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("al ingetrokken")));
        mvc.perform(get("/toestemmingen/{id}/intrekken", id).with(als(w.als(Rol.BELEID))))
            .andExpect(status().isNotFound());
    }

    @Test
    void stillAgreeListAndWorklistReminder() throws Exception {
        mvc.perform(legVast(w.als(Rol.BEGELEIDER), "controleOp", service.vandaag().plusDays(2).toString()));
        mvc.perform(get("/werklijst").with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("2 toestemmingen opnieuw navragen")));
        mvc.perform(get("/werklijst").with(als(w.begeleiderB())))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("opnieuw navragen"))));
        String html = mvc.perform(get("/toestemmingen/controle").with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(personen.get(0).naam())))
            .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nog akkoord");
        UUID id = jdbc.sql("select id from toestemming where huishouden_id = ? and persoon_id = ?")
            .param(a.huishouden().value()).param(personen.get(0).id()).query(UUID.class).single();
        mvc.perform(post("/toestemmingen/{id}/akkoord", id).param("versie", "0")
                .with(als(w.als(Rol.BEGELEIDER))).with(csrf()))
            .andExpect(redirectedUrl("/toestemmingen/controle"))
            .andExpect(flash().attribute("melding", containsString("Nog akkoord")));
        mvc.perform(get("/toestemmingen/controle").with(als(w.begeleiderB())))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(personen.get(0).naam()))));
    }

    @Test
    void emergencyOverrideFlow() throws Exception {
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        // the consents section, where the way to an emergency override stands, loads lazily (issue 21)
        mvc.perform(get("/huishoudens/{id}/onderdelen/toestemming", a.huishouden()).with(als(rv)))
            .andExpect(content().string(containsString("/huishoudens/" + a.huishouden() + "/noodsituatie")));
        mvc.perform(get("/huishoudens/{id}/noodsituatie", a.huishouden()).with(als(rv)))
            .andExpect(status().isOk());
        mvc.perform(post("/huishoudens/{id}/noodsituatie", a.huishouden()).param("reden", "kort")
                .with(als(rv)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("minstens 10 tekens")))
            .andExpect(content().string(containsString(">kort</textarea>")));
        mvc.perform(post("/huishoudens/{id}/noodsituatie", a.huishouden())
                .param("reden", "Acuut gevaar, melding van de huisarts").with(als(rv)).with(csrf()))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden()));
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(rv)))
            .andExpect(content().string(not(containsString("Toestemming nodig"))));
        mvc.perform(get("/huishoudens/{id}/onderdelen/toestemming", a.huishouden()).with(als(rv)))
            .andExpect(content().string(containsString("Noodsituatie: u ziet alles.")));
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? and doel = 'DOORBRAAK'")
            .param(rv.id()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        for (Rol rol : List.of(Rol.TEAMLEIDER, Rol.PRIVACYFUNCTIONARIS)) {
            mvc.perform(get("/privacy").with(als(w.als(rol))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Acuut gevaar, melding van de huisarts")))
                .andExpect(content().string(containsString("href=\"/privacy\"")));
        }
        mvc.perform(get("/privacy").with(als(w.als(Rol.BEGELEIDER)))).andExpect(status().isNotFound());
        UUID d = jdbc.sql("select id from doorbraak where medewerker_id = ?").param(rv.id()).query(UUID.class)
            .single();
        mvc.perform(post("/doorbraken/{id}/gezien", d).with(als(w.als(Rol.PRIVACYFUNCTIONARIS))).with(csrf()))
            .andExpect(redirectedUrl("/privacy"));
        mvc.perform(get("/privacy").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(content().string(containsString(w.als(Rol.PRIVACYFUNCTIONARIS).naam())));
        // a budgetcoach may not break through
        mvc.perform(get("/huishoudens/{id}/noodsituatie", a.huishouden()).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(status().is3xxRedirection());
    }

    // --- API

    @Test
    void apiRecordsListsAndRevokes() throws Exception {
        ApiFixture api = new ApiFixture(mvc);
        String json = """
                {"personen": ["%s", "%s"], "ontvangerOrganisatieId": "%s", "ontvangerRol": "REGIEVOERDER",
                 "gegevens": ["NOTITIES", "VOORTGANG"], "doel": "REGIE", "wijze": "SCHRIFTELIJK"}"""
            .formatted(personen.get(0).id(), personen.get(1).id(), w.gemeente().id());
        String body = api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/toestemmingen",
                a.huishouden()), json)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.length()").value(2))
            .andExpect(jsonPath("$[0].geldig").value(true))
            .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith(
                    "/api/v1/huishoudens/" + a.huishouden() + "/toestemmingen")))
            .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$[0].id");
        api.als(w.als(Rol.REGIEVOERDER), get("/api/v1/huishoudens/{id}/toestemmingen", a.huishouden()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(2));
        api.als(w.als(Rol.BELEID), get("/api/v1/huishoudens/{id}/toestemmingen", a.huishouden()))
            .andExpect(status().isNotFound());
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/toestemmingen", a.huishouden()),
                json.replace("\"NOTITIES\", \"VOORTGANG\"", ""))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/toestemmingen/{id}/intrekking", id),
                "{\"versie\": 5, \"reden\": \"Wil niet meer\"}")
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/toestemmingen/{id}/intrekking", id),
                "{\"versie\": 0, \"reden\": \"Wil niet meer\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.geldig").value(false))
            .andExpect(jsonPath("$.intrekkingReden").value("Wil niet meer"));
        api.schrijf(w.als(Rol.WIJKTEAM), post("/api/v1/toestemmingen/{id}/intrekking", id),
                "{\"versie\": 1, \"reden\": \"x\"}")
            .andExpect(status().isNotFound());
        assertThat(Set.of(Gegevenssoort.values())).isNotEmpty();
    }

    /** The form's other errors and the later pages of the lists, so the JTE pages are compared with Thymeleaf's. */
    @Test
    void errorsOnPersonsAndRecipientAndTheListsLaterPages() throws Exception {
        mvc.perform(legVast(w.als(Rol.BEGELEIDER), "personen", "", "ontvanger", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("foutoverzicht")));
        mvc.perform(get("/toestemmingen/controle").param("na", VANDAAG.toString())
                .param("naId", personen.get(0).id().toString()).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/toestemmingen/controle\"")));
        mvc.perform(get("/privacy").param("na", java.time.Instant.now().toString())
                .param("naId", personen.get(0).id().toString()).with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/privacy\"")));
    }
}
