package nl.wegwijs.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letters screens over HTTP: who may see and record per role, the quick register form, editing with optimistic
 * locking, the one-tap finish, validation that writes nothing, logging, the worklist event, and the dossier section.
 */
@IntegrationTest
@RecordApplicationEvents
class PostWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    PostService post;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestData.Wereld w;
    Traject a;
    Traject b;

    /** A: team A with the vrijwilliger assigned; B: team B. */
    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
    }

    private Brief brief(Traject t, String onderwerp, LocalDate deadline) {
        return post.registreer(w.als(Rol.TEAMLEIDER), t.huishouden(), new BriefGegevens(null, Afzender.UWV, null,
                        VANDAAG.minusDays(5), onderwerp, "Formulier invullen", deadline, BriefStatus.OPEN, null,
                        null));
    }

    private long aantal(Traject t) {
        return jdbc.sql("select count(*) from brief where huishouden_id = ?").param(t.huishouden().value())
            .query(Long.class).single();
    }

    /** The quick register form, filled in; {@code anders} replaces fields as name, value, name, value... */
    private static MockHttpServletRequestBuilder registreer(Traject t, Medewerker wie, String... anders) {
        java.util.Map<String, String> velden = new java.util.LinkedHashMap<>();
        velden.put("afzender", "BELASTINGDIENST_TOESLAGEN");
        velden.put("onderwerp", "Voorschot zorgtoeslag");
        velden.put("ontvangenOp", VANDAAG.minusDays(2).toString());
        velden.put("deadline", VANDAAG.plusDays(12).toString());
        velden.put("actie", "Inkomen over dit jaar doorgeven");
        velden.put("status", "OPEN");
        for (int i = 0; i < anders.length; i += 2) {
            velden.put(anders[i], anders[i + 1]);
        }
        MockHttpServletRequestBuilder verzoek = post("/huishoudens/{id}/post", t.huishouden()).with(als(wie))
            .with(csrf());
        velden.forEach(verzoek::param);
        return verzoek;
    }

    // --- registering and reading

    @Test
    void vrijwilligerRegistersALetterThroughTheQuickForm() throws Exception {
        mvc.perform(registreer(a, w.als(Rol.VRIJWILLIGER)))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "/post"))
            .andExpect(flash().attribute("melding", containsString("Voorschot zorgtoeslag")));
        mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Voorschot zorgtoeslag")))
            .andExpect(content().string(containsString("Inkomen over dit jaar doorgeven")))
            .andExpect(content().string(containsString("Belastingdienst/Toeslagen")));
        assertThat(jdbc.sql("select status || '/' || versie || '/' || vastgelegd_door from brief where huishouden_id = ?")
            .param(a.huishouden().value()).query(String.class).single())
            .isEqualTo("OPEN/1/" + w.als(Rol.VRIJWILLIGER).id());
    }

    @Test
    void lettersListOpenOnesFirstByDeadlineThenHandledOnesAndPageByKeyset() {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Brief laat = brief(a, "Laat", VANDAAG.plusDays(30));
        Brief vroeg = brief(a, "Vroeg", VANDAAG.plusDays(3));
        Brief zonder = brief(a, "Zonder deadline", null);
        Brief verlopen = brief(a, "Verlopen", VANDAAG.minusDays(1));
        Brief klaar = brief(a, "Klaar", VANDAAG.plusDays(1));
        post.handelAf(tl, klaar.id(), 1, AfgehandeldDoor.SAMEN);

        List<String> gezien = new ArrayList<>();
        BriefId na = null;
        do {
            PostService.PostVanHuishouden pagina = post.brieven(w.als(Rol.VRIJWILLIGER), a.huishouden(), na, 2);
            assertThat(pagina.brieven()).hasSizeLessThanOrEqualTo(2);
            pagina.brieven().forEach(x -> gezien.add(x.onderwerp()));
            na = pagina.volgende();
        } while (na != null);
        assertThat(gezien).containsExactly(verlopen.onderwerp(), vroeg.onderwerp(), laat.onderwerp(),
                zonder.onderwerp(), klaar.onderwerp());
    }

    // --- who may

    @Test
    void onlyRolesThatMaySeeTheHouseholdOpenItsLettersAndTheRegievoerderTheMoneyOnesOnlyWithConsent()
            throws Exception {
        Brief x = brief(a, "Huurverhoging", VANDAAG.plusDays(10));
        for (Medewerker wie : List.of(w.als(Rol.VRIJWILLIGER), w.als(Rol.BEGELEIDER), w.als(Rol.TEAMLEIDER),
                w.als(Rol.BUDGETCOACH))) {
            mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(wie))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Huurverhoging")));
            mvc.perform(get("/brieven/{id}", x.id()).with(als(wie))).andExpect(status().isOk());
        }
        // a letter from UWV is about money: the regievoerder sees it only with the household's consent
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(rv))).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Huurverhoging"))))
            .andExpect(content().string(containsString("Toestemming nodig")));
        mvc.perform(get("/brieven/{id}", x.id()).with(als(rv))).andExpect(status().isForbidden());
        data.toestemming(w, a, Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.FINANCIEN);
        mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(rv))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Huurverhoging")));
        mvc.perform(get("/brieven/{id}", x.id()).with(als(rv))).andExpect(status().isOk());
        for (Medewerker wie : List.of(w.vrijwilliger2(), w.begeleiderB(), w.als(Rol.WIJKTEAM), w.als(Rol.BELEID),
                w.als(Rol.BEHEERDER), data.wereld().als(Rol.TEAMLEIDER))) {
            mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(wie)))
                .andExpect(status().isNotFound());
            mvc.perform(get("/brieven/{id}", x.id()).with(als(wie))).andExpect(status().isNotFound());
            // the file's letters section, loaded lazily (issue 21), under the file's own rules
            mvc.perform(get("/huishoudens/{id}/onderdelen/post", a.huishouden()).header("HX-Request", "true")
                    .with(als(wie))).andExpect(status().isNotFound());
            mvc.perform(get("/huishoudens/{id}/onderdelen/post", a.huishouden()).with(als(wie)))
                .andExpect(status().isNotFound());
        }
        mvc.perform(get("/brieven/{id}", UUID.randomUUID()).with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isNotFound());
    }

    @Test
    void theBudgetcoachSeesAndRecordsTheLettersAboutMoneyAndNothingElse() throws Exception {
        Medewerker bc = w.als(Rol.BUDGETCOACH);
        brief(a, "Terugvordering uitkering", VANDAAG.plusDays(10));
        Brief school = post.registreer(w.als(Rol.TEAMLEIDER), a.huishouden(), new BriefGegevens(null,
                Afzender.SCHOOL, null, VANDAAG.minusDays(1), "Ouderavond", null, VANDAAG.plusDays(3),
                BriefStatus.OPEN, null, null));
        mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(bc))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Terugvordering uitkering")))
            .andExpect(content().string(not(containsString("Ouderavond"))))
            .andExpect(content().string(containsString("Toestemming nodig")))
            .andExpect(content().string(not(containsString("value=\"SCHOOL\""))))
            .andExpect(content().string(containsString("value=\"ZORGVERZEKERAAR\"")));
        mvc.perform(get("/huishoudens/{id}/onderdelen/post", a.huishouden()).header("HX-Request", "true")
                .with(als(bc))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Terugvordering uitkering")))
            .andExpect(content().string(not(containsString("Ouderavond"))));
        mvc.perform(get("/brieven/{id}", school.id()).with(als(bc))).andExpect(status().isForbidden());
        mvc.perform(registreer(a, bc)).andExpect(status().is3xxRedirection());
        mvc.perform(registreer(a, bc, "afzender", "SCHOOL", "onderwerp", "Schoolreis"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/brieven/{id}/afhandeling", school.id()).with(als(bc)).with(csrf())
                .param("versie", "1").param("afgehandeldDoor", "SAMEN"))
            .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select string_agg(onderwerp || '/' || status, ',' order by onderwerp) from brief "
                + "where huishouden_id = ?").param(a.huishouden().value()).query(String.class).single())
            .isEqualTo("Ouderavond/OPEN,Terugvordering uitkering/OPEN,Voorschot zorgtoeslag/OPEN");
    }

    @Test
    void writesOnAHouseholdOneMayNotSeeAreNotFoundAndWriteNothing() throws Exception {
        Brief x = brief(a, "Huurverhoging", VANDAAG.plusDays(10));
        for (Medewerker wie : List.of(w.vrijwilliger2(), w.begeleiderB(), w.als(Rol.WIJKTEAM), w.als(Rol.BELEID),
                w.als(Rol.BEHEERDER))) {
            mvc.perform(registreer(a, wie)).andExpect(status().isNotFound());
            mvc.perform(post("/brieven/{id}", x.id()).with(als(wie)).with(csrf()).param("versie", "1")
                    .param("afzender", "UWV").param("onderwerp", "Overschreven")
                    .param("ontvangenOp", VANDAAG.toString()).param("status", "OPEN"))
                .andExpect(status().isNotFound());
            mvc.perform(post("/brieven/{id}/afhandeling", x.id()).with(als(wie)).with(csrf()).param("versie", "1")
                    .param("afgehandeldDoor", "SAMEN"))
                .andExpect(status().isNotFound());
        }
        assertThat(aantal(a)).isEqualTo(1);
        assertThat(post.find(w.als(Rol.TEAMLEIDER), x.id()).orElseThrow().brief())
            .satisfies(y -> assertThat(y.onderwerp() + "/" + y.status() + "/" + y.versie())
                .isEqualTo("Huurverhoging/OPEN/1"));
    }

    @Test
    void aClosedTrajectoryShowsItsLettersButTakesNoNewOnes() throws Exception {
        brief(a, "Eindafrekening energie", VANDAAG.plusDays(10));
        post.registreer(w.als(Rol.TEAMLEIDER), a.huishouden(), new BriefGegevens(null, Afzender.DUO, null,
                VANDAAG.minusDays(1), "Examenuitslag", null, null, BriefStatus.OPEN, null, null));
        data.toestemming(w, a, Rol.WIJKTEAM, nl.wegwijs.traject.Gegevenssoort.VOORTGANG);
        trajecten.start(w.als(Rol.TEAMLEIDER), a.id(), 3, VANDAAG.minusDays(30));
        trajecten.sluitAf(w.als(Rol.TEAMLEIDER), a.id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT,
                VANDAAG, null);
        // the wijkteam sees the handover summary, and the letters only as far as the household consented
        mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(w.als(Rol.WIJKTEAM))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Examenuitslag")))
            .andExpect(content().string(not(containsString("Eindafrekening energie"))))
            .andExpect(content().string(containsString("Toestemming nodig")))
            .andExpect(content().string(not(containsString("Brief registreren"))));
        for (Medewerker wie : List.of(w.als(Rol.WIJKTEAM), w.als(Rol.BEGELEIDER))) {
            mvc.perform(registreer(a, wie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("De begeleiding van dit huishouden is afgesloten")));
        }
        assertThat(aantal(a)).isEqualTo(2);
    }

    // --- validation and optimistic locking

    @Test
    void aDeadlineBeforeReceiptIsShownAtItsFieldAndNothingIsWritten() throws Exception {
        mvc.perform(registreer(a, w.als(Rol.BEGELEIDER), "deadline", VANDAAG.minusDays(3).toString()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("brief", "deadline", "post.deadline.voor-ontvangst"))
            .andExpect(content().string(containsString("De deadline kan niet vóór de datum van ontvangst liggen.")));
        mvc.perform(post("/huishoudens/{id}/post", a.huishouden()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("ontvangenOp", VANDAAG.plusDays(3).toString()).param("status", "OPEN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies de afzender.")))
            .andExpect(content().string(containsString("Vul het onderwerp van de brief in.")))
            .andExpect(content().string(containsString("De datum van ontvangst kan niet in de toekomst liggen.")));
        mvc.perform(registreer(a, w.als(Rol.BEGELEIDER), "status", "AFGEHANDELD"))
            .andExpect(model().attributeHasFieldErrorCode("brief", "afgehandeldDoor", "post.afgehandeld-door.leeg"));
        assertThat(aantal(a)).isZero();
    }

    @Test
    void aStaleEditShowsTheCurrentStateAndOverwritesNothing() throws Exception {
        Brief x = brief(a, "Aanslag gemeentelijke belastingen", VANDAAG.plusDays(20));
        mvc.perform(post("/brieven/{id}", x.id()).with(als(w.als(Rol.BEGELEIDER))).with(csrf()).param("versie", "1")
                .param("afzender", "GEMEENTE").param("onderwerp", "Aanslag: kwijtschelding aangevraagd")
                .param("ontvangenOp", VANDAAG.minusDays(5).toString()).param("status", "IN_BEHANDELING"))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "/post"))
            .andExpect(flash().attributeExists("melding"));
        mvc.perform(post("/brieven/{id}", x.id()).with(als(w.als(Rol.VRIJWILLIGER))).with(csrf()).param("versie", "1")
                .param("afzender", "GEMEENTE").param("onderwerp", "Mijn oude versie")
                .param("ontvangenOp", VANDAAG.minusDays(5).toString()).param("status", "OPEN"))
            .andExpect(redirectedUrl("/brieven/" + x.id()))
            .andExpect(flash().attribute("fout", containsString("Iemand anders heeft dit intussen gewijzigd")));
        mvc.perform(get("/brieven/{id}", x.id()).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("Aanslag: kwijtschelding aangevraagd")));
        assertThat(jdbc.sql("select onderwerp || '/' || status || '/' || versie from brief where id = ?")
            .param(x.id().value()).query(String.class).single())
            .isEqualTo("Aanslag: kwijtschelding aangevraagd/IN_BEHANDELING/2");
    }

    @Test
    void oneTapRecordsWhoHandledItAndASecondStaleTapChangesNothing() throws Exception {
        Brief x = brief(a, "Jaaropgave", VANDAAG.plusDays(20));
        mvc.perform(post("/brieven/{id}/afhandeling", x.id()).with(als(w.als(Rol.VRIJWILLIGER))).with(csrf())
                .param("versie", "1").param("afgehandeldDoor", "STATUSHOUDER"))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "/post"))
            .andExpect(flash().attribute("melding", containsString("afgehandeld")));
        mvc.perform(post("/brieven/{id}/afhandeling", x.id()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "1").param("afgehandeldDoor", "BEGELEIDER").param("terug", "dossier"))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden()))
            .andExpect(flash().attribute("fout", containsString("Iemand anders")));
        assertThat(jdbc.sql("select status || '/' || afgehandeld_door || '/' || afgehandeld_op from brief where id = ?")
            .param(x.id().value()).query(String.class).single())
            .isEqualTo("AFGEHANDELD/STATUSHOUDER/" + VANDAAG);
    }

    // --- log and worklist

    @Test
    void readingAndWritingLettersIsLoggedForEveryPerson() throws Exception {
        Medewerker ik = w.als(Rol.BUDGETCOACH);
        mvc.perform(registreer(a, ik)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(ik))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select actie || '/' || record_soort || '/' || doel || '/' || count(*) from verwerking
                 where medewerker_id = ? and huishouden_id = ? group by actie, record_soort, doel order by 1""")
            .params(ik.id(), a.huishouden().value()).query(String.class).list())
            .containsExactly("AANMAKEN/brief/FINANCIEEL_ONTZORGEN/3", "LEZEN/post/FINANCIEEL_ONTZORGEN/3");
    }

    @Test
    void everyWritePublishesTheOpenLettersAndTheEarliestDeadline() {
        events.clear();
        Brief eerste = brief(a, "Eerste", VANDAAG.plusDays(9));
        brief(a, "Tweede", VANDAAG.plusDays(4));
        assertThat(events.stream(PostStandGewijzigd.class)).last()
            .isEqualTo(new PostStandGewijzigd(a.huishouden(), 2, VANDAAG.plusDays(4)));
        post.handelAf(w.als(Rol.BEGELEIDER), eerste.id(), 1, AfgehandeldDoor.SAMEN);
        assertThat(events.stream(PostStandGewijzigd.class)).hasSize(3).last()
            .isEqualTo(new PostStandGewijzigd(a.huishouden(), 1, VANDAAG.plusDays(4)));
    }

    // --- the household file

    @Test
    void theFileShowsOpenLettersWithOverdueOnesAndWhoHandledTheRestInConstantStatements() throws Exception {
        Medewerker ik = w.als(Rol.VRIJWILLIGER);
        brief(a, "Verlopen brief", VANDAAG.minusDays(2));
        String sectie = "/huishoudens/" + a.huishouden() + "/onderdelen/post";
        // the file reads no letter (issue 21): the section's heading and a link stand for it until htmx fetches it
        var dossier = SqlTeller.tel(() -> mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(ik)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"onderdeel-post-kop\">Post</h2>")))
            .andExpect(content().string(containsString("data-hx-get=\"" + sectie + "\"")))
            .andExpect(content().string(containsString("href=\"" + sectie + "\"")))
            .andExpect(content().string(not(containsString("Verlopen brief")))));
        assertThat(dossier.statements()).as(dossier.toString()).noneMatch(s -> s.contains("from brief"));
        // without JavaScript the link opens the section alone
        mvc.perform(get(sectie).with(als(ik))).andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1")))
            .andExpect(content().string(containsString("id=\"post-kop\"")))
            .andExpect(content().string(containsString("Verlopen brief")));
        var een = SqlTeller.tel(() -> mvc.perform(get(sectie).header("HX-Request", "true").with(als(ik)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Verlopen brief")))
            .andExpect(content().string(containsString("1 over de deadline"))));
        for (int i = 0; i < 6; i++) {
            Brief x = brief(a, "Brief " + i, VANDAAG.plusDays(i));
            if (i % 2 == 0) {
                post.handelAf(ik, x.id(), 1, i == 0 ? AfgehandeldDoor.SAMEN : AfgehandeldDoor.STATUSHOUDER);
            }
        }
        var zeven = SqlTeller.tel(() -> mvc.perform(get(sectie).header("HX-Request", "true").with(als(ik)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("4 brieven moeten nog worden afgehandeld")))
            .andExpect(content().string(containsString("Afgehandeld (3), door:"))));
        assertThat(zeven.aantal()).as(zeven.toString()).isEqualTo(een.aantal());
        assertThat(zeven.statements()).filteredOn(s -> s.contains("from brief")).hasSize(1);
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and huishouden_id = ? and actie = 'LEZEN'""")
            .params(ik.id(), a.huishouden().value()).query(Long.class).single())
            .as("each view of the file or its letters section logs one read per person").isEqualTo(4 * 3);
        // B's letters are no business of A's file
        brief(b, "Van een ander huishouden", VANDAAG);
        mvc.perform(get(sectie).header("HX-Request", "true").with(als(ik)))
            .andExpect(content().string(containsString("Verlopen brief")))
            .andExpect(content().string(not(containsString("Van een ander huishouden"))));
    }
}
