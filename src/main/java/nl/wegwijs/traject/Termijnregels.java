package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.traject.TijdlijnInvoer.PersoonInvoer;

/**
 * The legal and contractual deadlines of a traject, computed from its stored dates on a given day. Pure: no clock,
 * no Spring, no I/O, so deadlines that pass with time are computed at query time and never stored.
 * <p>
 * Months are calendar months ({@link LocalDate#plusMonths}: 31 January + 1 month is the last day of February),
 * weeks are 7 days. docs/timeline.md states every rule with its source.
 */
public final class Termijnregels {

    static final String ONTBREEKT = "traject.termijn.ontbreekt.";
    static final String ONTBREEKT_FASE_START = ONTBREEKT + "fase-start";

    private Termijnregels() {
    }

    /**
     * All deadlines of one household: first the household's (EINDE_BEGELEIDING, AFSLUITING, ONTZORGEN, and FASE
     * when the current phase has an indicative length), then per inburgeringsplichtige person, in input order, PIP
     * and INBURGERINGSTERMIJN.
     *
     * @param gemeenteVersies all versions of the gemeente's regime (at least one)
     * @param contractVersies all versions of the contract's voorwaarden (at least one)
     * @param peildatum the household date that selects the contract version (Haarlem: HUISVESTING)
     * @param vandaag the day the statuses are computed for
     * @param binnenkortDagen a deadline due within this many days from today is BINNENKORT
     */
    public static List<Termijn> bereken(TijdlijnInvoer invoer, List<GemeenteRegime> gemeenteVersies,
            List<ContractVoorwaarden> contractVersies, Startmoment peildatum, LocalDate vandaag,
            int binnenkortDagen) {
        Objects.requireNonNull(invoer, "invoer");
        Objects.requireNonNull(peildatum, "peildatum");
        var peiling = new Peiling(vandaag, binnenkortDagen);
        var huishoudenBrp = datum(invoer, Startmoment.BRP_INSCHRIJVING);
        var regime = kiesGemeenteRegime(gemeenteVersies, huishoudenBrp, vandaag);
        var voorwaarden = kiesVoorwaarden(contractVersies, datum(invoer, peildatum), vandaag);
        var afgerondOp = invoer.trajectAfgerondOp();

        var termijnen = new ArrayList<Termijn>();
        var einde = eindeBegeleiding(invoer, voorwaarden);
        termijnen.add(peiling.termijn(TermijnSoort.EINDE_BEGELEIDING, null, einde, afgerondOp));
        termijnen.add(peiling.termijn(TermijnSoort.AFSLUITING, null,
                einde.map(datum -> datum.minusWeeks(voorwaarden.afsluitingVoorloopWeken())), afgerondOp));
        termijnen.add(peiling.termijn(TermijnSoort.ONTZORGEN, null, Berekening.vanaf(huishoudenBrp,
                Startmoment.BRP_INSCHRIJVING, datum -> datum.plusMonths(regime.ontzorgenMaanden())), afgerondOp));
        fase(invoer, voorwaarden).ifPresent(fase -> termijnen.add(peiling.termijn(TermijnSoort.FASE, null, fase,
                afgerondOp)));
        for (var persoon : invoer.personen()) {
            if (persoon.inburgeringsplichtig()) {
                termijnen.addAll(persoonlijk(persoon, gemeenteVersies, peiling));
            }
        }
        return List.copyOf(termijnen);
    }

    /**
     * The regime version that applies to the given BRP date: the one with the latest {@code geldigVanaf} on or
     * before it; the earliest version if the date is before all of them; the version in force on {@code vandaag}
     * if the date is missing.
     */
    public static GemeenteRegime kiesGemeenteRegime(List<GemeenteRegime> versies, @Nullable LocalDate brpInschrijving,
            LocalDate vandaag) {
        return kies(versies, GemeenteRegime::geldigVanaf, brpInschrijving, vandaag);
    }

    /** The regime version that applies to a known BRP date; see {@link #kiesGemeenteRegime(List, LocalDate, LocalDate)}. */
    public static GemeenteRegime kiesGemeenteRegime(List<GemeenteRegime> versies, LocalDate brpInschrijving) {
        Objects.requireNonNull(brpInschrijving, "brpInschrijving");
        return kies(versies, GemeenteRegime::geldigVanaf, brpInschrijving, brpInschrijving);
    }

