package nl.wegwijs.contact;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;

/**
 * Hours derived from contacts and group sessions: at a contact each staff member present gets its duration once; a
 * session's organiser gets its duration once. Minutes are kept; hours are only for showing.
 */
public final class Uren {

    private Uren() {
    }

    /**
     * Minutes as hours for people: one decimal at most, in the reader's language (90 → "1,5" in Dutch, "1.5" in
     * English; 120 → "2").
     */
    public static String tekst(int minuten) {
        java.math.BigDecimal uren = java.math.BigDecimal.valueOf(minuten)
            .divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        String t = uren.scale() < 0 ? uren.setScale(0).toPlainString() : uren.toPlainString();
        return "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()) ? t
                : t.replace('.', ',');
    }

    /** One month of someone's hours (month 1–12). */
    public record Maand(int maand, int contactMinuten, int contacten, int groepMinuten, int groepen) {

        public int totaalMinuten() {
            return contactMinuten + groepMinuten;
        }

        public String contactUren() {
            return tekst(contactMinuten);
        }

        public String groepUren() {
            return tekst(groepMinuten);
        }

        public String totaalUren() {
            return tekst(totaalMinuten());
        }
    }

    /** One medewerker's hours over a period. */
    public record Medewerker(UUID medewerkerId, String naam, @Nullable Rol rol, int contactMinuten, int contacten,
            int groepMinuten, int groepen) {

        public int totaalMinuten() {
            return contactMinuten + groepMinuten;
        }

        public String contactUren() {
            return tekst(contactMinuten);
        }

        public String groepUren() {
            return tekst(groepMinuten);
        }

        public String totaalUren() {
            return tekst(totaalMinuten());
        }
    }
}
