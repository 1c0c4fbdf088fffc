package nl.wegwijs.system;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI document follows the NL API Design Rules: relative paths under server /api/v1, kebab-case, semver. */
@IntegrationTest
class OpenApiDocumentTests {

    private static final String SEGMENT = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String PARAMETER = "\\{[a-zA-Z][a-zA-Z0-9]*}";

    @Autowired
    MockMvc mvc;

    String document;

    @BeforeEach
    void leesDocument() throws Exception {
        document = mvc.perform(get("/api/v1/openapi.json"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(header().string("API-Version", "1.0.0"))
            .andReturn().getResponse().getContentAsString();
    }

    private Set<String> paden() {
        Map<String, Object> paths = JsonPath.read(document, "$.paths");
        return paths.keySet();
    }

    @Test
    void isServedAnonymouslyWithServerApiV1() {
        List<String> servers = JsonPath.read(document, "$.servers[*].url");
        assertThat(servers).containsExactly("/api/v1");
    }

    @Test
    void pathsAreRelativeToTheServer() {
        assertThat(paden()).isNotEmpty().allSatisfy(pad -> assertThat(pad).startsWith("/").doesNotStartWith("/api"));
        assertThat(paden()).contains("/huishoudens", "/huishoudens/{id}", "/huishoudens/{id}/personen",
                "/huishoudens/{id}/personen/{persoonId}", "/trajecten", "/trajecten/{id}",
                "/trajecten/{id}/acceptatie", "/trajecten/{id}/start", "/trajecten/{id}/fase",
                "/trajecten/{id}/toewijzingen", "/trajecten/{id}/verlengingen", "/trajecten/{id}/afsluiting");
    }

    @Test
    void noPathEndsWithASlash() {
        assertThat(paden()).allSatisfy(pad -> assertThat(pad).doesNotEndWith("/"));
    }

    @Test
    void everyPathSegmentIsLowercaseKebabCaseExceptParameters() {
        assertThat(paden()).allSatisfy(pad -> assertThat(pad.substring(1).split("/"))
            .allSatisfy(segment -> assertThat(segment).matches(SEGMENT + "|" + PARAMETER)));
    }

    @Test
    void infoHasASemverVersionAndAContact() {
        String versie = JsonPath.read(document, "$.info.version");
        assertThat(versie).matches("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
        Map<String, Object> contact = JsonPath.read(document, "$.info.contact");
        assertThat(contact).isNotEmpty();
    }

    @Test
    void theLoggedInMedewerkerIsNoParameterOfTheApi() {
        List<String> namen = JsonPath.read(document, "$.paths.*.*.parameters[*].name");
        assertThat(namen).doesNotContain("ik", "gebruikersnaam").contains("id", "na", "aantal");
        // "medewerker" only as the documented filter on an assigned guide, never the logged-in medewerker
        List<String> medewerker = JsonPath.read(document,
                "$.paths.*.*.parameters[?(@.name == 'medewerker')].description");
        assertThat(medewerker).isNotEmpty().allSatisfy(d -> assertThat(d).contains("toegewezen"));
    }
}
