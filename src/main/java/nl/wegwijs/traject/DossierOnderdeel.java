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

    /** A rendered section: template plus model. */
    record Weergave(String template, Object model) {
    }
}
