package nl.wegwijs.verwijzing;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * The referrals section of the household file, lazy: no statement here; the section loads the newest referrals
 * (state, waiting time) when it comes into view (htmx, {@link VerwijzingService#dossier}) and offers "verwijzen".
 */
@Component
public class VerwijzingDossier implements DossierOnderdeel {

    /** How many referrals the file shows; the referrals page shows all. */
    static final int MAX = 5;

    @Override
    public int volgorde() {
        return 110;
    }

    @Override
    public String template() {
        return "verwijzing/dossier";
    }

    @Override
    public Object model(Inzage inzage, Dossier dossier) {
        return new Model(inzage.huishoudenId(), List.of(), inzage.magZien(Gegevenssoort.SIGNALEN),
                VerwijzingService.magVerwijzen(inzage), inzage);
    }

    /**
     * The section's model for {@code verwijzing/dossier :: onderdeel(o)} (no referrals: they load lazily) and, with
     * the newest referrals, for {@code verwijzing/dossier :: inhoud(o)}.
     */
    public record Model(HuishoudenId huishouden, List<Verwijzing> verwijzingen, boolean zichtbaar,
            boolean magVerwijzen, Inzage inzage) {

        public String wie(Verwijzing v) {
            return v.persoonId() == null ? ""
                    : inzage.huishouden().persoon(v.persoonId()).map(Persoon::naam).orElse("");
        }
    }
}
