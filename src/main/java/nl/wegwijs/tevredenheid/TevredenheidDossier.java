package nl.wegwijs.tevredenheid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Inzage;

/**
 * The satisfaction section of the household file: when the questionnaire is due, whether it was taken, and a link to
 * take it when open (one statement: the dates taken; never the answers).
 */
@Component
class TevredenheidDossier implements DossierOnderdeel {

    private final TevredenheidService service;

    TevredenheidDossier(TevredenheidService service) {
        this.service = service;
    }

    @Override
    public int volgorde() {
        return 930;
    }

    @Override
    public String template() {
        return "tevredenheid/dossier";
    }

    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        return service.stand(inzage, dossier);
    }
}
