package nl.wegwijs.zelfredzaamheid.api;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Paginering;

/**
 * Keyset pages over a short list the service reads whole (a household's measurements or actions, the instruments,
 * the contracts): the items after the one with id {@code na}, at most {@code aantal}, and the absolute URL of the
 * next page. An {@code na} that is not in the list gives an empty last page.
 */
record Keyset<T>(List<T> items, @Nullable String volgende) {

    static <T> Keyset<T> van(List<T> alle, Function<T, UUID> id, @Nullable UUID na, int aantal) {
        int vanaf = 0;
        if (na != null) {
            vanaf = alle.size();
            for (int i = 0; i < alle.size(); i++) {
                if (id.apply(alle.get(i)).equals(na)) {
                    vanaf = i + 1;
                    break;
                }
            }
        }
        int n = Paginering.grootte(aantal);
        List<T> pagina = List.copyOf(alle.subList(vanaf, Math.min(alle.size(), vanaf + n)));
        boolean meer = vanaf + n < alle.size();
        return new Keyset<>(pagina, meer ? Paginering.volgende(id.apply(pagina.get(pagina.size() - 1))) : null);
    }
}
