package nl.wegwijs.huishouden.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;

/**
 * Replaces a household's address, dates and place of origin (PUT: every part is sent, a missing date inside is
 * cleared), at the version the client last read.
 */
@Schema(description = "Nieuw adres, nieuwe datums en herkomstlocatie van een huishouden, bij de versie die u het "
        + "laatst las")
record HuishoudenWijziging(
        @Schema(description = "de versie die u het laatst "
                + "las", example = "4", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "het adres; een veld dat u weglaat wordt "
                + "leeg", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.huishouden.adres.leeg}") @Nullable Adres adres,
        @Schema(description = "de datums; een datum die u weglaat wordt "
                + "leeg", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.huishouden.datums.leeg}") @Nullable HuishoudenDatums datums,
        @Schema(description = "waar het huishouden vandaan komt (azc of opvanglocatie); leeg: niet bekend",
                example = "azc Ter Apel")
        @Nullable String herkomstLocatie) {
}
