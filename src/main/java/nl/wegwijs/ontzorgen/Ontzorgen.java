package nl.wegwijs.ontzorgen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.TrajectId;

/**
 * A household's financieel ontzorgen as recorded, with its fixed costs, month statuses and coaching sessions. One
 * {@link #versie()} for the whole: every change of any part needs the version it was read at. The rules are
 * {@link Ontzorgregels}'.
 *
 * @param start the start (of bijstand); null while registered but not started
 * @param maanden the regime's period in months
 */
public record Ontzorgen(OntzorgenId id, HuishoudenId huishouden, TrajectId traject, @Nullable LocalDate start,
        int maanden, @Nullable LocalDate gestoptOp, @Nullable StopReden stopReden, @Nullable String notitie,
        List<VasteLast> vasteLasten, Map<YearMonth, Maandstand> maandstanden, List<Coachgesprek> gesprekken,
        long versie) {

    public static final int NOTITIE_MAX = 2000;

    public @Nullable LocalDate geplandEinde() {
        return start == null ? null : Ontzorgregels.geplandEinde(start, maanden);
    }

    public @Nullable LocalDate einde() {
        return Ontzorgregels.einde(start, maanden, gestoptOp);
    }

    public boolean isGestopt() {
        return gestoptOp != null;
    }

    /** Every month of the period with its status (or none yet), in order. */
    public List<Maandstand> maandlijst() {
        return Ontzorgregels.maanden(start, maanden, gestoptOp).stream()
            .map(m -> maandstanden.getOrDefault(m, new Maandstand(m, null, null))).toList();
    }

    public boolean isMaandVanPeriode(YearMonth maand) {
        return Ontzorgregels.maanden(start, maanden, gestoptOp).contains(maand);
    }

    public int maandenAchterstand() {
        return (int) maandlijst().stream().filter(Maandstand::isAchterstand).count();
    }

    public int gesprekkenVoorEinde() {
        return Ontzorgregels.gesprekkenVoorEinde(gesprekken, einde());
    }

    public boolean overgangGeregeld(int norm) {
        return Ontzorgregels.overgangGeregeld(gesprekken, einde(), norm);
    }

    public boolean eindigtZonderOvergang(int norm, LocalDate vandaag, int weken) {
        return Ontzorgregels.eindigtZonderOvergang(einde(), overgangGeregeld(norm), vandaag, weken);
    }

    public Ontzorgregels.Fase fase(LocalDate vandaag) {
        return Ontzorgregels.fase(start, einde(), vandaag);
    }

    /** The monthly total of the fixed costs paid on this day. */
    public BigDecimal totaalPerMaand(LocalDate op) {
        return vasteLasten.stream().filter(v -> v.loopt(op)).map(VasteLast::bedrag)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public java.util.Optional<VasteLast> vasteLast(UUID id) {
        return vasteLasten.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public java.util.Optional<Coachgesprek> gesprek(UUID id) {
        return gesprekken.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    static Map<YearMonth, Maandstand> perMaand(List<Maandstand> standen) {
        return standen.stream().collect(Collectors.toMap(Maandstand::maand, Function.identity()));
    }
}
