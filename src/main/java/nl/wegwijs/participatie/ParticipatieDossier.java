package nl.wegwijs.participatie;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * The participation section of the household file, lazy: it reads nothing itself (so the file's statement count
 * stays the same); its template loads the page's {@code inhoud} fragment with htmx when it scrolls into view, and
 * links to the full page for a browser without JavaScript.
 */
@Component
public class ParticipatieDossier implements DossierOnderdeel {

    @Override
    public int volgorde() {
        return 170;
    }

    @Override
    public String template() {
        return "participatie/dossier";
    }

    @Override
    public Object model(Inzage inzage, Dossier dossier) {
        return new Model(dossier.huishouden().id(), inzage.magZien(Gegevenssoort.VOORTGANG), inzage);
    }

    /** The section's model: the household, whether progress is the reader's to see, and the Inzage (notice). */
    public record Model(HuishoudenId huishouden, boolean zichtbaar, Inzage inzage) {
    }
}
