package nl.wegwijs.signaal.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.signaal.BerichtSoort;
import nl.wegwijs.signaal.SignaalBericht;

/** One entry of a signal's thread, with its author's name and role as they were when it was written. */
record BerichtResource(UUID id, int volgnummer, BerichtSoort soort, @Nullable String tekst, UUID auteurId,
        String auteurNaam, Rol auteurRol, Instant geschrevenOp) {

    static BerichtResource from(SignaalBericht b) {
        return new BerichtResource(b.id(), b.volgnummer(), b.soort(), b.tekst(), b.auteurId(), b.auteurNaam(),
                b.auteurRol(), b.geschrevenOp());
    }
}
