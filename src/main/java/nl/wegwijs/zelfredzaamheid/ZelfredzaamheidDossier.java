package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Inzage;

/**
 * The self-reliance section of the household file, right after the checklist (whose "wie deed het" it sits next to as
 * a second, independent signal): "zelfredzaam genoeg?" on the latest measurement and the next measurement. Four
 * statements (settings, measurements with scores, trajectory start); for a reader without the category, the "consent
 * needed" notice.
 */
@Component
class ZelfredzaamheidDossier implements DossierOnderdeel {

    private final ZelfredzaamheidService zelf;

    ZelfredzaamheidDossier(ZelfredzaamheidService zelf) {
        this.zelf = zelf;
    }

    @Override
    public int volgorde() {
        return 301;
    }

    @Override
    public String template() {
        return "zelfredzaamheid/dossier";
    }

    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        return zelf.dossier(inzage);
    }

    /** What the section shows. */
    public record Model(Inzage inzage, boolean zichtbaar, @Nullable Stand stand, @Nullable LocalDate volgendeMeting,
            LocalDate vandaag) {
    }
}
