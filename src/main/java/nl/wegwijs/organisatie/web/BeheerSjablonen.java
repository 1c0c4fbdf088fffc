package nl.wegwijs.organisatie.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.wegwijs.system.Templates;

/** What the beheer templates need beyond {@link Templates}. */
public final class BeheerSjablonen {

    private BeheerSjablonen() {
    }

    /**
     * A number with a fixed count of decimals in the user's locale, without grouping: Thymeleaf's
     * {@code #numbers.formatDecimal(n, minIntegerDigits, decimalDigits)}; null stays empty.
     */
    public static @Nullable String decimaal(@Nullable Number getal, int minimumCijfers, int decimalen) {
        if (getal == null) {
            return null;
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Templates.locale());
        format.setMinimumFractionDigits(decimalen);
        format.setMaximumFractionDigits(decimalen);
        format.setMinimumIntegerDigits(minimumCijfers);
        format.setDecimalSeparatorAlwaysShown(false);
        format.setGroupingUsed(false);
        format.setDecimalFormatSymbols(new DecimalFormatSymbols(Templates.locale()));
        return format.format(getal);
    }

    /** A message in the user's language, or null when there is none: Thymeleaf's {@code #messages.msgOrNull(code)}. */
    public static @Nullable String tekstOfNull(String code) {
        String tekst = Templates.t(code);
        return tekst.equals("??" + code + "_" + Templates.locale() + "??") ? null : tekst;
    }

    /**
     * Whether the request names this parameter, with or without a value ({@code /login?geblokkeerd}): Thymeleaf's
     * {@code ${param.x != null}}, which asks the parameter's values, not its first value.
     */
    public static boolean heeftParameter(String naam) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                && a.getRequest().getParameterValues(naam) != null;
    }
}
