package nl.wegwijs.huishouden.api;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;

/**
 * Replaces a household's address, dates and place of origin (PUT: every part is sent, a missing date inside is
 * cleared), at the version the client last read.
 */
record HuishoudenWijziging(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{api.huishouden.adres.leeg}") @Nullable Adres adres,
        @NotNull(message = "{api.huishouden.datums.leeg}") @Nullable HuishoudenDatums datums,
        @Nullable String herkomstLocatie) {
}
