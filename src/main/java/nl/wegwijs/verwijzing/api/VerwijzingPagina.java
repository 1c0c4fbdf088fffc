package nl.wegwijs.verwijzing.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Paginering;

/** One page of a household's referrals, newest first, with the absolute URL of the next page (null on the last). */
@Schema(description = "Eén pagina verwijzingen van een huishouden, nieuwste eerst, met de link naar de volgende "
        + "pagina.")
record VerwijzingPagina(
        @Schema(description = "De verwijzingen op deze pagina.") List<VerwijzingResource> items,
        @Schema(description = "De volledige URL van de volgende pagina; null op de laatste pagina.",
                example = "https://wegwijs.example/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/verwijzingen?na=4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a",
                nullable = true)
        @Nullable String volgende) {

    static VerwijzingPagina van(List<VerwijzingResource> items, @Nullable UUID laatste) {
        return new VerwijzingPagina(items, Paginering.volgende(laatste));
    }
}
