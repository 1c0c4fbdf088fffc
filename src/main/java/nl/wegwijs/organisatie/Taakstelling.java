package nl.wegwijs.organisatie;

import java.util.UUID;

/** How many statushouders the gemeente must house in a half-year. */
public record Taakstelling(UUID gemeenteId, int jaar, int halfjaar, int aantal) {
}
