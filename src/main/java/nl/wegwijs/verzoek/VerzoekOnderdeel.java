package nl.wegwijs.verzoek;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * The requests section of the household file, lazy: no statement here; the section loads the household's requests
 * from {@code /huishoudens/{id}/verzoeken} when it is scrolled into view (and links to that page without JS).
 */
@Component
public class VerzoekOnderdeel implements DossierOnderdeel {

    @Override
    public int volgorde() {
        return 190;
    }

    @Override
    public String template() {
        return "verzoek/dossier";
    }

    @Override
    public Object model(Inzage inzage, Dossier dossier) {
        boolean zien = inzage.magZien(Gegevenssoort.VOORTGANG);
        return new Model(dossier.huishouden().id(), inzage, zien,
                zien && VerzoekService.magIndienen(inzage.medewerker(), inzage.toegang()));
    }

    /** What the section needs: the household, whether the reader sees requests and may submit one. */
    public record Model(HuishoudenId huishouden, Inzage inzage, boolean magZien, boolean magIndienen) {
    }
}
