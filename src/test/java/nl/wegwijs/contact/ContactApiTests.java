package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contacts API: scope per role (404 for a household one may not see), 422 when one may see but not guide, 400 and
 * 422 in Dutch problem+json that write nothing, 409 on a stale version, keyset pages.
 */
@IntegrationTest
class ContactApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    ContactService contacten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    ContactFixture f;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        f = ContactFixture.maak(data, trajecten, huishoudens);
    }

    String json(Medewerker ik, String datum, String minuten, String themas) {
        return """
                {"datum": %s, "minuten": %s, "soort": "TELEFONISCH", "personen": ["%s"], "medewerkers": ["%s"],
                 "tolk": "PROFESSIONEEL", "tolkTaal": "Tigrinya", "themas": %s, "afspraken": "Zorgtoeslag aanvragen",
                 "notitie": "Zorgen om de oudste", "volgendContact": "%s"}"""
            .formatted(datum, minuten, f.personenA().get(0), ik.id(), themas, VANDAAG.plusWeeks(1));
    }

    String geldig(Medewerker ik) {
        return json(ik, "\"" + VANDAAG + "\"", "30", "[\"FINANCIEN_ADMINISTRATIE\"]");
    }

    private static void toestemmingNodig(org.springframework.test.web.servlet.ResultActions r, String soort)
            throws Exception {
        r.andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/toestemming-nodig"))
            .andExpect(jsonPath("$.gegevenssoort").value(soort));
    }

    /**
     * Contacts are progress (VOORTGANG): the budgetcoach, who sees the household for its money, was among the readers
     * and now gets 403 naming the missing consent, until the household consents.
     */
    @Test
    void eachRoleReadsTheContactsOfOnlyTheHouseholdsItMaySee() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        Map<Medewerker, List<String>> zichtbaar = f.wereld().zichtbaar("A", "B");
        for (Map.Entry<Medewerker, List<String>> e : zichtbaar.entrySet()) {
            var verzoek = get("/api/v1/huishoudens/{id}/contactmomenten", f.a());
            if (e.getValue().contains("A") && e.getKey().rol() == Rol.BUDGETCOACH) {
                toestemmingNodig(api.als(e.getKey(), verzoek), "VOORTGANG");
            }
            else if (e.getValue().contains("A")) {
                api.als(e.getKey(), verzoek).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].soort").value("HUISBEZOEK"))
                    .andExpect(jsonPath("$.items[0].bron").value("CONTACTMOMENT"));
            }
            else {
                nietGevonden(api.als(e.getKey(), verzoek));
            }
        }
        nietGevonden(api.als(data.wereld().als(Rol.TEAMLEIDER), get("/api/v1/huishoudens/{id}/contactmomenten", f.a())));
        data.toestemming(f.w(), f.wereld().a(), Rol.BUDGETCOACH, nl.wegwijs.traject.Gegevenssoort.VOORTGANG);
        api.als(f.als(Rol.BUDGETCOACH), get("/api/v1/huishoudens/{id}/contactmomenten", f.a()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].soort").value("HUISBEZOEK"))
            .andExpect(jsonPath("$.items[0].notitie").value(nullValue()));
    }

    @Test
    void eachRoleThatGuidesRecordsOthersGet404() throws Exception {
        Map<Medewerker, List<String>> zichtbaar = f.wereld().zichtbaar("A", "B");
        for (Map.Entry<Medewerker, List<String>> e : zichtbaar.entrySet()) {
            var verzoek = post("/api/v1/huishoudens/{id}/contactmomenten", f.a());
            if (e.getValue().contains("A") && e.getKey().rol() == Rol.BUDGETCOACH) {
                // may guide, but does not see the contacts without a consent
                toestemmingNodig(api.schrijf(e.getKey(), verzoek, geldig(e.getKey())), "VOORTGANG");
            }
            else if (e.getValue().contains("A")) {
                api.schrijf(e.getKey(), verzoek, geldig(e.getKey()))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", matchesPattern(".*/api/v1/contactmomenten/[0-9a-f-]{36}")))
                    .andExpect(jsonPath("$.minuten").value(30))
                    .andExpect(jsonPath("$.tolk").value("PROFESSIONEEL"))
                    .andExpect(jsonPath("$.versie").value(1));
            }
            else {
                nietGevonden(api.schrijf(e.getKey(), verzoek, geldig(e.getKey())));
            }
        }
        assertThat(ContactFixture.aantal(jdbc, "contactmoment", f.a())).isEqualTo(4);
    }

    @Test
    void aClosedTrajectoryIsReadableButRefusesNewContactsWith422() throws Exception {
        trajecten.sluitAf(f.als(Rol.TEAMLEIDER), f.wereld().a().id(), 3, TrajectStatus.BEEINDIGD,
                EindeReden.AFGEZIEN, VANDAAG, null);
        Medewerker bg = f.als(Rol.BEGELEIDER);
        api.als(bg, get("/api/v1/huishoudens/{id}/contactmomenten", f.a())).andExpect(status().isOk());
        api.schrijf(bg, post("/api/v1/huishoudens/{id}/contactmomenten", f.a()), geldig(bg))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("U mag bij dit huishouden geen begeleiding vastleggen."));
        assertThat(ContactFixture.aantal(jdbc, "contactmoment", f.a())).isZero();
    }

    @Test
    void badInputIsDutchProblemJsonAndWritesNothing() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        var pad = post("/api/v1/huishoudens/{id}/contactmomenten", f.a());
        api.schrijf(vw, pad, "{\"afspraken\": \"alleen dit\"}")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.invalidParams[*].name", hasItems("datum", "minuten", "soort", "personen")))
            .andExpect(jsonPath("$.invalidParams[*].reason", hasItems("Vul de datum van het contact in.",
                    "Vul de duur in minuten in.", "Kies de soort contact.")));
        api.schrijf(vw, pad, json(vw, "\"" + VANDAAG.plusYears(3) + "\"", "30", "[]"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("contact.datum.toekomst"))
            .andExpect(jsonPath("$.detail", containsString("Een contact kan niet in de toekomst liggen.")));
        api.schrijf(vw, pad, json(vw, "\"" + VANDAAG + "\"", "-45", "[]"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("De duur is ten minste 1 minuut en ten hoogste 12 uur."));
        api.schrijf(vw, pad, json(vw, "\"" + VANDAAG + "\"", "30", "[\"WONEN\", \"ASTROLOGIE\"]"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", containsString("Het thema 'ASTROLOGIE' bestaat niet.")));
        api.schrijf(vw, pad, geldig(vw).replace("TELEFONISCH", "POSTDUIF"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", containsString("De soort contact 'POSTDUIF' bestaat niet.")));
        api.schrijf(vw, pad, json(vw, "\"morgen\"", "30", "[]"))
            .andExpect(status().isBadRequest());
        assertThat(ContactFixture.aantal(jdbc, "contactmoment", f.a())).isZero();
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and actie = 'AANMAKEN' "
                + "and record_soort = 'contactmoment'").param(f.a().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aStaleVersionIs409AndOverwritesNothing() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        String id = JsonPath.read(api.schrijf(vw, post("/api/v1/huishoudens/{id}/contactmomenten", f.a()), geldig(vw))
            .andReturn().getResponse().getContentAsString(), "$.id");
        java.util.function.BiFunction<Integer, Integer, String> wijziging = (versie, minuten) -> "{\"versie\": "
                + versie + ", \"contactmoment\": " + json(vw, "\"" + VANDAAG + "\"", minuten.toString(), "[]") + "}";
        api.schrijf(vw, put("/api/v1/contactmomenten/{id}", id), wijziging.apply(1, 45))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.minuten").value(45))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(f.als(Rol.TEAMLEIDER), put("/api/v1/contactmomenten/{id}", id), wijziging.apply(1, 90))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", containsString("Iemand anders heeft dit intussen gewijzigd")));
        api.schrijf(vw, put("/api/v1/contactmomenten/{id}", id), "{\"contactmoment\": " + geldig(vw) + "}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("versie"));
        api.als(vw, get("/api/v1/contactmomenten/{id}", id)).andExpect(jsonPath("$.minuten").value(45));
    }

    @Test
    void onlyTheRecorderOrTheTeamleiderChangesOrRemovesAContact() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Contactmoment c = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        String wijziging = "{\"versie\": 1, \"contactmoment\": " + geldig(vw) + "}";
        api.schrijf(f.als(Rol.BEGELEIDER), put("/api/v1/contactmomenten/{id}", c.id()), wijziging)
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("contact.wijzigen.niet-toegestaan"));
        nietGevonden(api.schrijf(f.w().begeleiderB(), put("/api/v1/contactmomenten/{id}", c.id()), wijziging));
        nietGevonden(api.als(f.w().vrijwilliger2(), get("/api/v1/contactmomenten/{id}", c.id())));
        api.als(f.als(Rol.TEAMLEIDER), delete("/api/v1/contactmomenten/{id}", c.id()).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("versie"));
        api.als(f.als(Rol.TEAMLEIDER), delete("/api/v1/contactmomenten/{id}", c.id()).param("versie", "1").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().isNoContent());
        nietGevonden(api.als(vw, get("/api/v1/contactmomenten/{id}", c.id())));
        assertThat(contacten.stand(f.a()).laatsteContact()).isNull();
    }

    /** Was "the gemeente side gets no note": the regievoerder now gets it once the household consents to NOTITIES. */
    @Test
    void theRegievoerderGetsTheNoteOnlyWithConsent() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Contactmoment c = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        Medewerker regie = f.als(Rol.REGIEVOERDER);
        api.als(regie, get("/api/v1/contactmomenten/{id}", c.id()))
            .andExpect(jsonPath("$.afspraken").value("Meterstanden doorgeven."))
            .andExpect(jsonPath("$.notitie").value(nullValue()));
        api.als(regie, get("/api/v1/huishoudens/{id}/contactmomenten", f.a()))
            .andExpect(jsonPath("$.items[0].afspraken").value("Meterstanden doorgeven."))
            .andExpect(jsonPath("$.items[0].notitie").value(nullValue()));
        api.als(f.als(Rol.TEAMLEIDER), get("/api/v1/contactmomenten/{id}", c.id()))
            .andExpect(jsonPath("$.notitie").value("Vertrouwelijke notitie"));
        data.toestemming(f.w(), f.wereld().a(), Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.NOTITIES);
        api.als(regie, get("/api/v1/contactmomenten/{id}", c.id()))
            .andExpect(jsonPath("$.notitie").value("Vertrouwelijke notitie"));
        api.als(regie, get("/api/v1/huishoudens/{id}/contactmomenten", f.a()))
            .andExpect(jsonPath("$.items[0].notitie").value("Vertrouwelijke notitie"));
        // a consent for the regievoerder is not one for the budgetcoach
        toestemmingNodig(api.als(f.als(Rol.BUDGETCOACH), get("/api/v1/contactmomenten/{id}", c.id())),
                "VOORTGANG");
        for (Rol rol : List.of(Rol.BELEID, Rol.BEHEERDER, Rol.WIJKTEAM)) {
            nietGevonden(api.als(f.als(rol), get("/api/v1/contactmomenten/{id}", c.id())));
        }
    }

    @Test
    void aListLogsOneRowPerPersonOfTheHouseholdAndAContactOnePerPersonPresent() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Contactmoment c = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        Medewerker regie = f.als(Rol.REGIEVOERDER);
        api.als(regie, get("/api/v1/huishoudens/{id}/contactmomenten", f.a())).andExpect(status().isOk());
        assertThat(jdbc.sql("select betrokkene_id from verwerking where medewerker_id = ? and actie = 'LEZEN'")
            .param(regie.id()).query(java.util.UUID.class).list())
            .containsExactlyInAnyOrderElementsOf(f.personenA());
        api.als(regie, get("/api/v1/contactmomenten/{id}", c.id())).andExpect(status().isOk());
        assertThat(jdbc.sql("select betrokkene_id from verwerking where medewerker_id = ? and record_id = ?")
            .params(regie.id(), c.id().value()).query(java.util.UUID.class).list())
            .containsExactly(f.personenA().get(0));
    }

    @Test
    void pagesAreKeysetNewestFirst() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Contactmoment oud = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(9), vw));
        Contactmoment midden = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(5), vw));
        Contactmoment nieuw = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(1), vw));
        api.als(vw, get("/api/v1/huishoudens/{id}/contactmomenten", f.a()).param("aantal", "2"))
            .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.contains(nieuw.id().toString(),
                    midden.id().toString())))
            .andExpect(jsonPath("$.volgende").value(midden.id().toString()));
        api.als(vw, get("/api/v1/huishoudens/{id}/contactmomenten", f.a()).param("aantal", "2")
                .param("na", midden.id().toString()))
            .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(oud.id().toString())))
            .andExpect(jsonPath("$.volgende").value(nullValue()));
    }
}
