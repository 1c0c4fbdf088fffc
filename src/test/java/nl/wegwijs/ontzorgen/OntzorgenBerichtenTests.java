package nl.wegwijs.ontzorgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ontzorgen bundles have the same keys in Dutch and English, and every enum value has a label. */
class OntzorgenBerichtenTests {

    static Properties bundel(String naam) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OntzorgenBerichtenTests.class.getResourceAsStream("/messages/" + naam + ".properties");
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundel("ontzorgen_en").stringPropertyNames())
            .containsExactlyInAnyOrderElementsOf(bundel("ontzorgen").stringPropertyNames());
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Properties nl = bundel("ontzorgen");
        List<Enum<?>[]> enums = List.of(VasteLastSoort.values(), MaandStatus.values(), GesprekStatus.values(),
                StopReden.values());
        List<String> prefixen = List.of("soort", "maandstatus", "gesprekstatus", "reden");
        for (int i = 0; i < enums.size(); i++) {
            for (Enum<?> waarde : enums.get(i)) {
                assertThat(nl).containsKey("ontzorgen." + prefixen.get(i) + "." + waarde.name());
            }
        }
    }
}
