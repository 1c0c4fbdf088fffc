package nl.wegwijs.werklijst;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One household in the worklist. */
public record WerklijstRegel(UUID trajectId, UUID huishoudenId, String naam, int aantalPersonen, String status,
        @Nullable String faseCode, @Nullable String faseNaam, @Nullable LocalDate eerstvolgendeTermijn, @Nullable String eerstvolgendeSoort,
        int aantalVerlopen, String medewerkerNamen, LocalDate urgentie) {

    public boolean verlopen(LocalDate vandaag) {
        return eerstvolgendeTermijn != null && eerstvolgendeTermijn.isBefore(vandaag);
    }
}
