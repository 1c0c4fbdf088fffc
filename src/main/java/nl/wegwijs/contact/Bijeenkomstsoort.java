package nl.wegwijs.contact;

/**
 * The kind of group session: group information (groepsvoorlichting), a meeting on one theme (themabijeenkomst), a
 * budget course, a course in the participants' own language, or another kind.
 */
public enum Bijeenkomstsoort {
    GROEPSVOORLICHTING, THEMABIJEENKOMST, BUDGETCURSUS, CURSUS_EIGEN_TAAL, ANDERS;

    /** The bijeenkomstsoort with this code (case-insensitive); an unknown code is refused with a clear message. */
    public static Bijeenkomstsoort van(String code) {
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(w -> w.name().equals(c)).findFirst()
            .orElseThrow(() -> new nl.wegwijs.system.DomeinFout("contact.groep.soort.onbekend", code.strip()));
    }
}
