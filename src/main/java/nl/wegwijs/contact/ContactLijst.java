package nl.wegwijs.contact;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.traject.Inzage;

/**
 * One page of a household's contacts, newest first, with what a page needs to show them: the household (names of
 * the persons present), the names of the staff, and what the reader may do. {@code volgende} is the {@code na} of the
 * next page, null on the last. {@code bijeenkomstenTeOpenen}: the group sessions on the page the reader may open.
 * {@code inzage}: the reader's access decision (no lines when they may not see the contacts: the page says which
 * consent is missing); {@code notitiesVerborgen}: some line has a note the reader may not see.
 */
public record ContactLijst(Inzage inzage, Huishouden huishouden, List<ContactRegel> regels,
        @Nullable UUID volgende, Map<UUID, String> medewerkerNamen, java.util.Set<UUID> bijeenkomstenTeOpenen,
        boolean notitiesVerborgen) {

    /** Whether the reader sees the household's contacts (else the page says which consent is missing). */
    public boolean zichtbaar() {
        return ContactService.zietContacten(inzage);
    }

    /** Whether the reader may record a contact here. */
    public boolean magVastleggen() {
        return ContactService.magVastleggen(inzage);
    }

    /** Whether the reader may open this line's group session (else its date and title show as plain text). */
    public boolean magOpenen(ContactRegel r) {
        return r.isGroepsbijeenkomst() && bijeenkomstenTeOpenen.contains(r.id());
    }

    public String medewerkerNaam(UUID id) {
        return medewerkerNamen.getOrDefault(id, "?");
    }

    public String persoonNaam(UUID id) {
        return huishouden.persoon(id).map(nl.wegwijs.huishouden.Persoon::naam).orElse("?");
    }

    /** Whether the reader may change or remove this line (a contact recorded by them, or as teamleider). */
    public boolean magWijzigen(ContactRegel r) {
        return !r.isGroepsbijeenkomst() && ContactService.magWijzigen(inzage, r.vastgelegdDoor());
    }
}
