package nl.wegwijs.route;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The texts of a printed or shown card in Dutch and in the household's language, from the message bundles
 * ({@code messages/route*.properties}: the {@code route.*} keys of the card and the shared {@code taal.*} section of
 * languages and kinds of service that the services list and the consent form use too). A language without a key
 * falls back to Dutch. Templates call {@code tt.nl('key')} and {@code tt.eigen('key')}.
 */
public final class Teksten {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl");

    private final MessageSource bron;
    private final Taal taal;

    public Teksten(MessageSource bron, Taal taal) {
        this.bron = bron;
        this.taal = taal;
    }

    public Taal taal() {
        return taal;
    }

    /** Dutch and another language: every text twice. */
    public boolean tweetalig() {
        return taal != Taal.NL;
    }

    public boolean rtl() {
        return taal.rtl();
    }

    public String nl(String code, Object... argumenten) {
        return bron.getMessage(code, argumenten, code, NEDERLANDS);
    }

    /** In the household's language. */
    public String eigen(String code, Object... argumenten) {
        return bron.getMessage(code, argumenten, code, taal.locale());
    }

    /** The Dutch names of these values ({@code prefix + name}), joined with commas. */
    public String lijstNl(String prefix, java.util.List<? extends Enum<?>> waarden) {
        return String.join(", ", waarden.stream().map(w -> nl(prefix + w.name())).toList());
    }

    /** The names of these values in the household's language, joined with its comma. */
    public String lijst(String prefix, java.util.List<? extends Enum<?>> waarden) {
        return String.join(taal.rtl() ? "، " : ", ", waarden.stream().map(w -> eigen(prefix + w.name())).toList());
    }

    /** Whether a native speaker reviewed this language's texts ({@code taal.nagekeken} in its bundle). */
    public boolean nagekeken() {
        try {
            return Boolean.parseBoolean(bron.getMessage("taal.nagekeken", null, taal.locale()));
        }
        catch (NoSuchMessageException e) {
            return false;
        }
    }
}
