package nl.wegwijs.koppeling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20: a system registered as an API client fetches a token with client credentials and calls the API with it
 * as a Bearer token — within its organisation, role and scopes, without session or CSRF, refused at once when revoked.
 */
@IntegrationTest
class KoppelingApiTests {

    static final LocalDate BRP = LocalDate.now().minusMonths(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    KoppelingService koppelingen;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    Sleutels sleutels;

    @Autowired
    JdbcClient jdbc;

    ApiFixture.TweeTeams wereld;
    TestData.Wereld w;
    Medewerker beheerder;
    String pad;

    @BeforeEach
    void wereld() {
        wereld = ApiFixture.TweeTeams.maak(data, trajecten, BRP);
        w = wereld.w();
        beheerder = w.als(Rol.BEHEERDER);
        pad = "/api/v1/huishoudens/" + wereld.a().huishouden().value();
    }

    @Test
    void aRegisteredClientFetchesATokenAndReadsAHouseholdOfItsGemeente() throws Exception {
        var r = registreer(Rol.REGIEVOERDER, w.gemeente().id(), "huishoudens.lezen");
        String antwoord = mvc.perform(post("/oauth2/token").with(httpBasic(r.client().clientId(), r.geheim()))
                .param("grant_type", "client_credentials"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.token_type").value("Bearer"))
            .andExpect(jsonPath("$.expires_in").value(org.hamcrest.Matchers.lessThanOrEqualTo(900)))
            .andExpect(jsonPath("$.access_token").isString())
            .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(antwoord, "$.access_token");

        mvc.perform(bearer(get(pad), token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(wereld.a().huishouden().value().toString()));
        mvc.perform(bearer(get("/api/v1/huishoudens"), token)).andExpect(status().isOk());
    }

    @Test
    void theSecretAlsoWorksInTheFormBodyAndAWrongSecretIsRefused() throws Exception {
        var r = registreer(Rol.REGIEVOERDER, w.gemeente().id(), "huishoudens.lezen");
        mvc.perform(post("/oauth2/token").param("grant_type", "client_credentials")
                .param("client_id", r.client().clientId()).param("client_secret", r.geheim()))
            .andExpect(status().isOk());
        mvc.perform(post("/oauth2/token").with(httpBasic(r.client().clientId(), r.geheim() + "x"))
                .param("grant_type", "client_credentials"))
            .andExpect(status().isUnauthorized());
        mvc.perform(post("/oauth2/token").with(httpBasic(r.client().clientId(), r.geheim()))
                .param("grant_type", "client_credentials").param("scope", "huishoudens.schrijven"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_scope"));
    }

    @Test
    void aTokenOfOrganisationACannotReadAHouseholdOfOrganisationB() throws Exception {
        TestData.Wereld ander = data.wereld();
        var r = registreer(Rol.REGIEVOERDER, ander.gemeente().id(), "huishoudens.lezen");
        String token = token(r);
        ApiFixture.nietGevonden(mvc.perform(bearer(get(pad), token)));
        String lijst = mvc.perform(bearer(get("/api/v1/huishoudens").param("aantal", "100"), token))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(lijst, "$.items[*].id");
        assertThat(ids).doesNotContain(wereld.a().huishouden().value().toString());
    }

    @Test
    void aReadOnlyScopeCannotWriteAndNothingIsWritten() throws Exception {
        var r = registreer(Rol.REGIEVOERDER, w.gemeente().id(), "huishoudens.lezen");
        mvc.perform(bearer(put(pad), token(r)).contentType(MediaType.APPLICATION_JSON).content(wijziging(1)))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/scope-ontbreekt"))
            .andExpect(jsonPath("$.detail").value(containsString("huishoudens.schrijven")))
            .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("insufficient_scope")));
        assertThat(straat()).isEqualTo("Dorpsstraat");
    }

    @Test
    void aWriteScopeWritesWithoutCsrfAndTheProcessingLogNamesTheClient() throws Exception {
        var r = registreer(Rol.REGIEVOERDER, w.gemeente().id(), "huishoudens.lezen", "huishoudens.schrijven");
        String token = token(r);
        mvc.perform(bearer(put(pad), token).contentType(MediaType.APPLICATION_JSON).content(wijziging(1)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.adres.straat").value("Koppelingweg"));
        assertThat(straat()).isEqualTo("Koppelingweg");
        mvc.perform(bearer(get(pad), token)).andExpect(status().isOk());

        Medewerker account = organisaties.medewerker(r.client().medewerkerId()).orElseThrow();
        assertThat(account.naam()).isEqualTo("API-client: " + r.client().naam());
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and huishouden_id = ? and actie = 'LEZEN'""")
            .params(account.id(), wereld.a().huishouden().value()).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and huishouden_id = ? and actie = 'WIJZIGEN'""")
            .params(account.id(), wereld.a().huishouden().value()).query(Long.class).single()).isPositive();
        assertThat(koppelingen.client(beheerder, r.client().id()).laatstGebruikt()).isNotNull();
    }

    @Test
    void theRoleStillDecides() throws Exception {
        // beleid sees no households at all, whatever its scopes
        var r = registreer(Rol.BELEID, w.gemeente().id(), "huishoudens.lezen");
        ApiFixture.nietGevonden(mvc.perform(bearer(get(pad), token(r))));
    }

    @Test
    void aRevokedClientIsRefusedAtOnceEvenWithAValidToken() throws Exception {
        var r = registreer(Rol.REGIEVOERDER, w.gemeente().id(), "huishoudens.lezen");
        String token = token(r);
        mvc.perform(bearer(get(pad), token)).andExpect(status().isOk());

        koppelingen.trekIn(beheerder, r.client().id(), r.client().versie());

        mvc.perform(bearer(get(pad), token))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer ")))
            .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\"")))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.detail").value(startsWith("Het token ontbreekt, is ongeldig")));
        mvc.perform(post("/oauth2/token").with(httpBasic(r.client().clientId(), r.geheim()))
                .param("grant_type", "client_credentials"))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredOrGarbageTokenAnswers401WithAChallenge() throws Exception {
        var r = registreer(Rol.REGIEVOERDER, w.gemeente().id(), "huishoudens.lezen");
        Instant uur = Instant.now().minusSeconds(3600);
        String verlopen = new NimbusJwtEncoder(sleutels).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(),
                JwtClaimsSet.builder().subject(r.client().clientId()).issuedAt(uur.minusSeconds(900)).expiresAt(uur)
                    .claim("scope", List.of("huishoudens.lezen")).build()))
            .getTokenValue();
        for (String token : List.of(verlopen, "onzin", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")) {
            mvc.perform(bearer(get(pad), token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Token ongeldig"));
        }
        // a valid signature of the same key is accepted: the refusal above was the expiry
        String geldig = new NimbusJwtEncoder(sleutels).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(),
                JwtClaimsSet.builder().subject(r.client().clientId()).issuedAt(Instant.now())
                    .expiresAt(Instant.now().plusSeconds(60)).claim("scope", List.of("huishoudens.lezen")).build()))
            .getTokenValue();
        mvc.perform(bearer(get(pad), geldig)).andExpect(status().isOk());
    }

    /** (The rows of spring_session are counted against the real server in KoppelingHttpBrowserTests.) */
    @Test
    void bearerCallsOpenNoSession() throws Exception {
        var r = registreer(Rol.REGIEVOERDER, w.gemeente().id(), "huishoudens.lezen", "huishoudens.schrijven");
        String token = token(r);
        List<MockHttpServletRequestBuilder> verzoeken = List.of(bearer(get(pad), token),
                bearer(put(pad), token).contentType(MediaType.APPLICATION_JSON).content(wijziging(1)),
                bearer(get(pad), "onzin"), bearer(get("/api/v1/signalen"), token),
                post("/oauth2/token").with(httpBasic(r.client().clientId(), r.geheim()))
                    .param("grant_type", "client_credentials"));
        for (MockHttpServletRequestBuilder verzoek : verzoeken) {
            var resultaat = mvc.perform(verzoek).andReturn();
            assertThat(resultaat.getResponse().getStatus()).isLessThan(500);
            assertThat(resultaat.getRequest().getSession(false)).as(resultaat.getRequest().getRequestURI()).isNull();
        }
    }

    @Test
    void aBrowserSessionStillNeedsCsrf() throws Exception {
        mvc.perform(put(pad).with(TestData.als(w.als(Rol.REGIEVOERDER))).contentType(MediaType.APPLICATION_JSON)
                .content(wijziging(1)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/csrf"));
        assertThat(straat()).isEqualTo("Dorpsstraat");
    }

    @Test
    void theTechnicalAccountCannotLogInWithTheFormNorBeAssigned() throws Exception {
        var r = registreer(Rol.TEAMLEIDER, w.uitvoerder().id(), "huishoudens.lezen");
        Medewerker account = organisaties.medewerker(r.client().medewerkerId()).orElseThrow();
        mvc.perform(formLogin().user(account.gebruikersnaam()).password(r.geheim()))
            .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(r.client().clientId()).password(r.geheim()))
            .andExpect(redirectedUrl("/login?error"));
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        assertThat(organisaties.medewerkersVoorToewijzing(teamleider, w.uitvoerder().id()))
            .noneMatch(m -> m.id().equals(account.id()));
        assertThat(organisaties.toewijsbaar(teamleider, w.uitvoerder().id(), account.id())).isEmpty();
        assertThat(organisaties.medewerkersVan(beheerder, w.uitvoerder().id()))
            .noneMatch(m -> m.id().equals(account.id()));
    }

    @Test
    void aPathOfNoPartIsRefusedAndTheOpenApiDocumentStaysOpen() throws Exception {
        var r = registreer(Rol.REGIEVOERDER, w.gemeente().id(), "huishoudens.lezen");
        String token = token(r);
        mvc.perform(bearer(get("/api/v1/bestaat-niet"), token)).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/scope-ontbreekt"));
        mvc.perform(bearer(get("/api/v1/signalen"), token)).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(containsString("signalen.lezen")));
        mvc.perform(bearer(get("/api/v1/openapi.json"), token)).andExpect(status().isOk())
            .andExpect(jsonPath("$.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl")
                .value("/oauth2/token"))
            .andExpect(jsonPath("$.paths['/huishoudens/{id}'].put.security[0].oauth2[0]")
                .value("huishoudens.schrijven"));
    }

    // --- helpers

    private KoppelingService.Registratie registreer(Rol rol, UUID organisatie, String... scopes) {
        return koppelingen.registreer(beheerder, "Zaaksysteem " + UUID.randomUUID().toString().substring(0, 6),
                organisatie, rol, Set.of(scopes));
    }

    private String token(KoppelingService.Registratie r) throws Exception {
        String antwoord = mvc.perform(post("/oauth2/token").with(httpBasic(r.client().clientId(), r.geheim()))
                .param("grant_type", "client_credentials"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(antwoord, "$.access_token");
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private String straat() {
        return jdbc.sql("select straat from huishouden where id = ?").param(wereld.a().huishouden().value())
            .query(String.class).single();
    }

    private static String wijziging(long versie) {
        return """
                {"versie": %d,
                 "adres": {"straat": "Koppelingweg", "huisnummer": "12a", "postcode": "4321 BA", "woonplaats": "Testdorp"},
                 "datums": {"koppeling": "%s", "huisvesting": "%s", "regeldag": null, "verhuizing": "%s"},
                 "herkomstLocatie": "azc Ter Apel"}"""
            .formatted(versie, BRP.minusMonths(2), BRP.minusDays(14), LocalDate.now());
    }
}
