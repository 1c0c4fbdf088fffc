package nl.wegwijs.organisatie;

import java.util.UUID;

/** A municipality, responsible for guidance of the statushouders housed in it. */
public record Gemeente(UUID id, String naam, String cbsCode) {
}
