package nl.wegwijs.organisatie.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One page of a beheer list; {@code volgende} is the URL of the next page, null on the last. */
record Pagina<T>(
        @Schema(description = "de items van deze pagina") List<T> items,
        @Schema(description = "de URL van de volgende pagina; leeg op de laatste pagina",
                example = "https://wegwijs.example/api/v1/gemeenten?aantal=25&na=0b7e7c1a-6d0e-4d8e-9a51-0c7c1f3e2a10",
                nullable = true)
        @Nullable String volgende) {
}
