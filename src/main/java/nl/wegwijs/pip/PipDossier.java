package nl.wegwijs.pip;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * The PIP section of the household file, lazy: no statement here; the section loads the PIP page's content when it
 * comes into view (htmx) and links to the full page. Left out for a reader who sees neither inburgering nor money.
 */
@Component
public class PipDossier implements DossierOnderdeel {

    @Override
    public int volgorde() {
        return 160;
    }

    @Override
    public String template() {
        return "pip/dossier";
    }

    @Override
    public Object model(Inzage inzage, Dossier dossier) {
        return new Model(inzage.huishoudenId(),
                inzage.magZien(Gegevenssoort.INBURGERING) || inzage.magZien(Gegevenssoort.FINANCIEN),
                PipService.magRegie(inzage), inzage);
    }

    /** What the section needs: the household, whether the reader sees any of the PIP, may set it. */
    public record Model(HuishoudenId huishouden, boolean zichtbaar, boolean magRegie, Inzage inzage) {
    }
}
