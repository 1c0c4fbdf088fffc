package nl.wegwijs.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.checklist.ChecklistItem;
import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.ItemWijziging;
import nl.wegwijs.checklist.Uitvoerende;
import nl.wegwijs.checklist.WieDeedHet;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

/**
 * Where the demo households' checklists stand, recorded through {@link ChecklistService} by whoever was assigned when
 * an item was done, so that events, the processing log and the worklist follow as in real use. The checklist module
 * made each household's items on its trajectory events; here a running household's items whose due date has passed
 * are mostly geregeld, a few are niet van toepassing (with a reason) or bezig, and some are left open, so overdue items
 * show in the worklist. Leren door te doen: in the first months the guide mostly does it, later together, from the
 * second year the statushouder alone; the yearly tasks show the same shift from year to year. After a phase-1 handoff
 * a few of the phase-1 worker's items are still open.
 * <p>
 * Deterministic: each household draws from its own seeded {@link Random}, its items in template order.
 */
final class DemoChecklist {

    /** How well a household keeps up: all that is due done, a few recent ones open, or well behind. */
    enum Tempo {
        OP_SCHEMA, ACHTER, VER_ACHTER
    }

    /** Items the guide does (or prepares) whoever the statushouder is. */
    private static final Set<String> GIDS = Set.of("regeldag", "plaatsingsgesprek", "welkom", "participatiecoach",
            "overdracht-consulent", "warme-overdracht", "lijst-voorzieningen", "eindgesprek");

    /** Items that often do not apply, and why. */
    private static final Map<String, String> NIET_NODIG = Map.of(
            "paramedisch", "Niet nodig: geen klachten waarvoor fysiotherapie of logopedie nodig is.",
            "voedselbank", "Niet nodig: de uitkering en toeslagen komen op tijd binnen.",
            "voorschot", "De eerste uitkering kwam op tijd; geen voorschot nodig.",
            "kinderopvangtoeslag", "Geen kinderopvang nodig: een ouder is thuis als de kinderen uit school komen.",
            "ziekenhuis", "Nog geen ziekenhuisafspraak geweest.",
            "eerste-huur", "De huur loopt via financieel ontzorgen door de gemeente.",
            "gezinshereniging", "Het hele gezin is al in Nederland.",
            "taalmaatje", "Wil geen taalmaatje; oefent Nederlands op de taalschool en bij de sportclub.");

    private static final String[] BEZIG = { "Afspraak staat in de agenda.", "Formulier ligt klaar, nog ondertekenen.",
            "Wacht op antwoord van de instantie.", "Samen begonnen; volgende keer afmaken." };

    private final ChecklistService checklist;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final long zaad;
    private final LocalDate vandaag;
    private int beurt;

    /** What was recorded, over all households. */
    int geregeld;
    int nietVanToepassing;
    int bezig;
    int huishoudenAantal;

    DemoChecklist(ChecklistService checklist, TrajectService trajecten, HuishoudenService huishoudens,
            OrganisatieService organisaties, long zaad, LocalDate vandaag) {
        this.checklist = checklist;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.zaad = zaad;
        this.vandaag = vandaag;
    }

