package nl.wegwijs.route;

import java.util.List;
import java.util.UUID;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * A household's route card as recorded: its language, the agreements and the partners, with one {@link #versie()}
 * for the whole (a change of a partner needs the version it was read at).
 */
public record Routekaart(UUID id, HuishoudenId huishouden, Taal taal, Afspraken afspraken,
        List<RoutePartner> partners, long versie) {

    /** At most this many partners on one card (it must fit on A5). */
    public static final int PARTNERS_MAX = 8;

    public Routekaart {
        partners = List.copyOf(partners);
    }

    public boolean heeftPartner(UUID dienst) {
        return partners.stream().anyMatch(p -> p.dienstId().equals(dienst));
    }
}
