package nl.wegwijs.intake.web;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.intake.IntakeService;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * The brede intake section of the household file. Lazy: it reads nothing here (no statement, no log row); its
 * template loads the household's intake list with htmx when it scrolls into view, with a plain link to the same
 * page for a browser without JavaScript. A reader without inburgering sees which consent is missing.
 */
@Component
public class IntakeOnderdeel implements DossierOnderdeel {

    /** @param zichtbaar whether inburgering is the reader's to see */
    public record Model(HuishoudenId huishouden, Inzage inzage, boolean zichtbaar, boolean magVastleggen) {
    }

    @Override
    public int volgorde() {
        return 150;
    }

    @Override
    public String template() {
        return "intake/dossier";
    }

    @Override
    public Model model(Inzage inzage, Dossier dossier) {
        return new Model(inzage.huishoudenId(), inzage, inzage.magZien(Gegevenssoort.INBURGERING),
                IntakeService.magVastleggen(inzage));
    }
}
