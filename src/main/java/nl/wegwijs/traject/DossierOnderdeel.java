package nl.wegwijs.traject;

import org.jspecify.annotations.Nullable;

/**
 * A section of the household file contributed by another module (checklist, contacts, letters, signals), so that the
 * file shows everything about a household while each module keeps its own tables and templates. The file renders
 * {@code fragment} of {@code template} with one parameter, the section's model. Each section reads at most a few
 * statements, whatever the household's size.
 */
public interface DossierOnderdeel {

    /** Position on the page: lower first. The core sections of the file sit at 0 (top) and 1000 (bottom). */
    int volgorde();

    /** Template name, e.g. {@code checklist/dossier}; it holds a fragment {@code onderdeel(o)}. */
    String template();

    /**
     * The model for this household and reader, or {@code null} to leave the section out. Read through the
     * {@link Inzage} (it logs; the file's own read has already logged every person, so a section adds no row).
     */
    @Nullable
    Object model(Inzage inzage, Dossier dossier);

    /**
     * Whether the file loads this section lazily (issue 21): the page then shows only its heading ({@link #kop()})
     * and a link, and htmx fetches the section from {@code /huishoudens/{id}/onderdelen/{naam}} when it scrolls into
     * view; that request reads the file through the same access point and logs the same rows as the page. Meant for
     * sections low on the page that always show, or whose absence the file can tell without reading ({@link #toont}):
     * a section that may be left out would otherwise leave its heading behind.
     */
    default boolean lui() {
        return false;
    }

    /**
     * For a {@link #lui() lazy} section: whether the file shows its placeholder, decided from the file alone (no
     * statement), so that a section that will be left out ({@link #model} {@code null}) leaves no heading behind. By
     * default always; a section that comes back empty all the same is left out when it loads.
     */
    default boolean toont(Dossier dossier) {
        return true;
    }

    /**
     * The section's name in the URL of {@link #lui() lazy} loading: by default the module of its template
     * ({@code toestemming} for {@code toestemming/dossier}), else the template with {@code -} for {@code /}.
     */
    default String naam() {
        String t = template();
        return t.endsWith("/dossier") ? t.substring(0, t.indexOf('/')) : t.replace('/', '-');
    }

    /** Message key of the heading that stands for a {@link #lui() lazy} section until it has loaded. */
    default String kop() {
        return "dossier.onderdeel." + naam();
    }

    /** A rendered section: template plus model. */
    record Weergave(String template, Object model) {
    }
}
