package nl.wegwijs.contact.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.wegwijs.contact.GroepsbijeenkomstDetail;

/** The attendees the reader may see, and how many others attended (from households the reader does not see). */
@Schema(description = "De deelnemers die u mag zien, en hoeveel anderen er waren")
record DeelnemersResource(
        @Schema(description = "deelnemers uit huishoudens die u mag zien")
        List<DeelnemerResource> items,
        @Schema(description = "aantal deelnemers uit huishoudens die u niet mag zien", example = "3")
        int verborgen) {

    static DeelnemersResource from(GroepsbijeenkomstDetail g) {
        return new DeelnemersResource(g.deelnemers().stream().map(DeelnemerResource::from).toList(), g.verborgen());
    }
}
