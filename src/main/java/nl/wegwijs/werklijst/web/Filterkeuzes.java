package nl.wegwijs.werklijst.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.Keuze;

/**
 * The worklist's gemeente and uitvoerder choices, from the organisation's contracts: read once a minute per
 * organisation and node instead of on every page (issue 21: one statement less per worklist page).
 * <p>
 * A per-node cache, and safe as one: a choice only narrows the list, whose scope and rows are read fresh on every
 * request in SQL, so a stale choice can show no household the user may not see and hide none they may. What can be a
 * minute late after a beheerder's change is the choice itself (a new contract's gemeente appears, a renamed gemeente
 * shows its new name, within {@link #GELDIG_NANOS}), on each node on its own.
 */
@Component
class Filterkeuzes {

    static final long GELDIG_NANOS = TimeUnit.MINUTES.toNanos(1);

    private record Gelezen(List<Keuze> keuzes, long op) {
    }

    private final Map<UUID, Gelezen> gemeenten = new ConcurrentHashMap<>();
    private final Map<UUID, Gelezen> uitvoerders = new ConcurrentHashMap<>();
    private final OrganisatieService organisaties;

    Filterkeuzes(OrganisatieService organisaties) {
        this.organisaties = organisaties;
    }

    /** The gemeenten an uitvoerder has contracts with, by name, each once. */
    List<Keuze> gemeenten(UUID uitvoerder) {
        return gelezen(gemeenten, uitvoerder, u -> organisaties.contractenVanUitvoerder(u).stream()
            .map(c -> new Keuze(c.gemeenteId().toString(), c.gemeenteNaam())).distinct().toList());
    }

    /** The uitvoerders a gemeente has contracts with, each once. */
    List<Keuze> uitvoerders(UUID gemeente) {
        return gelezen(uitvoerders, gemeente, g -> organisaties.contractenVanGemeente(g).stream()
            .map(c -> new Keuze(c.uitvoerderId().toString(), c.uitvoerderNaam())).distinct().toList());
    }

    private static List<Keuze> gelezen(Map<UUID, Gelezen> cache, UUID organisatie,
            Function<UUID, List<Keuze>> lees) {
        long nu = System.nanoTime();
        Gelezen g = cache.get(organisatie);
        if (g == null || nu - g.op() > GELDIG_NANOS) {
            g = new Gelezen(lees.apply(organisatie), nu);
            cache.put(organisatie, g);
        }
        return g.keuzes();
    }
}
