package nl.wegwijs.signaal.api;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "Een signaal met aan wie het is gericht, de stand en het plan van aanpak")
record SignaalResource(
        @Schema(description = "id van het signaal", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c") UUID id,
        @Schema(description = "id van het "
                + "huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishoudenId,
        @Schema(description = "de persoon om wie het gaat; leeg: het hele huishouden",
                example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d", nullable = true)
        @Nullable UUID persoonId,
        @Schema(description = "categorie: GEZONDHEID, PSYCHISCH, HUISELIJK_GEWELD, GELDZORGEN, SCHOOLVERZUIM, "
                + "GEZINSHERENIGING of ANDERS; gezondheid, psychisch en huiselijk geweld zijn "
                + "gevoelig", example = "GELDZORGEN") Categorie categorie,
        @Schema(description = "urgentie: LAAG, NORMAAL, HOOG of ACUUT (HOOG en ACUUT tellen als "
                + "dringend)", example = "HOOG") Urgentie urgentie,
        @Schema(description = "de melding zoals zij werd gedaan",
                example = "Er liggen drie aanmaningen van de energieleverancier; het gezin durft niet te bellen.")
        String omschrijving,
        @Schema(description = "NAAR_GEMEENTE of NAAR_BEGELEIDING", example = "NAAR_GEMEENTE") Richting richting,
        @Schema(description = "aan wie: REGIEVOERDER (de gemeente), TEAMLEIDER (de uitvoerder) of BEGELEIDING (de "
                + "begeleiding van het huishouden)", example = "REGIEVOERDER") Aan aan,
        @Schema(description = "de ene begeleider aan wie het is "
                + "gericht", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                nullable = true)
        @Nullable UUID aanMedewerkerId,
        @Schema(description = "diens naam", example = "Sanne de "
                + "Boer", nullable = true) @Nullable String aanMedewerkerNaam,
        @Schema(description = "id van de melder", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID gemeldDoor,
        @Schema(description = "naam van de melder", example = "Ahmed Yilmaz") String gemeldDoorNaam,
        @Schema(description = "gemeld op", example = "2026-03-09") LocalDate gemeldOp,
        @Schema(description = "stand: OPEN, IN_BEHANDELING of "
                + "AFGESLOTEN", example = "IN_BEHANDELING") SignaalStatus status,
        @Schema(description = "afgesloten "
                + "op", example = "2026-03-30", nullable = true) @Nullable LocalDate afgeslotenOp,
        @Schema(description = "toelichting bij het afsluiten", example = "Betalingsregeling getroffen met de "
                + "leverancier.",
                nullable = true)
        @Nullable String afsluitnotitie,
        @Schema(description = "id van de doorverwijzing (het verzoek) die uit dit signaal volgde",
                example = "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f", nullable = true)
        @Nullable UUID doorverwijzingId,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een standwijziging",
                example = "3")
        long versie,
        @Schema(description = "het plan van aanpak") List<ActiepuntResource> acties) {

    static SignaalResource from(Signaal s) {
        return new SignaalResource(s.id().value(), s.huishouden().value(), s.persoonId(), s.categorie(),
                s.urgentie(), s.omschrijving(), s.richting(), s.aan().aan(), s.aan().medewerker(), s.aan().naam(),
                s.gemeldDoor(), s.gemeldDoorNaam(), s.gemeldOp(),
                s.status(), s.afgeslotenOp(), s.afsluitnotitie(), s.doorverwijzing(), s.versie(),
                s.plan().stream().map(ActiepuntResource::from).toList());
    }
}
