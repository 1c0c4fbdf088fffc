package nl.wegwijs.ontzorgen;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * The ontzorgen section of the household file, lazy: no SQL here; the section loads the finance part from
 * {@code /huishoudens/{id}/ontzorgen} when it scrolls into view (and links to that page without JavaScript). A reader
 * without FINANCIEN sees the shared "toestemming nodig" notice instead (a regievoerder without the consent); a role
 * that could not see it even with a consent gets no section.
 */
@Component
public class OntzorgenDossier implements DossierOnderdeel {

    @Override
    public int volgorde() {
        return 180;
    }

    @Override
    public String template() {
        return "ontzorgen/dossier";
    }

    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        boolean zichtbaar = inzage.magZien(Gegevenssoort.FINANCIEN);
        if (!zichtbaar && !inzage.toestemmingNodig(Gegevenssoort.FINANCIEN)) {
            return null;
        }
        return new Model(inzage.huishoudenId(), inzage, zichtbaar);
    }

    /** The section's model: which household, and whether the reader sees the finance part. */
    public record Model(HuishoudenId huishouden, Inzage inzage, boolean zichtbaar) {
    }
}
