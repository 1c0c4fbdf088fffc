package nl.wegwijs.koppeling;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every operation in the API document belongs to a part with a read and a write scope; otherwise no API client could
 * ever be allowed to call it (a path of no part needs a scope nobody has).
 */
@IntegrationTest
class ScopeDekkingTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyDocumentedPathBelongsToAScopedPart() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString();
        Map<String, Object> paden = JsonPath.read(document, "$.paths");
        assertThat(paden).isNotEmpty();
        List<String> zonder = paden.keySet().stream()
            .filter(pad -> Scopes.onderdeel("/api/v1" + pad.replaceAll("\\{[^}]+}", "x")).isEmpty())
            .toList();
        assertThat(zonder).as("paths that no scope covers").isEmpty();
    }
}
