package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;

/**
 * The handover summary for the wijkteam, on top of the household file: what the wijkteam needs to take over after a
 * warm handover, and nothing more without consent (its need-to-know is the basis data). Who lives there, which
 * languages and whether an interpreter is needed, the address, the period of guidance and why it ended, who guided
 * and at which uitvoerder, and the day of the handover. Everything here is basis data already logged by the file's
 * own read: no query, no extra log row.
 */
@Component
public class OverdrachtOnderdeel implements DossierOnderdeel {

    @Override
    public int volgorde() {
        return 1;
    }

    @Override
    public String template() {
        return "traject/overdracht";
    }

    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        if (inzage.medewerker().rol() != Rol.WIJKTEAM) {
            return null;
        }
        Traject t = dossier.traject();
        List<Begeleider> begeleiders = t.toewijzingen().stream()
            .sorted(Comparator.comparing(nl.wegwijs.traject.Toewijzing::vanaf))
            .map(w -> new Begeleider(dossier.naam(w.medewerkerId()), w.rol(), w.vanaf(), w.tot()))
            .toList();
        List<Taal> talen = inzage.huishouden().personen().stream()
            .map(p -> new Taal(p.naam(), p.talen(), p.tolkNodig(), p.tolkTaal()))
            .toList();
        return new Overdracht(inzage, dossier.huishouden().naam(), dossier.huishouden().adres().regel(),
                dossier.contract().uitvoerderNaam(), t.praktischeStart() != null ? t.praktischeStart() : t.aangemeldOp(),
                t.eindeDatum(), t.eindeReden(), begeleiders, talen);
    }

    /** The summary: {@code overgedragenOp} is the day of the warm handover (the end of guidance). */
    public record Overdracht(Inzage inzage, String huishouden, String adres, String uitvoerder, LocalDate begeleidVanaf,
            @Nullable LocalDate overgedragenOp, @Nullable EindeReden reden, List<Begeleider> begeleiders,
            List<Taal> talen) {
    }

    public record Begeleider(String naam, ToewijzingRol rol, LocalDate vanaf, @Nullable LocalDate tot) {
    }

    public record Taal(String naam, List<String> talen, boolean tolkNodig, @Nullable String tolkTaal) {
    }
}
