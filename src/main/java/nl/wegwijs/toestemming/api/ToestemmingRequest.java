package nl.wegwijs.toestemming.api;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "Toestemming van een of meer personen van het huishouden; elk krijgt een eigen toestemming")
record ToestemmingRequest(
        @Schema(description = "ids van de "
                + "personen", example = "[\"7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d\"]", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty(message = "{toestemming.persoon.onbekend}") @Nullable Set<UUID> personen,
        @Schema(description = "de ontvanger: de gemeente of uitvoerder van het huishouden (bij VERHUIZING ook een "
                + "andere "
                + "gemeente)", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{toestemming.ontvanger.leeg}") @Nullable UUID ontvangerOrganisatieId,
        @Schema(description = "alleen deze rol bij de ontvanger; leeg: de hele organisatie", example = "REGIEVOERDER")
        @Nullable Rol ontvangerRol,
        @Schema(description = "gegevens: BASISGEGEVENS, VOORTGANG, NOTITIES, GEZONDHEID, FINANCIEN, INBURGERING, "
                + "SIGNALEN, ZELFREDZAAMHEID", example = "[\"GEZONDHEID\", \"FINANCIEN\"]", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty(message = "{toestemming.gegevens.leeg}") @Nullable Set<Gegevenssoort> gegevens,
        @Schema(description = "waarvoor: REGIE (regie en PIP), DOORVERWIJZING, OVERDRACHT (naar het wijkteam), "
                + "BREDE_INTAKE (aanwezig zijn), CONTACT_INSTANTIES (contact met instanties namens de statushouder), "
                + "ZELFREDZAAMHEID (uitkomsten delen met de gemeente) of VERHUIZING (het dossier gaat mee naar een "
                + "andere gemeente)", example = "REGIE", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{toestemming.doel.leeg}") @Nullable Doel doel,
        @Schema(description = "geldt vanaf; leeg: vandaag", example = "2026-03-05") @Nullable LocalDate vanaf,
        @Schema(description = "geldt tot en met; leeg: tot intrekking", example = "2027-03-05") @Nullable LocalDate tot,
        @Schema(description = "hoe gegeven: MONDELING, MONDELING_MET_TOLK, SCHRIFTELIJK of "
                + "DIGITAAL", example = "MONDELING_MET_TOLK", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{toestemming.wijze.leeg}") @Nullable Wijze wijze,
        @Schema(description = "taal waarin de toestemming werd gevraagd, tot 60 tekens", example = "Dari")
        @Size(max = 60, message = "{toestemming.taal.te-lang}") @Nullable String taal,
        @Schema(description = "wanneer opnieuw na te vragen, niet voor vanaf", example = "2026-09-05")
        @Nullable LocalDate controleOp) {

    /** Only after validation. */
    NieuweToestemming toNieuw(LocalDate vandaag) {
        return new NieuweToestemming(Set.copyOf(Objects.requireNonNull(personen)),
                Objects.requireNonNull(ontvangerOrganisatieId), ontvangerRol,
                Set.copyOf(Objects.requireNonNull(gegevens)), Objects.requireNonNull(doel),
                vanaf == null ? vandaag : vanaf, tot, Objects.requireNonNull(wijze), taal, controleOp);
    }
}
