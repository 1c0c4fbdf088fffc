package nl.wegwijs.toestemming.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.Toestemming;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;

/** One person's consent as the API shows it; {@code geldig} says whether it holds today. */
record ToestemmingResource(UUID id, UUID huishoudenId, UUID persoonId, UUID ontvangerOrganisatieId,
        @Nullable Rol ontvangerRol, String ontvangerNaam, List<Gegevenssoort> gegevens, Doel doel, LocalDate vanaf,
        @Nullable LocalDate tot, Wijze wijze, @Nullable String taal, UUID vastgelegdDoor, Instant vastgelegdOp,
        @Nullable LocalDate controleOp, @Nullable Instant ingetrokkenOp, @Nullable String intrekkingReden,
        boolean geldig, long versie) {

    static ToestemmingResource from(Toestemming t, LocalDate vandaag) {
        return new ToestemmingResource(t.id(), t.huishoudenId(), t.persoonId(), t.ontvangerOrganisatieId(),
                t.ontvangerRol(), t.ontvangerNaam(), t.gegevens().stream().sorted().toList(), t.doel(), t.vanaf(),
                t.tot(), t.wijze(), t.taal(), t.vastgelegdDoor(), t.vastgelegdOp(), t.controleOp(), t.ingetrokkenOp(),
                t.intrekkingReden(), t.geldig(vandaag), t.versie());
    }
}
