package nl.wegwijs.contact;

/** Whether an interpreter was used at a contact: none, a professional one, or an informal one (family, volunteer). */
public enum Tolk {
    GEEN, PROFESSIONEEL, INFORMEEL;

    /** The tolk with this code (case-insensitive); an unknown code is refused with a clear message. */
    public static Tolk van(String code) {
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(w -> w.name().equals(c)).findFirst()
            .orElseThrow(() -> new nl.wegwijs.system.DomeinFout("contact.tolk.onbekend", code.strip()));
    }
}
