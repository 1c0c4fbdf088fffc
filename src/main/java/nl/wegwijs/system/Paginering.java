package nl.wegwijs.system;

import java.util.List;

/**
 * Keyset pages: the size a caller may ask for, and the page out of one row more than its size (that extra row only
 * tells whether a next page exists).
 */
public final class Paginering {

    /** The largest page any list gives. */
    public static final int MAX = 100;

    private Paginering() {
    }

    /** The asked-for size, between 1 and {@link #MAX}. */
    public static int grootte(int gevraagd) {
        return Math.max(1, Math.min(gevraagd, MAX));
    }

    /**
     * The URL of the next page: the current request's URL with {@code na} set to the given cursor (the last item's
     * key), every other query parameter kept as the client sent it (already encoded; a cursor must be URL-safe: letters, digits, {@code -_.~}); {@code null} when there is no next page.
     */
    public static @org.jspecify.annotations.Nullable String volgende(@org.jspecify.annotations.Nullable Object cursor) {
        if (cursor == null) {
            return null;
        }
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("na", cursor.toString())
            .build()
            .toUriString();
    }

    /** The first {@code n} of rows read with limit {@code n + 1}. */
    public static <T> List<T> eerste(List<T> rijen, int n) {
        return rijen.size() > n ? List.copyOf(rijen.subList(0, n)) : rijen;
    }
}
