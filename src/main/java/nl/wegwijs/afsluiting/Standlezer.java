package nl.wegwijs.afsluiting;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.wegwijs.traject.Inzage;

/**
 * Reads the self-reliance measurement (zelfredzaamheid) and the referrals (verwijzing) through the same Inzage.
 */
@Component
class Standlezer {

    /** The latest measurement with its levels per person and domain. */
    Optional<Stand> stand(Inzage inzage) {
        return Optional.empty();
    }

    /** The household's referrals still running (not finished, not refused). */
    List<Samenvatting.Regel> verwijzingen(Inzage inzage) {
        return List.of();
    }

    record Stand(Samenvatting.Meting meting, List<Samenvatting.Niveau> niveaus) {
    }
}
