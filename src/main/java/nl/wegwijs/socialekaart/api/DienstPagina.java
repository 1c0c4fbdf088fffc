package nl.wegwijs.socialekaart.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Paginering;

/** One page of a gemeente's services, with the absolute URL of the next page (null on the last). */
@Schema(description = "Eén pagina diensten van de sociale kaart, met de link naar de volgende pagina.")
record DienstPagina(
        @Schema(description = "id van de gemeente van deze sociale kaart",
                example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID gemeenteId,
        @Schema(description = "of u deze sociale kaart mag bijhouden", example = "false") boolean magBeheren,
        @Schema(description = "De diensten op deze pagina, per soort en naam.") List<DienstResource> items,
        @Schema(description = "De volledige URL van de volgende pagina, met dezelfde filters; null op de laatste "
                + "pagina.", example = "https://wegwijs.example/api/v1/diensten?gemeente=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d&na=3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f",
                nullable = true)
        @Nullable String volgende) {

    static DienstPagina van(UUID gemeente, boolean magBeheren, List<DienstResource> items, @Nullable UUID laatste) {
        return new DienstPagina(gemeente, magBeheren, items, Paginering.volgende(laatste));
    }
}
