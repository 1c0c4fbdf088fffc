package nl.wegwijs.toestemming.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * A consent of one or more persons of the household (each gets their own). Without {@code ontvangerRol} the whole
 * organisation (the household's gemeente or uitvoerder) may see the categories; without {@code vanaf} from today.
 */
record ToestemmingRequest(
        @NotEmpty(message = "{toestemming.persoon.onbekend}") @Nullable Set<UUID> personen,
        @NotNull(message = "{toestemming.ontvanger.leeg}") @Nullable UUID ontvangerOrganisatieId,
        @Nullable Rol ontvangerRol,
        @NotEmpty(message = "{toestemming.gegevens.leeg}") @Nullable Set<Gegevenssoort> gegevens,
        @NotNull(message = "{toestemming.doel.leeg}") @Nullable Doel doel,
        @Nullable LocalDate vanaf,
        @Nullable LocalDate tot,
        @NotNull(message = "{toestemming.wijze.leeg}") @Nullable Wijze wijze,
        @Size(max = 60, message = "{toestemming.taal.te-lang}") @Nullable String taal,
        @Nullable LocalDate controleOp) {

    /** Only after validation. */
    NieuweToestemming toNieuw(LocalDate vandaag) {
        return new NieuweToestemming(Set.copyOf(Objects.requireNonNull(personen)),
                Objects.requireNonNull(ontvangerOrganisatieId), ontvangerRol,
                Set.copyOf(Objects.requireNonNull(gegevens)), Objects.requireNonNull(doel),
                vanaf == null ? vandaag : vanaf, tot, Objects.requireNonNull(wijze), taal, controleOp);
    }
}
