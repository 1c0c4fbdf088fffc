package nl.wegwijs.post;

import java.util.EnumSet;
import java.util.Set;

import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * Who sent a letter. With {@link #ANDERS} the sender's name is required. The sender decides which data category a
 * letter belongs to ({@link #soort()}): letters about money are {@link Gegevenssoort#FINANCIEN}, all others
 * {@link Gegevenssoort#VOORTGANG} (the progress of the guidance), so that a budgetcoach sees the financial letters and
 * nothing else, and a regievoerder the others.
 */
public enum Afzender {
    BELASTINGDIENST_TOESLAGEN, GEMEENTE, DUO, UWV, ZORGVERZEKERAAR, VERHUURDER, ENERGIELEVERANCIER, CJIB, SCHOOL,
    ANDERS;

    /**
     * The one place that decides which letters are about money: allowances and taxes (Belastingdienst/Toeslagen),
     * the gemeente (municipal taxes, bijstand), benefits (UWV), health insurance premiums, rent, energy and fines (CJIB).
     * DUO (inburgering and its loan, as the learning route), school and other senders are progress of the guidance.
     */
    public Gegevenssoort soort() {
        return switch (this) {
            case BELASTINGDIENST_TOESLAGEN, GEMEENTE, UWV, ZORGVERZEKERAAR, VERHUURDER, ENERGIELEVERANCIER, CJIB ->
                Gegevenssoort.FINANCIEN;
            case DUO, SCHOOL, ANDERS -> Gegevenssoort.VOORTGANG;
        };
    }

    /** The senders whose letters this reader may see. */
    public static Set<Afzender> zichtbaar(Inzage inzage) {
        Set<Afzender> z = EnumSet.noneOf(Afzender.class);
        for (Afzender a : values()) {
            if (inzage.magZien(a.soort())) {
                z.add(a);
            }
        }
        return z;
    }
}
