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
 * The referrals section of the household file: the newest referrals with their state and waiting time, and the
 * "verwijzen" action. One statement (plus the log row through the file's Inzage).
 */
@Component
class VerwijzingDossier implements DossierOnderdeel {

    /** How many referrals the file shows; the referrals page shows all. */
    static final int MAX = 5;

    private final VerwijzingService service;

    VerwijzingDossier(VerwijzingService service) {
        this.service = service;
    }

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
        boolean zichtbaar = inzage.magZien(Gegevenssoort.SIGNALEN);
        List<Verwijzing> alle = zichtbaar ? service.lijst(inzage) : List.of();
        int open = (int) alle.stream().filter(v -> !v.status().isAfgerond()).count();
        return new Model(inzage.huishoudenId(), alle.size() > MAX ? alle.subList(0, MAX) : alle, open, zichtbaar,
                VerwijzingService.magVerwijzen(inzage), inzage);
    }

    /** The section's model for {@code verwijzing/dossier :: onderdeel(o)}. */
    public record Model(HuishoudenId huishouden, List<Verwijzing> verwijzingen, int aantalOpen, boolean zichtbaar,
            boolean magVerwijzen, Inzage inzage) {

        public String wie(Verwijzing v) {
            return v.persoonId() == null ? ""
                    : inzage.huishouden().persoon(v.persoonId()).map(Persoon::naam).orElse("");
        }
    }
}
