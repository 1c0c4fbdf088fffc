package nl.wegwijs.traject;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;

/**
 * Where consents and emergency overrides come from: declared here, answered by the module that keeps the consent
 * register (toestemming), so that {@link Inzage} decides in one place without this module owning those tables.
 */
public interface Toestemmingsbron {

    /**
     * What this medewerker's organisation and role may see of the household's persons today by a valid consent
     * (given, started, not ended, not revoked), and their emergency override on it if one is active. One or two
     * statements.
     */
    Grondslag grondslag(Medewerker ik, HuishoudenId huishouden, Instant nu);

    /**
     * @param toestemming per person id: the data categories consented to for this recipient; persons without a
     *        consent are absent
     * @param doorbraak the active emergency override of this medewerker on this household, or null
     */
    record Grondslag(Map<UUID, Set<Gegevenssoort>> toestemming, @Nullable Doorbraak doorbraak) {

        public static final Grondslag GEEN = new Grondslag(Map.of(), null);
    }

    /** An emergency override (acute danger): all data visible to this medewerker until {@code tot}, with a reason. */
    record Doorbraak(UUID id, String reden, Instant tot) {
    }
}
