package nl.wegwijs.route;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the route card, the services list and the consent form. The texts live in the message bundles
 * ({@code messages/route_<code>.properties}); another language is a translation file plus a constant here. Whether a
 * native speaker reviewed a language is in its bundle ({@code taal.nagekeken}), not here.
 */
public enum Taal {
    NL("nl", false, "Nederlands"), EN("en", false, "Engels"), AR("ar", true, "Arabisch"),
    TI("ti", false, "Tigrinya");

    private final String code;
    private final boolean rtl;
    private final String nederlandseNaam;

    Taal(String code, boolean rtl, String nederlandseNaam) {
        this.code = code;
        this.rtl = rtl;
        this.nederlandseNaam = nederlandseNaam;
    }

    public String code() {
        return code;
    }

    /** Written right to left (Arabic). */
    public boolean rtl() {
        return rtl;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language by its code ({@code nl}, {@code en}, {@code ar}, {@code ti}); empty for anything else. */
    public static Optional<Taal> van(String code) {
        for (Taal t : values()) {
            if (t.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The card's language for a household whose persons speak these languages (Dutch names as recorded, e.g.
     * "Arabisch", "Tigrinya"): the first one that has a translation, else English when spoken, else Dutch.
     */
    public static Taal voor(List<String> talen) {
        for (String naam : talen) {
            String n = naam.strip().toLowerCase(Locale.ROOT);
            if (n.startsWith("arabisch")) {
                return AR;
            }
            if (n.startsWith("tigrinya") || n.startsWith("tigrinia") || n.equals("tigrinya")) {
                return TI;
            }
        }
        return talen.stream().anyMatch(n -> n.strip().equalsIgnoreCase("Engels")) ? EN : NL;
    }

    /** The Dutch name of the language, for the guide's choice. */
    public String nederlandseNaam() {
        return nederlandseNaam;
    }

    public static List<Taal> alle() {
        return List.of(values());
    }
}
