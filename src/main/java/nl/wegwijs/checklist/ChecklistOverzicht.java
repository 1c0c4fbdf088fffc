package nl.wegwijs.checklist;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a household's checklist adds up to, computed from its items in memory (the items are one statement): progress
 * per theme and per person, the phase-1 handoff per category, and the "who did it" shift over time.
 *
 * @param perTrajectjaar who did the items done in year 1, 2, 3 … of guidance (counted from its start)
 * @param jaarlijks who did the yearly tasks, per calendar year: the year-1 guide → year-2 together → alone shift
 */
public record ChecklistOverzicht(List<ThemaStand> themas, List<PersoonStand> personen,
        List<CategorieStand> categorieen, List<WieRij> perTrajectjaar, List<WieRij> jaarlijks, int open, int verlopen,
        int geregeld, int vanToepassing) {

    /** Progress of one theme: done out of applicable (niet van toepassing does not count). */
    public record ThemaStand(Thema thema, int geregeld, int vanToepassing, int open, int verlopen) {

        public int procent() {
            return ChecklistOverzicht.procent(geregeld, vanToepassing);
        }
    }

    /** Progress of the items of one person, or of the household items (persoonId none). */
    public record PersoonStand(@Nullable UUID persoonId, int geregeld, int vanToepassing, int open) {

        public int procent() {
            return ChecklistOverzicht.procent(geregeld, vanToepassing);
        }
    }

    /** For the phase-1 handoff: what is done and what is still open in one category. */
    public record CategorieStand(Categorie categorie, int geregeld, List<ChecklistItem> openItems) {

        public int open() {
            return openItems.size();
        }
    }

    /** Who did the items done in one period (a year of guidance, or a calendar year). */
    public record WieRij(int periode, int begeleider, int samen, int zelf) {

        public int totaal() {
            return begeleider + samen + zelf;
        }

        public int procent(WieDeedHet wie) {
            return ChecklistOverzicht.procent(switch (wie) {
                case BEGELEIDER -> begeleider;
                case SAMEN -> samen;
                case ZELF -> zelf;
            }, totaal());
        }

        public int procentBegeleider() {
            return procent(WieDeedHet.BEGELEIDER);
        }

        public int procentSamen() {
            return procent(WieDeedHet.SAMEN);
        }

        public int procentZelf() {
            return procent(WieDeedHet.ZELF);
        }
    }

    public int procent() {
        return procent(geregeld, vanToepassing);
    }

    static int procent(int deel, int geheel) {
        return geheel == 0 ? 0 : Math.round(100f * deel / geheel);
    }

    /** Adds up {@code items}; {@code trajectStart} (none before guidance started) counts the years of guidance. */
    public static ChecklistOverzicht van(List<ChecklistItem> items, @Nullable LocalDate trajectStart,
            LocalDate vandaag) {
        return van(items, trajectStart, vandaag, false);
    }

    /**
     * As {@link #van(List, LocalDate, LocalDate)}; {@code historie}: the trajectory is closed, so what is still open is
     * history and nothing counts as overdue (as the worklist treats a closed trajectory).
     */
    public static ChecklistOverzicht van(List<ChecklistItem> items, @Nullable LocalDate trajectStart,
            LocalDate vandaag, boolean historie) {
        Map<Thema, int[]> themas = new EnumMap<>(Thema.class);
        Map<@Nullable UUID, int[]> personen = new LinkedHashMap<>();
        Map<Categorie, int[]> categorieGeregeld = new EnumMap<>(Categorie.class);
        Map<Categorie, List<ChecklistItem>> categorieOpen = new EnumMap<>(Categorie.class);
        Map<Integer, int[]> perJaar = new TreeMap<>();
        Map<Integer, int[]> jaarlijks = new TreeMap<>();
        int open = 0, verlopen = 0, geregeld = 0, vanToepassing = 0;
        for (ChecklistItem i : items) {
            int[] t = themas.computeIfAbsent(i.thema(), k -> new int[4]);
            int[] p = personen.computeIfAbsent(i.persoonId(), k -> new int[3]);
            if (i.status() == ItemStatus.NIET_VAN_TOEPASSING) {
                continue;
            }
            vanToepassing++;
            t[1]++;
            p[1]++;
            if (i.categorie() != null) {
                categorieGeregeld.computeIfAbsent(i.categorie(), k -> new int[1]);
                categorieOpen.computeIfAbsent(i.categorie(), k -> new ArrayList<>());
            }
            if (i.isOpen()) {
                open++;
                t[2]++;
                p[2]++;
                if (!historie && i.isVerlopen(vandaag)) {
                    verlopen++;
                    t[3]++;
                }
                if (i.categorie() != null) {
                    categorieOpen.get(i.categorie()).add(i);
                }
                continue;
            }
            geregeld++;
            t[0]++;
            p[0]++;
            if (i.categorie() != null) {
                categorieGeregeld.get(i.categorie())[0]++;
            }
            if (i.wie() != null && i.datum() != null) {
                tel(perJaar.computeIfAbsent(trajectjaar(trajectStart, i.datum()), k -> new int[3]), i.wie());
                if (i.jaarlijks() && i.jaar() != null) {
                    tel(jaarlijks.computeIfAbsent(i.jaar(), k -> new int[3]), i.wie());
                }
            }
        }
        List<ThemaStand> themaStanden = themas.entrySet().stream()
            .map(e -> new ThemaStand(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
            .toList();
        List<PersoonStand> persoonStanden = personen.entrySet().stream()
            .map(e -> new PersoonStand(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
            .sorted(Comparator.comparing(s -> s.persoonId() != null))
            .toList();
        List<CategorieStand> categorieStanden = categorieGeregeld.entrySet().stream()
            .map(e -> new CategorieStand(e.getKey(), e.getValue()[0], categorieOpen.get(e.getKey()).stream()
                .sorted(Comparator.comparing(ChecklistItem::volgorde)).toList()))
            .toList();
        return new ChecklistOverzicht(themaStanden, persoonStanden, categorieStanden, rijen(perJaar), rijen(jaarlijks),
                open, verlopen, geregeld, vanToepassing);
    }

    /** Year 1 of guidance runs from its start up to the first anniversary; work done before the start counts as 1. */
    static int trajectjaar(@Nullable LocalDate start, LocalDate datum) {
        if (start == null || !datum.isAfter(start)) {
            return 1;
        }
        return Period.between(start, datum).getYears() + 1;
    }

    private static void tel(int[] teller, WieDeedHet wie) {
        teller[wie.ordinal()]++;
    }

    private static List<WieRij> rijen(Map<Integer, int[]> tellers) {
        return tellers.entrySet().stream()
            .map(e -> new WieRij(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
