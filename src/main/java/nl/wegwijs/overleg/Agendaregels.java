package nl.wegwijs.overleg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How a generated agenda is made from what the worklist says: every household with open signals or something overdue
 * is on it once, with all its reasons; a household already on the agenda (e.g. put forward by hand) keeps its place
 * and gains the new reasons; new ones follow in the order given (most urgent first), signals before overdue items;
 * at most {@link #MAX} households in all, because a meeting cannot discuss more.
 */
final class Agendaregels {

    /** The most households one agenda holds. */
    static final int MAX = 40;

    private Agendaregels() {
    }

    /** A household the agenda gains, or an existing one that gains reasons. */
    record Toevoeging(UUID huishouden, Set<Reden> redenen) {
    }

    /**
     * @param bestaand the households on the agenda now, with their reasons
     * @param signalen households with open signals, most urgent first
     * @param teLaat households with something overdue, most urgent first
     * @return per household (existing ones first, then new ones in order) the reasons to add; households whose
     *         reasons do not change are left out
     */
    static List<Toevoeging> samenstellen(Map<UUID, Set<Reden>> bestaand, Collection<UUID> signalen,
            Collection<UUID> teLaat) {
        Map<UUID, Set<Reden>> nieuw = new LinkedHashMap<>();
        int plaats = bestaand.size();
        for (UUID h : signalen) {
            plaats = voegToe(bestaand, nieuw, h, Reden.SIGNAAL, plaats);
        }
        for (UUID h : teLaat) {
            plaats = voegToe(bestaand, nieuw, h, Reden.TE_LAAT, plaats);
        }
        List<Toevoeging> uit = new ArrayList<>();
        nieuw.forEach((h, r) -> uit.add(new Toevoeging(h, r)));
        return uit;
    }

    private static int voegToe(Map<UUID, Set<Reden>> bestaand, Map<UUID, Set<Reden>> nieuw, UUID h, Reden reden,
            int plaats) {
        Set<Reden> al = bestaand.get(h);
        if (al != null) {
            if (!al.contains(reden)) {
                nieuw.computeIfAbsent(h, x -> EnumSet.noneOf(Reden.class)).add(reden);
            }
            return plaats;
        }
        Set<Reden> r = nieuw.get(h);
        if (r != null) {
            r.add(reden);
            return plaats;
        }
        if (plaats >= MAX) {
            return plaats;
        }
        nieuw.put(h, EnumSet.of(reden));
        return plaats + 1;
    }
}
