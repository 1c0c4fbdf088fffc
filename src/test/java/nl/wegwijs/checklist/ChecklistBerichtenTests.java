package nl.wegwijs.checklist;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist's Dutch and English bundles have the same keys, every enum value has a label, and every message key
 * the module's templates and code name exists (a prefix passed to {@code Code.van} of the inzage report names the
 * keys below it).
 */
class ChecklistBerichtenTests {

    static Properties bundel(String naam) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ChecklistBerichtenTests.class.getResourceAsStream("/messages/" + naam + ".properties");
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundel("checklist_en").stringPropertyNames())
            .containsExactlyInAnyOrderElementsOf(bundel("checklist").stringPropertyNames());
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Properties nl = bundel("checklist");
        List<Enum<?>[]> enums = List.of(Thema.values(), Categorie.values(), Reikwijdte.values(), Referentie.values(),
                Uitvoerende.values(), Doelgroep.values(), ItemStatus.values(), WieDeedHet.values());
        List<String> prefixen = List.of("thema", "categorie", "reikwijdte", "referentie", "uitvoerende", "doelgroep",
                "status", "wie");
        for (int i = 0; i < enums.size(); i++) {
            for (Enum<?> waarde : enums.get(i)) {
                assertThat(nl).containsKey("checklist." + prefixen.get(i) + "." + waarde.name());
            }
        }
        for (WieDeedHet wie : WieDeedHet.values()) {
            assertThat(nl).containsKey("checklist.knop." + wie.name());
        }
    }

    @Test
    void everyKeyTheTemplatesAndCodeNameExists() throws IOException {
        Properties nl = bundel("checklist");
        Set<String> genoemd = new HashSet<>();
        // the first argument of Persoonsgegevens.Code.van(prefix, value) is a prefix: the key is prefix.VALUE
        Set<String> voorvoegsels = new HashSet<>();
        String code = "Code.van(";
        Pattern sleutel = Pattern.compile("[#{\"](checklist\\.[a-z0-9][a-z0-9.\\-]*[a-z0-9])[(}\"]");
        for (Path map : List.of(Paths.get("src/main/resources/templates/checklist"),
                Paths.get("src/main/java/nl/wegwijs/checklist"))) {
            try (Stream<Path> bestanden = Files.walk(map)) {
                for (Path bestand : bestanden.filter(Files::isRegularFile).toList()) {
                    String tekst = Files.readString(bestand);
                    Matcher m = sleutel.matcher(tekst);
                    while (m.find()) {
                        boolean voorvoegsel = m.start() >= code.length()
                                && tekst.startsWith(code, m.start() - code.length());
                        (voorvoegsel ? voorvoegsels : genoemd).add(m.group(1));
                    }
                }
            }
        }
        assertThat(genoemd).hasSizeGreaterThan(50);
        assertThat(nl.stringPropertyNames()).containsAll(genoemd);
        // every value of such a prefix is an enum constant whose label everyEnumValueHasALabel checks; here: the
        // prefix names keys at all
        assertThat(voorvoegsels).isNotEmpty().allSatisfy(v -> assertThat(nl.stringPropertyNames())
            .anyMatch(k -> k.startsWith(v + ".")));
    }
}
