package nl.wegwijs.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input found by a fuzzer answers 4xx with a Dutch message and writes nothing: wrong media types, unknown paths,
 * NUL characters, {@code null} in lists, dates out of range, a strange {@code lang}; plus the Referrer-Policy header.
 */
@IntegrationTest
class InvoerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Medewerker regievoerder() {
        return data.wereld().als(Rol.REGIEVOERDER);
    }

    @Test
    void aStrangeLanguageIsIgnoredNotAnError() throws Exception {
        mvc.perform(get("/login").param("lang", "../../etc")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Inloggen")));
        mvc.perform(get("/werklijst").param("lang", "../../etc").with(als(regievoerder())))
            .andExpect(status().isOk());
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Log in")));
    }

    @Test
    void pagesSendAReferrerPolicy() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void anApiAnswerInXmlIs406InProblemJson() throws Exception {
        mvc.perform(get("/api/v1/trajecten").accept(MediaType.APPLICATION_XML).with(als(regievoerder())))
            .andExpect(status().isNotAcceptable())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("alleen in JSON")));
    }

    @Test
    void aBodyInPlainTextIs415InDutch() throws Exception {
        mvc.perform(post("/api/v1/trajecten").contentType(MediaType.TEXT_PLAIN).content("hallo").with(csrf())
            .with(als(regievoerder())))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("wordt hier niet ondersteund")));
    }

    @Test
    void anUnknownApiPathOrMethodIsDutchProblemJson() throws Exception {
        mvc.perform(get("/api/v1/bestaat-niet").with(als(regievoerder())))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("Niet gevonden"));
        mvc.perform(put("/api/v1/trajecten").contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf())
            .with(als(regievoerder())))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(header().exists("Allow"))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("niet toegestaan")));
    }

    @Test
    void anUnknownPageOrMalformedIdInTheBrowserIsTheDutchHtmlErrorPage() throws Exception {
        Medewerker rv = regievoerder();
        mvc.perform(get("/bestaat-niet").accept(MediaType.TEXT_HTML).with(als(rv)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString("\"type\""))));
        mvc.perform(get("/huishoudens/geen-uuid").accept(MediaType.TEXT_HTML).with(als(rv)))
            .andExpect(status().is4xxClientError())
            .andExpect(content().string(not(containsString("\"type\""))));
    }

    @Test
    void aNulCharacterInJsonOrAFormIs400AndWritesNothing() throws Exception {
        Medewerker rv = regievoerder();
        long voor = jdbc.sql("select count(*) from huishouden").query(Long.class).single();
        mvc.perform(post("/api/v1/trajecten").contentType(MediaType.APPLICATION_JSON)
            .content("{\"herkomstLocatie\": \"azc\\u0000\"}").with(csrf()).with(als(rv)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/werklijst/zoek").param("zoek", "a\u0000b").with(csrf()).with(als(rv)))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/trajecten").param("na", "\u0000").with(als(rv)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("tekens die Wegwijs niet kan lezen")));
        assertThat(jdbc.sql("select count(*) from huishouden").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void nullInsideAListAndADateOutOfRangeAre400() throws Exception {
        Medewerker rv = regievoerder();
        mvc.perform(post("/api/v1/trajecten").contentType(MediaType.APPLICATION_JSON)
            .content("{\"personen\": [null]}").with(csrf()).with(als(rv)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/trajecten").contentType(MediaType.APPLICATION_JSON)
            .content("{\"datums\": {\"regeldag\": \"9999-12-31\"}}").with(csrf()).with(als(rv)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPageSizeOutOfRangeIs400NotClamped() throws Exception {
        Medewerker rv = regievoerder();
        for (String aantal : new String[] { "-1", "0", "101", "veel" }) {
            mvc.perform(get("/api/v1/trajecten").param("aantal", aantal).with(als(rv)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("aantal"));
        }
        mvc.perform(get("/api/v1/trajecten").param("aantal", "100").with(als(rv))).andExpect(status().isOk());
    }

    @Test
    void securityRefusalsOnTheApiAreDutchProblemJson() throws Exception {
        mvc.perform(get("/api/v1/trajecten"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("Niet ingelogd"));
        mvc.perform(post("/api/v1/trajecten").contentType(MediaType.APPLICATION_JSON).content("{}")
            .with(als(regievoerder())))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("CSRF-token ontbreekt"));
    }

    @Test
    void theOpenApiDocumentMayBeReadFromAnyOriginAndNothingElse() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").header("Origin", "https://example.org"))
            .andExpect(status().isOk())
            .andExpect(header().string("Access-Control-Allow-Origin", "*"));
        mvc.perform(get("/api/v1/trajecten").header("Origin", "https://example.org").with(als(regievoerder())))
            .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }
}
