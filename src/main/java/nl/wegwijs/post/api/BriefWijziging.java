package nl.wegwijs.post.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.post.AfgehandeldDoor;
import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.BriefGegevens;
import nl.wegwijs.post.BriefStatus;

/**
 * The whole letter as it should be (PUT replaces it; fields left out are cleared), with the version the client last
 * read: a stale one is refused with 409 and nothing is written.
 */
@Schema(description = "De hele brief zoals hij moet worden, met de versie die u het laatst las")
record BriefWijziging(
        @Schema(description = "de versie die u het laatst "
                + "las", example = "2", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{post.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de persoon aan wie de brief is gericht; leeg: het hele huishouden",
                example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
        @Nullable UUID persoonId,
        @Schema(description = "afzender: BELASTINGDIENST_TOESLAGEN, GEMEENTE, DUO, UWV, ZORGVERZEKERAAR, VERHUURDER, "
                + "ENERGIELEVERANCIER, CJIB, SCHOOL of ANDERS (dan met "
                + "afzenderNaam)", example = "BELASTINGDIENST_TOESLAGEN", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{post.afzender.leeg}") @Nullable Afzender afzender,
        @Schema(description = "naam van de afzender, tot 200 tekens; nodig bij ANDERS", example = "Stichting "
                + "Vluchtelingenwerk")
        @Size(max = BriefGegevens.NAAM_MAX, message = "{post.afzender-naam.te-lang}") @Nullable String afzenderNaam,
        @Schema(description = "ontvangen op, niet in de "
                + "toekomst", example = "2026-03-04", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{post.ontvangen.leeg}")
        @PastOrPresent(message = "{post.ontvangen.toekomst}") @Nullable LocalDate ontvangenOp,
        @Schema(description = "onderwerp, tot 200 tekens", example = "Voorschot huurtoeslag "
                + "2026", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{post.onderwerp.leeg}")
        @Size(max = BriefGegevens.ONDERWERP_MAX, message = "{post.onderwerp.te-lang}") @Nullable String onderwerp,
        @Schema(description = "wat er moet gebeuren, tot 2000 tekens", example = "Inkomen 2026 controleren en "
                + "doorgeven.")
        @Size(max = BriefGegevens.ACTIE_MAX, message = "{post.actie.te-lang}") @Nullable String actie,
        @Schema(description = "deadline, niet voor de ontvangst", example = "2026-04-01")
        @Nullable LocalDate deadline,
        @Schema(description = "status: OPEN, IN_BEHANDELING, AFGEHANDELD of GEEN_ACTIE (OPEN en IN_BEHANDELING moeten "
                + "nog gebeuren)", example = "AFGEHANDELD", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{post.status.leeg}") @Nullable BriefStatus status,
        @Schema(description = "wie het afhandelde: BEGELEIDER, SAMEN of STATUSHOUDER (zelf); nodig bij "
                + "AFGEHANDELD", example = "SAMEN")
        @Nullable AfgehandeldDoor afgehandeldDoor,
        @Schema(description = "notitie, tot 4000 tekens", example = "Samen ingelogd met DigiD; inkomen klopt.")
        @Size(max = BriefGegevens.NOTITIE_MAX, message = "{post.notitie.te-lang}") @Nullable String notitie) {

    /** Only after validation: the required fields are present. */
    BriefGegevens toGegevens() {
        return new BriefGegevens(persoonId, java.util.Objects.requireNonNull(afzender), afzenderNaam,
                java.util.Objects.requireNonNull(ontvangenOp), java.util.Objects.requireNonNull(onderwerp), actie,
                deadline, java.util.Objects.requireNonNull(status), afgehandeldDoor, notitie);
    }
}
