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
@Schema(description = "Een contact met een huishouden zoals u het vastlegt")
record ContactmomentRequest(
        @Schema(description = "datum van het contact, niet na vandaag en niet meer dan een jaar terug",
                example = "2026-03-10", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{contact.datum.leeg}") @Nullable LocalDate datum,
        @Schema(description = "duur in minuten, 1 tot en met 720", example = "60",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{contact.minuten.leeg}") @Nullable Integer minuten,
        @Schema(description = "hoe het contact plaatsvond: HUISBEZOEK, KANTOOR (afspraak op kantoor), SPREEKUUR "
                + "(inloop), TELEFONISCH, BEELDBELLEN (ook WhatsApp), MEEGAAN (met het huishouden mee naar een "
                + "afspraak) of REGELDAG (de verhuizing regelen, nog in het azc)", example = "HUISBEZOEK",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{contact.soort.leeg}") @Nullable String soort,
        @Schema(description = "ids van de aanwezige personen van het huishouden (ten minste één)",
                example = "[\"7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d\"]", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{contact.personen.leeg}") @Nullable List<UUID> personen,
        @Schema(description = "ids van de aanwezige medewerkers (begeleidend, van de uitvoerder of gemeente van het "
                + "huishouden); zonder: alleen uzelf", example = "[\"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b\"]")
        @Nullable List<UUID> medewerkers,
        @Schema(description = "tolk: GEEN (standaard), PROFESSIONEEL of INFORMEEL (familie, vrijwilliger)",
                example = "PROFESSIONEEL")
        @Nullable String tolk,
        @Schema(description = "taal van de tolk, tot 100 tekens; nodig bij een tolk", example = "Tigrinya")
        @Nullable String tolkTaal,
        @Schema(description = "besproken leefgebieden: WONEN, FINANCIEN_ADMINISTRATIE, GEZONDHEID, INBURGERING, "
                + "GEZIN_FAMILIE, SOCIAAL_NETWERK, PARTICIPATIE", example = "[\"WONEN\", \"GEZONDHEID\"]")
        @Nullable List<String> themas,
        @Schema(description = "gemaakte afspraken, tot 4000 tekens",
                example = "Yonas belt zelf de huisarts in de Vogelwijk voor een kennismaking.")
        @Nullable String afspraken,
        @Schema(description = "vrije notitie, tot 4000 tekens; alleen zichtbaar voor wie notities mag zien",
                example = "Gezin maakt het goed; zoon start maandag op de basisschool.")
        @Nullable String notitie,
        @Schema(description = "gepland volgend contact, niet in het verleden", example = "2026-03-24")
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
