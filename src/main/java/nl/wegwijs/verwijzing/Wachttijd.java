package nl.wegwijs.verwijzing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.socialekaart.Dienstsoort;

/** Aggregate waiting time of one service: no persons, only counts and days from sent to accepted. */
public record Wachttijd(UUID dienstId, String dienstNaam, Dienstsoort soort, int verstuurd, int geaccepteerd,
        int wachtend, @Nullable Double gemiddeldeDagen, @Nullable Integer langsteDagen) {
}
