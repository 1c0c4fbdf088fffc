package nl.wegwijs.contact.api;

import java.util.UUID;

import nl.wegwijs.contact.Deelnemer;

/** One attendee of a household the reader may see. */
record DeelnemerResource(UUID persoonId, UUID huishoudenId, String naam) {

    static DeelnemerResource from(Deelnemer d) {
        return new DeelnemerResource(d.persoonId(), d.huishouden().value(), d.naam());
    }
}
