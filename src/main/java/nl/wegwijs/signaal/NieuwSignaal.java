package nl.wegwijs.signaal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A signal as it is raised, with its addressee. The description is free text, kept apart from the structured fields
 * (what a gemeente user may read of it will depend on consent). Once raised, none of this changes.
 *
 * @param persoonId the household member it concerns, or null for the household
 * @param gemeldOp the day it was noticed; null is today
 * @param aan to whom it goes; null is the default for the raiser's side (see {@link SignaalService#meld})
 * @param aanMedewerker a named guide assigned to the household (only with {@link Aan#BEGELEIDING} or a null aan)
 * @param deling the basis for sharing it with the gemeente: required when the guidance side addresses the regievoerder
 */
public record NieuwSignaal(@Nullable UUID persoonId, Categorie categorie, Urgentie urgentie, String omschrijving,
        @Nullable LocalDate gemeldOp, @Nullable Aan aan, @Nullable UUID aanMedewerker, @Nullable Deling deling) {

    public NieuwSignaal {
        omschrijving = omschrijving == null ? "" : omschrijving.strip();
    }

    /** Without a basis for sharing (to anyone but the regievoerder). */
    public NieuwSignaal(@Nullable UUID persoonId, Categorie categorie, Urgentie urgentie, String omschrijving,
            @Nullable LocalDate gemeldOp, @Nullable Aan aan, @Nullable UUID aanMedewerker) {
        this(persoonId, categorie, urgentie, omschrijving, gemeldOp, aan, aanMedewerker, null);
    }

    /** Without a chosen addressee: the default of the raiser's side. */
    public NieuwSignaal(@Nullable UUID persoonId, Categorie categorie, Urgentie urgentie, String omschrijving,
            @Nullable LocalDate gemeldOp) {
        this(persoonId, categorie, urgentie, omschrijving, gemeldOp, null, null, null);
    }
}
