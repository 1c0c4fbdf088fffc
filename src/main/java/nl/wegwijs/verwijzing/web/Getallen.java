package nl.wegwijs.verwijzing.web;

import java.text.DecimalFormat;
import java.text.NumberFormat;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Templates;

/** Numbers as the referral templates show them (JTE). */
public final class Getallen {

    private Getallen() {
    }

    /**
     * As Thymeleaf's {@code #numbers.formatDecimal(n, minimumInteger, decimalen)}: the user's decimal separator, no
     * grouping; null stays null.
     */
    public static @Nullable String decimaal(@Nullable Number n, int minimumInteger, int decimalen) {
        if (n == null) {
            return null;
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Templates.locale());
        format.setMinimumFractionDigits(decimalen);
        format.setMaximumFractionDigits(decimalen);
        format.setMinimumIntegerDigits(minimumInteger);
        format.setDecimalSeparatorAlwaysShown(decimalen > 0);
        format.setGroupingUsed(false);
        return format.format(n);
    }
}
