package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.DomeinFout;

/**
 * The rules of self-reliance, free of storage: what a measurement may hold, a domain's level, "zelfredzaam genoeg?",
 * stagnation, the lowest level, and when the next measurement is due.
 */
public final class Zelfredzaamheidsregels {

    /** A planned moment counts as done by a measurement at most this many days before it. */
    public static final int VENSTER_DAGEN = 30;

    /** The longest note on a measurement or an action. */
    public static final int NOTITIE_MAX = 1000;

    private Zelfredzaamheidsregels() {
    }

    /**
     * Refuses a measurement that does not fit: no score, an item that is not a switched-on domain or component of the
     * instrument, an item twice, a level outside the scale or missing, a level with "gerealiseerd"/"nvt", a date in
     * the future, a note too long.
     */
    public static void valideer(Instrument instrument, Instelling instelling, LocalDate gemetenOp, LocalDate vandaag,
            List<Score> scores, @Nullable String notitie) {
        if (gemetenOp.isAfter(vandaag)) {
            throw new DomeinFout("zelfredzaamheid.fout.toekomst");
        }
        if (notitie != null && notitie.length() > NOTITIE_MAX) {
            throw new DomeinFout("zelfredzaamheid.fout.notitie-lang", NOTITIE_MAX);
        }
        if (scores.isEmpty()) {
            throw new DomeinFout("zelfredzaamheid.fout.geen-score");
        }
        Set<UUID> toegestaan = new HashSet<>();
        for (Domein d : instelling.domeinen(instrument)) {
            toegestaan.addAll(d.items());
        }
        Set<UUID> gezien = new HashSet<>();
        for (Score s : scores) {
            if (!toegestaan.contains(s.item())) {
                throw new DomeinFout("zelfredzaamheid.fout.onbekend-item");
            }
            if (!gezien.add(s.item())) {
                throw new DomeinFout("zelfredzaamheid.fout.dubbel", instrument.itemNaam(s.item()));
            }
            if (s.status() == Scorestatus.NIVEAU) {
                if (s.niveau() == null || !instrument.schaal().bevat(s.niveau())) {
                    throw new DomeinFout("zelfredzaamheid.fout.niveau-buiten-schaal", instrument.itemNaam(s.item()),
                            instrument.schaal().min(), instrument.schaal().max());
                }
            }
            else if (s.niveau() != null) {
                throw new DomeinFout("zelfredzaamheid.fout.niveau-bij-status", instrument.itemNaam(s.item()));
            }
        }
    }

    /**
     * A domain's level in a measurement: the lowest level among its applicable scored items (a realised one counts as
     * the top); none when nothing applicable was scored.
     */
    public static @Nullable Integer domeinNiveau(Domein domein, Meting meting, Schaal schaal) {
        Integer laagste = null;
        for (UUID item : domein.items()) {
            Integer w = meting.score(item).map(s -> s.waarde(schaal)).orElse(null);
            if (w != null && (laagste == null || w < laagste)) {
                laagste = w;
            }
        }
        return laagste;
    }

    /** Whether every scored item of the domain is "niet van toepassing" (and at least one was scored). */
    public static boolean nietVanToepassing(Domein domein, Meting meting) {
        List<Score> s = domein.items().stream().flatMap(i -> meting.score(i).stream()).toList();
        return !s.isEmpty() && s.stream().noneMatch(Score::vanToepassing);
    }

    /** The names of the switched-on items below the rule's level, in the instrument's order. */
    public static List<String> tekort(Instrument instrument, Instelling instelling, Meting meting) {
        int drempel = instelling.drempel(instrument.schaal());
        List<String> tekort = new ArrayList<>();
        for (Domein d : instelling.domeinen(instrument)) {
            for (UUID item : d.items()) {
                Integer w = meting.score(item).map(s -> s.waarde(instrument.schaal())).orElse(null);
                if (w != null && w < drempel) {
                    tekort.add(instrument.itemNaam(item));
                }
            }
        }
        return tekort;
    }

    /** "Zelfredzaam genoeg?" on one measurement: at most {@code toegestaanOnder} items below the rule's level. */
    public static boolean genoeg(Instrument instrument, Instelling instelling, Meting meting) {
        return tekort(instrument, instelling, meting).size() <= instelling.toegestaanOnder();
    }

    /**
     * Stagnation: between two consecutive measurements of the same person, no item scored in both went up, while
     * the person is not yet self-reliant enough. Needs at least one item scored in both.
     */
    public static boolean stagnatie(Instrument instrument, Instelling instelling, @Nullable Meting vorige,
            Meting laatste) {
        if (vorige == null || genoeg(instrument, instelling, laatste)) {
            return false;
        }
        int vergeleken = 0;
        for (Domein d : instelling.domeinen(instrument)) {
            for (UUID item : d.items()) {
                Integer voor = vorige.score(item).map(s -> s.waarde(instrument.schaal())).orElse(null);
                Integer na = laatste.score(item).map(s -> s.waarde(instrument.schaal())).orElse(null);
                if (voor == null || na == null) {
                    continue;
                }
                vergeleken++;
                if (na > voor) {
                    return false;
                }
            }
        }
        return vergeleken > 0;
    }

    /** Whether a switched-on item is at the lowest level of the scale (the topic has priority). */
    public static boolean laagsteNiveau(Instrument instrument, Instelling instelling, Meting meting) {
        for (Domein d : instelling.domeinen(instrument)) {
            for (UUID item : d.items()) {
                if (meting.score(item).filter(s -> s.status() == Scorestatus.NIVEAU)
                    .map(s -> s.niveau() != null && s.niveau() == instrument.schaal().min()).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The planned moments: the baseline {@code nulmetingWeken} after the start, then each month in the list. */
    public static List<LocalDate> geplandeMomenten(LocalDate start, Instelling instelling) {
        List<LocalDate> momenten = new ArrayList<>();
        momenten.add(start.plusWeeks(instelling.nulmetingWeken()));
        instelling.momenten().stream().sorted().distinct().forEach(m -> momenten.add(start.plusMonths(m)));
        return momenten;
    }

    /**
     * When the next planned measurement is due: none before guidance started or after it ended; the baseline's date
     * while there is no measurement; else the first planned moment not yet covered by a measurement (one at most
     * {@link #VENSTER_DAGEN} days before the moment counts). None when every moment is done.
     */
    public static @Nullable LocalDate volgendeMeting(@Nullable LocalDate start, boolean afgesloten,
            Instelling instelling, Collection<LocalDate> gemeten) {
        if (start == null || afgesloten) {
            return null;
        }
        List<LocalDate> gepland = geplandeMomenten(start, instelling);
        if (gemeten.isEmpty()) {
            return gepland.get(0);
        }
        LocalDate laatste = gemeten.stream().max(LocalDate::compareTo).orElseThrow();
        for (LocalDate moment : gepland.subList(1, gepland.size())) {
            if (moment.minusDays(VENSTER_DAGEN).isAfter(laatste)) {
                return moment;
            }
        }
        return null;
    }
}
