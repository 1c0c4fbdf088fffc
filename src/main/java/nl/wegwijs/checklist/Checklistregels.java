package nl.wegwijs.checklist;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The pure rules of the checklist: which template items a household and each of its persons get (by age and target
 * group), which yearly items for which years, their due dates, which are settled already by recorded facts, which
 * existing items are no longer wanted and may go, and when to look again. No Spring, no database: dates come in.
 * {@link #gewenst} is the one source of which items a household should have: synchronising and the data generator both
 * follow it.
 * <p>
 * A due date counts from the item's own trigger (its reference date, or later the day its person arrived or reached
 * its age), but never from before guidance began ({@link Invoer#trajectStart()}: the aanmelding, later the practical
 * start): what fell due before anyone could act gets the item's own offset from that day. So on the day a household is
 * registered nothing is overdue, unless the aanmelding itself is dated back far enough. A nareiziger who has not
 * arrived yet (no BRP date, or one ahead) gets nothing; she gets her items from her own BRP date.
 */
final class Checklistregels {

    /** 1 January of a common (non-leap) year, to count calendar-year offsets from. */
    private static final LocalDate GEWOON_JAAR = LocalDate.of(2001, 1, 1);

    private Checklistregels() {
    }

    /** What the rules need of a person. */
    record PersoonInvoer(UUID id, LocalDate geboortedatum, @Nullable LocalDate brpDatum, boolean nareiziger,
            boolean gezinsmigrant, @Nullable LocalDate pip, @Nullable LocalDate inburgeringstermijn) {
    }

    /**
     * What the rules need of a household and its trajectory.
     *
     * @param trajectStart the practical start of guidance, or the aanmelding before it started
     * @param eindeBegeleiding the planned end, extensions included; none without a formal end
     */
    record Invoer(LocalDate vandaag, LocalDate trajectStart, @Nullable LocalDate brp, @Nullable LocalDate koppeling,
            @Nullable LocalDate huisvesting, @Nullable LocalDate regeldag, @Nullable LocalDate verhuizing,
            @Nullable LocalDate eindeBegeleiding, List<PersoonInvoer> personen) {
    }

    /** An item the household should have: per template item, person (none: household) and year (none: one-off). */
    record Gewenst(UUID sjabloonItemId, String code, @Nullable UUID persoonId, @Nullable Integer jaar,
            @Nullable LocalDate deadline, @Nullable LocalDate voldaan) {
    }

    /**
     * What the rules need of an item a household has.
     *
     * @param vastgelegd someone recorded something on it (status, due date, note: {@code vastgelegd_door} is set)
     */
    record Bestaand(UUID id, String code, @Nullable UUID persoonId, @Nullable Integer jaar, ItemStatus status,
            boolean vastgelegd, boolean heeftNotitie, boolean volgensGegevens) {

        Bestaand(UUID id, String code, @Nullable UUID persoonId, @Nullable Integer jaar, ItemStatus status,
                boolean vastgelegd, boolean heeftNotitie) {
            this(id, code, persoonId, jaar, status, vastgelegd, heeftNotitie, false);
        }

        /** Nobody did anything with it: still to do (or settled by the data alone), never recorded, no note. */
        boolean onaangeroerd() {
            return (status == ItemStatus.TE_DOEN || volgensGegevens) && !vastgelegd && !heeftNotitie;
        }
    }

    /**
     * Every item the household should have today, from the template's items in use. A yearly item counted from a date
     * other than 1 January comes only once that date is known (from its first anniversary on).
     */
    static List<Gewenst> gewenst(List<SjabloonItem> sjabloon, Invoer in) {
        List<Gewenst> uit = new ArrayList<>();
        for (SjabloonItem item : sjabloon) {
            if (item.vervallen()) {
                continue;
            }
            if (item.reikwijdte() == Reikwijdte.PERSOON) {
                for (PersoonInvoer p : in.personen()) {
                    if (past(item, p, in.vandaag())) {
                        voegToe(uit, item, in, p.id(), intrede(item, p));
                    }
                }
            }
            else if (pastBijHuishouden(item, in.personen(), in.vandaag())) {
                voegToe(uit, item, in, null, intredeHuishouden(item, in.personen(), in.vandaag()));
            }
        }
        return uit;
    }

    private static void voegToe(List<Gewenst> uit, SjabloonItem item, Invoer in, @Nullable UUID persoon,
            @Nullable LocalDate intrede) {
        PersoonInvoer p = persoon == null ? null
                : in.personen().stream().filter(x -> x.id().equals(persoon)).findFirst().orElseThrow();
        if (!item.jaarlijks()) {
            uit.add(new Gewenst(item.id(), item.code(), persoon, null, deadline(item, in, p, intrede),
                    voldaan(item.code(), in, p)));
            return;
        }
        for (int jaar = in.trajectStart().getYear(); jaar <= in.vandaag().getYear(); jaar++) {
            if (heeftJaar(item, in, p, jaar)) {
                LocalDate deadline = deadlineInJaar(item, in, p, jaar);
                if (deadline != null && (deadline.isBefore(in.trajectStart())
                        || intrede != null && deadline.isBefore(intrede))) {
                    continue; // its moment in that year passed before guidance (or this person) began
                }
                uit.add(new Gewenst(item.id(), item.code(), persoon, jaar, deadline, null));
            }
        }
    }

    /**
     * A person gets a personal item when they are here (a nareiziger from her own BRP registration on), of its age
     * today and of its target group.
     */
    static boolean past(SjabloonItem item, PersoonInvoer p, LocalDate op) {
        if (!aanwezig(p, op)) {
            return false;
        }
        if (item.doelgroep() == Doelgroep.NAREIZIGER && !p.nareiziger()
                || item.doelgroep() == Doelgroep.GEZINSMIGRANT && !p.gezinsmigrant()) {
            return false;
        }
        return item.leeftijdPast(leeftijd(p.geboortedatum(), op));
    }

    /** A household gets a household item unless it has an age or target-group condition that nobody in it meets. */
    static boolean pastBijHuishouden(SjabloonItem item, List<PersoonInvoer> personen, LocalDate op) {
        if (!item.heeftLeeftijd() && item.doelgroep() == null) {
            return true;
        }
        return personen.stream().anyMatch(p -> past(item, p, op));
    }

    /**
     * Whether a person is in the household on {@code op}: everyone but a nareiziger who has not arrived yet (no BRP
     * registration, or one that lies ahead).
     */
    static boolean aanwezig(PersoonInvoer p, LocalDate op) {
        return !p.nareiziger() || p.brpDatum() != null && !p.brpDatum().isAfter(op);
    }

    /**
     * The due date of a one-off item: the reference date plus the item's offset, but never counted from before the
     * person joined (their own BRP date: a nareiziger) or reached the item's age (a child turning 4 and school), and
     * never before guidance could act on it: at the earliest the start of guidance plus the offset (a negative offset:
     * the start itself).
     */
    static @Nullable LocalDate deadline(SjabloonItem item, Invoer in, @Nullable PersoonInvoer p,
            @Nullable LocalDate intrede) {
        LocalDate ref = referentie(item.referentie(), in, p);
        if (ref == null) {
            return null;
        }
        LocalDate basis = intrede != null && intrede.isAfter(ref) ? intrede : ref;
        LocalDate deadline = basis.plusDays(item.termijnDagen());
        LocalDate vroegst = in.trajectStart().plusDays(Math.max(0, item.termijnDagen()));
        return deadline.isBefore(vroegst) ? vroegst : deadline;
    }

    /**
     * The date a recorded fact of the household settles an item, or none: the person's registration in the BRP once
     * their BRP date has come ({@code brp}), planning the regeldag once it has come ({@code regeldag}), the move-in
     * once it has come ({@code sleuteloverdracht}), the housing allocation once it has come ({@code woning-zoeken}).
     * A date ahead settles nothing yet (geregeld is never dated in the future; the nightly job looks again that day).
     * By the template item's code, which a contract's own template keeps; other items are settled only by a person.
     */
    static @Nullable LocalDate voldaan(String code, Invoer in, @Nullable PersoonInvoer p) {
        return switch (code) {
            case "brp" -> p == null ? null : verleden(p.brpDatum(), in.vandaag());
            case "regeldag" -> verleden(in.regeldag(), in.vandaag());
            case "sleuteloverdracht" -> verleden(in.verhuizing(), in.vandaag());
            case "woning-zoeken" -> verleden(in.huisvesting(), in.vandaag());
            default -> null;
        };
    }

    private static @Nullable LocalDate verleden(@Nullable LocalDate datum, LocalDate vandaag) {
        return datum == null || datum.isAfter(vandaag) ? null : datum;
    }

    /**
     * Whether a yearly item exists in {@code jaar}: always for {@link Referentie#KALENDERJAAR}; for another date
     * from its first anniversary on (the move-in's own year is the one-off item's), and never while the date is
     * unknown (it would be a year without a due date that may turn out not to be one).
     */
    static boolean heeftJaar(SjabloonItem item, Invoer in, @Nullable PersoonInvoer p, int jaar) {
        if (item.referentie() == Referentie.KALENDERJAAR) {
            return true;
        }
        LocalDate ref = referentie(item.referentie(), in, p);
        return ref != null && jaar > ref.getYear();
    }

    /**
     * The existing items that may go: untouched ({@link Bestaand#onaangeroerd()}) and no longer wanted, for a template
     * item still in use (a changed start of guidance, a corrected birth date or nareiziger flag, a person who left).
     * Items with recorded work stay, wanted or not: they are history. So do items of a template item taken out of use
     * or missing from the template (households keep what they have).
     */
    static List<UUID> overbodig(List<SjabloonItem> sjabloon, List<Gewenst> gewenst, List<Bestaand> bestaand) {
        Set<String> inGebruik = new HashSet<>();
        sjabloon.stream().filter(i -> !i.vervallen()).forEach(i -> inGebruik.add(i.code()));
        Set<Sleutel> gewild = new HashSet<>();
        gewenst.forEach(g -> gewild.add(new Sleutel(g.code(), g.persoonId(), g.jaar())));
        return bestaand.stream()
            .filter(b -> b.onaangeroerd() && inGebruik.contains(b.code())
                    && !gewild.contains(new Sleutel(b.code(), b.persoonId(), b.jaar())))
            .map(Bestaand::id)
            .toList();
    }

    /** What makes an item one of a kind in a household (the unique index of checklist_item). */
    private record Sleutel(String code, @Nullable UUID persoonId, @Nullable Integer jaar) {
    }

    /**
     * The due date of a yearly item in {@code jaar}: the anniversary plus the offset; for
     * {@link Referentie#KALENDERJAAR} the same calendar day every year (the offset counted from 1 January of a
     * common year: 120 is 1 May, also in a leap year).
     */
    static @Nullable LocalDate deadlineInJaar(SjabloonItem item, Invoer in, @Nullable PersoonInvoer p, int jaar) {
        if (item.referentie() == Referentie.KALENDERJAAR) {
            LocalDate dag = GEWOON_JAAR.plusDays(item.termijnDagen());
            return dag.withYear(jaar + dag.getYear() - GEWOON_JAAR.getYear());
        }
        LocalDate ref = referentie(item.referentie(), in, p);
        return ref == null ? null : ref.withYear(jaar).plusDays(item.termijnDagen());
    }

    /** The reference date for a person (or, without one, for the household). */
    static @Nullable LocalDate referentie(Referentie referentie, Invoer in, @Nullable PersoonInvoer p) {
        return switch (referentie) {
            case BRP_INSCHRIJVING -> in.brp();
            case PERSOON_BRP -> p != null && p.brpDatum() != null ? p.brpDatum() : in.brp();
            case KOPPELING -> in.koppeling();
            case HUISVESTING -> in.huisvesting();
            case REGELDAG -> in.regeldag();
            case VERHUIZING -> in.verhuizing();
            case TRAJECT_START -> in.trajectStart();
            case PIP -> p != null ? p.pip() : vroegste(in.personen(), PersoonInvoer::pip);
            case INBURGERINGSTERMIJN -> p != null ? p.inburgeringstermijn()
                    : vroegste(in.personen(), PersoonInvoer::inburgeringstermijn);
            case EINDE_BEGELEIDING -> in.eindeBegeleiding();
            case KALENDERJAAR -> LocalDate.of(in.vandaag().getYear(), 1, 1);
        };
    }

    /**
     * When the next item may become due or settled for this household without any event: 1 January (yearly items), or
     * earlier the day someone reaches the age of an item in use, a nareiziger arrives (her BRP date), or a regeldag,
     * move-in or housing allocation recorded ahead has come.
     */
    static LocalDate volgendeControle(List<SjabloonItem> sjabloon, Invoer in) {
        LocalDate volgende = LocalDate.of(in.vandaag().getYear() + 1, 1, 1);
        List<@Nullable LocalDate> komend = new ArrayList<>();
        in.personen().forEach(p -> komend.add(p.brpDatum()));
        komend.add(in.verhuizing());
        komend.add(in.regeldag());
        komend.add(in.huisvesting());
        for (LocalDate d : komend) {
            if (d != null && d.isAfter(in.vandaag()) && d.isBefore(volgende)) {
                volgende = d;
            }
        }
        for (SjabloonItem item : sjabloon) {
            if (item.vervallen() || item.leeftijdVan() == null) {
                continue;
            }
            for (PersoonInvoer p : in.personen()) {
                LocalDate d = leeftijdBereikt(p.geboortedatum(), item.leeftijdVan());
                if (d.isAfter(in.vandaag()) && d.isBefore(volgende)) {
                    volgende = d;
                }
            }
        }
        return volgende;
    }

    static int leeftijd(LocalDate geboren, LocalDate op) {
        return Period.between(geboren, op).getYears();
    }

    /** The first day someone born on {@code geboren} is {@code jaren} old (1 March for 29 February in other years). */
    static LocalDate leeftijdBereikt(LocalDate geboren, int jaren) {
        LocalDate d = geboren.plusYears(jaren);
        return leeftijd(geboren, d) < jaren ? d.plusDays(1) : d;
    }

    /** From when a person counts for an item: their own BRP date, or the day they reach its age, whichever is later. */
    private static @Nullable LocalDate intrede(SjabloonItem item, PersoonInvoer p) {
        LocalDate d = p.brpDatum();
        if (item.leeftijdVan() != null) {
            LocalDate leeftijd = leeftijdBereikt(p.geboortedatum(), item.leeftijdVan());
            d = d == null || leeftijd.isAfter(d) ? leeftijd : d;
        }
        return d;
    }

    /** For a household item with a condition: from when the first person who meets it counts. */
    private static @Nullable LocalDate intredeHuishouden(SjabloonItem item, List<PersoonInvoer> personen,
            LocalDate op) {
        if (!item.heeftLeeftijd() && item.doelgroep() == null) {
            return null;
        }
        return personen.stream().filter(p -> past(item, p, op)).map(p -> intrede(item, p)).filter(Objects::nonNull)
            .min(Comparator.naturalOrder()).orElse(null);
    }

    private static @Nullable LocalDate vroegste(List<PersoonInvoer> personen,
            Function<PersoonInvoer, @Nullable LocalDate> datum) {
        return personen.stream().map(datum).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
