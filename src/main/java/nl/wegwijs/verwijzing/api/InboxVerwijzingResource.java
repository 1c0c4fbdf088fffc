package nl.wegwijs.verwijzing.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.verwijzing.Verwijzing;
import nl.wegwijs.verwijzing.VerwijzingStatus;

/** A referral in the receiving wijkteam's inbox, with the name it is about. */
@Schema(description = "Een verwijzing in de inbox van het ontvangende wijkteam")
record InboxVerwijzingResource(
        @Schema(description = "id van de verwijzing", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a") UUID id,
        @Schema(description = "de verwezen persoon, of bij het hele huishouden de hoofdpersoon",
                example = "Samira Haddad") String naam,
        @Schema(description = "voor het hele huishouden", example = "false") boolean huishouden,
        @Schema(description = "id van de dienst", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f") UUID dienstId,
        @Schema(description = "naam van de dienst", example = "Sociaal wijkteam Centrum") String dienstNaam,
        @Schema(description = "soort dienst", example = "SOCIAAL_WIJKTEAM") Dienstsoort soort,
        @Schema(description = "waarom verwezen", example = "Hulp bij de opvoeding van de jongste zoon") String reden,
        @Schema(description = "warm of koud", example = "true") boolean warm,
        @Schema(description = "stand", example = "VERSTUURD") VerwijzingStatus status,
        @Schema(description = "verstuurd op", example = "2026-11-30") @Nullable LocalDate verstuurdOp,
        @Schema(description = "op de wachtlijst gezet op", example = "2026-12-02", nullable = true)
        @Nullable LocalDate wachtlijstOp,
        @Schema(description = "dagen dat de verwijzing al op een antwoord wacht", example = "3", nullable = true)
        @Nullable Long wachtSindsDagen,
        @Schema(description = "versie: stuur deze mee met het antwoord", example = "2") long versie) {

    static InboxVerwijzingResource from(Verwijzing v, String naam, LocalDate vandaag) {
        return new InboxVerwijzingResource(v.id(), naam, v.persoonId() == null, v.dienstId(), v.dienstNaam(),
                v.soort(), v.reden(), v.warm(), v.status(), v.verstuurdOp(), v.wachtlijstOp(), v.wachtSinds(vandaag),
                v.versie());
    }
}
