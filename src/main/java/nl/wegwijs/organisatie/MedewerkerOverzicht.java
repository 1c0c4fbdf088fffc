package nl.wegwijs.organisatie;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One medewerker in a list (e.g. to choose whom to assign). */
public record MedewerkerOverzicht(UUID id, String naam, Rol rol, @Nullable BigDecimal fte, String teams) {
}
