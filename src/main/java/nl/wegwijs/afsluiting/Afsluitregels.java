package nl.wegwijs.afsluiting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.TrajectStatus;

/**
 * Pure rules of closing guidance: when the file starts asking for the closing (the lead time before the planned
 * end), whether the closing measurement is recent enough, and what an eindgesprek and a decision must hold.
 */
public final class Afsluitregels {

    /** The lead time when neither the regime nor the contract's own setting gives one. */
    public static final int STANDAARD_VOORLOOP_WEKEN = 8;
    /** Longest free text of an eindgesprek field. */
    public static final int TEKST_MAX = 2000;
    /** Longest list of who was at the eindgesprek or driegesprek. */
    public static final int AANWEZIG_MAX = 300;

    private Afsluitregels() {
    }

    /**
     * The lead time in weeks: the regime's when it has one (a contract with a formal end and a lead time above 0),
     * else the contract's own setting in this module, else {@link #STANDAARD_VOORLOOP_WEKEN}.
     */
    public static int voorloopWeken(@Nullable Integer regime, @Nullable Integer eigen) {
        if (regime != null && regime > 0) {
            return regime;
        }
        return eigen != null && eigen > 0 ? eigen : STANDAARD_VOORLOOP_WEKEN;
    }

    /** The day the file starts asking for the closing: the planned end minus the lead time (none without an end). */
    public static @Nullable LocalDate voorloopStart(@Nullable LocalDate geplandEinde, int weken) {
        return geplandEinde == null ? null : geplandEinde.minusWeeks(weken);
    }

    /** The closing is due from the lead-time start on (never for a trajectory without a planned end). */
    public static boolean teDoen(@Nullable LocalDate voorloopStart, LocalDate vandaag) {
        return voorloopStart != null && !vandaag.isBefore(voorloopStart);
    }

    /**
     * The closing measurement is there when the latest measurement is on or after the lead-time start (without a
     * planned end: any measurement in the last {@link #STANDAARD_VOORLOOP_WEKEN} weeks).
     */
    public static boolean slotmetingGedaan(@Nullable LocalDate gemetenOp, @Nullable LocalDate voorloopStart,
            LocalDate vandaag) {
        if (gemetenOp == null) {
            return false;
        }
        LocalDate vanaf = voorloopStart != null ? voorloopStart : vandaag.minusWeeks(STANDAARD_VOORLOOP_WEKEN);
        return !gemetenOp.isBefore(vanaf);
    }

    /** What an eindgesprek must hold: a day not in the future nor before guidance began, who, the talk, their view. */
    public static void toetsEindgesprek(@Nullable LocalDate op, @Nullable String aanwezig, @Nullable String samenvatting,
            @Nullable String eigenKijk, LocalDate begonnen, LocalDate vandaag) {
        if (op == null) {
            throw new DomeinFout("afsluiting.eindgesprek.datum.leeg");
        }
        if (op.isAfter(vandaag)) {
            throw new DomeinFout("afsluiting.eindgesprek.datum.toekomst");
        }
        if (op.isBefore(begonnen)) {
            throw new DomeinFout("afsluiting.eindgesprek.datum.voor-start");
        }
        tekst(aanwezig, AANWEZIG_MAX, "afsluiting.eindgesprek.aanwezig");
        tekst(samenvatting, TEKST_MAX, "afsluiting.eindgesprek.samenvatting");
        tekst(eigenKijk, TEKST_MAX, "afsluiting.eindgesprek.eigen-kijk");
    }

    /**
     * Ending guidance: the reason decides the end status (reached its term or its goals: afgerond; otherwise
     * beëindigd). A warm handover ends only when the wijkteam accepts it, never by this decision. Ending because the
     * term is over or the goals are reached needs the eindgesprek first.
     */
    public static TrajectStatus toetsBeeindigen(@Nullable EindeReden reden, boolean eindgesprekGehouden) {
        if (reden == null) {
            throw new DomeinFout("afsluiting.besluit.reden.leeg");
        }
        if (reden == EindeReden.WARME_OVERDRACHT) {
            throw new DomeinFout("afsluiting.besluit.overdracht-via-wijkteam");
        }
        boolean regulier = reden == EindeReden.DUUR_VERSTREKEN || reden == EindeReden.DOELEN_BEREIKT;
        if (regulier && !eindgesprekGehouden) {
            throw new DomeinFout("afsluiting.besluit.eerst-eindgesprek");
        }
        return regulier ? TrajectStatus.AFGEROND : TrajectStatus.BEEINDIGD;
    }

    /**
     * Extending: only for a trajectory with a planned end, at least one month, within what the regime still allows
     * ({@code max} − {@code alVerlengd}), with a reason and the person's own request (what they asked, and when:
     * not in the future).
     */
    public static void toetsVerlenging(@Nullable Integer maanden, int alVerlengd, int max, boolean heeftEinde,
            @Nullable String reden, @Nullable String verzoek, @Nullable LocalDate verzoekOp, LocalDate vandaag) {
        if (!heeftEinde) {
            throw new DomeinFout("traject.verlenging.geen-einde");
        }
        if (maanden == null || maanden < 1) {
            throw new DomeinFout("traject.verlenging.maanden");
        }
        if (alVerlengd + maanden > max) {
            throw new DomeinFout("afsluiting.verlenging.boven-maximum", max, Math.max(0, max - alVerlengd));
        }
        tekst(reden, TEKST_MAX, "afsluiting.verlenging.reden");
        tekst(verzoek, TEKST_MAX, "afsluiting.verlenging.verzoek");
        if (verzoekOp == null) {
            throw new DomeinFout("afsluiting.verlenging.verzoek-op.leeg");
        }
        if (verzoekOp.isAfter(vandaag)) {
            throw new DomeinFout("afsluiting.verlenging.verzoek-op.toekomst");
        }
    }

    /** Months the regime still allows. */
    public static int verlengingOver(int alVerlengd, int max) {
        return Math.max(0, max - alVerlengd);
    }

    /** A required text within its maximum: {@code code + ".leeg"} or {@code code + ".lang"}. */
    static String tekst(@Nullable String tekst, int max, String code) {
        if (tekst == null || tekst.isBlank()) {
            throw new DomeinFout(code + ".leeg");
        }
        String t = tekst.strip();
        if (t.length() > max) {
            throw new DomeinFout(code + ".lang", max);
        }
        return t;
    }
}
