package nl.wegwijs.overleg;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * The casuïstiekoverleg section of the household file, for the regievoerder and the teamleider: a lazy section (no
 * SQL here) that loads the household's open agreements and the "put forward" link from
 * {@code /huishoudens/{id}/overleg} when it comes into view.
 */
@Component
public class OverlegDossier implements DossierOnderdeel {

    @Override
    public int volgorde() {
        return 195;
    }

    @Override
    public String template() {
        return "overleg/dossier";
    }

    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        if (!OverlegService.doetMee(inzage.medewerker())) {
            return null;
        }
        return new Model(inzage.huishoudenId().value(), inzage.magZien(Gegevenssoort.VOORTGANG));
    }

    public record Model(UUID huishouden, boolean zichtbaar) {
    }
}