    /**
     * The contract version that applies to a household: selected by the value of the contract's peildatum (the one
     * with the latest {@code geldigVanaf} on or before it; the earliest if it is before all of them), or by
     * {@code vandaag} if that date is missing.
     */
    public static ContractVoorwaarden kiesVoorwaarden(List<ContractVoorwaarden> versies,
            @Nullable LocalDate peildatumWaarde, LocalDate vandaag) {
        return kies(versies, ContractVoorwaarden::geldigVanaf, peildatumWaarde, vandaag);
    }

    /**
     * The household's date for a start moment, or null if not (yet) known. For {@link Startmoment#BRP_INSCHRIJVING}
     * that is the earliest BRP registration among the persons who are not nareizigers.
     */
    public static @Nullable LocalDate datum(TijdlijnInvoer invoer, Startmoment moment) {
        return switch (moment) {
            case BRP_INSCHRIJVING -> invoer.personen().stream()
                    .filter(persoon -> !persoon.nareiziger())
                    .map(PersoonInvoer::brpInschrijving)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            case KOPPELING -> invoer.koppeling();
            case HUISVESTING -> invoer.huisvesting();
            case VERHUIZING -> invoer.verhuizing();
        };
    }

    /**
     * The latest day guidance can end under these voorwaarden: the count-from date + (begeleidingMaanden + the
     * contract's maximum extension) months, or + the months already granted if those are more. Empty when the
     * contract has no formal end or the count-from date is not known. Not a deadline: it says how far an extension
     * can still move the planned end.
     */
    public static Optional<LocalDate> uitersteEinde(TijdlijnInvoer invoer, ContractVoorwaarden voorwaarden) {
        var maanden = voorwaarden.begeleidingMaanden();
        var start = datum(invoer, voorwaarden.telVanaf());
        if (maanden == null || start == null) {
            return Optional.empty();
        }
        return Optional.of(start.plusMonths(maanden
                + Math.max(voorwaarden.verlengingMaxMaanden(), invoer.verlengdMaanden())));
    }

    /** The open deadline due first (overdue ones included); the earliest in list order on a tie. */
    public static Optional<Termijn> eerstvolgende(List<Termijn> termijnen) {
        return termijnen.stream()
                .filter(Termijn::isOpen)
                .min(Comparator.comparing(termijn -> Objects.requireNonNull(termijn.uiterlijk())));
    }

    public static long aantalVerlopen(List<Termijn> termijnen) {
        return termijnen.stream().filter(Termijn::isVerlopen).count();
    }

