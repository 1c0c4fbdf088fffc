package nl.wegwijs.afsluiting;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closing and handover pages have no Dutch fallbacks in English: every key of the module's bundle has an English
 * text, and a message with arguments has no bare apostrophe (MessageFormat would swallow it).
 */
class AfsluitingTekstenTests {

    private static Properties lees(String naam) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/messages", naam), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyKeyHasItsEnglishText() throws IOException {
        Properties nl = lees("afsluiting.properties");
        Properties en = lees("afsluiting_en.properties");
        Set<String> zonder = new TreeSet<>(nl.stringPropertyNames());
        zonder.removeAll(en.stringPropertyNames());
        assertThat(zonder).as("keys without an English text").isEmpty();
        Set<String> over = new TreeSet<>(en.stringPropertyNames());
        over.removeAll(nl.stringPropertyNames());
        assertThat(over).as("English keys the Dutch bundle does not have").isEmpty();
        assertThat(en.stringPropertyNames()).allSatisfy(k -> {
            String tekst = en.getProperty(k);
            assertThat(tekst).as(k).isNotBlank();
            if (tekst.contains("{0}")) {
                assertThat(tekst.replace("''", "")).as(k + ": a bare apostrophe in a message with arguments")
                    .doesNotContain("'");
            }
        });
    }
}
