package nl.wegwijs.signaal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Aan;
import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Richting;
import nl.wegwijs.signaal.SignaalRegel;
import nl.wegwijs.signaal.SignaalStatus;
import nl.wegwijs.signaal.Urgentie;

/** A signal in a list; {@code omschrijving} only in a household's own list, never across households. */
record SignaalRegelResource(UUID id, UUID huishoudenId, String huishoudenNaam, @Nullable UUID persoonId,
        Categorie categorie, Urgentie urgentie, Richting richting, SignaalStatus status, LocalDate gemeldOp,
        String gemeldDoorNaam, @Nullable String omschrijving, int openActies, @Nullable LocalDate vroegsteActie,
        long versie, Aan aan, @Nullable String aanMedewerkerNaam, Instant laatsteActiviteitOp,
        String laatsteActiviteitDoor) {

    static SignaalRegelResource from(SignaalRegel r) {
        return new SignaalRegelResource(r.id().value(), r.huishouden().value(), r.huishoudenNaam(), r.persoonId(),
                r.categorie(), r.urgentie(), r.richting(), r.status(), r.gemeldOp(), r.gemeldDoorNaam(),
                r.omschrijving(), r.openActies(), r.vroegsteActie(), r.versie(), r.aan().aan(), r.aan().naam(),
                r.laatste().op(), r.laatste().door());
    }
}
