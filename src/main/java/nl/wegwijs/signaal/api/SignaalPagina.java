package nl.wegwijs.signaal.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Paginering;

/**
 * One page of signalen: the items, and the absolute URL of the next page ({@code volgende}, with every filter of this
 * request kept), null on the last page.
 */
@Schema(description = "Eén pagina signalen, met de link naar de volgende pagina.")
record SignaalPagina(@Schema(description = "De signalen op deze pagina.") List<SignaalRegelResource> items,
        @Schema(description = "De volledige URL van de volgende pagina, met dezelfde filters; null op de laatste "
                + "pagina.", example = "https://wegwijs.example/api/v1/signalen?aantal=25&na=0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70", nullable = true)
        @Nullable String volgende) {

    /** The page whose next page starts after {@code laatste} (the last item's key), or the last page when null. */
    static SignaalPagina van(List<SignaalRegelResource> items, @Nullable UUID laatste) {
        return new SignaalPagina(items, Paginering.volgende(laatste));
    }
}