    /**
     * Works through one household's checklist as its guides did so far; nothing for a household that has not started
     * or is closed. {@code gids} is who guides it today; {@code vastgelopen} keeps it well behind.
     */
    void speel(DemoTrajecten.Gespeeld g, Medewerker gids, boolean vastgelopen) {
        Random random = new Random(zaad * 1_000 + beurt++);
        Tempo tempo = vastgelopen ? Tempo.VER_ACHTER : switch (random.nextInt(7)) {
            case 0, 1, 2 -> Tempo.OP_SCHEMA;
            case 6 -> Tempo.VER_ACHTER;
            default -> Tempo.ACHTER;
        };
        Optional<Huishouden> huis = huishoudens.intern(g.huishouden());
        Optional<Traject> traject = huis.flatMap(h -> trajecten.samenvatting(g.traject(), h)).map(s -> s.traject());
        if (traject.isEmpty() || traject.get().praktischeStart() == null
                || !(traject.get().status() == TrajectStatus.ACTIEF
                        || traject.get().status() == TrajectStatus.VERLENGD)) {
            return;
        }
        Huishouden h = huis.get();
        Traject t = traject.get();
        LocalDate start = t.praktischeStart();
        Map<UUID, Medewerker> schrijvers = schrijvers(t, gids);
        @Nullable LocalDate overdracht = t.toewijzingen().stream()
            .filter(w -> w.rol() == ToewijzingRol.FASE1 && w.tot() != null && w.tot().isBefore(vandaag))
            .map(Toewijzing::tot).findFirst().orElse(null);
        boolean nareizigers = h.personen().stream().anyMatch(Persoon::nareiziger);
        huishoudenAantal++;
        for (ChecklistItem item : items(gids, h)) {
            if (!item.isOpen()) {
                continue;
            }
            LocalDate deadline = item.deadline();
            if (deadline == null) {
                continue; // e.g. the brede intake before the PIP date is known
            }
            String reden = NIET_NODIG.get(item.code());
            if (reden != null && !(item.code().equals("gezinshereniging") && nareizigers)
                    && deadline.isBefore(vandaag.plusDays(30)) && random.nextInt(5) < 3) {
                LocalDate op = datum(random, item, deadline, h, t);
                schrijf(schrijver(schrijvers, t, item, op, random, gids), item, new ItemWijziging(
                        ItemStatus.NIET_VAN_TOEPASSING, null, null, deadline, null, reden));
                nietVanToepassing++;
                continue;
            }
            if (!deadline.isBefore(vandaag)) {
                // not due yet: some are under way, a few already done
                if (deadline.isBefore(vandaag.plusDays(21)) && random.nextInt(10) < 3) {
                    bezig(schrijver(schrijvers, t, item, vandaag, random, gids), item, random);
                }
                else if (random.nextInt(100) < 8) {
                    LocalDate op = vandaag.minusDays(random.nextInt(30));
                    op = op.isBefore(start) ? start : op;
                    geregeld(schrijver(schrijvers, t, item, op, random, gids), item, op,
                            wie(random, item, start, op));
                }
                continue;
            }
            LocalDate op = datum(random, item, deadline, h, t);
            if (overdracht != null && overgedragen(random, item, overdracht)) {
                // open at the handoff to the begeleider: still open after a recent one, else done since
                LocalDate sinds = overdracht.plusDays(7 + random.nextInt(30));
                if (tempo != Tempo.OP_SCHEMA || sinds.isAfter(vandaag)) {
                    bezigOfOpen(random, schrijvers, t, item, gids);
                    continue;
                }
                op = sinds;
            }
            else if (blijftOpen(random, deadline, tempo)) {
                bezigOfOpen(random, schrijvers, t, item, gids);
                continue;
            }
            geregeld(schrijver(schrijvers, t, item, op, random, gids), item, op, wie(random, item, start, op));
        }
    }

    /** Whether a phase-1 item due in the last weeks before the handoff to the begeleider was left for them. */
    private static boolean overgedragen(Random random, ChecklistItem item, LocalDate overdracht) {
        LocalDate deadline = java.util.Objects.requireNonNull(item.deadline());
        return item.uitvoerende() == Uitvoerende.FASE1 && deadline.isAfter(overdracht.minusDays(45))
                && random.nextInt(100) < 20;
    }

    /** Whether an item past its due date is still open: how often depends on the household, recent ones more. */
    private boolean blijftOpen(Random random, LocalDate deadline, Tempo tempo) {
        boolean recent = deadline.isAfter(vandaag.minusDays(60));
        int kans = switch (tempo) {
            case OP_SCHEMA -> 0;
            case ACHTER -> recent ? 25 : 3;
            case VER_ACHTER -> recent ? 55 : 15;
        };
        return random.nextInt(100) < kans;
    }

    /** An overdue item: someone started on it, or nobody did yet. */
    private void bezigOfOpen(Random random, Map<UUID, Medewerker> schrijvers, Traject t, ChecklistItem item,
            Medewerker gids) {
        if (random.nextInt(5) < 2) {
            bezig(schrijver(schrijvers, t, item, vandaag, random, gids), item, random);
        }
    }

    /** The medewerkers assigned now or before who may still record guidance on the household, by id. */
    private Map<UUID, Medewerker> schrijvers(Traject t, Medewerker gids) {
        Map<UUID, Medewerker> uit = new HashMap<>();
        for (Toewijzing w : t.toewijzingen()) {
            if (!uit.containsKey(w.medewerkerId())) {
                organisaties.medewerker(w.medewerkerId())
                    .filter(m -> trajecten.toegang(m, t.huishouden()).map(x -> x.magBegeleiden()).orElse(false))
                    .ifPresent(m -> uit.put(m.id(), m));
            }
        }
        uit.put(gids.id(), gids);
        return uit;
    }

    /**
     * Who records an item done on {@code op}: the phase-1 worker for their items while assigned, otherwise the
     * volunteer or the begeleider assigned then (still able to record today), else today's guide.
     */
    private static Medewerker schrijver(Map<UUID, Medewerker> schrijvers, Traject t, ChecklistItem item,
            LocalDate op, Random random, Medewerker gids) {
        List<Toewijzing> toen = t.toewijzingen().stream()
            .filter(w -> w.actiefOp(op) && schrijvers.containsKey(w.medewerkerId())).toList();
        Optional<Toewijzing> fase1 = toen.stream().filter(w -> w.rol() == ToewijzingRol.FASE1).findFirst();
        if (fase1.isPresent() && (item.uitvoerende() == Uitvoerende.FASE1 || toen.size() == 1)) {
            return schrijvers.get(fase1.get().medewerkerId());
        }
        Optional<Toewijzing> vrijwilliger = toen.stream().filter(w -> w.rol() == ToewijzingRol.VRIJWILLIGER)
            .findFirst();
        Optional<Toewijzing> begeleider = toen.stream().filter(w -> w.rol() == ToewijzingRol.BEGELEIDER).findFirst();
        if (vrijwilliger.isPresent() && (begeleider.isEmpty() || item.uitvoerende() == Uitvoerende.REGULIER
                && random.nextBoolean())) {
            return schrijvers.get(vrijwilliger.get().medewerkerId());
        }
        return begeleider.or(() -> toen.stream().findFirst()).map(w -> schrijvers.get(w.medewerkerId()))
            .orElse(gids);
    }

