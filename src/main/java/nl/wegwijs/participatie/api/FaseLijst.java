package nl.wegwijs.participatie.api;

import java.util.List;
import java.util.UUID;

import nl.wegwijs.participatie.PiezoFase;

/**
 * A household's phase periods, and per person the phases they are in today ({@code duaal} when two or more).
 */
record FaseLijst(List<PiezoFaseResource> fasen, List<Stand> personen) {

    /** A person's phases today. */
    record Stand(UUID persoonId, List<PiezoFase> huidigeFasen, boolean duaal) {
    }
}
