package nl.wegwijs.pip.api;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The PIP API: the regievoerder's lifecycle with 201 + Location, 409 on a stale version, 422, scope per role. */
@IntegrationTest
class PipApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    ApiFixture api;
    TestData.Wereld w;
    HuishoudenId h;
    UUID samira;
    Medewerker regie;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(4));
        h = t.huishouden();
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        regie = w.als(Rol.REGIEVOERDER);
        samira = trajecten.inzage(regie, h).huishouden().personen().get(0).id();
    }

    private String pad(String rest) {
        return "/api/v1/huishoudens/" + h + "/pip" + rest;
    }

    private int versie() throws Exception {
        String json = api.als(regie, get(pad("/personen/" + samira))).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.versie");
    }

    private String doel(String leefgebied, String eigenaar, String tekst) throws Exception {
        String json = api.schrijf(regie, post(pad("/personen/" + samira + "/concept/doelen")), """
                {"versie": %d, "leefgebied": "%s", "eigenaar": "%s", "omschrijving": "%s", "termijn": "KORT"}"""
            .formatted(versie(), leefgebied, eigenaar, tekst))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/concept/doelen/[0-9a-f-]{36}")))
            .andReturn().getResponse().getHeader("Location");
        return json.substring(json.lastIndexOf('/') + 1);
    }

    @Test
    void theRegievoerderDraftsSetsAndAdjustsAndAGuideReportsProgress() throws Exception {
        api.schrijf(regie, post(pad("/personen/" + samira)), "{}")
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/api/v1/huishoudens/.*/pip/personen/" + samira)))
            .andExpect(jsonPath("$.conceptVersie").value(1));
        api.schrijf(regie, put(pad("/personen/" + samira + "/concept")), """
                {"versie": %d, "leerroute": "Z_ROUTE", "niveau": "A1", "ontzorgen": false}""".formatted(versie()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.versies[0].plan.leerroute").value("Z_ROUTE"));
        String wonen = doel("WONEN", "UITVOERDER", "Huurtoeslag");
        doel("FINANCIEN", "BUDGETCOACH", "Vaste lasten");
        api.schrijf(regie, post(pad("/personen/" + samira + "/vaststellingen")), """
                {"versie": %d, "op": "%s"}""".formatted(versie(), LocalDate.now()))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.nummer").value(1))
            .andExpect(jsonPath("$.status").value("VASTGESTELD"));
        // stale
        api.schrijf(regie, post(pad("/personen/" + samira + "/bijstellingen")), """
                {"versie": 1, "reden": "VERHUIZING"}""").andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // a guide reports on the uitvoerder's goal
        String stand = api.als(regie, get(pad(""))).andReturn().getResponse().getContentAsString();
        java.util.List<Integer> versies = JsonPath.read(stand, "$[0].versies[0].doelen[?(@.id == '" + wonen
                + "')].versie");
        int doelVersie = versies.get(0);
        api.schrijf(w.als(Rol.BEGELEIDER), post(pad("/doelen/" + wonen + "/voortgang")), """
                {"versie": %d, "op": "%s", "tekst": "Samen ingevuld", "status": "BEZIG"}"""
            .formatted(doelVersie, LocalDate.now()))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.doorRol").value("BEGELEIDER"));
        // a bijstelling keeps the goal's id
        api.schrijf(regie, post(pad("/personen/" + samira + "/bijstellingen")), """
                {"versie": %d, "reden": "NIEUWE_OMSTANDIGHEDEN"}""".formatted(versie()))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.nummer").value(2))
            .andExpect(jsonPath("$.doelen[*].id").value(hasItem(wonen)));
        api.als(regie, get(pad("/personen/" + samira + "/versies"))).andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(2)));
        api.als(regie, get(pad(""))).andExpect(jsonPath("$[0].voortgang[0].tekst").value("Samen ingevuld"))
            .andExpect(jsonPath("$[0].vastgesteldOp").value(LocalDate.now().toString()));
        // the budgetcoach sees the money goal only
        api.als(w.als(Rol.BUDGETCOACH), get(pad(""))).andExpect(status().isOk())
            .andExpect(jsonPath("$[0].versies[0].doelen", hasSize(1)))
            .andExpect(jsonPath("$[0].versies[0].doelen[0].leefgebied").value("FINANCIEN"));
    }

    @Test
    void onlyTheRegievoerderDraftsAndOutsidersDoNotSeeIt() throws Exception {
        api.schrijf(w.als(Rol.BEGELEIDER), post(pad("/personen/" + samira)), "{}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(
                    "Alleen de regievoerder van de gemeente mag het PIP opstellen, vaststellen en bijstellen."));
        nietGevonden(api.als(w.als(Rol.WIJKTEAM), get(pad(""))));
        nietGevonden(api.als(w.als(Rol.BELEID), get(pad(""))));
        nietGevonden(api.als(data.wereld().als(Rol.REGIEVOERDER), get(pad(""))));
        api.schrijf(regie, post(pad("/personen/" + samira)), "{}").andExpect(status().isCreated());
        api.schrijf(regie, post(pad("/personen/" + samira + "/vaststellingen")), """
                {"versie": %d, "op": "%s"}""".formatted(versie(), LocalDate.now()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Kies een leerroute voordat u het PIP vaststelt."));
        // no version and no If-Match: 428 Precondition Required
        api.schrijf(regie, post(pad("/personen/" + samira + "/vaststellingen")), "{}")
            .andExpect(status().isPreconditionRequired());
    }

    @Test
    void aNewGoalAndANewReportCanBeReadAtTheirLocation() throws Exception {
        api.schrijf(regie, post(pad("/personen/" + samira)), "{}").andExpect(status().isCreated());
        api.schrijf(regie, put(pad("/personen/" + samira + "/concept")), """
                {"versie": %d, "leerroute": "Z_ROUTE", "niveau": "A1", "ontzorgen": false}""".formatted(versie()))
            .andExpect(status().isOk());
        String doel = api.schrijf(regie, post(pad("/personen/" + samira + "/concept/doelen")), """
                {"versie": %d, "leefgebied": "WONEN", "eigenaar": "UITVOERDER", "omschrijving": "Huurtoeslag",
                 "termijn": "KORT"}""".formatted(versie()))
            .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String id = doel.substring(doel.lastIndexOf('/') + 1);
        String json = api.als(regie, get(doel)).andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.leefgebied").value("WONEN"))
            .andReturn().getResponse().getContentAsString();
        int doelVersie = JsonPath.read(json, "$.versie");
        nietGevonden(api.als(data.wereld().als(Rol.REGIEVOERDER), get(doel)));
        api.schrijf(regie, post(pad("/personen/" + samira + "/vaststellingen")), """
                {"versie": %d, "op": "%s"}""".formatted(versie(), LocalDate.now())).andExpect(status().isCreated());
        String melding = api.schrijf(w.als(Rol.BEGELEIDER), post(pad("/doelen/" + id + "/voortgang")), """
                {"versie": %d, "op": "%s", "tekst": "Samen ingevuld"}""".formatted(doelVersie, LocalDate.now()))
            .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        api.als(w.als(Rol.BEGELEIDER), get(melding)).andExpect(status().isOk())
            .andExpect(jsonPath("$.tekst").value("Samen ingevuld"));
        nietGevonden(api.als(w.als(Rol.BEGELEIDER), get(pad("/doelen/" + id + "/voortgang/" + UUID.randomUUID()))));
    }

    @Test
    void theOpenApiDocumentDescribesThePipOperations() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/huishoudens/{id}/pip'].get.operationId").value("pipsVanHuishouden"))
            .andExpect(jsonPath("$.paths['/huishoudens/{id}/pip/personen/{persoon}/vaststellingen'].post.operationId")
                .value("pipVaststellen"));
    }

    @Test
    void theRegievoerderRemovesAGoalAndRecordsApprovalSharingFactsAndTalks() throws Exception {
        String p = "/personen/" + samira;
        api.schrijf(regie, post(pad(p)), "{}").andExpect(status().isCreated());
        api.schrijf(regie, put(pad(p + "/concept")), """
                {"versie": %d, "leerroute": "Z_ROUTE", "niveau": "A1", "ontzorgen": false}""".formatted(versie()))
            .andExpect(status().isOk());
        String weg = doel("WONEN", "UITVOERDER", "Dubbel ingevoerd");
        doel("FINANCIEN", "BUDGETCOACH", "Vaste lasten");
        String verwijder = pad(p + "/concept/doelen/" + weg);
        api.als(regie, delete(verwijder).with(csrf()).param("versie", String.valueOf(versie() - 1)))
            .andExpect(status().isConflict());
        api.als(w.als(Rol.BEGELEIDER), delete(verwijder).with(csrf()).param("versie", String.valueOf(versie())))
            .andExpect(status().isUnprocessableContent());
        nietGevonden(api.als(data.wereld().als(Rol.REGIEVOERDER),
                delete(verwijder).with(csrf()).param("versie", String.valueOf(versie()))));
        api.als(regie, delete(verwijder).with(csrf()).param("versie", String.valueOf(versie())))
            .andExpect(status().isNoContent());
        nietGevonden(api.als(regie, get(verwijder)));
        api.als(regie, get(pad(p))).andExpect(jsonPath("$.versies[0].doelen", hasSize(1)));

        String vandaag = LocalDate.now().toString();
        // approval needs a version in force
        api.schrijf(regie, post(pad(p + "/akkoord")), """
                {"versie": %d, "op": "%s", "wijze": "MONDELING"}""".formatted(versie(), vandaag))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(regie, post(pad(p + "/vaststellingen")), """
                {"versie": %d, "op": "%s"}""".formatted(versie(), vandaag)).andExpect(status().isCreated());
        api.schrijf(regie, post(pad(p + "/akkoord")), """
                {"versie": %d, "op": "%s", "wijze": "MONDELING_MET_TOLK"}""".formatted(versie(), vandaag))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.versies[0].akkoordOp").value(vandaag))
            .andExpect(jsonPath("$.versies[0].akkoordWijze").value("MONDELING_MET_TOLK"));
        api.schrijf(regie, post(pad(p + "/akkoord")), """
                {"versie": %d, "op": "%s", "wijze": "MONDELING"}""".formatted(versie(),
                LocalDate.now().plusDays(2))).andExpect(status().isUnprocessableContent());
        api.schrijf(regie, post(pad(p + "/akkoord")), "{\"op\": \"%s\"}".formatted(vandaag))
            .andExpect(status().isPreconditionRequired());

        api.schrijf(regie, post(pad(p + "/delingen")), """
                {"versie": %d, "partner": "TAALSCHOOL", "naam": "Taalschool Het Anker", "op": "%s"}"""
            .formatted(versie(), vandaag))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/api/v1/huishoudens/.*/pip/personen/" + samira)))
            .andExpect(jsonPath("$.delingen[0].partner").value("TAALSCHOOL"))
            .andExpect(jsonPath("$.delingen[0].naam").value("Taalschool Het Anker"));
        api.schrijf(regie, put(pad(p + "/feiten")), """
                {"versie": %d, "eersteTaallesOp": "%s"}""".formatted(versie(), vandaag))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.eersteTaallesOp").value(vandaag))
            .andExpect(jsonPath("$.mapAfgerondOp").value(nullValue()));
        api.schrijf(regie, put(pad(p + "/feiten")), """
                {"versie": %d, "mapAfgerondOp": "%s"}""".formatted(versie(), LocalDate.now().plusDays(1)))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(regie, post(pad(p + "/gesprekken")), """
                {"versie": %d, "op": "%s", "wie": "Inburgeraar en tolk", "uitkomst": "Taalles gaat goed"}"""
            .formatted(versie(), vandaag))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.gesprekken[0].wie").value("Inburgeraar en tolk"))
            .andExpect(jsonPath("$.gesprekken[0].uitkomst").value("Taalles gaat goed"));
        api.schrijf(regie, post(pad(p + "/gesprekken")), """
                {"versie": %d, "op": "%s", "uitkomst": "Zonder wie"}""".formatted(versie(), vandaag))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(w.als(Rol.BEGELEIDER), post(pad(p + "/gesprekken")), """
                {"versie": %d, "op": "%s", "wie": "x", "uitkomst": "y"}""".formatted(versie(), vandaag))
            .andExpect(status().isUnprocessableContent());
        nietGevonden(api.schrijf(data.wereld().als(Rol.REGIEVOERDER), post(pad(p + "/delingen")), """
                {"versie": %d, "partner": "TAALSCHOOL", "op": "%s"}""".formatted(versie(), vandaag)));
    }
}
