package nl.wegwijs.toestemming.api;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "De toestemming van één persoon")
record ToestemmingResource(
        @Schema(description = "id van de toestemming", example = "0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b") UUID id,
        @Schema(description = "id van het "
                + "huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishoudenId,
        @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") UUID persoonId,
        @Schema(description = "id van de ontvangende organisatie", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        UUID ontvangerOrganisatieId,
        @Schema(description = "alleen deze rol bij de ontvanger; leeg: de hele organisatie", example = "REGIEVOERDER",
                nullable = true)
        @Nullable Rol ontvangerRol,
        @Schema(description = "naam van de ontvanger", example = "Gemeente Apeldoorn, "
                + "regievoerder") String ontvangerNaam,
        @Schema(description = "gegevens: BASISGEGEVENS, VOORTGANG, NOTITIES, GEZONDHEID, FINANCIEN, INBURGERING, "
                + "SIGNALEN, ZELFREDZAAMHEID", example = "[\"FINANCIEN\", \"GEZONDHEID\"]") List<Gegevenssoort> gegevens,
        @Schema(description = "waarvoor: REGIE (regie en PIP), DOORVERWIJZING, OVERDRACHT (naar het wijkteam), "
                + "BREDE_INTAKE (aanwezig zijn), CONTACT_INSTANTIES (contact met instanties namens de statushouder), "
                + "ZELFREDZAAMHEID (uitkomsten delen met de gemeente) of VERHUIZING (het dossier gaat mee naar een "
                + "andere gemeente)", example = "REGIE") Doel doel,
        @Schema(description = "geldt vanaf", example = "2026-03-05") LocalDate vanaf,
        @Schema(description = "geldt tot en met; leeg: tot intrekking", example = "2027-03-05", nullable = true)
        @Nullable LocalDate tot,
        @Schema(description = "hoe gegeven: MONDELING, MONDELING_MET_TOLK, SCHRIFTELIJK of "
                + "DIGITAAL", example = "MONDELING_MET_TOLK") Wijze wijze,
        @Schema(description = "taal waarin de toestemming werd gevraagd", example = "Dari", nullable = true)
        @Nullable String taal,
        @Schema(description = "id van wie haar vastlegde", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        UUID vastgelegdDoor,
        @Schema(description = "wanneer", example = "2026-03-05T10:00:00Z") Instant vastgelegdOp,
        @Schema(description = "wanneer opnieuw na te vragen", example = "2026-09-05", nullable = true)
        @Nullable LocalDate controleOp,
        @Schema(description = "ingetrokken op", example = "2026-06-01T09:15:00Z", nullable = true)
        @Nullable Instant ingetrokkenOp,
        @Schema(description = "waarom ingetrokken", example = "Mevrouw Ahmadi wil haar gezondheidsgegevens niet meer "
                + "delen.",
                nullable = true)
        @Nullable String intrekkingReden,
        @Schema(description = "geldt vandaag", example = "true") boolean geldig,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij intrekken", example = "0")
        long versie) {

    static ToestemmingResource from(Toestemming t, LocalDate vandaag) {
        return new ToestemmingResource(t.id(), t.huishoudenId(), t.persoonId(), t.ontvangerOrganisatieId(),
                t.ontvangerRol(), t.ontvangerNaam(), t.gegevens().stream().sorted().toList(), t.doel(), t.vanaf(),
                t.tot(), t.wijze(), t.taal(), t.vastgelegdDoor(), t.vastgelegdOp(), t.controleOp(), t.ingetrokkenOp(),
                t.intrekkingReden(), t.geldig(vandaag), t.versie());
    }
}
