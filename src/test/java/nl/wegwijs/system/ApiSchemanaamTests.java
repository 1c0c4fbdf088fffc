package nl.wegwijs.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc names a schema after the simple class name: two API types with the same simple name in different modules
 * (say two {@code FaseRequest}s) silently become ONE schema in the document, and one operation is then documented
 * with the other's fields. Every type declared in an {@code api} package therefore has a name of its own.
 */
class ApiSchemanaamTests {

    private static final Pattern TYPE = Pattern.compile("\\b(?:record|class|enum|interface)\\s+([A-Z][A-Za-z0-9]*)");

    @Test
    void everyApiTypeHasAUniqueSimpleName() throws IOException {
        Map<String, List<String>> waar = new TreeMap<>();
        try (Stream<Path> bestanden = Files.walk(Path.of("src/main/java/nl/wegwijs"))) {
            for (Path p : bestanden.filter(p -> p.getParent().getFileName().toString().equals("api")
                    && p.toString().endsWith(".java")).toList()) {
                Matcher m = TYPE.matcher(Files.readString(p));
                while (m.find()) {
                    waar.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(p.toString());
                }
            }
        }
        assertThat(waar).as("API types found").hasSizeGreaterThan(50);
        waar.values().removeIf(plekken -> plekken.stream().distinct().count() < 2);
        assertThat(waar).as("API types whose simple names clash in the OpenAPI document").isEmpty();
    }
}
