package nl.wegwijs.system;

import java.time.LocalDate;

/** Limits on any input, form or API, checked before it reaches a service: clean texts and sane dates. */
public final class Invoer {

    /** The earliest date Wegwijs accepts (a birth date of the oldest person). */
    public static final LocalDate VROEGSTE = LocalDate.of(1900, 1, 1);

    /** The latest date Wegwijs accepts (a planned end or expiry far ahead). */
    public static final LocalDate LAATSTE = LocalDate.of(2199, 12, 31);

    private Invoer() {
    }

    /** Whether a text has no control characters other than tab, newline and carriage return. */
    public static boolean schoon(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    public static boolean binnenBereik(LocalDate datum) {
        return !datum.isBefore(VROEGSTE) && !datum.isAfter(LAATSTE);
    }
}
