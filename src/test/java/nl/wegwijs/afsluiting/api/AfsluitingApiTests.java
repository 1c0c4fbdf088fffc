package nl.wegwijs.afsluiting.api;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The closing and handover API: the closing state, the eindgesprek and the decisions, the warm handover from start to
 * acceptance and the later hulpvragen, the settings per contract, and the refusals as problem+json (403 for a role
 * without the operation, 404 for another organisation's household, 409 on a stale version, 422 on a refused rule with
 * nothing written).
 */
@IntegrationTest
class AfsluitingApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    Traject t;
    Medewerker begeleider;
    Medewerker tl;
    Medewerker wijkteam;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        tl = w.als(Rol.TEAMLEIDER);
        begeleider = w.als(Rol.BEGELEIDER);
        wijkteam = w.als(Rol.WIJKTEAM);
        t = data.aanmelding(w, VANDAAG.minusMonths(10));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, VANDAAG.minusMonths(9));
    }

    private String afsluiting() {
        return "/api/v1/huishoudens/" + t.huishouden() + "/afsluiting";
    }

    private long aantal(String tabel) {
        return jdbc.sql("select count(*) from " + tabel + " where traject_id = ?").param(t.id().value())
            .query(Long.class).single();
    }

    private long versie() throws Exception {
        String json = api.als(tl, get(afsluiting())).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        return ((Number) JsonPath.read(json, "$.versie")).longValue();
    }

    @Test
    void theClosingStateSaysWhatIsStillNeededAndTheDecisionsFollow() throws Exception {
        api.als(begeleider, get(afsluiting()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.huishouden").value(t.huishouden().value().toString()))
            .andExpect(jsonPath("$.status").value("ACTIEF"))
            .andExpect(jsonPath("$.nogNodig", hasItem("EINDGESPREK")))
            .andExpect(jsonPath("$.nogNodig", hasItem("BESLUIT")))
            .andExpect(jsonPath("$.magVoorbereiden").value(true))
            .andExpect(jsonPath("$.magBesluiten").value(false))
            .andExpect(jsonPath("$.eindgesprekken.length()").value(0));

        // bad input: 422 with the Dutch message, nothing written
        api.schrijf(begeleider, post(afsluiting() + "/eindgesprekken"), """
                {"op": "%s", "aanwezig": "Samira", "samenvatting": "Besproken", "eigenKijk": "Eigen kijk"}"""
            .formatted(VANDAAG.plusDays(1)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.eindgesprek.datum.toekomst"))
            .andExpect(jsonPath("$.detail", containsString("toekomst")));
        assertThat(aantal("eindgesprek")).isZero();

        api.schrijf(begeleider, post(afsluiting() + "/eindgesprekken"), """
                {"op": "%s", "aanwezig": "Samira, Yusuf en de begeleider", "samenvatting": "Terugblik op het jaar",
                 "eigenKijk": "Voelt zich thuis"}""".formatted(VANDAAG))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith(afsluiting())))
            .andExpect(jsonPath("$.aanwezig").value("Samira, Yusuf en de begeleider"));
        api.als(tl, get(afsluiting()))
            .andExpect(jsonPath("$.nogNodig", not(hasItem("EINDGESPREK"))))
            .andExpect(jsonPath("$.eindgesprekken[0].eigenKijk").value("Voelt zich thuis"))
            .andExpect(jsonPath("$.magBesluiten").value(true));

        // the begeleider does not decide: 422, nothing changes
        long v = versie();
        api.schrijf(begeleider, post(afsluiting() + "/beeindiging"), """
                {"versie": %d, "reden": "DOELEN_BEREIKT", "dienstenlijst": true}""".formatted(v))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.besluit.niet-toegestaan"));
        // a stale version: 409
        api.schrijf(tl, post(afsluiting() + "/verlenging"), """
                {"versie": %d, "maanden": 3, "reden": "Nog veel post", "verzoek": "Vroeg zelf om hulp",
                 "verzoekOp": "%s"}""".formatted(v - 1, VANDAAG))
            .andExpect(status().isConflict());
        // beyond the regime: 422
        api.schrijf(tl, post(afsluiting() + "/verlenging"), """
                {"versie": %d, "maanden": 7, "reden": "Nog veel post", "verzoek": "Vroeg zelf om hulp",
                 "verzoekOp": "%s"}""".formatted(v, VANDAAG))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.verlenging.boven-maximum"));
        assertThat(aantal("afsluitbesluit")).isZero();
        // without a version: 428 (neither If-Match nor versie)
        api.schrijf(tl, post(afsluiting() + "/beeindiging"), """
                {"reden": "DOELEN_BEREIKT"}""").andExpect(status().isPreconditionRequired());

        api.schrijf(tl, post(afsluiting() + "/verlenging"), """
                {"versie": %d, "maanden": 3, "reden": "Nog veel post", "verzoek": "Vroeg zelf om hulp",
                 "verzoekOp": "%s"}""".formatted(v, VANDAAG))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.soort").value("VERLENGEN"))
            .andExpect(jsonPath("$.maanden").value(3));
        api.schrijf(tl, post(afsluiting() + "/beeindiging"), """
                {"versie": %d, "reden": "DOELEN_BEREIKT", "dienstenlijst": true}""".formatted(versie()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.soort").value("BEEINDIGEN"))
            .andExpect(jsonPath("$.dienstenlijst").value(true));
        api.als(tl, get(afsluiting()))
            .andExpect(jsonPath("$.status").value("AFGEROND"))
            .andExpect(jsonPath("$.afgesloten").value(true))
            .andExpect(jsonPath("$.nogNodig.length()").value(0))
            .andExpect(jsonPath("$.besluiten.length()").value(2));
    }

    @Test
    void anotherOrganisationsHouseholdIsNotFound() throws Exception {
        TestData.Wereld ander = data.wereld();
        ApiFixture.nietGevonden(api.als(ander.als(Rol.TEAMLEIDER), get(afsluiting())));
        ApiFixture.nietGevonden(api.schrijf(ander.als(Rol.BEGELEIDER), post(afsluiting() + "/eindgesprekken"), """
                {"op": "%s", "aanwezig": "a", "samenvatting": "b", "eigenKijk": "c"}""".formatted(VANDAAG)));
        ApiFixture.nietGevonden(api.als(ander.als(Rol.TEAMLEIDER),
                get("/api/v1/huishoudens/{id}/overdracht", t.huishouden().value())));
        ApiFixture.nietGevonden(api.schrijf(ander.als(Rol.BEGELEIDER),
                post("/api/v1/huishoudens/{id}/overdracht", t.huishouden().value()), """
                        {"ontvanger": "%s"}""".formatted(w.gemeente().id())));
        assertThat(aantal("eindgesprek") + aantal("overdracht")).isZero();
        // the gemeente's wijkteam does not see a running household either
        ApiFixture.nietGevonden(api.als(wijkteam, get(afsluiting())));
    }

    private void toestemming(Gegevenssoort... soorten) {
        Set<UUID> personen = new HashSet<>(trajecten.inzage(tl, t.huishouden()).huishouden().personen().stream()
            .map(Persoon::id).toList());
        toestemmingen.legVast(tl, t.huishouden(), new NieuweToestemming(personen, w.gemeente().id(), Rol.WIJKTEAM,
                Set.of(soorten), Doel.OVERDRACHT, VANDAAG, null, Wijze.MONDELING, null, null));
    }

    @Test
    void theWarmHandoverFromStartToAcceptanceAndLaterHulpvragen() throws Exception {
        String gids = "/api/v1/huishoudens/" + t.huishouden() + "/overdracht";
        api.als(begeleider, get(gids))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.overdracht").doesNotExist())
            .andExpect(jsonPath("$.ontvangers[0].organisatieId").value(w.gemeente().id().toString()))
            .andExpect(jsonPath("$.ontvangers[0].toestemming").value(false))
            .andExpect(jsonPath("$.magOverdragen").value(true));
        // the regievoerder does not start one: 422, nothing written
        api.schrijf(w.als(Rol.REGIEVOERDER), post(gids), """
                {"ontvanger": "%s"}""".formatted(w.gemeente().id()))
            .andExpect(status().isUnprocessableContent());
        assertThat(aantal("overdracht")).isZero();

        String body = api.schrijf(begeleider, post(gids), """
                {"ontvanger": "%s", "hulpvraag": false}""".formatted(w.gemeente().id()))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/v1/overdrachten/")))
            .andExpect(jsonPath("$.status").value("CONCEPT"))
            .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String pad = "/api/v1/overdrachten/" + id;

        api.schrijf(begeleider, put(pad), """
                {"versie": 1, "hulpvraag": false, "aanvullingen": {"BRIEVEN": "Belastingbrief ligt bij de buren"}}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.aanvullingen.BRIEVEN").value("Belastingbrief ligt bij de buren"))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(begeleider, put(pad), """
                {"versie": 1, "hulpvraag": true}""").andExpect(status().isConflict());
        // sharing without consent: 422, nothing shared, not in the inbox
        api.schrijf(begeleider, post(pad + "/deling"), """
                {"versie": 2, "nagekeken": true}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.overdracht.geen-toestemming"));
        api.als(wijkteam, get("/api/v1/overdrachten")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(0));
        ApiFixture.nietGevonden(api.als(wijkteam, get(pad)));

        toestemming(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG);
        api.schrijf(begeleider, post(pad + "/deling"), """
                {"versie": 2, "nagekeken": true}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("GEDEELD"))
            .andExpect(jsonPath("$.gedeeldeBlokken", hasItem("BRIEVEN")))
            .andExpect(jsonPath("$.gedeeldeBlokken", not(hasItem("SIGNALEN"))));
        // the inbox is the wijkteam's: 403 for a role without it
        api.als(begeleider, get("/api/v1/overdrachten")).andExpect(status().isForbidden());
        api.als(wijkteam, get("/api/v1/overdrachten"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].id").value(id))
            .andExpect(jsonPath("$.items[0].huishouden").value("Haddad, Samira"))
            .andExpect(jsonPath("$.volgende").doesNotExist());
        api.als(wijkteam, get(pad)).andExpect(status().isOk()).andExpect(jsonPath("$.versie").value(3));

        // hulpvragen only after accepting
        api.schrijf(wijkteam, post(pad + "/hulpvragen"), """
                {"soort": "GELDZAKEN", "op": "%s"}""".formatted(VANDAAG))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.hulpvraag.eerst-accepteren"));
        api.schrijf(wijkteam, post(pad + "/acceptatie"), """
                {"versie": 2}""").andExpect(status().isConflict());
        api.schrijf(wijkteam, post(pad + "/acceptatie"), """
                {"versie": 3}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("GEACCEPTEERD"));
        api.als(wijkteam, get(afsluiting()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("OVERGEDRAGEN"))
            .andExpect(jsonPath("$.magVoorbereiden").value(false));

        api.schrijf(wijkteam, post(pad + "/hulpvragen"), """
                {"soort": "GELDZAKEN", "op": "%s"}""".formatted(VANDAAG.plusDays(2)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.hulpvraag.datum.toekomst"));
        api.schrijf(wijkteam, post(pad + "/hulpvragen"), """
                {"soort": "GELDZAKEN", "op": "%s", "toelichting": "Betalingsregeling"}""".formatted(VANDAAG))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith(pad + "/hulpvragen")))
            .andExpect(jsonPath("$.soort").value("GELDZAKEN"));
        api.als(wijkteam, get(pad + "/hulpvragen"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(1))
            .andExpect(jsonPath("$[0].toelichting").value("Betalingsregeling"));
        // another organisation's wijkteam: 404
        ApiFixture.nietGevonden(api.als(data.wereld().als(Rol.WIJKTEAM), get(pad + "/hulpvragen")));
    }

    @Test
    void theReceivingWijkteamRefusesWithAReasonAndTheGuideSeesIt() throws Exception {
        toestemming(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG);
        String gids = "/api/v1/huishoudens/" + t.huishouden() + "/overdracht";
        String body = api.schrijf(begeleider, post(gids), """
                {"ontvanger": "%s", "hulpvraag": false}""".formatted(w.gemeente().id()))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String pad = "/api/v1/overdrachten/" + JsonPath.read(body, "$.id");
        api.schrijf(begeleider, post(pad + "/deling"), """
                {"versie": 1, "nagekeken": true}""").andExpect(status().isOk());

        // another organisation's wijkteam, and the guide: 404, nothing written
        ApiFixture.nietGevonden(api.schrijf(data.wereld().als(Rol.WIJKTEAM), post(pad + "/afwijzing"), """
                {"versie": 2, "reden": "Niet voor ons"}"""));
        ApiFixture.nietGevonden(api.schrijf(begeleider, post(pad + "/afwijzing"), """
                {"versie": 2, "reden": "Niet voor ons"}"""));
        // a stale version: 409; no reason: 422 with the Dutch message; nothing written
        api.schrijf(wijkteam, post(pad + "/afwijzing"), """
                {"versie": 1, "reden": "Niet voor ons"}""")
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail", containsString("Iemand anders")));
        api.schrijf(wijkteam, post(pad + "/afwijzing"), """
                {"versie": 2, "reden": " "}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.overdracht.afwijzen.reden.leeg"))
            .andExpect(jsonPath("$.detail", containsString("waarom")));
        assertThat(jdbc.sql("select status from overdracht where traject_id = ?").param(t.id().value())
            .query(String.class).single()).isEqualTo("GEDEELD");

        api.schrijf(wijkteam, post(pad + "/afwijzing"), """
                {"versie": 2, "reden": "Het gezin woont in Escamp; draag over aan het wijkteam daar."}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("AFGEWEZEN"))
            .andExpect(jsonPath("$.afwijzingReden").value("Het gezin woont in Escamp; draag over aan het wijkteam daar."))
            .andExpect(jsonPath("$.afgewezenDoor").value(wijkteam.naam()))
            .andExpect(jsonPath("$.versie").value(3));
        // the wijkteam no longer has it; the guidance runs on; the guide sees the refusal and may start again
        ApiFixture.nietGevonden(api.als(wijkteam, get(pad)));
        api.als(wijkteam, get("/api/v1/overdrachten")).andExpect(jsonPath("$.items.length()").value(0));
        api.als(begeleider, get(gids))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("ACTIEF"))
            .andExpect(jsonPath("$.overdracht").doesNotExist())
            .andExpect(jsonPath("$.afgewezen.status").value("AFGEWEZEN"))
            .andExpect(jsonPath("$.afgewezen.afwijzingReden").value(
                    "Het gezin woont in Escamp; draag over aan het wijkteam daar."));
        api.als(begeleider, get(pad)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AFGEWEZEN"));
        api.schrijf(begeleider, post(pad + "/intrekking"), """
                {"versie": 3, "reden": "x"}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.overdracht.al-afgewezen"));
        api.schrijf(begeleider, post(gids), """
                {"ontvanger": "%s", "hulpvraag": false}""".formatted(w.gemeente().id()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("CONCEPT"));
    }

    @Test
    void theSettingsPerContractAreForBeheerderAndRegievoerder() throws Exception {
        String pad = "/api/v1/afsluiting-instellingen/" + w.contract().id();
        api.als(begeleider, get(pad)).andExpect(status().isForbidden());
        api.schrijf(tl, put(pad), """
                {"versie": 0, "voorloopWeken": 10}""").andExpect(status().isForbidden());
        // a regievoerder of another gemeente: 404
        ApiFixture.nietGevonden(api.als(data.wereld().als(Rol.REGIEVOERDER), get(pad)));

        Medewerker rv = w.als(Rol.REGIEVOERDER);
        api.als(rv, get(pad))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.voorloopWeken").value(8))
            .andExpect(jsonPath("$.versie").value(0));
        api.schrijf(rv, put(pad), """
                {"versie": 0, "voorloopWeken": 60, "driegesprekBijHulpvraag": true}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("afsluiting.instelling.voorloop"));
        api.schrijf(rv, put(pad), """
                {"versie": 0, "voorloopWeken": 10, "driegesprekBijHulpvraag": false, "vroegBezoekWijkteam": true,
                 "dienstenlijstZonderHulpvraag": true, "schriftelijkAanRegie": true}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.voorloopWeken").value(10))
            .andExpect(jsonPath("$.vroegBezoekWijkteam").value(true))
            .andExpect(jsonPath("$.versie").value(1));
        api.schrijf(w.als(Rol.BEHEERDER), put(pad), """
                {"versie": 0, "voorloopWeken": 12}""").andExpect(status().isConflict());
        api.als(w.als(Rol.BEHEERDER), get(pad)).andExpect(jsonPath("$.voorloopWeken").value(10));
    }
}
