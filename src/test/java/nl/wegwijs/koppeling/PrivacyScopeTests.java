package nl.wegwijs.koppeling;

import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Rol;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The new part {@code privacy}: a privacyfunctionaris's client reads the overview with privacy.lezen, not more. */
@IntegrationTest
class PrivacyScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    KoppelingService koppelingen;

    @Test
    void aPrivacyClientReadsTheOverviewButSearchingByNumberNeedsTheWriteScope() throws Exception {
        TestData.Wereld w = data.wereld();
        var r = koppelingen.registreer(w.als(Rol.BEHEERDER), "Privacytool " + UUID.randomUUID().toString()
            .substring(0, 6), w.gemeente().id(), Rol.PRIVACYFUNCTIONARIS, Set.of("privacy.lezen"));
        String antwoord = mvc.perform(post("/oauth2/token").with(httpBasic(r.client().clientId(), r.geheim()))
                .param("grant_type", "client_credentials"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = "Bearer " + JsonPath.read(antwoord, "$.access_token");
        mvc.perform(get("/api/v1/privacy").header(HttpHeaders.AUTHORIZATION, token))
            .andExpect(status().isOk()).andExpect(jsonPath("$.doorbraken").isArray());
        mvc.perform(post("/api/v1/privacy/inzage").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"nummer\": \"123456782\"}"))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(containsString("privacy.schrijven")));
        mvc.perform(get("/api/v1/huishoudens/{id}/verhuisdossier", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, token))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(containsString("verhuizing.lezen")));
    }
}
