package nl.wegwijs.contact.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.contact.Groepsbijeenkomst;
import nl.wegwijs.contact.GroepsbijeenkomstDetail;

/** A group session with its attendance as the reader may see it. */
@Schema(description = "Een groepsbijeenkomst met de deelnemers die u mag zien")
record GroepsbijeenkomstResource(
        @Schema(description = "id van de bijeenkomst", example = "6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f")
        UUID id,
        @Schema(description = "titel", example = "Voorlichting zorgverzekering")
        String titel,
        @Schema(description = "soort: GROEPSVOORLICHTING, THEMABIJEENKOMST, BUDGETCURSUS, CURSUS_EIGEN_TAAL of ANDERS",
                example = "GROEPSVOORLICHTING")
        String soort,
        @Schema(description = "het leefgebied: WONEN, FINANCIEN_ADMINISTRATIE, GEZONDHEID, INBURGERING, "
                + "GEZIN_FAMILIE, SOCIAAL_NETWERK of PARTICIPATIE", example = "GEZONDHEID")
        String thema,
        @Schema(description = "datum", example = "2026-03-18")
        LocalDate datum,
        @Schema(description = "duur in minuten", example = "90")
        int minuten,
        @Schema(description = "waar", example = "Buurthuis De Klaproos, Dorpsstraat 12, Zwolle", nullable = true)
        @Nullable String locatie,
        @Schema(description = "voertaal", example = "Arabisch", nullable = true)
        @Nullable String taal,
        @Schema(description = "id van de organisator", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        UUID organisatorId,
        @Schema(description = "id van de uitvoerder waarvoor zij is georganiseerd",
                example = "4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d")
        UUID uitvoerderId,
        @Schema(description = "id van de gemeente die zij noemt", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                nullable = true)
        @Nullable UUID gemeenteId,
        @Schema(description = "aantal deelnemers in totaal, ook uit huishoudens die u niet mag zien", example = "12")
        int aantalDeelnemers,
        @Schema(description = "de deelnemers die u mag zien")
        DeelnemersResource deelnemers,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een wijziging",
                example = "1")
        long versie) {

    static GroepsbijeenkomstResource from(GroepsbijeenkomstDetail d) {
        Groepsbijeenkomst g = d.bijeenkomst();
        return new GroepsbijeenkomstResource(g.id().value(), g.titel(), g.soort().name(), g.thema().name(), g.datum(),
                g.minuten(), g.locatie(), g.taal(), g.organisatorId(), g.uitvoerderId(), g.gemeenteId(),
                d.aantalDeelnemers(), DeelnemersResource.from(d), g.versie());
    }
}
