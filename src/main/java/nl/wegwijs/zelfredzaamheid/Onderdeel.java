package nl.wegwijs.zelfredzaamheid;

import java.util.List;
import java.util.UUID;

/** A component of a domain, with its sub-goal and indicator statements ("you can read your meter"). */
public record Onderdeel(UUID id, int volgorde, String naam, String subdoel, List<String> indicatoren) {
}
