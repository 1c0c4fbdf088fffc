package nl.wegwijs.regie;

import java.util.Locale;
import java.util.Optional;

/**
 * A number of the overview whose households can be listed: which rows of the read model it counts (the same
 * condition as the count), in which order the list shows them (keyset on that date and the row's id) and which date
 * the list shows. docs/regie-overzicht.md defines each.
 */
public enum Cijfer {

    /** Households of one trajectory status and phase (parameters {@code status}, {@code fase}). */
    STADIUM(false, "aangemeld_op", "aangemeld_op"),
    /** Households with at least one open signal, trajectory open. */
    SIGNALEN(false, "aangemeld_op", "aangemeld_op"),
    /** Ontzorgen ends within four weeks (today included). */
    ONTZORGEN_EINDIGT(false, "ontzorgen_einde", "ontzorgen_einde"),
    /** Ontzorgen ends within four weeks and the transition to paying themselves is not arranged. */
    ONTZORGEN_ZONDER_OVERGANG(false, "ontzorgen_einde", "ontzorgen_einde"),
    /** Persons whose PIP is due within two weeks and not set. */
    PIP_BINNENKORT(true, "pip_uiterlijk", "pip_uiterlijk"),
    /** Persons whose PIP deadline passed and whose PIP is not set. */
    PIP_VERLOPEN(true, "pip_uiterlijk", "pip_uiterlijk"),
    /** Persons (BRP in the period) whose PIP was set by the deadline. */
    PIP_OP_TIJD(true, "brp_datum", "pip_op"),
    /** Persons (BRP in the period) whose PIP was set after the deadline. */
    PIP_TE_LAAT(true, "brp_datum", "pip_op"),
    /** Persons (BRP in the period) who had their brede intake. */
    INTAKE(true, "brp_datum", "intake_op"),
    /** Persons (BRP in the period) whose PIP was set. */
    PIP(true, "brp_datum", "pip_op"),
    /** Persons (BRP in the period) who had their first language lesson. */
    TAALLES(true, "brp_datum", "eerste_taalles_op"),
    /** The timely-start gap: guidance phase 1 over, no first language lesson yet. */
    STARTGAT(true, "brp_datum", "brp_datum"),
    /** Persons registered in the BRP in the current half-year (against the taakstelling). */
    TAAKSTELLING(true, "brp_datum", "brp_datum");

    private final boolean perPersoon;
    private final String volgorde;
    private final String datum;

    Cijfer(boolean perPersoon, String volgorde, String datum) {
        this.perPersoon = perPersoon;
        this.volgorde = volgorde;
        this.datum = datum;
    }

    /** Counts persons (a row of {@code regie_persoon}) rather than households. */
    public boolean perPersoon() {
        return perPersoon;
    }

    /** The column the list is sorted on (never null for a row the figure counts). */
    String volgorde() {
        return volgorde;
    }

    /** The column whose date the list shows. */
    String datum() {
        return datum;
    }

    /** The code in the address, e.g. {@code pip-verlopen}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Cijfer> vanCode(String code) {
        for (Cijfer c : values()) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The condition on the read model's row (alias {@code r}), with the named parameters {@code vandaag},
     * {@code binnenkort} (today + 2 weeks), {@code vierWeken}, {@code van} (start of the period), {@code halfVan},
     * {@code halfTot}, and for {@link #STADIUM} {@code status} and {@code fase}. The counts use the same conditions.
     */
    String voorwaarde(boolean zonderFase) {
        return switch (this) {
            case STADIUM -> zonderFase ? "r.status = :status and r.fase_code is null"
                    : "r.status = :status and r.fase_code = :fase";
            case SIGNALEN -> SIGNAAL_OPEN;
            case ONTZORGEN_EINDIGT -> ONTZORGEN;
            case ONTZORGEN_ZONDER_OVERGANG -> ONTZORGEN + " and not r.overgang_geregeld";
            case PIP_BINNENKORT -> PIP_OPEN + " and r.pip_uiterlijk between :vandaag and :binnenkort";
            case PIP_VERLOPEN -> PIP_OPEN + " and r.pip_uiterlijk < :vandaag";
            case PIP_OP_TIJD -> PERIODE + " and r.pip_op <= r.pip_uiterlijk";
            case PIP_TE_LAAT -> PERIODE + " and r.pip_op > r.pip_uiterlijk";
            case INTAKE -> PERIODE + " and r.intake_op is not null";
            case PIP -> PERIODE + " and r.pip_op is not null";
            case TAALLES -> PERIODE + " and r.eerste_taalles_op is not null";
            case STARTGAT -> STARTGAT_VOORWAARDE;
            case TAAKSTELLING -> "r.brp_datum between :halfVan and :halfTot";
        };
    }

    static final String OPEN_STATUS = "('AANGEMELD', 'INTAKE', 'ACTIEF', 'VERLENGD')";
    static final String SIGNAAL_OPEN = "r.signalen_open > 0 and r.status in " + OPEN_STATUS;
    static final String ONTZORGEN = "r.ontzorgen_einde between :vandaag and :vierWeken";
    static final String PIP_OPEN = "r.pip_op is null and r.open and r.inburgeringsplichtig"
            + " and r.pip_uiterlijk is not null";
    static final String PERIODE = "r.inburgeringsplichtig and r.brp_datum between :van and :vandaag";
    static final String STARTGAT_VOORWAARDE = "r.open and r.fase1_voorbij and r.inburgeringsplichtig"
            + " and r.eerste_taalles_op is null and not r.inburgering_klaar";
}
