package nl.wegwijs.verwijzing.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** The waiting times of a gemeente's services that received referrals, by kind and name. */
@Schema(description = "De wachttijden per dienst van een gemeente (diensten die verwijzingen kregen)")
record WachttijdenResource(
        @Schema(description = "id van de gemeente", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID gemeenteId,
        @Schema(description = "per dienst, per soort en naam") List<WachttijdResource> items) {
}
