package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Group sessions: attendance counts as a contact of each attending household and the hours once for the organiser;
 * the session is seen by the uitvoerder's (and a named gemeente's) staff, attendees only by who may see their
 * household.
 */
@IntegrationTest
@RecordApplicationEvents
class GroepsbijeenkomstTests {

    static final LocalDate VANDAAG = LocalDate.now();
    static final LocalDate GEHOUDEN = VANDAAG.minusDays(3);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    GroepsbijeenkomstService bijeenkomsten;

    @Autowired
    ContactService contacten;

    @Autowired
    UrenService uren;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    ApiFixture api;
    ContactFixture f;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        f = ContactFixture.maak(data, trajecten, huishoudens);
    }

    GroepsbijeenkomstInvoer sessie(LocalDate datum, java.util.UUID gemeente) {
        return new GroepsbijeenkomstInvoer("Budgetcursus les 1", Bijeenkomstsoort.BUDGETCURSUS,
                Thema.FINANCIEN_ADMINISTRATIE, datum, 120, "Buurthuis De Brug", "Arabisch", null, null, gemeente);
    }

    /** A held session organised by the teamleider, attended by two of A and one of B. */
    Groepsbijeenkomst metDeelnemers(java.util.UUID gemeente) {
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        Groepsbijeenkomst g = bijeenkomsten.registreer(tl, sessie(GEHOUDEN, gemeente));
        bijeenkomsten.voegDeelnemersToe(tl, g.id(), f.a(), f.personenA().subList(0, 2));
        bijeenkomsten.voegDeelnemersToe(tl, g.id(), f.b(), f.personenB().subList(0, 1));
        return g;
    }

    @Test
    void attendanceCountsAsAContactOfEachHouseholdAndTheHoursOnceForTheOrganiser() throws Exception {
        Medewerker bg = f.als(Rol.BEGELEIDER);
        // the choice from the household file: no recent session yet
        mvc.perform(get("/huishoudens/{id}/groepsbijeenkomsten", f.a()).with(als(f.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("name=\"groepsbijeenkomst\""))));
        String locatie = mvc.perform(post("/groepsbijeenkomsten").with(als(bg)).with(csrf())
                .param("titel", "Groepsvoorlichting zorgverzekering").param("soort", "GROEPSVOORLICHTING")
                .param("thema", "GEZONDHEID").param("datum", GEHOUDEN.toString()).param("minuten", "120")
                .param("organisator", bg.id().toString()).param("contract", ""))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/groepsbijeenkomsten/*"))
            .andExpect(flash().attributeExists("melding"))
            .andReturn().getResponse().getRedirectedUrl();
        GroepsbijeenkomstId id = GroepsbijeenkomstId.from(locatie.substring(locatie.lastIndexOf('/') + 1));

        mvc.perform(get("/huishoudens/{id}/groepsbijeenkomsten", f.a()).with(als(f.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Groepsvoorlichting zorgverzekering")));
        // the vrijwilliger adds two of household A from its file; the begeleider of team B one of B through the API
        mvc.perform(post("/huishoudens/{id}/groepsbijeenkomsten", f.a()).with(als(f.als(Rol.VRIJWILLIGER)))
                .with(csrf()).param("groepsbijeenkomst", id.toString())
                .param("personen", f.personenA().get(0).toString(), f.personenA().get(1).toString()))
            .andExpect(flash().attribute("melding", "2 deelnemer(s) toegevoegd."));
        api.schrijf(f.w().begeleiderB(), post("/api/v1/groepsbijeenkomsten/{id}/deelnemers", id),
                "{\"huishoudenId\": \"%s\", \"persoonIds\": [\"%s\"]}".formatted(f.b(), f.personenB().get(0)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith("/api/v1/groepsbijeenkomsten/" + id + "/deelnemers")))
            .andExpect(jsonPath("$.items[0].huishoudenId").value(f.b().toString()))
            .andExpect(jsonPath("$.verborgen").value(2));
        api.als(f.w().begeleiderB(), get("/api/v1/groepsbijeenkomsten/{id}/deelnemers", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].huishoudenId").value(f.b().toString()));

        // a contact of each household: last contact, the household's list, the event for the worklist
        assertThat(contacten.stand(f.a()).laatsteContact()).isEqualTo(GEHOUDEN);
        assertThat(contacten.stand(f.b()).laatsteContact()).isEqualTo(GEHOUDEN);
        assertThat(contacten.stand(f.a()).contactUiterlijk()).isEqualTo(GEHOUDEN.plusWeeks(4));
        ContactLijst lijst = contacten.lijst(f.als(Rol.VRIJWILLIGER), f.a(), null, 25);
        assertThat(lijst.regels()).singleElement().satisfies(r -> {
            assertThat(r.bron()).isEqualTo(ContactRegel.Bron.GROEPSBIJEENKOMST);
            assertThat(r.titel()).isEqualTo("Groepsvoorlichting zorgverzekering");
            assertThat(r.personen()).containsExactlyInAnyOrderElementsOf(f.personenA().subList(0, 2));
        });
        assertThat(events.stream(ContactStandGewijzigd.class).map(ContactStandGewijzigd::huishouden))
            .containsExactly(f.a(), f.b());
        api.als(f.als(Rol.VRIJWILLIGER), get("/api/v1/huishoudens/{id}/contactmomenten", f.a()))
            .andExpect(jsonPath("$.items[0].bron").value("GROEPSBIJEENKOMST"))
            .andExpect(jsonPath("$.items[0].medewerkers[0]").value(bg.id().toString()));

        // the hours: 120 minutes once for the organiser, nothing for who added attendees
        int maand = GEHOUDEN.getMonthValue();
        Uren.Maand vanBg = uren.mijnUren(bg, GEHOUDEN.getYear()).get(maand - 1);
        assertThat(vanBg.groepMinuten()).isEqualTo(120);
        assertThat(vanBg.groepen()).isEqualTo(1);
        assertThat(uren.mijnUren(f.als(Rol.VRIJWILLIGER), GEHOUDEN.getYear()).get(maand - 1).totaalMinuten()).isZero();
        assertThat(uren.teamUren(f.als(Rol.TEAMLEIDER), GEHOUDEN, VANDAAG)).filteredOn(u -> u.medewerkerId()
            .equals(bg.id())).singleElement().satisfies(u -> assertThat(u.groepMinuten()).isEqualTo(120));

        // the household file shows it, with the household's session time (not staff time)
        mvc.perform(get("/huishoudens/{id}", f.a()).with(als(f.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(allOf(containsString("Groepsvoorlichting zorgverzekering"),
                    containsString("0 uur begeleiding in 0 contacten; 1 groepsbijeenkomst (2 uur)"))));
    }

    @Test
    void theRegisterAndChangeFormsRenderAndAStaleChangeShowsTheStoredSession() throws Exception {
        mvc.perform(get("/groepsbijeenkomsten/nieuw").with(als(f.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"contract\"")));
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        Groepsbijeenkomst g = metDeelnemers(null);
        mvc.perform(get("/groepsbijeenkomsten/{id}/wijzigen", g.id()).with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Budgetcursus les 1")));
        mvc.perform(post("/groepsbijeenkomsten/{id}", g.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(g.versie() + 5)).param("titel", "Budgetcursus les 2")
                .param("soort", "BUDGETCURSUS").param("thema", "FINANCIEN_ADMINISTRATIE")
                .param("datum", GEHOUDEN.toString()).param("minuten", "90").param("organisator", tl.id().toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Budgetcursus les 1")));
    }

    @Test
    void attendeesAreNamedOnlyForWhoMaySeeTheirHousehold() throws Exception {
        Groepsbijeenkomst g = metDeelnemers(null);
        mvc.perform(get("/groepsbijeenkomsten/{id}", g.id()).with(als(f.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Samira Haddad"), containsString("Yusuf Haddad"),
                    not(containsString("Karimi")), containsString("En 1 deelnemer(s) uit huishoudens"))));
        mvc.perform(get("/groepsbijeenkomsten/{id}", g.id()).with(als(f.w().begeleiderB())))
            .andExpect(content().string(allOf(containsString("Samira Karimi"), not(containsString("Haddad")))));
        api.als(f.w().vrijwilliger2(), get("/api/v1/groepsbijeenkomsten/{id}/deelnemers", g.id()))
            .andExpect(jsonPath("$.items").isEmpty())
            .andExpect(jsonPath("$.verborgen").value(3));
        api.als(f.als(Rol.TEAMLEIDER), get("/api/v1/groepsbijeenkomsten/{id}", g.id()))
            .andExpect(jsonPath("$.aantalDeelnemers").value(3))
            .andExpect(jsonPath("$.deelnemers.items.length()").value(3));
        // the read of the names is logged for the persons shown
        assertThat(jdbc.sql("select count(*) from verwerking where record_id = ? and actie = 'LEZEN' and medewerker_id = ?")
            .params(g.id().value(), f.w().begeleiderB().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSessionOfSeveralHouseholdsLogsOneRowPerAttendeeShownInOneInsert() throws Exception {
        Groepsbijeenkomst g = metDeelnemers(null);
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        var telling = nl.wegwijs.system.SqlTeller.tel(() -> mvc.perform(get("/groepsbijeenkomsten/{id}", g.id())
            .with(als(tl))).andExpect(status().isOk()));
        assertThat(telling.statements()).as(telling.toString())
            .filteredOn(sql -> sql.contains("insert into verwerking")).hasSize(1);
        // three attendees of two households, each once, each under their own household
        assertThat(jdbc.sql("""
                select count(*), count(distinct betrokkene_id), count(distinct huishouden_id) from verwerking
                 where record_id = ? and medewerker_id = ? and actie = 'LEZEN'""")
            .params(g.id().value(), tl.id()).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
            .single()).containsExactly(3, 3, 2);
        // who sees one of the households logs (and sees) only its attendees
        Medewerker bg = f.als(Rol.BEGELEIDER);
        mvc.perform(get("/groepsbijeenkomsten/{id}", g.id()).with(als(bg))).andExpect(status().isOk());
        assertThat(jdbc.sql("select betrokkene_id from verwerking where record_id = ? and medewerker_id = ?")
            .params(g.id().value(), bg.id()).query(java.util.UUID.class).list())
            .containsExactlyInAnyOrderElementsOf(f.personenA().subList(0, 2));
    }

    @Test
    void theHouseholdFileLinksASessionOnlyForWhoMayOpenItOthersSeeItsTitle() throws Exception {
        Groepsbijeenkomst zonder = metDeelnemers(null);
        String link = "href=\"/groepsbijeenkomsten/" + zonder.id() + "\"";
        int gezien = 0;
        for (Rol rol : Rol.values()) {
            Medewerker ik = f.als(rol);
            for (String pagina : List.of("/huishoudens/" + f.a(), "/huishoudens/" + f.a() + "/contactmomenten")) {
                var antwoord = mvc.perform(get(pagina).with(als(ik))).andReturn().getResponse();
                if (antwoord.getStatus() != 200) {
                    continue; // this role does not see the household file at all
                }
                gezien++;
                String html = antwoord.getContentAsString();
                if (rol == Rol.BUDGETCOACH) {
                    // attendance is a contact (VOORTGANG): the budgetcoach sees it only with a consent
                    assertThat(html).as(rol + " " + pagina).doesNotContain("Budgetcursus les 1")
                        .contains("Toestemming nodig");
                    continue;
                }
                assertThat(html).as(rol + " " + pagina).contains("Budgetcursus les 1");
                boolean magOpenen = mvc.perform(get("/groepsbijeenkomsten/{id}", zonder.id()).with(als(ik)))
                    .andReturn().getResponse().getStatus() == 200;
                // a link is shown exactly when it opens: no dead end on a 404
                assertThat(html.contains(link)).as(rol + " " + pagina).isEqualTo(magOpenen);
                if (rol == Rol.REGIEVOERDER) {
                    assertThat(magOpenen).as(rol.name()).isFalse();
                }
                if (rol == Rol.BEGELEIDER || rol == Rol.VRIJWILLIGER || rol == Rol.TEAMLEIDER) {
                    assertThat(magOpenen).as(rol.name()).isTrue();
                }
            }
        }
        assertThat(gezien).isGreaterThanOrEqualTo(8);
        // a session that names the gemeente is open to its regievoerder: then the file links it for them too
        Groepsbijeenkomst met = bijeenkomsten.registreer(f.als(Rol.TEAMLEIDER), sessie(VANDAAG.minusDays(1),
                f.w().gemeente().id()));
        bijeenkomsten.voegDeelnemersToe(f.als(Rol.TEAMLEIDER), met.id(), f.a(), f.personenA().subList(0, 1));
        mvc.perform(get("/huishoudens/{id}", f.a()).with(als(f.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(allOf(containsString("href=\"/groepsbijeenkomsten/" + met.id() + "\""),
                    not(containsString(link)))));
    }

    @Test
    void theUitvoerdersStaffAndANamedGemeenteSeeTheSessionNobodyElse() throws Exception {
        Groepsbijeenkomst zonder = metDeelnemers(null);
        Groepsbijeenkomst met = bijeenkomsten.registreer(f.als(Rol.TEAMLEIDER), sessie(GEHOUDEN, f.w().gemeente().id()));
        for (Medewerker ik : List.of(f.als(Rol.VRIJWILLIGER), f.w().vrijwilliger2(), f.als(Rol.BEGELEIDER),
                f.w().begeleiderB(), f.als(Rol.TEAMLEIDER))) {
            api.als(ik, get("/api/v1/groepsbijeenkomsten/{id}", zonder.id())).andExpect(status().isOk());
        }
        for (Medewerker ik : List.of(f.als(Rol.REGIEVOERDER), f.als(Rol.BEHEERDER), data.wereld().als(Rol.TEAMLEIDER))) {
            nietGevonden(api.als(ik, get("/api/v1/groepsbijeenkomsten/{id}", zonder.id())));
            mvc.perform(get("/groepsbijeenkomsten/{id}", zonder.id()).with(als(ik))).andExpect(status().isNotFound());
        }
        api.als(f.als(Rol.REGIEVOERDER), get("/api/v1/groepsbijeenkomsten/{id}", met.id())).andExpect(status().isOk());
        String lijst = api.als(f.als(Rol.REGIEVOERDER), get("/api/v1/groepsbijeenkomsten")).andReturn().getResponse()
            .getContentAsString();
        assertThat(JsonPath.<List<String>>read(lijst, "$.items[*].id")).containsExactly(met.id().toString());
        mvc.perform(get("/groepsbijeenkomsten").with(als(f.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Budgetcursus les 1")));
        mvc.perform(get("/groepsbijeenkomsten").with(als(f.als(Rol.BEHEERDER)))).andExpect(status().isNotFound());
    }

    @Test
    void attendanceNeedsTheRightToGuideTheHouseholdAndAHeldSession() throws Exception {
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        Groepsbijeenkomst later = bijeenkomsten.registreer(tl, sessie(VANDAAG.plusWeeks(2), null));
        api.schrijf(tl, post("/api/v1/groepsbijeenkomsten/{id}/deelnemers", later.id()),
                "{\"huishoudenId\": \"%s\", \"persoonIds\": [\"%s\"]}".formatted(f.a(), f.personenA().get(0)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Deelnemers kunt u vastleggen zodra de bijeenkomst is geweest."));
        Groepsbijeenkomst g = bijeenkomsten.registreer(tl, sessie(GEHOUDEN, null));
        // the begeleider of team B sees the session but not household A
        nietGevonden(api.schrijf(f.w().begeleiderB(), post("/api/v1/groepsbijeenkomsten/{id}/deelnemers", g.id()),
                "{\"huishoudenId\": \"%s\", \"persoonIds\": [\"%s\"]}".formatted(f.a(), f.personenA().get(0))));
        // a person of another household
        api.schrijf(tl, post("/api/v1/groepsbijeenkomsten/{id}/deelnemers", g.id()),
                "{\"huishoudenId\": \"%s\", \"persoonIds\": [\"%s\"]}".formatted(f.a(), f.personenB().get(0)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("contact.persoon.onbekend"));
        api.schrijf(tl, post("/api/v1/groepsbijeenkomsten/{id}/deelnemers", g.id()),
                "{\"huishoudenId\": \"%s\", \"persoonIds\": []}".formatted(f.a()))
            .andExpect(status().isBadRequest());
        assertThat(ContactFixture.aantal(jdbc, "groepsdeelname", f.a())).isZero();
        assertThat(events.stream(ContactStandGewijzigd.class)).isEmpty();
    }

    @Test
    void movingASessionMovesTheLastContactOfEveryAttendingHouseholdAndAStaleVersionIs409() throws Exception {
        Groepsbijeenkomst g = metDeelnemers(null);
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        String wijziging = """
                {"versie": %d, "groepsbijeenkomst": {"titel": "Budgetcursus les 1", "soort": "BUDGETCURSUS",
                 "thema": "FINANCIEN_ADMINISTRATIE", "datum": "%s", "minuten": 90}}""";
        api.schrijf(tl, put("/api/v1/groepsbijeenkomsten/{id}", g.id()), wijziging.formatted(1, VANDAAG.minusDays(1)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.versie").value(2))
            .andExpect(jsonPath("$.minuten").value(90));
        assertThat(contacten.stand(f.a()).laatsteContact()).isEqualTo(VANDAAG.minusDays(1));
        assertThat(contacten.stand(f.b()).laatsteContact()).isEqualTo(VANDAAG.minusDays(1));
        assertThat(events.stream(ContactStandGewijzigd.class).filter(e -> VANDAAG.minusDays(1)
            .equals(e.laatsteContact())).map(ContactStandGewijzigd::huishouden)).containsExactlyInAnyOrder(f.a(), f.b());
        api.schrijf(tl, put("/api/v1/groepsbijeenkomsten/{id}", g.id()), wijziging.formatted(1, VANDAAG))
            .andExpect(status().isConflict());
        api.schrijf(tl, put("/api/v1/groepsbijeenkomsten/{id}", g.id()), wijziging.formatted(2, VANDAAG.plusDays(1)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("contact.groep.datum.deelnemers-toekomst"));
        // the begeleider neither organised nor recorded it
        api.schrijf(f.als(Rol.BEGELEIDER), put("/api/v1/groepsbijeenkomsten/{id}", g.id()),
                wijziging.formatted(2, VANDAAG))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("contact.groep.wijzigen.niet-toegestaan"));
        assertThat(uren.mijnUren(tl, VANDAAG.minusDays(1).getYear()).stream().mapToInt(Uren.Maand::groepMinuten).sum())
            .isEqualTo(90);
    }

    @Test
    void removingTheOnlyAttendanceTakesTheContactAway() throws Exception {
        Groepsbijeenkomst g = metDeelnemers(null);
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        api.als(tl, delete("/api/v1/groepsbijeenkomsten/{id}/deelnemers/{p}", g.id(), f.personenB().get(0))
                .with(csrf()))
            .andExpect(status().isNoContent());
        ContactStand b = contacten.stand(f.b());
        assertThat(b.laatsteContact()).isNull();
        // without any contact the norm runs from the aanmelding (B has not started)
        assertThat(b.contactUiterlijk()).isEqualTo(f.wereld().b().aangemeldOp().plusWeeks(4));
        mvc.perform(post("/groepsbijeenkomsten/{id}/deelnemers/{p}/verwijderen", g.id(), f.personenA().get(0))
                .with(als(f.w().begeleiderB())).with(csrf()))
            .andExpect(status().isNotFound());
        assertThat(ContactFixture.aantal(jdbc, "groepsdeelname", f.a())).isEqualTo(2);
    }

    @Test
    void searchFindsOnlyHouseholdsOneMaySee() throws Exception {
        Groepsbijeenkomst g = bijeenkomsten.registreer(f.als(Rol.TEAMLEIDER), sessie(GEHOUDEN, null));
        assertThat(bijeenkomsten.zoekKandidaten(f.als(Rol.BEGELEIDER), "haddad")).hasSize(3)
            .allSatisfy(k -> assertThat(k.huishouden()).isEqualTo(f.a()));
        assertThat(bijeenkomsten.zoekKandidaten(f.als(Rol.BEGELEIDER), "karimi")).isEmpty();
        assertThat(bijeenkomsten.zoekKandidaten(f.als(Rol.TEAMLEIDER), "samira")).extracting(Kandidaat::huishouden)
            .contains(f.a(), f.b());
        mvc.perform(post("/groepsbijeenkomsten/{id}/zoek", g.id()).param("zoek", "Haddad").with(csrf())
                .with(als(f.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Lina Haddad (2016)"), containsString("Haddad, Samira"))));
        // the URL is no way to search: a name in the query is not used
        mvc.perform(get("/groepsbijeenkomsten/{id}", g.id()).param("zoek", "Haddad").with(als(f.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Lina Haddad (2016)"))));
    }

    @Test
    void theRegisterFormAndApiExplainBadInputInDutchAndWriteNothing() throws Exception {
        Medewerker bg = f.als(Rol.BEGELEIDER);
        long voor = jdbc.sql("select count(*) from groepsbijeenkomst where uitvoerder_id = ?")
            .param(f.w().uitvoerder().id()).query(Long.class).single();
        mvc.perform(post("/groepsbijeenkomsten").with(als(bg)).with(csrf()).param("titel", " ")
                .param("soort", "BUDGETCURSUS").param("thema", "WONEN").param("datum", VANDAAG.plusYears(3).toString())
                .param("minuten", "60"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("groep", "titel"))
            .andExpect(content().string(containsString("Vul de titel of het onderwerp in.")));
        mvc.perform(post("/groepsbijeenkomsten").with(als(bg)).with(csrf()).param("titel", "Taalcafé")
                .param("soort", "BUDGETCURSUS").param("thema", "WONEN").param("datum", VANDAAG.plusYears(3).toString())
                .param("minuten", "60"))
            .andExpect(model().attributeHasFieldErrorCode("groep", "datum", "contact.groep.datum.te-ver"));
        api.schrijf(bg, post("/api/v1/groepsbijeenkomsten"), """
                {"titel": "Taalcafé", "soort": "BUDGETCURSUS", "thema": "KOKEN", "datum": "%s", "minuten": 60}"""
            .formatted(VANDAAG))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", containsString("Het thema 'KOKEN' bestaat niet.")));
        api.schrijf(bg, post("/api/v1/groepsbijeenkomsten"), """
                {"titel": "Taalcafé", "soort": "BUDGETCURSUS", "thema": "WONEN", "datum": "%s", "minuten": 60,
                 "gemeenteId": "%s"}""".formatted(VANDAAG, data.wereld().gemeente().id()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("contact.groep.gemeente.onbekend"));
        nietGevonden(api.schrijf(f.als(Rol.WIJKTEAM), post("/api/v1/groepsbijeenkomsten"), """
                {"titel": "Taalcafé", "soort": "BUDGETCURSUS", "thema": "WONEN", "datum": "%s", "minuten": 60}"""
            .formatted(VANDAAG)));
        assertThat(jdbc.sql("select count(*) from groepsbijeenkomst where uitvoerder_id = ?")
            .param(f.w().uitvoerder().id()).query(Long.class).single()).isEqualTo(voor);
    }
}
