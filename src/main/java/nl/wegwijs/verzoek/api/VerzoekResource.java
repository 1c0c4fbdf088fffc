package nl.wegwijs.verzoek.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.verzoek.AkkoordWijze;
import nl.wegwijs.verzoek.Product;
import nl.wegwijs.verzoek.Verzoek;
import nl.wegwijs.verzoek.VerzoekSoort;
import nl.wegwijs.verzoek.VerzoekStatus;

/** A request to the gemeente as the API shows it; {@code versie} goes back with a decision. */
record VerzoekResource(UUID id, UUID huishouden, UUID traject, VerzoekSoort soort, @Nullable Integer maanden,
        @Nullable Product product, @Nullable String productNaam, @Nullable LocalDate gewensteStart, String reden,
        LocalDate akkoordOp, AkkoordWijze akkoordWijze, VerzoekStatus status, String ingediendDoor,
        Instant ingediendOp, @Nullable String beslotenDoor, @Nullable Instant beslotenOp,
        @Nullable String besluitReden, long versie) {

    static VerzoekResource from(Verzoek v) {
        return new VerzoekResource(v.id().value(), v.huishouden().value(), v.traject().value(), v.soort(),
                v.maanden(), v.product(), v.productNaam(), v.gewensteStart(), v.reden(), v.akkoordOp(),
                v.akkoordWijze(), v.status(), v.ingediendDoorNaam(), v.ingediendOp(), v.beslotenDoorNaam(),
                v.beslotenOp(), v.besluitReden(), v.versie());
    }
}
