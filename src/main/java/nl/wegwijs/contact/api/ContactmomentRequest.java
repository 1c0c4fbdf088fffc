package nl.wegwijs.contact.api;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.contact.ContactInvoer;
import nl.wegwijs.contact.Contactsoort;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.contact.Tolk;
import nl.wegwijs.organisatie.Medewerker;

/**
 * A contact as the client records it. Codes (soort, tolk, themas) are checked by the domain, which names an unknown
 * one in its message; the dates and the duration too.
 */
record ContactmomentRequest(
        @NotNull(message = "{contact.datum.leeg}") @Nullable LocalDate datum,
        @Schema(description = "duur in minuten, 1 tot en met 720")
        @NotNull(message = "{contact.minuten.leeg}") @Nullable Integer minuten,
        @Schema(description = "HUISBEZOEK, KANTOOR, SPREEKUUR, TELEFONISCH, BEELDBELLEN, MEEGAAN of REGELDAG")
        @NotBlank(message = "{contact.soort.leeg}") @Nullable String soort,
        @Schema(description = "ids van de aanwezige personen van het huishouden (ten minste één)")
        @NotNull(message = "{contact.personen.leeg}") @Nullable List<UUID> personen,
        @Schema(description = "ids van de aanwezige medewerkers; zonder: alleen uzelf")
        @Nullable List<UUID> medewerkers,
        @Schema(description = "GEEN (standaard), PROFESSIONEEL of INFORMEEL") @Nullable String tolk,
        @Nullable String tolkTaal,
        @Schema(description = "WONEN, FINANCIEN_ADMINISTRATIE, GEZONDHEID, INBURGERING, GEZIN_FAMILIE, "
                + "SOCIAAL_NETWERK, PARTICIPATIE") @Nullable List<String> themas,
        @Nullable String afspraken,
        @Nullable String notitie,
        @Nullable LocalDate volgendContact) {

    ContactInvoer invoer(Medewerker ik) {
        Set<UUID> wie = medewerkers == null || medewerkers.isEmpty() ? Set.of(ik.id())
                : new LinkedHashSet<>(medewerkers);
        return new ContactInvoer(java.util.Objects.requireNonNull(datum), java.util.Objects.requireNonNull(minuten),
                Contactsoort.van(java.util.Objects.requireNonNull(soort)),
                new LinkedHashSet<>(java.util.Objects.requireNonNull(personen)), wie,
                tolk == null || tolk.isBlank() ? Tolk.GEEN : Tolk.van(tolk), tolkTaal,
                Thema.van(themas == null ? List.of() : themas), afspraken, notitie, volgendContact);
    }
}
