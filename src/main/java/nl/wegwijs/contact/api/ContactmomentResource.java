package nl.wegwijs.contact.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.contact.ContactRegel;
import nl.wegwijs.contact.Thema;

/**
 * One line of a household's contacts: a contactmoment ({@code bron} CONTACTMOMENT) or a group session members of the
 * household attended (GROEPSBIJEENKOMST: {@code titel} is set, {@code medewerkers} holds the organiser). The note is
 * absent when the reader may not see it.
 */
@Schema(description = "Een regel uit de contacten van een huishouden: een contact of een bijgewoonde "
        + "groepsbijeenkomst")
record ContactmomentResource(
        @Schema(description = "id van het contact of de "
                + "groepsbijeenkomst", example = "2a4c6e8f-1b3d-4f5a-8c7e-9d0b1a2c3e4f")
        UUID id,
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID huishoudenId,
        @Schema(description = "CONTACTMOMENT (een vastgelegd contact) of GROEPSBIJEENKOMST (een bijeenkomst die "
                + "leden van het huishouden bijwoonden)", example = "CONTACTMOMENT")
        String bron,
        @Schema(description = "datum van het contact", example = "2026-03-10")
        LocalDate datum,
        @Schema(description = "duur in minuten", example = "60")
        int minuten,
        @Schema(description = "soort contact (HUISBEZOEK, KANTOOR, SPREEKUUR, TELEFONISCH, BEELDBELLEN, MEEGAAN, "
                + "REGELDAG) of, bij een groepsbijeenkomst, de soort bijeenkomst", example = "HUISBEZOEK")
        String soort,
        @Schema(description = "titel van de groepsbijeenkomst; leeg bij een contact",
                example = "Voorlichting zorgverzekering", nullable = true)
        @Nullable String titel,
        @Schema(description = "ids van de aanwezige personen", example = "[\"7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d\"]")
        List<UUID> personen,
        @Schema(description = "ids van de aanwezige medewerkers; bij een groepsbijeenkomst de organisator",
                example = "[\"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b\"]")
        List<UUID> medewerkers,
        @Schema(description = "tolk: GEEN, PROFESSIONEEL of INFORMEEL", example = "PROFESSIONEEL", nullable = true)
        @Nullable String tolk,
        @Schema(description = "taal van de tolk", example = "Tigrinya", nullable = true)
        @Nullable String tolkTaal,
        @Schema(description = "besproken leefgebieden", example = "[\"WONEN\", \"GEZONDHEID\"]")
        List<String> themas,
        @Schema(description = "gemaakte afspraken", example = "Yonas belt zelf de huisarts in de Vogelwijk.",
                nullable = true)
        @Nullable String afspraken,
        @Schema(description = "vrije notitie; leeg voor wie notities niet mag zien en haar niet zelf schreef",
                example = "Gezin maakt het goed; zoon start maandag op de basisschool.", nullable = true)
        @Nullable String notitie,
        @Schema(description = "gepland volgend contact", example = "2026-03-24", nullable = true)
        @Nullable LocalDate volgendContact,
        @Schema(description = "id van de medewerker die het "
                + "vastlegde", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        UUID vastgelegdDoor,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij wijzigen en verwijderen",
                example = "2")
        long versie) {

    static ContactmomentResource from(ContactRegel r) {
        return new ContactmomentResource(r.id(), r.huishouden().value(), r.bron().name(), r.datum(), r.minuten(),
                r.soort(), r.titel(), r.personen(), r.medewerkers(), r.tolk() == null ? null : r.tolk().name(),
                r.tolkTaal(), r.themas().stream().map(Thema::name).toList(), r.afspraken(), r.notitie(),
                r.volgendContact(), r.vastgelegdDoor(), r.versie());
    }
}
