package nl.wegwijs.checklist.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Paginering;

/**
 * One page of checklistonderdelen: the items, and the absolute URL of the next page ({@code volgende}, with every filter of this
 * request kept), null on the last page.
 */
@Schema(description = "Eén pagina checklistonderdelen, met de link naar de volgende pagina.")
record ChecklistItemPagina(@Schema(description = "De checklistonderdelen op deze pagina.") List<ChecklistItemResource> items,
        @Schema(description = "De volledige URL van de volgende pagina, met dezelfde filters; null op de laatste "
                + "pagina.", example = "https://wegwijs.example/api/v1/huishoudens/5f0c6a3e-2d1b-4c8e-9a7f-1b2c3d4e5f60/checklist-items?aantal=25&na=0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70", nullable = true)
        @Nullable String volgende) {

    /** The page whose next page starts after {@code laatste} (the last item's key), or the last page when null. */
    static ChecklistItemPagina van(List<ChecklistItemResource> items, @Nullable UUID laatste) {
        return new ChecklistItemPagina(items, Paginering.volgende(laatste));
    }
}
