package nl.wegwijs.signaal.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Actiepunt;
import nl.wegwijs.signaal.Eigenaar;

/** One action of a plan van aanpak; {@code versie} is its own. */
record ActiepuntResource(UUID id, String omschrijving, Eigenaar eigenaar, @Nullable String partnerNaam,
        @Nullable UUID eigenaarMedewerkerId, @Nullable String eigenaarMedewerkerNaam, LocalDate streefdatum,
        @Nullable LocalDate gedaanOp, long versie) {

    static ActiepuntResource from(Actiepunt a) {
        return new ActiepuntResource(a.id(), a.omschrijving(), a.eigenaar(), a.partnerNaam(), a.eigenaarMedewerker(),
                a.eigenaarMedewerkerNaam(), a.streefdatum(), a.gedaanOp(), a.versie());
    }
}
