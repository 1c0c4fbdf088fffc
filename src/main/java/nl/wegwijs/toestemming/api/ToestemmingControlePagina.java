package nl.wegwijs.toestemming.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One page of consents to check, and the absolute URL of the next page (null on the last). */
@Schema(description = "Eén pagina toestemmingen om na te vragen, met de link naar de volgende pagina.")
record ToestemmingControlePagina(
        @Schema(description = "De toestemmingen op deze pagina, vroegste controledatum eerst.")
        List<ToestemmingControleResource> items,
        @Schema(description = "De volledige URL van de volgende pagina; null op de laatste pagina.",
                example = "https://wegwijs.example/api/v1/toestemmingen/te-controleren?aantal=25&na=2026-03-01_0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b",
                nullable = true)
        @Nullable String volgende) {
}
