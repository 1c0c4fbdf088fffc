package nl.wegwijs.contact;

/**
 * How a contact took place: a home visit, an appointment at the office, the walk-in hour, by phone, by WhatsApp or
 * video call, accompanying the household to an appointment, or a regeldag (arranging the move, still in the azc).
 */
public enum Contactsoort {
    HUISBEZOEK, KANTOOR, SPREEKUUR, TELEFONISCH, BEELDBELLEN, MEEGAAN, REGELDAG;

    /** The contactsoort with this code (case-insensitive); an unknown code is refused with a clear message. */
    public static Contactsoort van(String code) {
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(w -> w.name().equals(c)).findFirst()
            .orElseThrow(() -> new nl.wegwijs.system.DomeinFout("contact.soort.onbekend", code.strip()));
    }
}
