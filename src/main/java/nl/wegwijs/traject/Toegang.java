package nl.wegwijs.traject;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

/**
 * What the acting medewerker may do with one household's daily guidance (checklist, contacts, letters, signals), as
 * decided by {@link TrajectService#toegang}: they can see it (otherwise there is no Toegang at all), and
 * {@link #magBegeleiden()} says whether they may record guidance on it: a vrijwilliger only while currently assigned,
 * a begeleider for their team's households or those assigned to them, a teamleider for their uitvoerder's, the
 * gemeente's regievoerder and budgetcoach for their gemeente's (they also guide and raise signals); never the wijkteam
 * (read-only after handover), beleid or beheer. A closed trajectory takes no new guidance records.
 */
public record Toegang(Medewerker medewerker, TrajectId traject, HuishoudenId huishouden, UUID gemeenteId,
        UUID uitvoerderId, @Nullable UUID teamId, UUID contractId, TrajectStatus status, @Nullable String faseCode,
        boolean magBegeleiden) {

    /** The rule of {@link #magBegeleiden()}: a guiding role on a trajectory that is not closed. */
    static boolean magBegeleiden(Medewerker ik, TrajectStatus status) {
        return !status.isAfgesloten()
                && ik.heeftRol(Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BUDGETCOACH);
    }

    /** The uitvoerder side (begeleider, vrijwilliger, teamleider) rather than the gemeente side. */
    public boolean uitvoerderszijde() {
        return !medewerker.rol().gemeentezijde();
    }

    public boolean isRol(Rol... rollen) {
        return medewerker.heeftRol(rollen);
    }
}
