package nl.wegwijs.system;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One test per error status the issue lists (400 401 403 404 405 406 409 412 415 422 428 500). On the API each is
 * Dutch problem+json with type, title, status, detail and instance; in the browser each is the Dutch HTML error page
 * (rendered as Spring Boot renders it, through {@code /error}), or what a browser needs instead: the login page for
 * 401 and an expired form. A 500 is provoked by a handler that exists only during this test, and shows no exception.
 */
@IntegrationTest
class FoutstatusTests {

    /** The text of the provoked failures: it must never reach a client. */
    static final String GEHEIM = "geheime-fouttekst-7f3a";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    Medewerker regievoerder;
    Medewerker vrijwilliger;
    String huishouden;
    RequestMappingInfo kapotteApi;
    RequestMappingInfo geweigerdeApi;
    RequestMappingInfo kapottePagina;

    /** Fails on purpose; a non-static inner class, so component scanning never registers it. */
    @RestController
    class KapotteApi {
        Object kapot() {
            throw new IllegalStateException(GEHEIM);
        }

        Object geweigerd() {
            throw new AccessDeniedException(GEHEIM);
        }
    }

    @Controller
    class KapottePagina {
        String kapot() {
            throw new IllegalStateException(GEHEIM);
        }
    }

    @BeforeEach
    void wereld() throws Exception {
        var wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(1));
        regievoerder = wereld.w().als(Rol.REGIEVOERDER);
        vrijwilliger = wereld.w().als(Rol.VRIJWILLIGER);
        huishouden = "/api/v1/huishoudens/" + wereld.a().huishouden().value();
        var opties = mapping.getBuilderConfiguration();
        kapotteApi = RequestMappingInfo.paths("/api/v1/test-kapot").methods(RequestMethod.GET).options(opties).build();
        geweigerdeApi = RequestMappingInfo.paths("/api/v1/test-geweigerd").methods(RequestMethod.GET).options(opties)
            .build();
        kapottePagina = RequestMappingInfo.paths("/test-kapot").methods(RequestMethod.GET).options(opties).build();
        mapping.registerMapping(kapotteApi, new KapotteApi(), KapotteApi.class.getDeclaredMethod("kapot"));
        mapping.registerMapping(geweigerdeApi, new KapotteApi(), KapotteApi.class.getDeclaredMethod("geweigerd"));
        mapping.registerMapping(kapottePagina, new KapottePagina(), KapottePagina.class.getDeclaredMethod("kapot"));
    }

    @AfterEach
    void opruimen() {
        mapping.unregisterMapping(kapotteApi);
        mapping.unregisterMapping(geweigerdeApi);
        mapping.unregisterMapping(kapottePagina);
    }

    // --- the API: Dutch problem+json

    @Test
    void api400() throws Exception {
        probleem(mvc.perform(get("/api/v1/huishoudens/geen-uuid").with(als(regievoerder))), 400, "onleesbaar");
        probleem(mvc.perform(get("/api/v1/huishoudens/ ").with(als(regievoerder))), 400, "onleesbaar");
    }

    @Test
    void api400ForAnAddressTheFirewallRefuses() throws Exception {
        probleem(mvc.perform(get(java.net.URI.create("/api/v1/huishoudens/a%00b")).with(als(regievoerder))), 400,
                "onleesbaar").andExpect(jsonPath("$.detail").value(containsString("adres")));
        mvc.perform(get(java.net.URI.create("/huishoudens/a%00b")).with(als(regievoerder)))
            .andExpect(status().isBadRequest());
    }

    @Test
    void api401NamesTheBearerChallenge() throws Exception {
        probleem(mvc.perform(get("/api/v1/huishoudens")), 401, "niet-ingelogd")
            .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"wegwijs\""))
            .andExpect(jsonPath("$.title").value("Niet ingelogd"));
        probleem(mvc.perform(put(huishouden).contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf())),
                401, "niet-ingelogd")
            .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"wegwijs\""));
    }

    @Test
    void api403ForNoAccessAndForAMissingCsrfToken() throws Exception {
        probleem(mvc.perform(get("/api/v1/test-geweigerd").with(als(regievoerder))), 403, "geen-toegang")
            .andExpect(content().string(not(containsString(GEHEIM))));
        probleem(mvc.perform(put(huishouden).contentType(MediaType.APPLICATION_JSON).content("{\"versie\": 1}")
            .with(als(regievoerder))), 403, "csrf")
            .andExpect(jsonPath("$.title").value("CSRF-token ontbreekt"));
    }

    @Test
    void api404() throws Exception {
        probleem(mvc.perform(get("/api/v1/huishoudens/" + UUID.randomUUID()).with(als(regievoerder))), 404,
                "niet-gevonden");
        probleem(mvc.perform(get("/api/v1/bestaat-niet").with(als(regievoerder))), 404, "niet-gevonden");
    }

    @Test
    void api405() throws Exception {
        probleem(mvc.perform(delete("/api/v1/huishoudens").with(csrf()).with(als(regievoerder))), 405, "methode")
            .andExpect(header().exists("Allow"));
    }

    @Test
    void api406() throws Exception {
        probleem(mvc.perform(get(huishouden).accept(MediaType.APPLICATION_XML).with(als(regievoerder))), 406,
                "niet-aanvaardbaar");
    }

    @Test
    void api409() throws Exception {
        probleem(mvc.perform(put(huishouden).contentType(MediaType.APPLICATION_JSON).content(wijziging(0))
            .with(csrf()).with(als(regievoerder))), 409, "gelijktijdig-gewijzigd");
    }

    @Test
    void api412() throws Exception {
        probleem(mvc.perform(put(huishouden).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
            .content(wijziging(null)).with(csrf()).with(als(regievoerder))), 412, "voorwaarde-mislukt");
    }

    @Test
    void api415() throws Exception {
        probleem(mvc.perform(put(huishouden).contentType(MediaType.TEXT_PLAIN).content(wijziging(1)).with(csrf())
            .with(als(regievoerder))), 415, "mediatype");
        probleem(mvc.perform(put(huishouden).content(wijziging(1)).with(csrf()).with(als(regievoerder))), 415,
                "mediatype");
    }

    @Test
    void api422() throws Exception {
        probleem(mvc.perform(put(huishouden).contentType(MediaType.APPLICATION_JSON).content(wijziging(1))
            .with(csrf()).with(als(vrijwilliger))), 422, "huishouden.wijzigen.niet-toegestaan")
            .andExpect(jsonPath("$.title").value("Niet toegestaan"));
    }

    @Test
    void api428() throws Exception {
        probleem(mvc.perform(put(huishouden).contentType(MediaType.APPLICATION_JSON).content(wijziging(null))
            .with(csrf()).with(als(regievoerder))), 428, "versie-nodig");
    }

    @Test
    void api500ShowsNoExceptionOrStackTrace() throws Exception {
        probleem(mvc.perform(get("/api/v1/test-kapot").with(als(regievoerder))), 500, "onverwacht")
            .andExpect(jsonPath("$.detail").value(startsWith("Er ging iets mis")))
            .andExpect(content().string(not(containsString(GEHEIM))))
            .andExpect(content().string(not(containsString("IllegalStateException"))))
            .andExpect(content().string(not(containsString("at nl.wegwijs"))))
            .andExpect(jsonPath("$.trace").doesNotExist())
            .andExpect(jsonPath("$.exception").doesNotExist());
    }

    /** Every problem: its status, problem+json, a Wegwijs type, a Dutch title and detail, the request as instance. */
    private static ResultActions probleem(ResultActions antwoord, int status, String type) throws Exception {
        String pad = antwoord.andReturn().getRequest().getRequestURI();
        return antwoord.andExpect(status().is(status))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/" + type))
            .andExpect(jsonPath("$.title").isNotEmpty())
            .andExpect(jsonPath("$.status").value(status))
            .andExpect(jsonPath("$.detail").isNotEmpty())
            .andExpect(jsonPath("$.instance").value(pad))
            .andExpect(jsonPath("$.detail").value(not(containsString("Spring"))));
    }

    // --- the browser: the Dutch HTML error page, or the login page

    @Test
    void pagina400() throws Exception {
        mvc.perform(get("/huishoudens/geen-uuid").accept(MediaType.TEXT_HTML).with(als(regievoerder)))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/werklijst").param("zoek", "a\u0000b").accept(MediaType.TEXT_HTML).with(als(regievoerder)))
            .andExpect(status().isBadRequest());
        foutpagina(400, "Ongeldig verzoek");
    }

    @Test
    void pagina401IsTheLoginPage() throws Exception {
        mvc.perform(get("/werklijst").accept(MediaType.TEXT_HTML))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagina403AndAFormWithoutCsrfGoesToTheLoginPage() throws Exception {
        mvc.perform(get("/beheer").accept(MediaType.TEXT_HTML).with(als(regievoerder)))
            .andExpect(status().isForbidden());
        foutpagina(403, "Geen toegang");
        mvc.perform(post("/werklijst").accept(MediaType.TEXT_HTML).with(als(regievoerder)))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/login?verlopen"));
    }

    @Test
    void pagina404() throws Exception {
        mvc.perform(get("/bestaat-niet").accept(MediaType.TEXT_HTML).with(als(regievoerder)))
            .andExpect(status().isNotFound());
        foutpagina(404, "Pagina niet gevonden");
    }

    @Test
    void pagina405() throws Exception {
        mvc.perform(delete("/werklijst").accept(MediaType.TEXT_HTML).with(csrf()).with(als(regievoerder)))
            .andExpect(status().isMethodNotAllowed());
        foutpagina(405, "Niet mogelijk");
    }

    @Test
    void pagina500ShowsNoExceptionOrStackTrace() throws Exception {
        assertThatThrownBy(() -> mvc.perform(get("/test-kapot").accept(MediaType.TEXT_HTML).with(als(regievoerder))))
            .hasRootCauseInstanceOf(IllegalStateException.class);
        String pagina = foutpagina(500, "Er ging iets mis");
        assertThat(pagina).doesNotContain(GEHEIM, "IllegalStateException", "at nl.wegwijs");
    }

    /**
     * The page Spring Boot shows for {@code status} (MockMvc does not forward to {@code /error} itself): Dutch, with
     * {@code lang="nl"}, a title, the calm text for the status, never the exception.
     */
    private String foutpagina(int status, String kop) throws Exception {
        return mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(als(regievoerder))
            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/ergens")
            .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(GEHEIM))
            .requestAttr(RequestDispatcher.ERROR_MESSAGE, GEHEIM))
            .andExpect(status().is(status))
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andExpect(content().string(containsString("<html lang=\"nl\"")))
            .andExpect(content().string(containsString("<title>" + kop + " – Wegwijs</title>")))
            .andExpect(content().string(containsString("<h1 class=\"utrecht-heading-1\">" + kop + "</h1>")))
            .andExpect(content().string(not(containsString(GEHEIM))))
            .andExpect(content().string(not(containsString("\"type\""))))
            .andReturn().getResponse().getContentAsString();
    }

    private static String wijziging(Integer versie) {
        return """
                {%s"adres": {"straat": "Nieuwe Weg", "huisnummer": "1", "postcode": "4321 BA", "woonplaats": "Testdorp"},
                 "datums": {"koppeling": null, "huisvesting": null, "regeldag": null, "verhuizing": null}}"""
            .formatted(versie == null ? "" : "\"versie\": " + versie + ", ");
    }
}
