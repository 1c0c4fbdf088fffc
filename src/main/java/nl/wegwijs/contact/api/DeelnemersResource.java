package nl.wegwijs.contact.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.wegwijs.contact.GroepsbijeenkomstDetail;

/** The attendees the reader may see, and how many others attended (from households the reader does not see). */
record DeelnemersResource(List<DeelnemerResource> items,
        @Schema(description = "aantal deelnemers uit huishoudens die u niet mag zien") int verborgen) {

    static DeelnemersResource from(GroepsbijeenkomstDetail g) {
        return new DeelnemersResource(g.deelnemers().stream().map(DeelnemerResource::from).toList(), g.verborgen());
    }
}
