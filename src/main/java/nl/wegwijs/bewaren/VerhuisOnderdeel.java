package nl.wegwijs.bewaren;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * The moving section of the household file: for the regievoerder and teamleider, the export of the file to another
 * gemeente (or which consent it needs); for whoever sees the household's progress, the history brought over from a
 * previous gemeente, read-only. Left out when there is neither.
 */
@Component
public class VerhuisOnderdeel implements DossierOnderdeel {

    private final VerhuisService verhuizingen;

    VerhuisOnderdeel(VerhuisService verhuizingen) {
        this.verhuizingen = verhuizingen;
    }

    /** @param geschiedenis what previous gemeenten recorded, newest first */
    public record Model(UUID huishoudenId, boolean magExporteren, boolean toestemming,
            List<VerhuisService.Geschiedenis> geschiedenis) {
    }

    @Override
    public int volgorde() {
        return 950;
    }

    @Override
    public String template() {
        return "bewaren/dossier";
    }

    @Override
    @Transactional
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        List<VerhuisService.Geschiedenis> geschiedenis = inzage.magZien(Gegevenssoort.VOORTGANG)
                ? verhuizingen.geschiedenis(inzage.huishoudenId()) : List.of();
        VerhuisService.Stand stand = verhuizingen.stand(inzage);
        if (!stand.magExporteren() && geschiedenis.isEmpty()) {
            return null;
        }
        if (!geschiedenis.isEmpty()) {
            inzage.log(Actie.LEZEN, "verhuizing", inzage.huishoudenId().value());
        }
        return new Model(inzage.huishoudenId().value(), stand.magExporteren(), stand.toestemming(), geschiedenis);
    }
}
