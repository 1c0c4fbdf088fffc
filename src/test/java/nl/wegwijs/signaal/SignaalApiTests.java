package nl.wegwijs.signaal;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
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
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signals API: raising both ways, the open signals per role, the plan van aanpak, closing only explicitly while
 * actions are open; 404 per role, 400 and 422 that write nothing, 409 on stale versions of signal and action.
 */
@IntegrationTest
class SignaalApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

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

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
    }

    /**
     * A signal of a category without sensitivity (a vrijwilliger sees and works on it as anyone who guides the
     * household; the sensitive ones are in SignaalInzageTests).
     */
    private String meld(Medewerker wie, Traject t, String urgentie) throws Exception {
        String antwoord = api.schrijf(wie, post("/api/v1/huishoudens/{id}/signalen", t.huishouden()), """
                {"categorie": "GEZINSHERENIGING", "urgentie": "%s", "omschrijving": "Slaapt slecht, veel stress.",
                 "deling": "TOESTEMMING"}"""
            .formatted(urgentie))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/api/v1/signalen/[0-9a-f-]{36}")))
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    private String actie(Medewerker wie, String signaal, String eigenaar, String extra) throws Exception {
        String antwoord = api.schrijf(wie, post("/api/v1/signalen/{id}/acties", signaal), """
                {"omschrijving": "Huisarts bellen", "eigenaar": "%s", "streefdatum": "%s" %s}"""
            .formatted(eigenaar, VANDAAG.plusDays(5), extra))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    private static String wijziging(long versie, String status, String extra) {
        return """
                {"versie": %d, "status": "%s" %s}""".formatted(versie, status, extra);
    }

    @Test
    void aNewActionCanBeReadAtItsLocation() throws Exception {
        String id = meld(w.als(Rol.BEGELEIDER), a, "HOOG");
        String locatie = api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/signalen/{id}/acties", id), """
                {"omschrijving": "Huisarts bellen", "eigenaar": "PARTNER", "partnerNaam": "GGZ Testdorp",
                 "streefdatum": "%s"}""".formatted(VANDAAG.plusDays(5)))
            .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String actie = locatie.substring(locatie.lastIndexOf('/') + 1);
        api.als(w.als(Rol.TEAMLEIDER), get(locatie)).andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(actie))
            .andExpect(jsonPath("$.omschrijving").value("Huisarts bellen"));
        api.als(data.wereld().als(Rol.TEAMLEIDER), get(locatie)).andExpect(status().isNotFound());
        String ander = meld(w.als(Rol.BEGELEIDER), a, "LAAG");
        api.als(w.als(Rol.TEAMLEIDER), get("/api/v1/signalen/{id}/acties/{actie}", ander, actie))
            .andExpect(status().isNotFound());
    }

    @Test
    void regievoerderRaisesTowardsTheGuideWhoReadsItWithItsPlan() throws Exception {
        String id = meld(w.als(Rol.REGIEVOERDER), a, "HOOG");
        String actie = actie(w.als(Rol.REGIEVOERDER), id, "REGIEVOERDER",
                ", \"eigenaarMedewerkerId\": \"%s\"".formatted(w.als(Rol.REGIEVOERDER).id()));
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/signalen/{id}", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.richting").value("NAAR_BEGELEIDING"))
            .andExpect(jsonPath("$.gemeldDoorNaam").value(w.als(Rol.REGIEVOERDER).naam()))
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andExpect(jsonPath("$.doorverwijzingId").value((Object) null))
            .andExpect(jsonPath("$.acties[0].id").value(actie))
            .andExpect(jsonPath("$.acties[0].eigenaarMedewerkerNaam").value(w.als(Rol.REGIEVOERDER).naam()))
            .andExpect(jsonPath("$.acties[0].versie").value(1));
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/huishoudens/{id}/signalen", a.huishouden()))
            .andExpect(jsonPath("$.items[0].id").value(id))
            .andExpect(jsonPath("$.items[0].omschrijving").value("Slaapt slecht, veel stress."))
            .andExpect(jsonPath("$.items[0].openActies").value(1))
            .andExpect(jsonPath("$.items[0].vroegsteActie").value(VANDAAG.plusDays(5).toString()));
    }

    @Test
    void theOpenSignalsListIsScopedPerRoleAndCarriesNoFreeText() throws Exception {
        String sa = meld(w.als(Rol.BEGELEIDER), a, "NORMAAL");
        String sb = meld(w.begeleiderB(), b, "ACUUT");
        api.als(w.als(Rol.TEAMLEIDER), get("/api/v1/signalen")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id").value(contains(sb, sa)))
            .andExpect(jsonPath("$.items[0].omschrijving").value((Object) null))
            .andExpect(jsonPath("$.items[0].huishoudenNaam").value("Karimi, Samira"));
        api.als(w.als(Rol.REGIEVOERDER), get("/api/v1/signalen"))
            .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(sa, sb)));
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/signalen")).andExpect(jsonPath("$.items[*].id").value(contains(sa)));
        api.als(w.begeleiderB(), get("/api/v1/signalen")).andExpect(jsonPath("$.items[*].id").value(contains(sb)));
        api.als(w.vrijwilliger2(), get("/api/v1/signalen")).andExpect(jsonPath("$.items.length()").value(0));
        api.als(data.wereld().als(Rol.TEAMLEIDER), get("/api/v1/signalen"))
            .andExpect(jsonPath("$.items.length()").value(0));
        nietGevonden(api.als(w.als(Rol.BELEID), get("/api/v1/signalen")));
        String eerste = api.als(w.als(Rol.TEAMLEIDER), get("/api/v1/signalen?aantal=1"))
            .andExpect(jsonPath("$.items[*].id").value(contains(sb)))
            .andReturn().getResponse().getContentAsString();
        api.als(w.als(Rol.TEAMLEIDER), get(java.net.URI.create(JsonPath.<String>read(eerste, "$.volgende"))))
            .andExpect(jsonPath("$.items[*].id").value(contains(sa)))
            .andExpect(jsonPath("$.volgende").value((Object) null));
    }

    @Test
    void rolesThatMayNotSeeTheHouseholdGet404ForEveryEndpoint() throws Exception {
        String id = meld(w.als(Rol.BEGELEIDER), a, "HOOG");
        String actie = actie(w.als(Rol.BEGELEIDER), id, "STATUSHOUDER", "");
        for (Medewerker wie : List.of(w.vrijwilliger2(), w.begeleiderB(), w.als(Rol.WIJKTEAM), w.als(Rol.BELEID),
                w.als(Rol.BEHEERDER), data.wereld().als(Rol.REGIEVOERDER))) {
            nietGevonden(api.als(wie, get("/api/v1/huishoudens/{id}/signalen", a.huishouden())));
            nietGevonden(api.als(wie, get("/api/v1/signalen/{id}", id)));
            nietGevonden(api.schrijf(wie, post("/api/v1/huishoudens/{id}/signalen", a.huishouden()),
                    "{\"categorie\": \"ANDERS\", \"urgentie\": \"LAAG\", \"omschrijving\": \"Vreemd\"}"));
            nietGevonden(api.schrijf(wie, put("/api/v1/signalen/{id}/stand", id), wijziging(1, "OPEN", "")));
            nietGevonden(api.schrijf(wie, post("/api/v1/signalen/{id}/acties", id),
                    "{\"omschrijving\": \"Vreemd\", \"eigenaar\": \"BEGELEIDER\", \"streefdatum\": \"%s\"}"
                        .formatted(VANDAAG)));
            nietGevonden(api.schrijf(wie, put("/api/v1/signalen/{id}/acties/{actie}", id, actie),
                    "{\"versie\": 1, \"omschrijving\": \"Vreemd\", \"eigenaar\": \"BEGELEIDER\", \"streefdatum\": \"%s\", \"gedaanOp\": \"%s\"}"
                        .formatted(VANDAAG, VANDAAG)));
        }
        assertThat(jdbc.sql("""
                select s.versie || '/' || s.omschrijving || '/' || a.versie || '/' || coalesce(a.gedaan_op::text, '-')
                  from signaal s join actiepunt a on a.signaal_id = s.id where s.id = ?::uuid""").param(id)
            .query(String.class).single()).isEqualTo("1/Slaapt slecht, veel stress./1/-");
    }

    @Test
    void closingWithOpenActionsIsRefusedUnlessExplicitAndStaleVersionsAre409() throws Exception {
        Medewerker gids = w.als(Rol.BEGELEIDER);
        String id = meld(gids, a, "HOOG");
        String actie = actie(gids, id, "PARTNER", ", \"partnerNaam\": \"GGZ Testdorp\"");
        api.schrijf(gids, put("/api/v1/signalen/{id}/stand", id), wijziging(1, "AFGESLOTEN", ", \"toelichting\": \"Klaar\""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("signaal.afsluiten.open-acties"))
            .andExpect(jsonPath("$.detail").value(startsWith("Er staat nog 1 actie open")));
        api.schrijf(gids, put("/api/v1/signalen/{id}/acties/{actie}", id, actie), """
                {"versie": 1, "omschrijving": "Aanmelden bij GGZ", "eigenaar": "PARTNER", "partnerNaam": "GGZ Testdorp",
                 "streefdatum": "%s", "gedaanOp": "%s"}""".formatted(VANDAAG.plusDays(5), VANDAAG))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.gedaanOp").value(VANDAAG.toString()))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(w.als(Rol.VRIJWILLIGER), put("/api/v1/signalen/{id}/acties/{actie}", id, actie), """
                {"versie": 2, "omschrijving": "Anders", "eigenaar": "PARTNER", "partnerNaam": "GGZ Testdorp",
                 "streefdatum": "%s"}""".formatted(VANDAAG.plusDays(5)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("signaal.beheer.niet-toegestaan"));
        api.schrijf(w.als(Rol.TEAMLEIDER), put("/api/v1/signalen/{id}/acties/{actie}", id, actie), """
                {"versie": 1, "omschrijving": "Verouderd", "eigenaar": "PARTNER", "partnerNaam": "GGZ Testdorp",
                 "streefdatum": "%s"}""".formatted(VANDAAG.plusDays(5)))
            .andExpect(status().isConflict());
        api.schrijf(gids, put("/api/v1/signalen/{id}/stand", id), wijziging(1, "AFGESLOTEN",
                ", \"toelichting\": \"Aangemeld bij de GGZ\""))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("AFGESLOTEN"))
            .andExpect(jsonPath("$.afgeslotenOp").value(VANDAAG.toString()))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(w.als(Rol.REGIEVOERDER), put("/api/v1/signalen/{id}/stand", id), wijziging(1, "OPEN", ""))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(startsWith("Iemand anders heeft dit")));
        api.schrijf(w.als(Rol.REGIEVOERDER), put("/api/v1/signalen/{id}/stand", id), wijziging(2, "IN_BEHANDELING", ""))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("IN_BEHANDELING"))
            .andExpect(jsonPath("$.afsluitnotitie").value((Object) null));
    }

    @Test
    void invalidInputIs400Or422AndWritesNothing() throws Exception {
        Medewerker gids = w.als(Rol.BEGELEIDER);
        api.schrijf(gids, post("/api/v1/huishoudens/{id}/signalen", a.huishouden()),
                "{\"urgentie\": \"HOOG\", \"gemeldOp\": \"%s\"}".formatted(VANDAAG.plusYears(1)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("categorie", "omschrijving",
                    "gemeldOp")))
            .andExpect(jsonPath("$.invalidParams[?(@.name == 'categorie')].reason")
                .value(hasItem("Kies waarover het signaal gaat.")));
        api.schrijf(gids, post("/api/v1/huishoudens/{id}/signalen", a.huishouden()),
                "{\"categorie\": \"ONBEKEND\", \"urgentie\": \"HOOG\", \"omschrijving\": \"x\"}")
            .andExpect(status().isBadRequest());
        api.schrijf(gids, post("/api/v1/huishoudens/{id}/signalen", a.huishouden()),
                "{\"categorie\": \"ANDERS\", \"urgentie\": \"HOOG\", \"omschrijving\": \"x\", \"persoonId\": \"%s\"}"
                    .formatted(java.util.UUID.randomUUID()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("signaal.persoon.onbekend"));
        api.schrijf(gids, post("/api/v1/huishoudens/{id}/signalen", a.huishouden()),
                "{\"categorie\": \"ANDERS\", \"urgentie\": \"HOOG\", \"omschrijving\": \"x\", \"aan\": \"REGIEVOERDER\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("signaal.deling.leeg"));
        assertThat(jdbc.sql("select count(*) from signaal where huishouden_id = ?").param(a.huishouden().value())
            .query(Long.class).single()).isZero();

        String id = meld(gids, a, "LAAG");
        api.schrijf(gids, post("/api/v1/signalen/{id}/acties", id),
                "{\"omschrijving\": \"Bellen\", \"eigenaar\": \"BEGELEIDER\", \"streefdatum\": \"%s\", \"eigenaarMedewerkerId\": \"%s\"}"
                    .formatted(VANDAAG, data.wereld().als(Rol.BEGELEIDER).id()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("signaal.actie.medewerker.onbekend"));
        api.schrijf(gids, post("/api/v1/signalen/{id}/acties", id), "{\"eigenaar\": \"PARTNER\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("omschrijving", "streefdatum")));
        api.schrijf(gids, put("/api/v1/signalen/{id}/stand", id), "{\"status\": \"OPEN\"}")
            .andExpect(status().isPreconditionRequired())
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/versie-nodig"));
        assertThat(jdbc.sql("select count(*) from actiepunt where signaal_id = ?::uuid").param(id)
            .query(Long.class).single()).isZero();
    }

    // --- the conversation (issue 17)

    @Test
    void theRegievoerderAddressesTheVrijwilligerWhoRepliesAndTheThreadKeepsWhoWroteWhat() throws Exception {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);
        String id = JsonPath.read(api.schrijf(regie, post("/api/v1/huishoudens/{id}/signalen", a.huishouden()), """
                {"categorie": "SCHOOLVERZUIM", "urgentie": "HOOG", "omschrijving": "Lina is niet op school.",
                 "aanMedewerkerId": "%s"}""".formatted(vrijwilliger.id()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.aan").value("BEGELEIDING"))
            .andExpect(jsonPath("$.aanMedewerkerId").value(vrijwilliger.id().toString()))
            .andExpect(jsonPath("$.aanMedewerkerNaam").value(vrijwilliger.naam()))
            .andReturn().getResponse().getContentAsString(), "$.id");

        api.schrijf(vrijwilliger, post("/api/v1/signalen/{id}/berichten", id),
                "{\"tekst\": \"Ik ga morgen met de moeder naar school.\"}")
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/api/v1/signalen/" + id
                    + "/berichten/[0-9a-f-]{36}")))
            .andExpect(jsonPath("$.auteurId").value(vrijwilliger.id().toString()))
            .andExpect(jsonPath("$.auteurRol").value("VRIJWILLIGER"))
            .andExpect(jsonPath("$.soort").value("REACTIE"));
        api.schrijf(vrijwilliger, post("/api/v1/signalen/{id}/berichten", id), "{\"tekst\": \" \"}")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.invalidParams[*].name").value(hasItem("tekst")));
        // the vrijwilliger did not raise it: they cannot close it
        api.schrijf(vrijwilliger, put("/api/v1/signalen/{id}/stand", id), wijziging(1, "AFGESLOTEN",
                ", \"toelichting\": \"Klaar\""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("signaal.beheer.niet-toegestaan"));
        api.schrijf(regie, put("/api/v1/signalen/{id}/stand", id), wijziging(1, "AFGESLOTEN",
                ", \"toelichting\": \"Lina gaat weer.\""))
            .andExpect(status().isOk());

        api.als(regie, get("/api/v1/signalen/{id}/berichten", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.berichten[*].soort").value(contains("REACTIE", "AFGESLOTEN")))
            .andExpect(jsonPath("$.berichten[0].auteurNaam").value(vrijwilliger.naam()))
            .andExpect(jsonPath("$.berichten[0].tekst").value("Ik ga morgen met de moeder naar school."))
            .andExpect(jsonPath("$.berichten[1].auteurNaam").value(regie.naam()))
            .andExpect(jsonPath("$.berichten[1].volgnummer").value(2));
        api.als(regie, get("/api/v1/signalen/{id}", id))
            .andExpect(jsonPath("$.omschrijving").value("Lina is niet op school."))
            .andExpect(jsonPath("$.gemeldDoor").value(regie.id().toString()));
        api.als(regie, get("/api/v1/huishoudens/{id}/signalen", a.huishouden()))
            .andExpect(jsonPath("$.items[0].laatsteActiviteitDoor").value(regie.naam()));
        nietGevonden(api.als(w.begeleiderB(), get("/api/v1/signalen/{id}/berichten", id)));
        nietGevonden(api.schrijf(w.begeleiderB(), post("/api/v1/signalen/{id}/berichten", id),
                "{\"tekst\": \"Vreemd\"}"));
    }

    @Test
    void theReportCannotBeRewrittenAndTheAddresseeIsChecked() throws Exception {
        String id = meld(w.als(Rol.BEGELEIDER), a, "HOOG");
        api.schrijf(w.als(Rol.BEGELEIDER), put("/api/v1/signalen/{id}", id), """
                {"versie": 1, "categorie": "ANDERS", "urgentie": "LAAG", "omschrijving": "Overschreven",
                 "status": "OPEN"}""")
            .andExpect(status().isMethodNotAllowed());
        api.schrijf(w.als(Rol.REGIEVOERDER), post("/api/v1/huishoudens/{id}/signalen", a.huishouden()),
                "{\"categorie\": \"ANDERS\", \"urgentie\": \"LAAG\", \"omschrijving\": \"x\", \"aan\": \"REGIEVOERDER\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("signaal.aan.zelf"));
        api.schrijf(w.als(Rol.REGIEVOERDER), post("/api/v1/huishoudens/{id}/signalen", a.huishouden()),
                "{\"categorie\": \"ANDERS\", \"urgentie\": \"LAAG\", \"omschrijving\": \"x\", \"aanMedewerkerId\": \"%s\"}"
                    .formatted(w.begeleiderB().id()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("signaal.aan.gids.onbekend"));
        assertThat(jdbc.sql("select omschrijving || '/' || aan from signaal where id = ?::uuid").param(id)
            .query(String.class).single()).isEqualTo("Slaapt slecht, veel stress./REGIEVOERDER");
    }

    @Test
    void theOpenSignalsFilterOnUrgencyCategoryStatusAndDateAndKeepThemOnTheNextPage() throws Exception {
        String sa = meld(w.als(Rol.VRIJWILLIGER), a, "HOOG");
        String sb = meld(w.begeleiderB(), b, "LAAG");
        String sb2 = meld(w.begeleiderB(), b, "LAAG");
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        api.als(tl, get("/api/v1/signalen?urgentie=HOOG")).andExpect(jsonPath("$.items[*].id").value(contains(sa)));
        api.als(tl, get("/api/v1/signalen?urgentie=HOOG,ACUUT&categorie=GEZINSHERENIGING"))
            .andExpect(jsonPath("$.items[*].id").value(contains(sa)));
        api.als(tl, get("/api/v1/signalen?categorie=GELDZORGEN")).andExpect(jsonPath("$.items.length()").value(0));
        api.als(tl, get("/api/v1/signalen?status=IN_BEHANDELING")).andExpect(jsonPath("$.items.length()").value(0));
        api.als(tl, get("/api/v1/signalen?status=OPEN&gemeldVanaf=" + VANDAAG))
            .andExpect(jsonPath("$.items.length()").value(3));
        api.als(tl, get("/api/v1/signalen?gemeldTot=" + VANDAAG)).andExpect(jsonPath("$.items.length()").value(0));
        // a filter never widens: the vrijwilliger does not see team B's signals by asking for them
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/signalen?urgentie=LAAG"))
            .andExpect(jsonPath("$.items.length()").value(0));
        // the next page keeps the filter, and the last page has none
        String eerste = api.als(tl, get("/api/v1/signalen?urgentie=LAAG&aantal=1"))
            .andReturn().getResponse().getContentAsString();
        String volgende = JsonPath.read(eerste, "$.volgende");
        org.assertj.core.api.Assertions.assertThat(volgende)
            .startsWith("http://localhost/api/v1/signalen?urgentie=LAAG&aantal=1&na=");
        String tweede = api.als(tl, get(java.net.URI.create(volgende)))
            .andExpect(jsonPath("$.volgende").value((Object) null)).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(List.of(JsonPath.<String>read(eerste, "$.items[0].id"),
                JsonPath.<String>read(tweede, "$.items[0].id"))).containsExactlyInAnyOrder(sb, sb2);
        // refusals
        for (String fout : List.of("urgentie=ERG", "aantal=0", "aantal=101", "aantal=-1", "aantal=abc", "zoek=x",
                "gemeldVanaf=gisteren")) {
            api.als(tl, get("/api/v1/signalen?" + fout)).andExpect(status().isBadRequest());
        }
    }
}
