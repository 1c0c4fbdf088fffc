package nl.wegwijs.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.PersoonRol;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's Dutch and English bundles have the same keys, every choice has a label, and every message key the
 * module's templates and code name exists.
 */
class IntakeBerichtenTests {

    static Properties bundel(String naam) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IntakeBerichtenTests.class.getResourceAsStream("/messages/" + naam + ".properties");
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundel("intake_en").stringPropertyNames())
            .containsExactlyInAnyOrderElementsOf(bundel("intake").stringPropertyNames());
    }

    @Test
    void everyChoiceHasALabel() throws IOException {
        Properties nl = bundel("intake");
        List<Enum<?>[]> enums = List.of(Tolk.values(), Opleidingsniveau.values(), Geletterdheid.values(),
                DigitaleVaardigheid.values(), SignaalBron.values(), PersoonRol.values(), DigitaleVaardigheid.values());
        List<String> prefixen = List.of("tolk", "opleidingsniveau", "geletterdheid", "digitaal", "bron", "rol",
                "digitaal-kort");
        for (int i = 0; i < enums.size(); i++) {
            for (Enum<?> waarde : enums.get(i)) {
                assertThat(nl).containsKey("intake." + prefixen.get(i) + "." + waarde.name());
            }
        }
    }

    @Test
    void everyKeyTheTemplatesAndCodeNameExists() throws IOException {
        Properties nl = bundel("intake");
        Set<String> genoemd = new HashSet<>();
        Pattern sleutel = Pattern.compile("[#{\"'](intake\\.[a-z0-9][a-z0-9.\\-]*[a-z0-9])[(}\"']");
        for (Path map : List.of(Paths.get("src/main/resources/templates/intake"),
                Paths.get("src/main/java/nl/wegwijs/intake"))) {
            try (Stream<Path> bestanden = Files.walk(map)) {
                for (Path bestand : bestanden.filter(Files::isRegularFile).toList()) {
                    Matcher m = sleutel.matcher(Files.readString(bestand));
                    while (m.find()) {
                        genoemd.add(m.group(1));
                    }
                }
            }
        }
        // a prefix passed to Code.van names the keys below it (checked in everyChoiceHasALabel)
        genoemd.removeIf(k -> k.endsWith(".") || nl.stringPropertyNames().stream().anyMatch(n -> n.startsWith(k + ".")));
        assertThat(genoemd).hasSizeGreaterThan(40);
        assertThat(nl.stringPropertyNames()).containsAll(genoemd);
    }
}
