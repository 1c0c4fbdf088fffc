package nl.wegwijs.signaal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A signal as it is raised. The direction follows from the raiser's role; the description is free text, kept apart
 * from the structured fields (what a gemeente user may read of it will depend on consent).
 *
 * @param persoonId the household member it concerns, or null for the household
 * @param gemeldOp the day it was noticed; null is today
 */
public record NieuwSignaal(@Nullable UUID persoonId, Categorie categorie, Urgentie urgentie, String omschrijving,
        @Nullable LocalDate gemeldOp) {

    public NieuwSignaal {
        omschrijving = omschrijving == null ? "" : omschrijving.strip();
    }
}
