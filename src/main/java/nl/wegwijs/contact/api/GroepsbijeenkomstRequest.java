package nl.wegwijs.contact.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.contact.Bijeenkomstsoort;
import nl.wegwijs.contact.GroepsbijeenkomstInvoer;
import nl.wegwijs.contact.Thema;

/** A group session as the client records it; codes are checked by the domain, which names an unknown one. */
@Schema(description = "Een groepsbijeenkomst zoals u haar vastlegt")
record GroepsbijeenkomstRequest(
        @Schema(description = "titel, tot 200 tekens", example = "Voorlichting zorgverzekering",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{contact.groep.titel.leeg}") @Nullable String titel,
        @Schema(description = "soort: GROEPSVOORLICHTING, THEMABIJEENKOMST (één thema), BUDGETCURSUS, "
                + "CURSUS_EIGEN_TAAL (in de eigen taal van de deelnemers) of ANDERS", example = "GROEPSVOORLICHTING",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{contact.groep.soort.leeg}") @Nullable String soort,
        @Schema(description = "het leefgebied: WONEN, FINANCIEN_ADMINISTRATIE, GEZONDHEID, INBURGERING, "
                + "GEZIN_FAMILIE, SOCIAAL_NETWERK of PARTICIPATIE", example = "GEZONDHEID",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{contact.groep.thema.leeg}") @Nullable String thema,
        @Schema(description = "datum; met deelnemers niet in de toekomst", example = "2026-03-18",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{contact.datum.leeg}") @Nullable LocalDate datum,
        @Schema(description = "duur in minuten, 1 tot en met 720", example = "90",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{contact.minuten.leeg}") @Nullable Integer minuten,
        @Schema(description = "waar, tot 200 tekens", example = "Buurthuis De Klaproos, Dorpsstraat 12, Zwolle")
        @Nullable String locatie,
        @Schema(description = "voertaal, tot 100 tekens", example = "Arabisch")
        @Nullable String taal,
        @Schema(description = "de organisator (begeleidend medewerker van de uitvoerder of gemeente); zonder: uzelf",
                example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        @Nullable UUID organisatorId,
        @Schema(description = "de uitvoerder; alleen nodig vanuit de gemeente",
                example = "4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d")
        @Nullable UUID uitvoerderId,
        @Schema(description = "de gemeente (vanuit de uitvoerder, optioneel)",
                example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        @Nullable UUID gemeenteId) {

    GroepsbijeenkomstInvoer invoer() {
        return new GroepsbijeenkomstInvoer(java.util.Objects.requireNonNull(titel),
                Bijeenkomstsoort.van(java.util.Objects.requireNonNull(soort)),
                Thema.van(java.util.Objects.requireNonNull(thema)), java.util.Objects.requireNonNull(datum),
                java.util.Objects.requireNonNull(minuten), locatie, taal, organisatorId, uitvoerderId, gemeenteId);
    }
}
