package nl.wegwijs.afsluiting;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.wegwijs.traject.Inzage;
import nl.wegwijs.verwijzing.VerwijzingService;
import nl.wegwijs.verwijzing.VerwijzingStatus;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

/**
 * Reads the self-reliance measurement (zelfredzaamheid) and the referrals (verwijzing) through the same Inzage.
 */
@Component
class Standlezer {

    private final ZelfredzaamheidService zelfredzaamheid;
    private final VerwijzingService verwijzingen;

    Standlezer(ZelfredzaamheidService zelfredzaamheid, VerwijzingService verwijzingen) {
        this.zelfredzaamheid = zelfredzaamheid;
        this.verwijzingen = verwijzingen;
    }

    /** The latest measurement with its levels per person and domain (the level per domain at the end). */
    Optional<Stand> stand(Inzage inzage) {
        return zelfredzaamheid.stand(inzage).map(s -> new Stand(
                new Samenvatting.Meting(s.gemetenOp(), s.instrument(), s.oordeel().zelfredzaamGenoeg(),
                        s.oordeel().tekortOp()),
                s.domeinen().stream().map(d -> new Samenvatting.Niveau(d.persoonNaam(), d.domein(), d.niveau(),
                        d.niveauNaam(), d.schaalMax(), d.nietVanToepassing())).toList()));
    }

    /** The household's referrals still running (not finished, not refused, not withdrawn for a revoked consent). */
    List<Samenvatting.Regel> verwijzingen(Inzage inzage) {
        return verwijzingen.lijst(inzage).stream()
            .filter(v -> !v.status().isGesloten() && v.status() != VerwijzingStatus.AFGEWEZEN)
            .map(v -> new Samenvatting.Regel(v.dienstNaam(), v.status().name(), v.aangemaaktOp()))
            .toList();
    }

    record Stand(Samenvatting.Meting meting, List<Samenvatting.Niveau> niveaus) {
    }
}
