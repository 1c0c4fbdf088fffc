package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Inzage;

/**
 * The self-reliance section of the household file, right after the checklist (whose "wie deed het" it sits next to as
 * a second, independent signal): "zelfredzaam genoeg?" on the latest measurement and the next measurement. Three
 * statements (settings, measurements, their scores; the start comes with the file); for a reader without the category, the "consent
 * needed" notice.
 */
@Component
public class ZelfredzaamheidDossier implements DossierOnderdeel {

    private final ZelfredzaamheidService zelf;

    ZelfredzaamheidDossier(ZelfredzaamheidService zelf) {
        this.zelf = zelf;
    }

    @Override
    public int volgorde() {
        return 301;
    }

    /** Loaded lazily (issue 21): the file itself reads nothing for this section. */
    @Override
    public boolean lui() {
        return true;
    }

    @Override
    public String kop() {
        return "zelfredzaamheid.dossier.kop";
    }

    @Override
    public String template() {
        return "zelfredzaamheid/dossier";
    }

    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        return zelf.dossier(inzage, dossier.traject().praktischeStart());
    }

    /** What the section shows. */
    public record Model(Inzage inzage, boolean zichtbaar, @Nullable Stand stand, @Nullable LocalDate volgendeMeting,
            LocalDate vandaag) {
    }
}
