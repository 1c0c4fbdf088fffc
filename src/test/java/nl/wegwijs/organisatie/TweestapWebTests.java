package nl.wegwijs.organisatie;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two-factor login through the real login form and the session store (the SESSION cookie carried from request to
 * request, as a browser does): enrolment, the code step after the password, refusals, the organisation's rule and the
 * beheerder's reset. Codes are computed from the secret as an authenticator app would.
 */
@IntegrationTest
class TweestapWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TweestapService tweestap;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TestData.Wereld w;
    Medewerker begeleider;
    Medewerker beheerder;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        begeleider = w.als(Rol.BEGELEIDER);
        beheerder = w.als(Rol.BEHEERDER);
    }

    /** A browser: keeps the session cookie. */
    final class Browser {
        Cookie sessie;

        MvcResult doe(MockHttpServletRequestBuilder verzoek) throws Exception {
            if (sessie != null) {
                verzoek.cookie(sessie);
            }
            MvcResult r = mvc.perform(verzoek.with(csrf())).andReturn();
            Cookie nieuw = r.getResponse().getCookie("SESSION");
            if (nieuw != null) {
                sessie = nieuw.getMaxAge() == 0 ? null : nieuw;
            }
            return r;
        }

        MvcResult logIn(Medewerker m) throws Exception {
            return doe(post("/login").param("username", m.gebruikersnaam()).param("password", TestData.WACHTWOORD));
        }

        String pagina(String pad) throws Exception {
            MvcResult r = doe(get(pad));
            assertThat(r.getResponse().getStatus()).as(pad).isEqualTo(200);
            return r.getResponse().getContentAsString();
        }
    }

    String code(String geheim, Duration verschuiving) {
        return new Totp(clock).code(geheim, clock.instant().plus(verschuiving));
    }

    /** A code that is wrong now, also for the steps before and after. */
    String foutieveCode(String geheim) {
        Set<String> goed = LongStream.of(-30, 0, 30).mapToObj(s -> code(geheim, Duration.ofSeconds(s)))
            .collect(Collectors.toSet());
        for (int i = 0; ; i++) {
            String kandidaat = String.format("%06d", (123456 + i * 7919) % 1_000_000);
            if (!goed.contains(kandidaat)) {
                return kandidaat;
            }
        }
    }

    static String geheimOp(String html) {
        Matcher m = Pattern.compile("id=\"tweestap-geheim\">([A-Z2-7 ]+)<").matcher(html);
        assertThat(m.find()).as("the enrolment page shows the secret").isTrue();
        return m.group(1).replace(" ", "");
    }

    /** Enrols a medewerker directly; the code of 30 seconds ago is used, so the current one is still free. */
    String ingeschreven(Medewerker m) {
        String geheim = Totp.nieuwGeheim();
        assertThat(tweestap.stelIn(m, geheim, code(geheim, Duration.ofSeconds(-30)))).isTrue();
        return geheim;
    }

    @Test
    void aUserEnrolsAndFromThenOnLoginAsksTheCode() throws Exception {
        Browser b = new Browser();
        assertThat(b.logIn(begeleider).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(b.doe(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/werklijst");
        assertThat(b.pagina("/werklijst")).doesNotContain("Vul de code uit uw app in");

        String pagina = b.pagina("/account/tweestap");
        assertThat(pagina).contains("Scan de QR-code met de app").contains("data:image/svg+xml;base64,");
        String geheim = geheimOp(pagina);
        assertThat(geheimOp(b.pagina("/account/tweestap"))).as("the same secret until confirmed").isEqualTo(geheim);

        MvcResult fout = b.doe(post("/account/tweestap").param("code", foutieveCode(geheim)));
        assertThat(fout.getResponse().getContentAsString()).contains("Deze code klopt niet");
        assertThat(tweestap.ingesteld(begeleider.id())).isFalse();

        MvcResult goed = b.doe(post("/account/tweestap").param("code", code(geheim, Duration.ZERO)));
        assertThat(goed.getResponse().getRedirectedUrl()).isEqualTo("/account/tweestap");
        assertThat(tweestap.ingesteld(begeleider.id())).isTrue();
        String daarna = b.pagina("/account/tweestap");
        assertThat(daarna).contains("Tweestapsverificatie staat aan").doesNotContain("tweestap-geheim")
            .doesNotContain(geheim.substring(0, 4) + " ");
        String opgeslagen = jdbc.sql("select geheim from medewerker_tweestap where medewerker_id = ?")
            .param(begeleider.id()).query(String.class).single();
        assertThat(opgeslagen).as("stored encrypted").doesNotContain(geheim);

        Browser opnieuw = new Browser();
        assertThat(opnieuw.logIn(begeleider).getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        assertThat(opnieuw.doe(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        assertThat(opnieuw.doe(get("/werklijst")).getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        assertThat(opnieuw.doe(get("/api/v1/trajecten")).getResponse().getStatus()).isEqualTo(401);
        assertThat(opnieuw.pagina("/login/code")).contains("Vul de code uit uw app in");

        MvcResult mis = opnieuw.doe(post("/login/code").param("code", foutieveCode(geheim)));
        assertThat(mis.getResponse().getContentAsString())
            .contains("Deze code klopt niet of is al gebruikt").contains("nog 4 keer");
        assertThat(opnieuw.doe(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/login/code");

        MvcResult binnen = opnieuw.doe(post("/login/code").param("code", code(geheim, Duration.ofSeconds(30))));
        assertThat(binnen.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(opnieuw.pagina("/werklijst")).contains(begeleider.naam());
    }

    @Test
    void aCodeCannotBeUsedTwice() throws Exception {
        String geheim = ingeschreven(begeleider);
        String code = code(geheim, Duration.ZERO);

        Browser eerste = new Browser();
        eerste.logIn(begeleider);
        assertThat(eerste.doe(post("/login/code").param("code", code)).getResponse().getRedirectedUrl())
            .isEqualTo("/");

        Browser tweede = new Browser();
        tweede.logIn(begeleider);
        MvcResult weer = tweede.doe(post("/login/code").param("code", code));
        assertThat(weer.getResponse().getContentAsString()).contains("Deze code klopt niet of is al gebruikt");
        assertThat(tweede.doe(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/login/code");
    }

    @Test
    void fiveWrongCodesEndTheLoginAttempt() throws Exception {
        String geheim = ingeschreven(begeleider);
        Browser b = new Browser();
        b.logIn(begeleider);
        for (int i = 1; i < 5; i++) {
            assertThat(b.doe(post("/login/code").param("code", foutieveCode(geheim))).getResponse().getStatus())
                .isEqualTo(200);
        }
        MvcResult vijfde = b.doe(post("/login/code").param("code", foutieveCode(geheim)));
        assertThat(vijfde.getResponse().getRedirectedUrl()).isEqualTo("/login?geblokkeerd");
        MvcResult daarna = b.doe(get("/"));
        assertThat(daarna.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(b.doe(post("/login/code").param("code", code(geheim, Duration.ZERO))).getResponse()
            .getRedirectedUrl()).endsWith("/login");
        assertThat(b.pagina("/login?geblokkeerd")).contains("U heeft 5 keer een verkeerde code ingevuld");
    }

    @Test
    void anOrganisationThatRequiresItSendsAnUnenrolledUserToEnrolmentFirst() throws Exception {
        Browser beheer = new Browser();
        beheer.logIn(beheerder);
        MvcResult zet = beheer.doe(post("/beheer/medewerkers/tweestap")
            .param("organisatie", w.uitvoerder().id().toString()).param("verplicht", "true"));
        assertThat(zet.getResponse().getRedirectedUrl()).startsWith("/beheer/medewerkers?organisatie=");
        assertThat(tweestap.verplicht(w.uitvoerder().id())).isTrue();
        assertThat(tweestap.verplicht(w.gemeente().id())).isFalse();
        assertThat(beheer.pagina("/beheer/medewerkers?organisatie=" + w.uitvoerder().id()))
            .contains("Verplicht: alle medewerkers van deze organisatie");

        Browser regie = new Browser();
        assertThat(regie.logIn(w.als(Rol.REGIEVOERDER)).getResponse().getRedirectedUrl())
            .as("the gemeente does not require it").isEqualTo("/");

        Browser b = new Browser();
        assertThat(b.logIn(begeleider).getResponse().getRedirectedUrl()).isEqualTo("/account/tweestap");
        assertThat(b.doe(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/account/tweestap");
        assertThat(b.doe(get("/login/code")).getResponse().getRedirectedUrl()).isEqualTo("/account/tweestap");
        String pagina = b.pagina("/account/tweestap");
        assertThat(pagina).contains("Uw organisatie vraagt dat u inlogt met tweestapsverificatie");

        MvcResult klaar = b.doe(post("/account/tweestap").param("code", code(geheimOp(pagina), Duration.ZERO)));
        assertThat(klaar.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(b.pagina("/werklijst")).contains(begeleider.naam());
        assertThat(tweestap.ingesteld(begeleider.id())).isTrue();
    }

    @Test
    void aBeheerderResetsTheTwoFactorLoginOfAUserWhoLostTheirPhone() throws Exception {
        ingeschreven(begeleider);
        Browser beheer = new Browser();
        beheer.logIn(beheerder);
        String lijst = beheer.pagina("/beheer/medewerkers?organisatie=" + w.uitvoerder().id());
        assertThat(lijst).contains("Tweestapsverificatie van " + begeleider.naam() + " herstellen");

        Browser zelf = new Browser();
        zelf.logIn(w.als(Rol.TEAMLEIDER));
        assertThat(zelf.doe(post("/beheer/medewerkers/" + begeleider.id() + "/tweestap/herstellen")).getResponse()
            .getStatus()).as("only a beheerder").isEqualTo(403);
        assertThat(tweestap.ingesteld(begeleider.id())).isTrue();

        MvcResult herstel = beheer.doe(post("/beheer/medewerkers/" + begeleider.id() + "/tweestap/herstellen"));
        assertThat(herstel.getResponse().getRedirectedUrl())
            .isEqualTo("/beheer/medewerkers?organisatie=" + w.uitvoerder().id());
        assertThat(herstel.getFlashMap().get("melding").toString()).contains("is hersteld");
        assertThat(tweestap.ingesteld(begeleider.id())).isFalse();
        assertThat(jdbc.sql("select soort || ' ' || door from tweestap_gebeurtenis where medewerker_id = ? "
                + "order by tijdstip").param(begeleider.id()).query(String.class).list())
            .containsExactly("INGESTELD " + begeleider.id(), "HERSTELD " + beheerder.id());

        Browser b = new Browser();
        assertThat(b.logIn(begeleider).getResponse().getRedirectedUrl()).isEqualTo("/");
    }
}
