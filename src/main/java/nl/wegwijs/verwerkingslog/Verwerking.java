package nl.wegwijs.verwerkingslog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One processing of one data subject's personal data.
 *
 * @param medewerkerId who did it
 * @param organisatieId on behalf of which organisation (gemeente or uitvoerder)
 * @param doel the processing activity, a code of the register ({@link Verwerkingsactiviteit}); the database refuses
 *        any other
 * @param betrokkeneId the data subject (a person)
 * @param huishoudenId the household the subject belongs to
 * @param recordSoort what kind of record (e.g. {@code huishouden}, {@code persoon}, {@code traject})
 * @param recordId which record
 */
public record Verwerking(UUID medewerkerId, @Nullable UUID organisatieId, Actie actie, String doel, UUID betrokkeneId,
        @Nullable UUID huishoudenId, String recordSoort, UUID recordId) {
}