    /** The message key naming a missing household date, e.g. {@code traject.termijn.ontbreekt.huisvesting}. */
    static String ontbreekt(Startmoment moment) {
        return ONTBREEKT + moment.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Berekening eindeBegeleiding(TijdlijnInvoer invoer, ContractVoorwaarden voorwaarden) {
        var maanden = voorwaarden.begeleidingMaanden();
        if (maanden == null) {
            return Berekening.GEEN_EINDE;
        }
        // One addition of all months together: an extension continues the duration, it does not restart from a
        // clamped month end (31 Jan + 1 + 1 month is 31 March, not 28 March).
        var totaal = maanden + invoer.verlengdMaanden();
        return Berekening.vanaf(datum(invoer, voorwaarden.telVanaf()), voorwaarden.telVanaf(),
                datum -> datum.plusMonths(totaal));
    }

    private static Optional<Berekening> fase(TijdlijnInvoer invoer, ContractVoorwaarden voorwaarden) {
        var code = invoer.faseCode();
        if (code == null) {
            return Optional.empty();
        }
        return voorwaarden.fasen().stream()
                .filter(norm -> norm.code().equals(code))
                .map(FaseNorm::indicatieWeken)
                .filter(Objects::nonNull)
                .findFirst()
                .map(weken -> invoer.faseStart() == null
                        ? Berekening.ontbreekt(ONTBREEKT_FASE_START)
                        : Berekening.op(invoer.faseStart().plusWeeks(weken)));
    }

    private static List<Termijn> persoonlijk(PersoonInvoer persoon, List<GemeenteRegime> gemeenteVersies,
            Peiling peiling) {
        var brp = persoon.brpInschrijving();
        var regime = kiesGemeenteRegime(gemeenteVersies, brp, peiling.vandaag());
        var pip = Berekening.vanaf(brp, Startmoment.BRP_INSCHRIJVING, datum -> datum.plusWeeks(regime.pipWeken()));
        var inburgering = Berekening.vanaf(brp, Startmoment.BRP_INSCHRIJVING,
                datum -> datum.plusMonths(regime.inburgeringstermijnMaanden()));
        return List.of(
                peiling.termijn(TermijnSoort.PIP, persoon.persoonId(), pip, persoon.pipVastgesteldOp()),
                peiling.termijn(TermijnSoort.INBURGERINGSTERMIJN, persoon.persoonId(), inburgering,
                        persoon.inburgeringAfgerondOp()));
    }

    private static <T> T kies(List<T> versies, Function<T, LocalDate> geldigVanaf, @Nullable LocalDate datum,
            LocalDate vandaag) {
        Objects.requireNonNull(vandaag, "vandaag");
        if (versies.isEmpty()) {
            throw new IllegalArgumentException("At least one version is needed to choose from");
        }
        var peil = datum != null ? datum : vandaag;
        var oplopend = versies.stream().sorted(Comparator.comparing(geldigVanaf)).toList();
        var gekozen = oplopend.get(0);
        for (var versie : oplopend) {
            if (!geldigVanaf.apply(versie).isAfter(peil)) {
                gekozen = versie;
            }
        }
        return gekozen;
    }

    /** A due date, or why there is none: no end at all, or a missing date (its message key). */
    private record Berekening(@Nullable LocalDate uiterlijk, boolean geenEinde, @Nullable String ontbreekt) {

        static final Berekening GEEN_EINDE = new Berekening(null, true, null);

        static Berekening op(LocalDate uiterlijk) {
            return new Berekening(uiterlijk, false, null);
        }

        static Berekening ontbreekt(String sleutel) {
            return new Berekening(null, false, sleutel);
        }

        static Berekening vanaf(@Nullable LocalDate start, Startmoment moment, UnaryOperator<LocalDate> termijn) {
            return start == null ? ontbreekt(Termijnregels.ontbreekt(moment)) : op(termijn.apply(start));
        }

        Berekening map(UnaryOperator<LocalDate> verschuiving) {
            return uiterlijk == null ? this : op(verschuiving.apply(uiterlijk));
        }
    }

    /** The day and window the statuses are computed for. */
    private record Peiling(LocalDate vandaag, int binnenkortDagen) {

        Peiling {
            Objects.requireNonNull(vandaag, "vandaag");
            if (binnenkortDagen < 0) {
                throw new IllegalArgumentException("binnenkortDagen cannot be negative: " + binnenkortDagen);
            }
        }

        Termijn termijn(TermijnSoort soort, @Nullable UUID persoonId, Berekening berekening,
                @Nullable LocalDate afgerondOp) {
            if (afgerondOp != null) {
                return new Termijn(soort, persoonId, berekening.uiterlijk(), TermijnStatus.AFGEROND, null, afgerondOp);
            }
            var uiterlijk = berekening.uiterlijk();
            if (uiterlijk == null) {
                return berekening.geenEinde()
                        ? new Termijn(soort, persoonId, null, TermijnStatus.GEEN_EINDE, null, null)
                        : new Termijn(soort, persoonId, null, TermijnStatus.ONBEKEND, berekening.ontbreekt(), null);
            }
            return new Termijn(soort, persoonId, uiterlijk, status(uiterlijk), null, null);
        }

        private TermijnStatus status(LocalDate uiterlijk) {
            if (uiterlijk.isBefore(vandaag)) {
                return TermijnStatus.VERLOPEN;
            }
            return uiterlijk.isAfter(vandaag.plusDays(binnenkortDagen)) ? TermijnStatus.OP_TIJD
                    : TermijnStatus.BINNENKORT;
        }
    }
}
