package nl.wegwijs.organisatie;

import java.util.UUID;

/** A team of an uitvoerder, e.g. per gemeente or location. */
public record Team(UUID id, UUID uitvoerderId, String naam) {
}
