package nl.wegwijs.organisatie.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.verwerkingslog.Actie;

/**
 * The filter of the processing-log browser (a GET form, so a page can be bookmarked), plus where the previous page
 * ended ({@code naTijdstip}, {@code naId}). {@code trace} shows the rows of one request, {@code mislukt} only failures.
 */
public record VerwerkingslogForm(
        @Size(max = 100, message = "{beheer.naam.lang}") @Nullable String medewerker,
        @Nullable UUID betrokkene,
        @Nullable UUID huishouden,
        @Nullable Actie actie,
        @Nullable UUID trace,
        @Nullable Boolean mislukt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate van,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
        @Nullable Instant naTijdstip,
        @Nullable UUID naId) {

    /** The same filter for another medewerker (a username), from the newest row. */
    VerwerkingslogForm met(String gebruikersnaam) {
        return new VerwerkingslogForm(gebruikersnaam, betrokkene, huishouden, actie, trace, mislukt, van, tot, null,
                null);
    }

    /** Only processings that failed (e.g. refused logins). */
    boolean alleenMislukt() {
        return Boolean.TRUE.equals(mislukt);
    }

    boolean heeftMedewerker() {
        return medewerker != null && !medewerker.isBlank();
    }
}
