package nl.wegwijs.socialekaart;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a maintainer enters for a service (create and edit). */
public record DienstGegevens(String naam, Dienstsoort soort, @Nullable String telefoon, @Nullable String email,
        @Nullable String adres, @Nullable String website, List<String> talen, @Nullable Integer wachttijdWeken,
        @Nullable String verwijzen, @Nullable UUID organisatieId) {

    public DienstGegevens {
        talen = talen.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
