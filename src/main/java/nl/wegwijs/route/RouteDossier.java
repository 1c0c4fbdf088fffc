package nl.wegwijs.route;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;

/**
 * The route card section of the household file: months behind and ahead from the trajectory (no statement), and
 * links to the card and its PDFs and to the printable services list in each language.
 */
@Component
public class RouteDossier implements DossierOnderdeel {

    private final Clock clock;

    RouteDossier(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int volgorde() {
        return 120;
    }

    @Override
    public String template() {
        return "route/dossier";
    }

    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        LocalDate einde = dossier.huishoudenTermijnen().stream()
            .filter(t -> t.soort() == TermijnSoort.EINDE_BEGELEIDING).map(Termijn::uiterlijk)
            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Route route = Routeregels.route(dossier.traject().praktischeStart(), einde, dossier.voorwaarden().fasen(),
                dossier.traject().faseCode(), LocalDate.now(clock));
        return new Model(inzage.huishoudenId(), route, RouteService.standaardTaal(dossier), Taal.alle());
    }

    /** The section's model: the household, its route, the suggested language and all languages. */
    public record Model(HuishoudenId huishouden, Route route, Taal taal, java.util.List<Taal> talen) {
    }
}
