package nl.wegwijs.afsluiting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * The closing section of the household file: for the guidance and the regievoerder, where the closing stands (due
 * from the lead time on; the worklist already shows the AFSLUITING deadline); for the receiving wijkteam, the link to
 * the handover summary it received (next to the trajectory's own basic summary).
 */
@Component
public class AfsluitingOnderdeel implements DossierOnderdeel {

    private final AfsluitingService afsluiting;
    private final Afsluitingen opslag;

    AfsluitingOnderdeel(AfsluitingService afsluiting, Afsluitingen opslag) {
        this.afsluiting = afsluiting;
        this.opslag = opslag;
    }

    @Override
    public int volgorde() {
        return 510;
    }

    /** Loaded lazily (issue 21): the file itself reads nothing for this section. */
    @Override
    public boolean lui() {
        return true;
    }

    @Override
    public String kop() {
        return "afsluiting.dossier.kop";
    }

    @Override
    public String template() {
        return "afsluiting/dossier";
    }

    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        if (inzage.medewerker().heeftRol(Rol.WIJKTEAM)) {
            UUID org = inzage.medewerker().organisatieId();
            return org == null ? null : opslag.ontvangen(org, dossier.traject().id().value())
                .map(o -> new Model(null, o.id())).orElse(null);
        }
        if (!inzage.magZien(Gegevenssoort.VOORTGANG)) {
            return null;
        }
        return new Model(afsluiting.afsluiting(inzage, dossier), null);
    }

    /** Either the closing (guidance, regie) or the received handover's id (wijkteam). */
    public record Model(AfsluitingService.@Nullable Afsluiting afsluiting, @Nullable UUID ontvangen) {
    }
}
