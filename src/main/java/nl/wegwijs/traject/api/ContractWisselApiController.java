package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

/**
 * A gemeente changes uitvoerder: the beheerder moves every running trajectory of a contract to another contract of the
 * same gemeente from a date, through the same {@link TrajectService#wisselContract} as the page
 * {@code /beheer/contracten/{id}/overzetten}. Here and not in organisatie, because organisatie may not depend on
 * traject.
 */
@RestController
@Tag(name = "Trajecten")
class ContractWisselApiController {

    private final TrajectService trajecten;

    ContractWisselApiController(TrajectService trajecten) {
        this.trajecten = trajecten;
    }

    @Schema(description = "Naar welk contract de lopende trajecten gaan, en vanaf welke dag.")
    record WisselRequest(
            @Schema(description = "id van het nieuwe contract, van dezelfde gemeente",
                    example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
            @NotNull(message = "{beheer.wissel.nieuwContract.leeg}") @Nullable UUID nieuwContractId,
            @Schema(description = "eerste dag onder het nieuwe contract", example = "2026-07-01")
            @NotNull(message = "{beheer.wissel.per.leeg}") @Nullable LocalDate per) {
    }

    @Schema(description = "Hoeveel trajecten zijn overgezet.")
    record WisselResource(@Schema(description = "aantal overgezette lopende trajecten", example = "37") int aantal,
            @Schema(description = "id van het nieuwe contract", example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
            UUID nieuwContractId,
            @Schema(description = "eerste dag onder het nieuwe contract", example = "2026-07-01") LocalDate per) {
    }

    @PostMapping(path = "/api/v1/contracten/{id}/overzetting", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Alle lopende trajecten van een contract overzetten naar een ander contract (beheerder)",
            description = """
                    Voor als een gemeente van uitvoerder wisselt: elk lopend traject van dit contract gaat vanaf de \
                    gegeven dag verder onder het nieuwe contract van dezelfde gemeente; de geschiedenis onder het oude \
                    contract blijft. Alleen de beheerder: anderen krijgen 403. Een onbekend contract: 404; een contract \
                    van een andere gemeente: 422. Antwoordt met het aantal overgezette trajecten.""")
    WisselResource zetOver(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het oude contract") @PathVariable UUID id,
            @Valid @RequestBody WisselRequest wissel) {
        if (!ik.heeftRol(Rol.BEHEERDER)) {
            throw new AccessDeniedException("contract overzetten alleen door de beheerder");
        }
        UUID nieuw = java.util.Objects.requireNonNull(wissel.nieuwContractId());
        LocalDate per = java.util.Objects.requireNonNull(wissel.per());
        return new WisselResource(trajecten.wisselContract(ik, id, nieuw, per), nieuw, per);
    }
}
