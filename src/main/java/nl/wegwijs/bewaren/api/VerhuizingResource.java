package nl.wegwijs.bewaren.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the import made: the new trajectory and household, where it came from, and the BSNs left out. */
@Schema(description = "Het geïmporteerde verhuisdossier: de nieuwe aanmelding")
record VerhuizingResource(
        @Schema(description = "id van het nieuwe traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
        UUID trajectId,
        @Schema(description = "id van het nieuwe huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID huishoudenId,
        @Schema(description = "de vorige gemeente", example = "Gemeente Apeldoorn") String vanGemeente,
        @Schema(description = "hoeveel BSN's zijn weggelaten omdat ze al bekend zijn", example = "0")
        int bsnWeggelaten) {
}
