package nl.wegwijs.tevredenheid.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** What the report's JTE template needs beyond the shared helpers (nl.wegwijs.system.Templates). */
public final class Rapportweergave {

    private Rapportweergave() {
    }

    /**
     * A mean with one decimal and a decimal comma, as Thymeleaf's {@code #numbers.formatDecimal(x, 1, 1, 'COMMA')};
     * null stays empty.
     */
    public static @Nullable String gemiddeld(@Nullable Double waarde) {
        return waarde == null ? null : String.format(Locale.ROOT, "%.1f", waarde).replace('.', ',');
    }
}
