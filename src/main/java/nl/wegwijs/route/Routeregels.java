package nl.wegwijs.route;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.FaseNorm;

/** Pure rules of the route card: months behind and ahead, and the steps from the contract's phases. */
public final class Routeregels {

    private Routeregels() {
    }

    /** Whole months from {@code van} to {@code tot} (0 when {@code tot} is not after {@code van}). */
    public static int maanden(LocalDate van, LocalDate tot) {
        if (!tot.isAfter(van)) {
            return 0;
        }
        return (int) Period.between(van, tot).toTotalMonths();
    }

    /**
     * The route on {@code vandaag}.
     *
     * @param start the practical start (null: not started yet)
     * @param einde the planned end, extensions included (null: no formal end)
     * @param fasen the contract's phases in order, with their indicative length in weeks (null: until the end)
     * @param faseCode the trajectory's current phase as recorded (null: by date)
     */
    public static Route route(@Nullable LocalDate start, @Nullable LocalDate einde, List<FaseNorm> fasen,
            @Nullable String faseCode, LocalDate vandaag) {
        Integer totaal = start != null && einde != null ? maanden(start, einde) : null;
        int geweest = start == null ? 0 : maanden(start, vandaag);
        if (totaal != null) {
            geweest = Math.min(geweest, totaal);
        }
        Integer teGaan = einde == null ? null
                : totaal != null ? Math.max(0, totaal - geweest) : maanden(vandaag, einde);
        boolean gestart = start != null && !start.isAfter(vandaag);

        List<Route.Stap> stappen = new ArrayList<>();
        stappen.add(new Route.Stap(Route.Soort.START, 1, null, 0, 0,
                gestart ? Route.Stand.GEWEEST : Route.Stand.NU));
        int huidige = -1;
        for (int i = 0; i < fasen.size(); i++) {
            if (fasen.get(i).code().equals(faseCode)) {
                huidige = i;
            }
        }
        LocalDate basis = start != null ? start : vandaag;
        long weken = 0;
        for (int i = 0; i < fasen.size(); i++) {
            FaseNorm f = fasen.get(i);
            LocalDate vanaf = basis.plusWeeks(weken);
            LocalDate tot = f.indicatieWeken() == null ? einde : vanaf.plusWeeks(f.indicatieWeken());
            if (f.indicatieWeken() != null) {
                weken += f.indicatieWeken();
            }
            if (einde != null && tot != null && tot.isAfter(einde)) {
                tot = einde;
            }
            int vanafMaand = afgerond(basis, vanaf);
            Integer totMaand = tot == null ? null : Math.max(vanafMaand, afgerond(basis, tot));
            Route.Stand stand;
            if (!gestart) {
                stand = Route.Stand.STRAKS;
            }
            else if (huidige >= 0) {
                stand = i < huidige ? Route.Stand.GEWEEST : i == huidige ? Route.Stand.NU : Route.Stand.STRAKS;
            }
            else {
                stand = vandaag.isBefore(vanaf) ? Route.Stand.STRAKS
                        : tot != null && !vandaag.isBefore(tot) ? Route.Stand.GEWEEST : Route.Stand.NU;
            }
            stappen.add(new Route.Stap(Route.Soort.FASE, i + 2, f.naam(), vanafMaand, totMaand, stand));
        }
        Route.Stand eindStand = einde != null && !vandaag.isBefore(einde) ? Route.Stand.GEWEEST : Route.Stand.STRAKS;
        int eindMaand = totaal != null ? totaal : einde != null ? afgerond(basis, einde) : 0;
        stappen.add(new Route.Stap(Route.Soort.EINDE, fasen.size() + 2, null, eindMaand,
                einde == null ? null : eindMaand, eindStand));
        return new Route(start, einde, geweest, teGaan, totaal, stappen);
    }

    /** Months from {@code van} to {@code tot}, rounded to the nearest (for indicative phase bounds). */
    static int afgerond(LocalDate van, LocalDate tot) {
        long dagen = java.time.temporal.ChronoUnit.DAYS.between(van, tot);
        return (int) Math.max(0, Math.round(dagen / 30.4375));
    }
}
