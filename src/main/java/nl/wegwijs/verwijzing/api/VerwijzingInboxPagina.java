package nl.wegwijs.verwijzing.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Paginering;

/** One page of the wijkteam's inbox, newest sent first, with the absolute URL of the next page. */
@Schema(description = "Eén pagina van de inbox van het wijkteam, laatst verstuurd eerst, met de link naar de "
        + "volgende pagina.")
record VerwijzingInboxPagina(
        @Schema(description = "De verwijzingen op deze pagina.") List<InboxVerwijzingResource> items,
        @Schema(description = "De volledige URL van de volgende pagina, met dezelfde filters; null op de laatste "
                + "pagina.", example = "https://wegwijs.example/api/v1/verwijzingen?open=true&na=4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a",
                nullable = true)
        @Nullable String volgende) {

    static VerwijzingInboxPagina van(List<InboxVerwijzingResource> items, @Nullable UUID laatste) {
        return new VerwijzingInboxPagina(items, Paginering.volgende(laatste));
    }
}
