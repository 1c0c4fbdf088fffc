package nl.wegwijs.verzoek.api;

import nl.wegwijs.verzoek.VerzoekRegel;

/** A request in a list across households, with the household's name. */
record VerzoekRegelResource(String huishoudenNaam, VerzoekResource verzoek) {

    static VerzoekRegelResource from(VerzoekRegel r) {
        return new VerzoekRegelResource(r.naam(), VerzoekResource.from(r.verzoek()));
    }
}
