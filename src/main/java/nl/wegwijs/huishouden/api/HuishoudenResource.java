package nl.wegwijs.huishouden.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;

/**
 * A household as the API shows it. {@code versie} is what a change must send back; {@code brpDatum} is the
 * household's legal start (the earliest BRP registration of a person who is not a nareiziger).
 */
@Schema(description = "Een huishouden met zijn personen")
record HuishoudenResource(
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID id,
        @Schema(description = "id van de gemeente waaraan het huishouden is gekoppeld",
                example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        UUID gemeenteId,
        @Schema(description = "naam van het huishouden (achternaam van de hoofdpersoon)", example = "Tesfaye")
        String naam,
        @Schema(description = "het adres; velden zijn leeg zolang het niet bekend is")
        Adres adres,
        @Schema(description = "de datums van het huishouden")
        HuishoudenDatums datums,
        @Schema(description = "waar het huishouden vandaan komt (azc of opvanglocatie)", example = "azc Ter Apel",
                nullable = true)
        @Nullable String herkomstLocatie,
        @Schema(description = "wettelijke start: de vroegste BRP-inschrijving van een persoon die geen nareiziger is",
                example = "2026-02-02", nullable = true)
        @Nullable LocalDate brpDatum,
        @Schema(description = "de personen van het huishouden")
        List<PersoonResource> personen,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een wijziging van het "
                + "huishouden of een persoon", example = "4")
        long versie) {

    static HuishoudenResource from(Huishouden h) {
        return new HuishoudenResource(h.id().value(), h.gemeenteId(), h.naam(), h.adres(), h.datums(),
                h.herkomstLocatie(), h.brpDatum(), h.personen().stream().map(PersoonResource::from).toList(),
                h.versie());
    }
}
