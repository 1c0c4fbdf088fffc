package nl.wegwijs.signaal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * One signal in a list: its structured fields and the state of its plan. {@code omschrijving} (free text) is only
 * filled in a household's own list, never in lists across households. {@code laatste} is the last activity in its
 * thread (or its raising).
 */
public record SignaalRegel(SignaalId id, HuishoudenId huishouden, String huishoudenNaam, @Nullable UUID persoonId,
        Categorie categorie, Urgentie urgentie, Richting richting, SignaalStatus status, LocalDate gemeldOp,
        String gemeldDoorNaam, @Nullable String omschrijving, int openActies, @Nullable LocalDate vroegsteActie,
        long versie, Adres aan, Activiteit laatste) {

    /** An open action of this open signal is past its date. */
    public boolean actieVerlopen(LocalDate vandaag) {
        return status.isOpen() && vroegsteActie != null && vroegsteActie.isBefore(vandaag);
    }
}
