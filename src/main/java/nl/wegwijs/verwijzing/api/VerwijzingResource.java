package nl.wegwijs.verwijzing.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.verwijzing.Verwijzing;
import nl.wegwijs.verwijzing.VerwijzingStatus;

/** One referral as the API shows it, with the date of every step (so waiting times can be measured). */
@Schema(description = "Een verwijzing naar een dienst van de sociale kaart, met de datum van elke stap")
record VerwijzingResource(
        @Schema(description = "id van de verwijzing", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a") UUID id,
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID huishoudenId,
        @Schema(description = "de verwezen persoon; leeg: het hele huishouden",
                example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d", nullable = true)
        @Nullable UUID persoonId,
        @Schema(description = "id van de dienst", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f") UUID dienstId,
        @Schema(description = "naam van de dienst", example = "Sociaal wijkteam Centrum") String dienstNaam,
        @Schema(description = "soort dienst", example = "SOCIAAL_WIJKTEAM") Dienstsoort soort,
        @Schema(description = "waarom verwezen", example = "Hulp bij de opvoeding van de jongste zoon") String reden,
        @Schema(description = "warm (de begeleider gaat mee of belt samen) of koud", example = "true") boolean warm,
        @Schema(description = "stand: AANGEMAAKT, VERSTUURD, GEACCEPTEERD, AFGEWEZEN, WACHTLIJST, AFGEROND, of "
                + "INGETROKKEN (de toestemming waarop zij rustte is ingetrokken)", example = "VERSTUURD")
        VerwijzingStatus status,
        @Schema(description = "het signaal waar zij uit voortkwam", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c",
                nullable = true)
        @Nullable UUID signaalId,
        @Schema(description = "ontvangen en beantwoord in Wegwijs (een wijkteam); anders legt de begeleider het "
                + "antwoord vast", example = "true") boolean inWegwijs,
        @Schema(description = "aangemaakt op", example = "2026-11-30") LocalDate aangemaaktOp,
        @Schema(description = "verstuurd op", example = "2026-11-30", nullable = true) @Nullable LocalDate verstuurdOp,
        @Schema(description = "op de wachtlijst gezet op", example = "2026-12-02", nullable = true)
        @Nullable LocalDate wachtlijstOp,
        @Schema(description = "geaccepteerd op", example = "2026-12-04", nullable = true)
        @Nullable LocalDate geaccepteerdOp,
        @Schema(description = "definitief beantwoord op (geaccepteerd of afgewezen)", example = "2026-12-04",
                nullable = true)
        @Nullable LocalDate beantwoordOp,
        @Schema(description = "afgerond op", example = "2027-01-15", nullable = true) @Nullable LocalDate afgerondOp,
        @Schema(description = "ingetrokken op, omdat de toestemming is ingetrokken", example = "2026-12-05",
                nullable = true)
        @Nullable LocalDate ingetrokkenOp,
        @Schema(description = "waarom ingetrokken", example = "toestemming ingetrokken", nullable = true)
        @Nullable String intrekkingReden,
        @Schema(description = "het antwoord van de dienst (bij afwijzen de reden) of, na afronden, de uitkomst",
                example = "Intake op 12 december", nullable = true)
        @Nullable String uitkomst,
        @Schema(description = "dagen van versturen tot acceptatie", example = "4", nullable = true)
        @Nullable Long wachtdagen,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij elke stap", example = "2")
        long versie) {

    static VerwijzingResource from(Verwijzing v) {
        return new VerwijzingResource(v.id(), v.huishoudenId(), v.persoonId(), v.dienstId(), v.dienstNaam(), v.soort(),
                v.reden(), v.warm(), v.status(), v.signaalId(), v.inWegwijs(), v.aangemaaktOp(), v.verstuurdOp(),
                v.wachtlijstOp(), v.geaccepteerdOp(), v.beantwoordOp(), v.afgerondOp(), v.ingetrokkenOp(),
                v.intrekkingReden(), v.uitkomst(), v.wachtdagen(), v.versie());
    }
}
