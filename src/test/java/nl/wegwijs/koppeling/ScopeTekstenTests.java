package nl.wegwijs.koppeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every part of the API has its name on the client page, in Dutch and in English (no "??koppeling.onderdeel…??"). */
class ScopeTekstenTests {

    @Test
    void everyPartHasALabelInEveryLanguage() throws Exception {
        for (String bestand : new String[] { "koppeling.properties", "koppeling_en.properties" }) {
            Properties teksten = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/messages/" + bestand)) {
                teksten.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String onderdeel : Scopes.onderdelen()) {
                assertThat(teksten).as(bestand).containsKey("koppeling.onderdeel." + onderdeel);
            }
        }
    }
}
