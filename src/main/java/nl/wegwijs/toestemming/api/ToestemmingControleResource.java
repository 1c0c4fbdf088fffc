package nl.wegwijs.toestemming.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.wegwijs.toestemming.ControleRegel;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.traject.Gegevenssoort;

/** One consent whose "still agreed?" check is due. */
@Schema(description = "Een toestemming om na te vragen")
record ToestemmingControleResource(
        @Schema(description = "id van de toestemming", example = "0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b") UUID id,
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID huishoudenId,
        @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") UUID persoonId,
        @Schema(description = "naam van de persoon", example = "Samira Haddad") String persoon,
        @Schema(description = "naam van de ontvanger", example = "Gemeente Apeldoorn, regievoerder")
        String ontvangerNaam,
        @Schema(description = "gegevens", example = "[\"FINANCIEN\"]") List<Gegevenssoort> gegevens,
        @Schema(description = "waarvoor", example = "REGIE") Doel doel,
        @Schema(description = "na te vragen op", example = "2026-03-01") LocalDate controleOp,
        @Schema(description = "versie: stuur deze mee bij akkoord of intrekken", example = "0") long versie) {

    static ToestemmingControleResource van(ControleRegel r) {
        return new ToestemmingControleResource(r.id(), r.huishoudenId(), r.persoonId(), r.persoon(),
                r.ontvangerNaam(), r.gegevens().stream().sorted().toList(), r.doel(), r.controleOp(), r.versie());
    }
}
