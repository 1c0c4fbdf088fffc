package nl.wegwijs.post.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.post.AfgehandeldDoor;
import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.Brief;
import nl.wegwijs.post.BriefStatus;

/** A letter as the API shows it; {@code verlopen} is true when it still needs action and its deadline has passed. */
@Schema(description = "Een brief van een huishouden")
record BriefResource(
        @Schema(description = "id van de brief", example = "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a") UUID id,
        @Schema(description = "id van het "
                + "huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishoudenId,
        @Schema(description = "de persoon aan wie de brief is gericht; leeg: het hele huishouden",
                example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d", nullable = true)
        @Nullable UUID persoonId,
        @Schema(description = "afzender: BELASTINGDIENST_TOESLAGEN, GEMEENTE, DUO, UWV, ZORGVERZEKERAAR, VERHUURDER, "
                + "ENERGIELEVERANCIER, CJIB, SCHOOL of ANDERS (dan met "
                + "afzenderNaam)", example = "BELASTINGDIENST_TOESLAGEN") Afzender afzender,
        @Schema(description = "naam van de afzender", example = "Stichting Vluchtelingenwerk", nullable = true)
        @Nullable String afzenderNaam,
        @Schema(description = "ontvangen op", example = "2026-03-04") LocalDate ontvangenOp,
        @Schema(description = "onderwerp", example = "Voorschot huurtoeslag 2026") String onderwerp,
        @Schema(description = "wat er moet gebeuren", example = "Inkomen 2026 controleren en "
                + "doorgeven.", nullable = true)
        @Nullable String actie,
        @Schema(description = "deadline", example = "2026-04-01", nullable = true) @Nullable LocalDate deadline,
        @Schema(description = "status: OPEN, IN_BEHANDELING, AFGEHANDELD of GEEN_ACTIE (OPEN en IN_BEHANDELING moeten "
                + "nog gebeuren)", example = "OPEN") BriefStatus status,
        @Schema(description = "moet nog gebeuren en de deadline is voorbij", example = "false") boolean verlopen,
        @Schema(description = "wie het afhandelde: BEGELEIDER, SAMEN of "
                + "STATUSHOUDER", example = "SAMEN", nullable = true)
        @Nullable AfgehandeldDoor afgehandeldDoor,
        @Schema(description = "afgehandeld "
                + "op", example = "2026-03-20", nullable = true) @Nullable LocalDate afgehandeldOp,
        @Schema(description = "notitie", example = "Samen ingelogd met DigiD; inkomen klopt.", nullable = true)
        @Nullable String notitie,
        @Schema(description = "id van wie de brief vastlegde", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        UUID vastgelegdDoor,
        @Schema(description = "wanneer hij werd vastgelegd", example = "2026-03-04T13:20:00Z") Instant vastgelegdOp,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een "
                + "wijziging", example = "2")
        long versie) {

    static BriefResource from(Brief b, LocalDate vandaag) {
        return new BriefResource(b.id().value(), b.huishouden().value(), b.persoonId(), b.afzender(),
                b.afzenderNaam(), b.ontvangenOp(), b.onderwerp(), b.actie(), b.deadline(), b.status(),
                b.isVerlopen(vandaag), b.afgehandeldDoor(), b.afgehandeldOp(), b.notitie(), b.vastgelegdDoor(),
                b.vastgelegdOp(), b.versie());
    }
}
