package nl.wegwijs.huishouden;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person already registered with a V-number or BSN that someone is about to register again (duplicate check at the
 * aanmelding). {@code huishouden} and {@code huishoudenNaam} are only filled when the asking medewerker may see that
 * household; otherwise the answer says no more than that the number is known.
 *
 * @param soort {@code V_NUMMER} or {@code BSN}
 * @param waarde the number as entered
 */
public record BekendePersoon(String soort, String waarde, @Nullable HuishoudenId huishouden,
        @Nullable String huishoudenNaam) {

    public static final String V_NUMMER = "V_NUMMER";
    public static final String BSN = "BSN";

    public boolean zichtbaar() {
        return huishouden != null;
    }

    /** The person found, for the processing log only. */
    record Treffer(UUID persoonId, HuishoudenId huishouden, @Nullable String vNummer, @Nullable String bsn,
            boolean zichtbaar, String huishoudenNaam) {
    }
}
