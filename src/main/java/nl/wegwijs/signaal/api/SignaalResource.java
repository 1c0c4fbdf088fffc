package nl.wegwijs.signaal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Aan;
import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Richting;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalStatus;
import nl.wegwijs.signaal.Urgentie;

/**
 * A signal with its addressee and plan van aanpak, as the API shows it; the report (omschrijving and the fields beside
 * it) is as it was raised. The thread is at {@code /signalen/{id}/berichten}.
 */
record SignaalResource(UUID id, UUID huishoudenId, @Nullable UUID persoonId, Categorie categorie, Urgentie urgentie,
        String omschrijving, Richting richting, Aan aan, @Nullable UUID aanMedewerkerId,
        @Nullable String aanMedewerkerNaam, UUID gemeldDoor, String gemeldDoorNaam, LocalDate gemeldOp,
        SignaalStatus status, @Nullable LocalDate afgeslotenOp, @Nullable String afsluitnotitie,
        @Nullable UUID doorverwijzingId, long versie, List<ActiepuntResource> acties) {

    static SignaalResource from(Signaal s) {
        return new SignaalResource(s.id().value(), s.huishouden().value(), s.persoonId(), s.categorie(),
                s.urgentie(), s.omschrijving(), s.richting(), s.aan().aan(), s.aan().medewerker(), s.aan().naam(),
                s.gemeldDoor(), s.gemeldDoorNaam(), s.gemeldOp(),
                s.status(), s.afgeslotenOp(), s.afsluitnotitie(), s.doorverwijzing(), s.versie(),
                s.plan().stream().map(ActiepuntResource::from).toList());
    }
}
