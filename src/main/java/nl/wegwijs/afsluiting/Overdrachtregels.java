package nl.wegwijs.afsluiting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * Pure rules of the warm handover: which status may follow which, what sharing needs (the guide reviewed the summary,
 * a valid consent for the receiving organisation), what a driegesprek needs, and when the wijkteam may accept (where
 * the contract's practice is a driegesprek when there is a need for support, only once it is planned) or refuse it
 * (wherever it may accept it, with a reason).
 */
public final class Overdrachtregels {

    /** How far ahead a driegesprek can be planned. */
    public static final int DRIEGESPREK_MAX_DAGEN_VOORUIT = 180;

    private Overdrachtregels() {
    }

    public static void toetsOvergang(OverdrachtStatus van, OverdrachtStatus naar) {
        if (!van.magNaar(naar)) {
            throw new DomeinFout(switch (van) {
                case GEACCEPTEERD -> "afsluiting.overdracht.al-geaccepteerd";
                case TERUGGETROKKEN -> "afsluiting.overdracht.teruggetrokken";
                case AFGEWEZEN -> "afsluiting.overdracht.al-afgewezen";
                default -> "afsluiting.overdracht.overgang";
            });
        }
    }

    /** Only a concept can be completed: what was shared stays as it was shared. */
    public static void toetsAanvullen(OverdrachtStatus status) {
        if (status != OverdrachtStatus.CONCEPT) {
            throw new DomeinFout("afsluiting.overdracht.niet-meer-aanvullen");
        }
    }

    /** A guide's addition to one block: short (at most {@link Blok#AANVULLING_MAX}), empty is none. */
    public static @Nullable String aanvulling(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String t = tekst.strip();
        if (t.length() > Blok.AANVULLING_MAX) {
            throw new DomeinFout("afsluiting.overdracht.aanvulling.lang", Blok.AANVULLING_MAX);
        }
        return t;
    }

    /**
     * Sharing: from a concept, reviewed by the guide, with a valid consent for the receiving organisation of every
     * person it is about ({@code toegestaan}: the categories every one of them consented to; null when someone has
     * no valid consent). Returns the blocks that may be shared.
     */
    public static Set<Blok> toetsDelen(OverdrachtStatus status, boolean nagekeken,
            @Nullable Set<Gegevenssoort> toegestaan) {
        toetsOvergang(status, OverdrachtStatus.GEDEELD);
        if (toegestaan == null) {
            throw new DomeinFout("afsluiting.overdracht.geen-toestemming");
        }
        if (!nagekeken) {
            throw new DomeinFout("afsluiting.overdracht.niet-nagekeken");
        }
        Set<Blok> blokken = EnumSet.noneOf(Blok.class);
        for (Blok b : Blok.values()) {
            if (b.soort() == Gegevenssoort.BASISGEGEVENS || toegestaan.contains(b.soort())) {
                blokken.add(b);
            }
        }
        return blokken;
    }

    /** A driegesprek: after sharing, with a day (not before the sharing, not too far ahead) and who takes part. */
    public static String toetsDriegesprek(OverdrachtStatus status, @Nullable LocalDate op,
            @Nullable String deelnemers, LocalDate gedeeldOp, LocalDate vandaag) {
        toetsOvergang(status, OverdrachtStatus.DRIEGESPREK_GEPLAND);
        if (op == null) {
            throw new DomeinFout("afsluiting.driegesprek.datum.leeg");
        }
        if (op.isBefore(gedeeldOp)) {
            throw new DomeinFout("afsluiting.driegesprek.datum.voor-delen");
        }
        if (op.isAfter(vandaag.plusDays(DRIEGESPREK_MAX_DAGEN_VOORUIT))) {
            throw new DomeinFout("afsluiting.driegesprek.datum.te-ver", DRIEGESPREK_MAX_DAGEN_VOORUIT);
        }
        return Afsluitregels.tekst(deelnemers, Afsluitregels.AANWEZIG_MAX, "afsluiting.driegesprek.deelnemers");
    }

    /**
     * Accepting: a shared handover; where there is a need for support and the contract's practice is a driegesprek,
     * only once the driegesprek is planned.
     */
    public static void toetsAccepteren(OverdrachtStatus status, boolean hulpvraag, boolean driegesprekBijHulpvraag) {
        toetsOvergang(status, OverdrachtStatus.GEACCEPTEERD);
        if (hulpvraag && driegesprekBijHulpvraag && status != OverdrachtStatus.DRIEGESPREK_GEPLAND) {
            throw new DomeinFout("afsluiting.overdracht.eerst-driegesprek");
        }
    }

    /** Withdrawing: until accepted, with a reason. */
    public static String toetsTerugtrekken(OverdrachtStatus status, @Nullable String reden) {
        toetsOvergang(status, OverdrachtStatus.TERUGGETROKKEN);
        return Afsluitregels.tekst(reden, Afsluitregels.TEKST_MAX, "afsluiting.overdracht.terugtrekken.reden");
    }

    /**
     * Refusing (the receiving wijkteam): wherever it may accept — shared, or with a driegesprek planned, also before
     * a required driegesprek — with a reason the guide reads; final.
     */
    public static String toetsAfwijzen(OverdrachtStatus status, @Nullable String reden) {
        toetsOvergang(status, OverdrachtStatus.AFGEWEZEN);
        return Afsluitregels.tekst(reden, Afsluitregels.TEKST_MAX, "afsluiting.overdracht.afwijzen.reden");
    }
}
