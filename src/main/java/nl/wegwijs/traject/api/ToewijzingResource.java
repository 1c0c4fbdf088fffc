package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;

/** Who is assigned in which role, from and until (inclusive) when; of the medewerker only the name. */
record ToewijzingResource(UUID id, UUID medewerkerId, String naam, ToewijzingRol rol, LocalDate vanaf,
        @Nullable LocalDate tot) {

    static ToewijzingResource from(Toewijzing t, Dossier d) {
        return new ToewijzingResource(t.id(), t.medewerkerId(), d.naam(t.medewerkerId()), t.rol(), t.vanaf(), t.tot());
    }
}
