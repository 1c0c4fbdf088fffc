package nl.wegwijs.organisatie.api;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.Paginering;

/**
 * What every beheer operation of the API shares: only a beheerder (403 for anyone else, who is logged in and sees
 * that the resource exists), and keyset pages over the small beheer lists, ordered by id.
 */
final class Beheer {

    private Beheer() {
    }

    static void vereisBeheerder(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER)) {
            throw new AccessDeniedException("alleen de beheerder");
        }
    }

    /** The page after {@code na} (an id) of at most {@code aantal} items, ordered by id. */
    static <T> Pagina<T> pagina(List<T> alle, Function<T, UUID> id, @Nullable UUID na, int aantal) {
        int n = Paginering.grootte(aantal);
        List<T> rest = alle.stream()
            .filter(t -> na == null || id.apply(t).compareTo(na) > 0)
            .sorted(Comparator.comparing(id))
            .limit(n + 1L)
            .toList();
        List<T> items = Paginering.eerste(rest, n);
        return new Pagina<>(items, rest.size() > n ? Paginering.volgende(id.apply(items.get(n - 1))) : null);
    }
}
