package nl.wegwijs.verzoek.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Paginering;

/**
 * One page of verzoeken: the items, and the absolute URL of the next page ({@code volgende}, with every filter of this
 * request kept), null on the last page.
 */
@Schema(description = "Eén pagina verzoeken, met de link naar de volgende pagina.")
record VerzoekPagina(@Schema(description = "De verzoeken op deze pagina.") List<VerzoekRegelResource> items,
        @Schema(description = "De volledige URL van de volgende pagina, met dezelfde filters; null op de laatste "
                + "pagina.", example = "https://wegwijs.example/api/v1/verzoeken?aantal=25&na=0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70", nullable = true)
        @Nullable String volgende) {

    /** The page whose next page starts after {@code laatste} (the last item's key), or the last page when null. */
    static VerzoekPagina van(List<VerzoekRegelResource> items, @Nullable UUID laatste) {
        return new VerzoekPagina(items, Paginering.volgende(laatste));
    }
}
