package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trajectories API: the aanmelding, the dossier with its legal timeline, and every change as a sub-resource;
 * scope per role, 404 for another world, 400 that writes nothing, 409 on a stale version, 422 in Dutch.
 */
@IntegrationTest
class TrajectApiTests {

    static final LocalDate BRP = LocalDate.now().minusMonths(1);
    static final String VANDAAG = LocalDate.now().toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    Traject a;
    Traject b;
    Map<Medewerker, List<String>> zichtbaar;

    /** Trajectory A: team A, vrijwilliger assigned (versie 3); trajectory B: team B (versie 2). */
    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, BRP);
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
        zichtbaar = wereld.zichtbaar(a.id().toString(), b.id().toString());
    }

    // --- reading, per role

    @Test
    void eachRoleListsOnlyTheTrajectoriesItMaySee() {
        zichtbaar.forEach((wie, welke) -> assertThat(ids(wie)).as(wie.gebruikersnaam())
            .containsExactlyInAnyOrderElementsOf(welke));
    }

    @Test
    void eachRoleReadsItsOwnTrajectoryAndGets404ForOneItMayNotSee() throws Exception {
        for (Medewerker wie : List.of(w.als(Rol.VRIJWILLIGER), w.als(Rol.BEGELEIDER), w.als(Rol.TEAMLEIDER),
                w.als(Rol.REGIEVOERDER))) {
            api.als(wie, get("/api/v1/trajecten/" + a.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(a.id().toString()));
        }
        for (Medewerker wie : List.of(w.vrijwilliger2(), w.begeleiderB(), w.als(Rol.WIJKTEAM), w.als(Rol.BELEID))) {
            nietGevonden(api.als(wie, get("/api/v1/trajecten/" + a.id())));
        }
    }

    @Test
    void showsTheDossierWithAssignmentsByNameAndTheLegalTimeline() throws Exception {
        List<UUID> volwassenen = jdbc.sql("""
                select id from persoon where huishouden_id = ? and rol in ('HOOFDPERSOON', 'PARTNER')
                 order by volgorde""").param(a.huishouden().value()).query(UUID.class).list();
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/trajecten/" + a.id()))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.huishoudenId").value(a.huishouden().toString()))
            .andExpect(jsonPath("$.huishoudenNaam").value("Haddad, Samira"))
            .andExpect(jsonPath("$.contractId").value(w.contract().id().toString()))
            .andExpect(jsonPath("$.gemeente").value(w.gemeente().naam()))
            .andExpect(jsonPath("$.teamId").value(w.teamA().id().toString()))
            .andExpect(jsonPath("$.status").value("INTAKE"))
            .andExpect(jsonPath("$.aangemeldOp").value(BRP.toString()))
            .andExpect(jsonPath("$.aangemeldDoor").value(w.als(Rol.REGIEVOERDER).naam()))
            .andExpect(jsonPath("$.versie").value(3))
            .andExpect(jsonPath("$.toewijzingen.length()").value(1))
            .andExpect(jsonPath("$.toewijzingen[0].naam").value(w.als(Rol.VRIJWILLIGER).naam()))
            .andExpect(jsonPath("$.toewijzingen[0].rol").value("VRIJWILLIGER"))
            .andExpect(jsonPath("$.toewijzingen[0].vanaf").value(VANDAAG))
            .andExpect(jsonPath("$.verlengingen.length()").value(0))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'EINDE_BEGELEIDING')].uiterlijk")
                .value(hasItem(BRP.plusMonths(12).toString())))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'ONTZORGEN')].uiterlijk")
                .value(hasItem(BRP.plusMonths(6).toString())))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'PIP')].persoonId")
                .value(containsInAnyOrder(volwassenen.stream().map(UUID::toString).toArray())))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'PIP')].uiterlijk")
                .value(containsInAnyOrder(BRP.plusWeeks(10).toString(), BRP.plusWeeks(10).toString())))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'PIP')].status").value(hasItem("OP_TIJD")))
            .andExpect(jsonPath("$.termijnen[0].ontbreekt").value((Object) null));
    }

    @Test
    void pagesWithKeysetNaAndAantal() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        String eerste = api.als(tl, get("/api/v1/trajecten?aantal=1")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        String tweede = api.als(tl, get(java.net.URI.create(JsonPath.read(eerste, "$.volgende"))))
            .andExpect(jsonPath("$.volgende").value((Object) null))
            .andReturn().getResponse().getContentAsString();
        assertThat(List.of(JsonPath.<String>read(eerste, "$.items[0].id"),
                JsonPath.<String>read(tweede, "$.items[0].id")))
            .containsExactlyInAnyOrder(a.id().toString(), b.id().toString());
        api.als(tl, get("/api/v1/trajecten")).andExpect(jsonPath("$.items.length()").value(2))
            .andExpect(jsonPath("$.items[*].status").value(containsInAnyOrder("INTAKE", "INTAKE")))
            .andExpect(jsonPath("$.volgende").value((Object) null));
    }

    // --- another world: not 403 but 404, for reads and every change

    @Test
    void anotherWorldGets404ForEveryReadAndChangeOfAForeignTrajectory() throws Exception {
        TestData.Wereld ander = data.wereld();
        UUID toewijzing = jdbc.sql("select id from toewijzing where traject_id = ?").param(a.id().value())
            .query(UUID.class).single();
        String pad = "/api/v1/trajecten/" + a.id();
        for (Rol rol : List.of(Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BEGELEIDER, Rol.VRIJWILLIGER)) {
            Medewerker vreemde = ander.als(rol);
            nietGevonden(api.als(vreemde, get(pad)));
            nietGevonden(api.als(vreemde, get(pad + "/toewijzingen/" + toewijzing)));
            nietGevonden(schrijf(pad + "/acceptatie", vreemde,
                    "{\"versie\": 3, \"teamId\": \"%s\"}".formatted(ander.teamA().id())));
            nietGevonden(schrijf(pad + "/start", vreemde,
                    "{\"versie\": 3, \"praktischeStart\": \"%s\"}".formatted(VANDAAG)));
            nietGevonden(schrijf(pad + "/fase", vreemde,
                    "{\"versie\": 3, \"faseCode\": \"FASE2\", \"vanaf\": \"%s\"}".formatted(VANDAAG)));
            nietGevonden(schrijf(pad + "/toewijzingen", vreemde, toewijzingJson(3, ander.als(Rol.BEGELEIDER))));
            nietGevonden(schrijf(pad + "/verlengingen", vreemde,
                    "{\"versie\": 3, \"maanden\": 3, \"reden\": \"Nog niet zelfredzaam\"}"));
            nietGevonden(schrijf(pad + "/afsluiting", vreemde, afsluitingJson(3, VANDAAG)));
            assertThat(ids(vreemde)).doesNotContain(a.id().toString(), b.id().toString());
        }
        assertThat(statusEnVersie(a)).isEqualTo("INTAKE/3");
    }

    // --- the aanmelding

    @Test
    void regievoerderRegistersAHouseholdWith201AndThenSeesIt() throws Exception {
        String antwoord = schrijf("/api/v1/trajecten", w.als(Rol.REGIEVOERDER), aanmeldingJson("\"Amina\"", "null"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/api/v1/trajecten/[0-9a-f-]{36}")))
            .andExpect(jsonPath("$.status").value("AANGEMELD"))
            .andExpect(jsonPath("$.contractId").value(w.contract().id().toString()))
            .andExpect(jsonPath("$.aangemeldOp").value(VANDAAG))
            .andExpect(jsonPath("$.aangemeldDoor").value(w.als(Rol.REGIEVOERDER).naam()))
            .andExpect(jsonPath("$.huishoudenNaam").value("Yusuf, Amina"))
            .andExpect(jsonPath("$.versie").value(1))
            .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(antwoord, "$.id");
        String huishouden = JsonPath.read(antwoord, "$.huishoudenId");
        api.als(w.als(Rol.REGIEVOERDER), get("/api/v1/trajecten/" + id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("AANGEMELD"))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'PIP')].uiterlijk")
                .value(hasItem(BRP.plusWeeks(10).toString())));
        assertThat(ids(w.als(Rol.REGIEVOERDER))).contains(id);
        assertThat(ids(w.als(Rol.TEAMLEIDER))).contains(id);
        api.als(w.als(Rol.REGIEVOERDER), get("/api/v1/huishoudens/" + huishouden)).andExpect(status().isOk())
            .andExpect(jsonPath("$.personen[*].voornaam").value(containsInAnyOrder("Amina", "Noor")))
            .andExpect(jsonPath("$.adres.woonplaats").value("Testdorp"));
    }

    @Test
    void begeleiderRegistersAndGetsOnlyTheLocationUntilTheirTeamTakesTheHousehold() throws Exception {
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        String locatie = schrijf("/api/v1/trajecten", begeleider, aanmeldingJson("\"Amina\"", "null"))
            .andExpect(status().isCreated())
            .andExpect(content().string(""))
            .andReturn().getResponse().getHeader("Location");
        nietGevonden(api.als(begeleider, get(locatie)));
        String id = locatie.substring(locatie.lastIndexOf('/') + 1);
        schrijf("/api/v1/trajecten/" + id + "/acceptatie", w.als(Rol.TEAMLEIDER),
                "{\"versie\": 1, \"teamId\": \"%s\"}".formatted(w.teamA().id()))
            .andExpect(status().isOk());
        api.als(begeleider, get(locatie)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INTAKE"));
    }

    @Test
    void takesAnAanmeldingEnteredLaterButNotOneInTheFuture() throws Exception {
        String eerder = LocalDate.now().minusDays(5).toString();
        schrijf("/api/v1/trajecten", w.als(Rol.REGIEVOERDER), aanmeldingJson("\"Amina\"", "null")
            .replace("\"herkomstLocatie\"", "\"aangemeldOp\": \"%s\", \"herkomstLocatie\"".formatted(eerder)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.aangemeldOp").value(eerder));
        long huishoudens = aantal("huishouden");
        schrijf("/api/v1/trajecten", w.als(Rol.REGIEVOERDER), aanmeldingJson("\"Amina\"", "null")
            .replace("\"herkomstLocatie\"", "\"aangemeldOp\": \"%s\", \"herkomstLocatie\""
                .formatted(LocalDate.now().plusDays(1))))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("aangemeldOp"));
        assertThat(aantal("huishouden")).isEqualTo(huishoudens);
    }

    @Test
    void namesTheMissingDateOfADeadlineItCannotCompute() throws Exception {
        String antwoord = schrijf("/api/v1/trajecten", w.als(Rol.REGIEVOERDER),
                aanmeldingJson("\"Amina\"", "null").replace("\"brpDatum\": \"" + BRP + "\"", "\"brpDatum\": null"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        api.als(w.als(Rol.REGIEVOERDER), get("/api/v1/trajecten/" + JsonPath.read(antwoord, "$.id")))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'EINDE_BEGELEIDING')].status").value(hasItem("ONBEKEND")))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'EINDE_BEGELEIDING')].ontbreekt")
                .value(hasItem("brp-inschrijving")))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'EINDE_BEGELEIDING')].uiterlijk").value(hasItem(
                    (Object) null)));
    }

    @Test
    void rejectsAnAanmeldingWithoutVoornaamWith400NamingTheFieldAndWritesNothing() throws Exception {
        long huishoudens = aantal("huishouden");
        long trajectenVoor = aantal("traject");
        schrijf("/api/v1/trajecten", w.als(Rol.REGIEVOERDER), aanmeldingJson("null", "\"12345\""))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("personen[0].voornaam",
                    "personen[1].bsn")))
            .andExpect(jsonPath("$.invalidParams[?(@.name == 'personen[0].voornaam')].reason")
                .value(hasItem("Vul de voornaam in.")));
        assertThat(aantal("huishouden")).isEqualTo(huishoudens);
        assertThat(aantal("traject")).isEqualTo(trajectenVoor);
    }

    @Test
    void rejectsAnAanmeldingWithoutContractOrPersonsWith400() throws Exception {
        long huishoudens = aantal("huishouden");
        schrijf("/api/v1/trajecten", w.als(Rol.REGIEVOERDER), "{\"personen\": []}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("contractId", "personen")));
        assertThat(aantal("huishouden")).isEqualTo(huishoudens);
    }

    @Test
    void refusesAnAanmeldingUnderAnotherOrganisationsContractWith422() throws Exception {
        TestData.Wereld ander = data.wereld();
        long huishoudens = aantal("huishouden");
        schrijf("/api/v1/trajecten", ander.als(Rol.REGIEVOERDER), aanmeldingJson("\"Amina\"", "null"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("traject.aanmelding.contract"));
        assertThat(aantal("huishouden")).isEqualTo(huishoudens);
    }

    // --- changes as sub-resources

    @Test
    void walksTheLifecycleThroughSubResources() throws Exception {
        Traject c = data.aanmelding(w, BRP);
        String pad = "/api/v1/trajecten/" + c.id();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        schrijf(pad + "/acceptatie", tl, "{\"versie\": 1, \"teamId\": \"%s\"}".formatted(w.teamA().id()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INTAKE"))
            .andExpect(jsonPath("$.teamId").value(w.teamA().id().toString()))
            .andExpect(jsonPath("$.versie").value(2));
        String locatie = schrijf(pad + "/toewijzingen", tl, toewijzingJson(2, begeleider))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*" + pad + "/toewijzingen/[0-9a-f-]{36}")))
            .andExpect(jsonPath("$.naam").value(begeleider.naam()))
            .andExpect(jsonPath("$.rol").value("BEGELEIDER"))
            .andReturn().getResponse().getHeader("Location");
        api.als(begeleider, get(locatie)).andExpect(status().isOk())
            .andExpect(jsonPath("$.medewerkerId").value(begeleider.id().toString()));
        schrijf(pad + "/start", begeleider, "{\"versie\": 3, \"praktischeStart\": \"%s\"}".formatted(VANDAAG))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIEF"))
            .andExpect(jsonPath("$.praktischeStart").value(VANDAAG))
            .andExpect(jsonPath("$.faseCode").value("FASE1"));
        schrijf(pad + "/fase", begeleider, "{\"versie\": 4, \"faseCode\": \"FASE2\", \"vanaf\": \"%s\"}"
            .formatted(VANDAAG))
            .andExpect(status().isOk()).andExpect(jsonPath("$.faseCode").value("FASE2"))
            .andExpect(jsonPath("$.faseStart").value(VANDAAG));
        schrijf(pad + "/verlengingen", rv, "{\"versie\": 5, \"maanden\": 3, \"reden\": \"Nog niet zelfredzaam\"}")
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VERLENGD"))
            .andExpect(jsonPath("$.verlengingen[0].maanden").value(3))
            .andExpect(jsonPath("$.verlengingen[0].beslotenDoor").value(rv.naam()))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'EINDE_BEGELEIDING')].uiterlijk")
                .value(hasItem(BRP.plusMonths(15).toString())));
        schrijf(pad + "/afsluiting", rv, afsluitingJson(6, VANDAAG))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AFGEROND"))
            .andExpect(jsonPath("$.eindeReden").value("DOELEN_BEREIKT"))
            .andExpect(jsonPath("$.eindeDatum").value(VANDAAG))
            .andExpect(jsonPath("$.eindeToelichting").value("Zelfredzaam op alle leefgebieden"))
            .andExpect(jsonPath("$.toewijzingen[0].tot").value(VANDAAG))
            .andExpect(jsonPath("$.termijnen[?(@.soort == 'EINDE_BEGELEIDING')].status").value(hasItem("AFGEROND")));
        schrijf(pad + "/fase", begeleider, "{\"versie\": 7, \"faseCode\": \"FASE1\", \"vanaf\": \"%s\"}"
            .formatted(VANDAAG))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Dit traject is afgesloten; het kan niet meer worden gewijzigd."));
        assertThat(statusEnVersie(c)).isEqualTo("AFGEROND/7");
        // the way back (issue 17): only the teamleider reopens, with a reason, to the status before closing
        schrijf(pad + "/heropening", rv, "{\"versie\": 7, \"reden\": \"Per vergissing afgesloten\"}")
            .andExpect(status().isUnprocessableContent());
        schrijf(pad + "/heropening", tl, "{\"versie\": 7, \"reden\": \"\"}")
            .andExpect(status().isBadRequest());
        schrijf(pad + "/heropening", tl, "{\"versie\": 7, \"reden\": \"Per vergissing afgesloten\"}")
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VERLENGD"));
        assertThat(statusEnVersie(c)).isEqualTo("VERLENGD/8");
    }

    @Test
    void refusesAStaleVersionWith409AndWritesNothing() throws Exception {
        Traject c = data.aanmelding(w, BRP);
        schrijf("/api/v1/trajecten/" + c.id() + "/acceptatie", w.als(Rol.TEAMLEIDER),
                "{\"versie\": 7, \"teamId\": \"%s\"}".formatted(w.teamA().id()))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(409))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Iemand anders heeft dit")));
        assertThat(statusEnVersie(c)).isEqualTo("AANGEMELD/1");
    }

    @Test
    void refusesAForbiddenTransitionWith422InDutch() throws Exception {
        Traject c = data.aanmelding(w, BRP);
        schrijf("/api/v1/trajecten/" + c.id() + "/start", w.als(Rol.TEAMLEIDER),
                "{\"versie\": 1, \"praktischeStart\": \"%s\"}".formatted(VANDAAG))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("traject.status.overgang"))
            .andExpect(jsonPath("$.detail").value("Van status AANGEMELD kan een traject niet naar ACTIEF."));
        assertThat(statusEnVersie(c)).isEqualTo("AANGEMELD/1");
    }

    @Test
    void refusesAChangeOutsideTheRoleWith422() throws Exception {
        schrijf("/api/v1/trajecten/" + a.id() + "/acceptatie", w.als(Rol.VRIJWILLIGER),
                "{\"versie\": 3, \"teamId\": \"%s\"}".formatted(w.teamB().id()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("U mag deze wijziging niet doen."));
        schrijf("/api/v1/trajecten/" + a.id() + "/toewijzingen", w.als(Rol.TEAMLEIDER),
                toewijzingJson(3, w.als(Rol.BEGELEIDER)).replace("BEGELEIDER", "VRIJWILLIGER"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("traject.toewijzing.rol"));
        assertThat(statusEnVersie(a)).isEqualTo("INTAKE/3");
    }

    @Test
    void rejectsInvalidChangesWith400NamingTheFieldsAndWritesNothing() throws Exception {
        String pad = "/api/v1/trajecten/" + a.id();
        schrijf(pad + "/verlengingen", w.als(Rol.REGIEVOERDER), "{\"versie\": 3, \"maanden\": 0, \"reden\": \" \"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("maanden", "reden")))
            .andExpect(jsonPath("$.invalidParams[?(@.name == 'maanden')].reason")
                .value(hasItem("Verleng met ten minste één maand.")));
        schrijf(pad + "/afsluiting", w.als(Rol.REGIEVOERDER),
                afsluitingJson(3, LocalDate.now().plusDays(1).toString()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("datum"))
            .andExpect(jsonPath("$.invalidParams[0].reason").value("Deze datum kan niet in de toekomst liggen."));
        schrijf(pad + "/acceptatie", w.als(Rol.TEAMLEIDER), "{\"teamId\": \"%s\"}".formatted(w.teamA().id()))
            .andExpect(status().isPreconditionRequired())
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/versie-nodig"));
        schrijf(pad + "/toewijzingen", w.als(Rol.TEAMLEIDER), "{\"versie\": 3, \"rol\": \"KAPITEIN\"}")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(statusEnVersie(a)).isEqualTo("INTAKE/3");
    }

    // --- security

    @Test
    void answers401WithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/trajecten")).andExpect(status().isUnauthorized())
            .andExpect(header().string("API-Version", ApiFixture.API_VERSIE));
        mvc.perform(post("/api/v1/trajecten").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(aanmeldingJson("\"Amina\"", "null"))).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAPostWithoutCsrfWith403AndWritesNothing() throws Exception {
        long huishoudens = aantal("huishouden");
        api.als(w.als(Rol.REGIEVOERDER), post("/api/v1/trajecten").contentType(MediaType.APPLICATION_JSON)
            .content(aanmeldingJson("\"Amina\"", "null")))
            .andExpect(status().isForbidden());
        api.als(w.als(Rol.REGIEVOERDER), post("/api/v1/trajecten/" + a.id() + "/verlengingen")
            .contentType(MediaType.APPLICATION_JSON).content("{\"versie\": 3, \"maanden\": 3, \"reden\": \"x\"}"))
            .andExpect(status().isForbidden());
        assertThat(aantal("huishouden")).isEqualTo(huishoudens);
        assertThat(statusEnVersie(a)).isEqualTo("INTAKE/3");
    }

    // --- helpers

    private ResultActions schrijf(String pad, Medewerker wie, String json) throws Exception {
        return api.schrijf(wie, post(pad), json);
    }

    private List<String> ids(Medewerker wie) {
        return api.ids(wie, "/api/v1/trajecten");
    }

    /** Two persons: the first with {@code voornaam} (a JSON value), the second a child with {@code bsn}. */
    private String aanmeldingJson(String voornaam, String bsn) {
        return """
                {"contractId": "%s",
                 "adres": {"straat": "Kerkstraat", "huisnummer": "3", "postcode": "1234 AB", "woonplaats": "Testdorp"},
                 "datums": {"koppeling": "%s", "huisvesting": "%s", "regeldag": "%s", "verhuizing": null},
                 "herkomstLocatie": "azc Budel",
                 "personen": [
                   {"rol": "HOOFDPERSOON", "voornaam": %s, "achternaam": "Yusuf", "geboortedatum": "1985-06-15",
                    "geslacht": "VROUW", "landVanHerkomst": "Eritrea", "talen": ["Tigrinya"], "tolkNodig": true,
                    "tolkTaal": "Tigrinya", "brpDatum": "%s", "status": "ASIELSTATUSHOUDER"},
                   {"rol": "KIND", "voornaam": "Noor", "achternaam": "Yusuf", "geboortedatum": "2015-09-01",
                    "geslacht": "VROUW", "landVanHerkomst": "Eritrea", "bsn": %s, "brpDatum": "%s",
                    "status": "ASIELSTATUSHOUDER"}]}"""
            .formatted(w.contract().id(), BRP.minusMonths(2), BRP.minusDays(14), BRP, voornaam, BRP, bsn, BRP);
    }

    private static String toewijzingJson(long versie, Medewerker wie) {
        return "{\"versie\": %d, \"medewerkerId\": \"%s\", \"rol\": \"BEGELEIDER\", \"vanaf\": \"%s\"}"
            .formatted(versie, wie.id(), VANDAAG);
    }

    private static String afsluitingJson(long versie, String datum) {
        return """
                {"versie": %d, "status": "AFGEROND", "reden": "DOELEN_BEREIKT", "datum": "%s",
                 "toelichting": "Zelfredzaam op alle leefgebieden"}""".formatted(versie, datum);
    }

    private long aantal(String tabel) {
        return jdbc.sql("select count(*) from " + tabel + " where gemeente_id = ?").param(w.gemeente().id())
            .query(Long.class).single();
    }

    private String statusEnVersie(Traject t) {
        return jdbc.sql("select status || '/' || versie from traject where id = ?").param(t.id().value())
            .query(String.class).single();
    }
}
