package nl.wegwijs.signaal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A signal as it should be: its structured fields, description and status. To {@link SignaalStatus#AFGESLOTEN}
 * takes a closing note, and, while actions of the plan are open, an explicit {@code ondanksOpenActies}. From
 * AFGESLOTEN to an open status reopens it.
 */
public record SignaalWijziging(@Nullable UUID persoonId, Categorie categorie, Urgentie urgentie, String omschrijving,
        SignaalStatus status, @Nullable String afsluitnotitie, boolean ondanksOpenActies) {

    public SignaalWijziging {
        omschrijving = omschrijving == null ? "" : omschrijving.strip();
        afsluitnotitie = afsluitnotitie == null || afsluitnotitie.isBlank() ? null : afsluitnotitie.strip();
    }
}
