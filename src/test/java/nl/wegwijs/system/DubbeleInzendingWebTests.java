package nl.wegwijs.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Double submit: every rendered form carries a one-time token beside the CSRF field; a second post with the same
 * token (a double click, a double tap, a concurrent request, the other node) does not run the handler again but
 * answers with the first result. A failed first post frees the token; a token is bound to its user; a post without
 * a token (the JSON API, old pages) is processed as before; rows expire after a day.
 */
@IntegrationTest
class DubbeleInzendingWebTests {

    static final LocalDate VANDAAG = LocalDate.now();
    static final Pattern TOKEN = Pattern.compile("name=\"_formulier\"\\s+value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InzendingOpruiming opruiming;

    TestData.Wereld w;
    Traject a;
    Traject b;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
    }

    // --- the token in the form

    @Test
    void everyPostFormCarriesItsOwnTokenBesideTheCsrfField() throws Exception {
        String eerste = token(w.als(Rol.REGIEVOERDER), "/huishoudens/nieuw");
        String tweede = token(w.als(Rol.REGIEVOERDER), "/huishoudens/nieuw");
        assertThat(UUID.fromString(eerste)).isNotEqualTo(UUID.fromString(tweede));
        mvc.perform(get("/huishoudens/{id}/post", a.huishouden()).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(content().string(containsString("name=\"_csrf\"")))
            .andExpect(content().string(containsString("name=\"_formulier\"")));
    }

    // --- a repeated submit answers with the first result

    @Test
    void theSameAanmeldingPostedTwiceCreatesOneHouseholdAndTheSecondAnswerShowsTheFirst() throws Exception {
        Medewerker regievoerder = w.als(Rol.REGIEVOERDER);
        String token = token(regievoerder, "/huishoudens/nieuw");
        String achternaam = "Dubbel" + UUID.randomUUID().toString().substring(0, 8);

        String eerste = mvc.perform(aanmelding(regievoerder, achternaam).param("_formulier", token))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/huishoudens/*"))
            .andExpect(flash().attribute("melding", not(containsString("al verstuurd"))))
            .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(aanmelding(regievoerder, achternaam).param("_formulier", token))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(eerste))
            .andExpect(flash().attribute("melding", containsString("Dit formulier was al verstuurd")));

        assertThat(huishoudens(achternaam)).isEqualTo(1);
    }

    @Test
    void theSameLetterPostedTwiceIsRegisteredOnce() throws Exception {
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        String token = token(begeleider, "/huishoudens/" + a.huishouden() + "/post");
        mvc.perform(brief(a, begeleider).param("_formulier", token))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "/post"))
            .andExpect(flash().attribute("melding", containsString("Voorschot zorgtoeslag")));
        mvc.perform(brief(a, begeleider).param("_formulier", token))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "/post"))
            .andExpect(flash().attribute("melding", containsString("Dit formulier was al verstuurd")));
        assertThat(brieven(a)).isEqualTo(1);
    }

    @Test
    void twoConcurrentSubmitsOfOneFormRegisterOneLetterAndBothSeeItsResult() throws Exception {
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        String token = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<MockHttpServletResponse>> posts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            posts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return mvc.perform(brief(a, begeleider).param("_formulier", token)).andReturn().getResponse();
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        for (CompletableFuture<MockHttpServletResponse> p : posts) {
            assertThat(p.join().getRedirectedUrl()).isEqualTo("/huishoudens/" + a.huishouden() + "/post");
        }
        assertThat(brieven(a)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from formulier_inzending where token = ?::uuid").param(token)
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRepeatedHtmxTickDoesNothingAndAnswersNoContent() throws Exception {
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);
        UUID item = jdbc.sql("select id from checklist_item where huishouden_id = ? and code = 'huurtoeslag'")
            .param(a.huishouden().value()).query(UUID.class).single();
        String token = UUID.randomUUID().toString();
        String pad = "/huishoudens/" + a.huishouden() + "/checklist/items/" + item + "/afvinken";
        mvc.perform(post(pad).with(als(vrijwilliger)).with(csrf()).header("HX-Request", "true")
                .param("versie", "1").param("wie", "ZELF").param("_formulier", token))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Opgeslagen.")));
        mvc.perform(post(pad).with(als(vrijwilliger)).with(csrf()).header("HX-Request", "true")
                .param("versie", "1").param("wie", "ZELF").param("_formulier", token))
            .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select versie from checklist_item where id = ?").param(item).query(Long.class).single())
            .isEqualTo(2);
    }

    // --- what does not count as "already sent"

    @Test
    void aValidationErrorFreesTheTokenSoTheCorrectedFormIsProcessed() throws Exception {
        Medewerker regievoerder = w.als(Rol.REGIEVOERDER);
        String token = token(regievoerder, "/huishoudens/nieuw");
        String achternaam = "Verbeterd" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/huishoudens/nieuw").with(als(regievoerder)).with(csrf()).param("_formulier", token)
                .param("personen[0].rol", "HOOFDPERSOON").param("personen[0].voornaam", "Abebe"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies bij welke gemeente en uitvoerder")));
        assertThat(inzendingen(token)).isZero();

        mvc.perform(aanmelding(regievoerder, achternaam).param("_formulier", token))
            .andExpect(redirectedUrlPattern("/huishoudens/*"))
            .andExpect(flash().attribute("melding", not(containsString("al verstuurd"))));
        assertThat(huishoudens(achternaam)).isEqualTo(1);
    }

    @Test
    void aRefusedPostFreesTheToken() throws Exception {
        String token = UUID.randomUUID().toString();
        mvc.perform(brief(b, w.als(Rol.VRIJWILLIGER)).param("_formulier", token))
            .andExpect(status().isNotFound());
        assertThat(inzendingen(token)).isZero();
    }

    @Test
    void aTokenOfOneUserIsNotHonouredForAnother() throws Exception {
        String token = token(w.als(Rol.BEGELEIDER), "/huishoudens/" + a.huishouden() + "/post");
        mvc.perform(brief(a, w.als(Rol.BEGELEIDER)).param("_formulier", token))
            .andExpect(flash().attribute("melding", not(containsString("al verstuurd"))));
        mvc.perform(brief(a, w.als(Rol.VRIJWILLIGER)).param("_formulier", token))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "/post"))
            .andExpect(flash().attribute("melding", not(containsString("al verstuurd"))));
        assertThat(brieven(a)).isEqualTo(2);
    }

    @Test
    void anOldFormSentAgainWithOtherContentIsANewSubmission() throws Exception {
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        String token = token(begeleider, "/huishoudens/" + a.huishouden() + "/post");
        mvc.perform(brief(a, begeleider).param("_formulier", token))
            .andExpect(flash().attribute("melding", containsString("Voorschot zorgtoeslag")));
        mvc.perform(brief(a, begeleider).param("_formulier", token).param("onderwerp", "Definitieve berekening"))
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "/post"))
            .andExpect(flash().attribute("melding", containsString("Definitieve berekening")));
        assertThat(brieven(a)).isEqualTo(2);
    }

    @Test
    void postsWithoutATokenAreProcessedAsBefore() throws Exception {
        mvc.perform(brief(a, w.als(Rol.BEGELEIDER))).andExpect(status().is3xxRedirection());
        mvc.perform(brief(a, w.als(Rol.BEGELEIDER))).andExpect(status().is3xxRedirection());
        assertThat(brieven(a)).isEqualTo(2);
    }

    // --- expiry

    @Test
    void theNightlyCleanupRemovesTokensOlderThanADay() {
        UUID oud = UUID.randomUUID();
        UUID vers = UUID.randomUUID();
        jdbc.sql("insert into formulier_inzending (gebruiker, token, vingerafdruk, aangemaakt_op, uitkomst, locatie) "
                + "values ('iemand', ?, 'x', now() - interval '25 hours', 'DOORVERWEZEN', '/'), "
                + "('iemand', ?, 'x', now() - interval '23 hours', 'DOORVERWEZEN', '/')")
            .params(oud, vers).update();
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = 'formulier-inzendingen-opruimen'")
            .update();
        assertThat(opruiming.ruimOp()).isPositive();
        assertThat(inzendingen(oud.toString())).isZero();
        assertThat(inzendingen(vers.toString())).isEqualTo(1);
    }

    // --- helpers

    /** Renders the page as this user and returns the form token of its first POST form. */
    private String token(Medewerker wie, String pad) throws Exception {
        String html = mvc.perform(get(pad).with(als(wie))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the form on " + pad + " carries a form token").isTrue();
        return m.group(1);
    }

    private MockHttpServletRequestBuilder aanmelding(Medewerker wie, String achternaam) {
        LocalDate brp = VANDAAG.minusDays(10);
        return post("/huishoudens/nieuw").with(als(wie)).with(csrf())
            .param("contract", w.contract().id().toString())
            .param("huisvesting", brp.minusDays(14).toString())
            .param("personen[0].rol", "HOOFDPERSOON")
            .param("personen[0].voornaam", "Abebe")
            .param("personen[0].achternaam", achternaam)
            .param("personen[0].geboortedatum", "1985-02-03")
            .param("personen[0].geslacht", "MAN")
            .param("personen[0].landVanHerkomst", "Eritrea")
            .param("personen[0].status", "ASIELSTATUSHOUDER")
            .param("personen[0].brpDatum", brp.toString());
    }

    private static MockHttpServletRequestBuilder brief(Traject t, Medewerker wie) {
        return post("/huishoudens/{id}/post", t.huishouden()).with(als(wie)).with(csrf())
            .param("afzender", "BELASTINGDIENST_TOESLAGEN")
            .param("onderwerp", "Voorschot zorgtoeslag")
            .param("ontvangenOp", VANDAAG.minusDays(2).toString())
            .param("deadline", VANDAAG.plusDays(12).toString())
            .param("status", "OPEN");
    }

    private long huishoudens(String achternaam) {
        return jdbc.sql("select count(distinct huishouden_id) from persoon where achternaam = ?").param(achternaam)
            .query(Long.class).single();
    }

    private long brieven(Traject t) {
        return jdbc.sql("select count(*) from brief where huishouden_id = ?").param(t.huishouden().value())
            .query(Long.class).single();
    }

    private long inzendingen(String token) {
        return jdbc.sql("select count(*) from formulier_inzending where token = ?::uuid").param(token)
            .query(Long.class).single();
    }
}
