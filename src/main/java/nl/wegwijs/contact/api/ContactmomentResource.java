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
record ContactmomentResource(UUID id, UUID huishoudenId,
        @Schema(description = "CONTACTMOMENT of GROEPSBIJEENKOMST") String bron, LocalDate datum, int minuten,
        String soort, @Nullable String titel, List<UUID> personen, List<UUID> medewerkers, @Nullable String tolk,
        @Nullable String tolkTaal, List<String> themas, @Nullable String afspraken, @Nullable String notitie,
        @Nullable LocalDate volgendContact, UUID vastgelegdDoor, long versie) {

    static ContactmomentResource from(ContactRegel r) {
        return new ContactmomentResource(r.id(), r.huishouden().value(), r.bron().name(), r.datum(), r.minuten(),
                r.soort(), r.titel(), r.personen(), r.medewerkers(), r.tolk() == null ? null : r.tolk().name(),
                r.tolkTaal(), r.themas().stream().map(Thema::name).toList(), r.afspraken(), r.notitie(),
                r.volgendContact(), r.vastgelegdDoor(), r.versie());
    }
}
