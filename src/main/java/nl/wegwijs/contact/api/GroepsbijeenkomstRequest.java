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
record GroepsbijeenkomstRequest(
        @NotBlank(message = "{contact.groep.titel.leeg}") @Nullable String titel,
        @Schema(description = "GROEPSVOORLICHTING, THEMABIJEENKOMST, BUDGETCURSUS, CURSUS_EIGEN_TAAL of ANDERS")
        @NotBlank(message = "{contact.groep.soort.leeg}") @Nullable String soort,
        @Schema(description = "het leefgebied: WONEN, FINANCIEN_ADMINISTRATIE, GEZONDHEID, INBURGERING, "
                + "GEZIN_FAMILIE, SOCIAAL_NETWERK of PARTICIPATIE")
        @NotBlank(message = "{contact.groep.thema.leeg}") @Nullable String thema,
        @NotNull(message = "{contact.datum.leeg}") @Nullable LocalDate datum,
        @Schema(description = "duur in minuten, 1 tot en met 720")
        @NotNull(message = "{contact.minuten.leeg}") @Nullable Integer minuten,
        @Nullable String locatie,
        @Nullable String taal,
        @Schema(description = "de organisator; zonder: uzelf") @Nullable UUID organisatorId,
        @Schema(description = "de uitvoerder; alleen nodig vanuit de gemeente") @Nullable UUID uitvoerderId,
        @Schema(description = "de gemeente (vanuit de uitvoerder, optioneel)") @Nullable UUID gemeenteId) {

    GroepsbijeenkomstInvoer invoer() {
        return new GroepsbijeenkomstInvoer(java.util.Objects.requireNonNull(titel),
                Bijeenkomstsoort.van(java.util.Objects.requireNonNull(soort)),
                Thema.van(java.util.Objects.requireNonNull(thema)), java.util.Objects.requireNonNull(datum),
                java.util.Objects.requireNonNull(minuten), locatie, taal, organisatorId, uitvoerderId, gemeenteId);
    }
}
