package nl.wegwijs.signaal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;

/**
 * One entry of a signal's thread, written once and never changed: what happened, the words of its author, and who
 * wrote it when, with the author's name and role as they were at that moment (a later change of name does not move
 * words to someone else).
 *
 * @param volgnummer 1, 2, 3 … in the order written
 * @param tekst the reply, the closing note, an optional note with a change of stand, or the action concerned
 */
public record SignaalBericht(UUID id, int volgnummer, BerichtSoort soort, @Nullable String tekst, UUID auteurId,
        String auteurNaam, Rol auteurRol, Instant geschrevenOp) {
}