    /** The household's items in template order (year, then person), whatever their random ids. */
    private List<ChecklistItem> items(Medewerker gids, Huishouden h) {
        List<ChecklistItem> alle = new ArrayList<>();
        UUID na = null;
        List<ChecklistItem> pagina;
        do {
            pagina = checklist.items(gids, h.id(), na, 100);
            alle.addAll(pagina);
            if (!pagina.isEmpty()) {
                na = pagina.get(pagina.size() - 1).id().value();
            }
        } while (pagina.size() == 100);
        List<UUID> volgorde = h.personen().stream().map(Persoon::id).toList();
        alle.sort(Comparator.comparingInt(ChecklistItem::volgorde)
            .thenComparing(i -> i.jaar() == null ? 0 : i.jaar())
            .thenComparingInt(i -> i.persoonId() == null ? -1 : volgorde.indexOf(i.persoonId()))
            .thenComparing(ChecklistItem::code));
        return alle;
    }

    /**
     * When an item due on {@code deadline} was done: mostly in the weeks before, sometimes a little late; never before
     * the aanmelding (or a nareiziger's arrival) and never after today.
     */
    private LocalDate datum(Random random, ChecklistItem item, LocalDate deadline, Huishouden h, Traject t) {
        LocalDate op = random.nextInt(4) == 0 ? deadline.plusDays(1 + random.nextInt(20))
                : deadline.minusDays(random.nextInt(21));
        LocalDate vroegst = t.aangemeldOp();
        if (item.persoonId() != null) {
            LocalDate brp = h.persoon(item.persoonId()).map(Persoon::brpDatum).orElse(null);
            if (brp != null && brp.isAfter(vroegst)) {
                vroegst = brp;
            }
        }
        if (op.isBefore(vroegst)) {
            op = vroegst;
        }
        return op.isAfter(vandaag) ? vandaag : op;
    }

    /**
     * Leren door te doen: in the first half year of guidance the guide mostly does it, in the second mostly together,
     * from the second year the statushouder mostly alone. A yearly task goes by the year of guidance it falls due in:
     * year 1 the guide, year 2 together, then alone. A few tasks stay with the guide.
     */
    private static WieDeedHet wie(Random random, ChecklistItem item, LocalDate start, LocalDate op) {
        if (GIDS.contains(item.code())) {
            return WieDeedHet.BEGELEIDER;
        }
        int jaar = trajectjaar(start, op);
        long maanden = op.isAfter(start) ? ChronoUnit.MONTHS.between(start, op) : 0;
        int[] kans; // begeleider, samen (the rest: zelf), in percent
        if (item.jaarlijks()) {
            int due = item.deadline() == null ? jaar : trajectjaar(start, item.deadline());
            kans = due == 1 ? new int[] { 90, 10 } : due == 2 ? new int[] { 5, 80 } : new int[] { 0, 15 };
        }
        else if (jaar == 1) {
            kans = maanden < 6 ? new int[] { 70, 25 } : new int[] { 30, 55 };
        }
        else {
            kans = jaar == 2 ? new int[] { 10, 40 } : new int[] { 5, 20 };
        }
        int r = random.nextInt(100);
        return r < kans[0] ? WieDeedHet.BEGELEIDER : r < kans[0] + kans[1] ? WieDeedHet.SAMEN : WieDeedHet.ZELF;
    }

    /** Year 1 of guidance runs from its start up to the first anniversary (as the checklist counts it). */
    private static int trajectjaar(LocalDate start, LocalDate dag) {
        return !dag.isAfter(start) ? 1 : Period.between(start, dag).getYears() + 1;
    }

    private void geregeld(Medewerker door, ChecklistItem item, LocalDate op, WieDeedHet wie) {
        schrijf(door, item, new ItemWijziging(ItemStatus.GEREGELD, wie, op, item.deadline(), item.notitie(), null));
        geregeld++;
    }

    private void bezig(Medewerker door, ChecklistItem item, Random random) {
        schrijf(door, item, new ItemWijziging(ItemStatus.BEZIG, null, null, item.deadline(),
                BEZIG[random.nextInt(BEZIG.length)], null));
        bezig++;
    }

    private void schrijf(Medewerker door, ChecklistItem item, ItemWijziging wijziging) {
        checklist.wijzig(door, item.id(), item.versie(), wijziging);
    }
}
