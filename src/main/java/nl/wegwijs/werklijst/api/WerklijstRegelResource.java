package nl.wegwijs.werklijst.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.werklijst.Volgende;
import nl.wegwijs.werklijst.WerklijstRegel;

/**
 * One household in the worklist, as the page shows it. The checklist, contact and letter fields are null for a
 * reader whose role does not see the daily progress or the letters ({@code voortgang}, {@code brieven} false): not
 * seen, which is not "nothing open".
 */
@Schema(description = "Eén huishouden in de werklijst, zoals de pagina het toont.")
record WerklijstRegelResource(
        @Schema(description = "id van het traject", example = "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01") UUID trajectId,
        @Schema(description = "id van het huishouden", example = "7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d")
        UUID huishoudenId,
        @Schema(description = "naam van het huishouden (de hoofdpersoon)", example = "Haddad") String naam,
        @Schema(description = "aantal personen in het huishouden", example = "3") int aantalPersonen,
        @Schema(description = "status van het traject", example = "ACTIEF") String status,
        @Schema(description = "code van de fase van het contract", example = "OPSTART") @Nullable String faseCode,
        @Schema(description = "naam van de fase", example = "Opstart") @Nullable String faseNaam,
        @Schema(description = "wat als eerste aan de beurt is, en wanneer; hierop is de lijst gesorteerd")
        VolgendeResource volgende,
        @Schema(description = "de eerstvolgende wettelijke termijn", example = "2026-03-01")
        @Nullable LocalDate eerstvolgendeTermijn,
        @Schema(description = "soort van die termijn", example = "PIP") @Nullable String eerstvolgendeSoort,
        @Schema(description = "aantal wettelijke termijnen dat verlopen is", example = "0") int aantalVerlopen,
        @Schema(description = "namen van de toegewezen medewerkers", example = "Sanne de Vries")
        String medewerkers,
        @Schema(description = "of de lezer de voortgang (checklist en contacten) ziet", example = "true")
        boolean voortgang,
        @Schema(description = "open checklistpunten; leeg als u de voortgang niet ziet", example = "4")
        @Nullable Integer checklistOpen,
        @Schema(description = "vroegste datum van een open checklistpunt", example = "2026-02-15")
        @Nullable LocalDate checklistVroegste,
        @Schema(description = "of de lezer de brieven ziet", example = "true") boolean brieven,
        @Schema(description = "open brieven; leeg als u de brieven niet ziet", example = "1") @Nullable Integer postOpen,
        @Schema(description = "vroegste uiterste datum van een open brief", example = "2026-02-20")
        @Nullable LocalDate postVroegste,
        @Schema(description = "open signalen", example = "0") int signalenOpen,
        @Schema(description = "of een open signaal urgent is", example = "false") boolean signaalUrgent,
        @Schema(description = "datum van het laatste contact", example = "2026-01-20")
        @Nullable LocalDate laatsteContact,
        @Schema(description = "datum van het volgende geplande contact", example = "2026-02-03")
        @Nullable LocalDate volgendContact,
        @Schema(description = "uiterste datum van het volgende contact volgens de contactnorm",
                example = "2026-02-17") @Nullable LocalDate contactUiterlijk) {

    /** What is next and when; {@code datum} is the date the list is sorted on. */
    @Schema(description = "Wat als eerste aan de beurt is en wanneer.")
    record VolgendeResource(
            @Schema(description = "TERMIJN, POST, SIGNAAL, CHECKLIST, CONTACT of NIETS", example = "TERMIJN")
            String soort,
            @Schema(description = "soort wettelijke termijn als soort TERMIJN is", example = "PIP")
            @Nullable String termijnSoort,
            @Schema(description = "datum; leeg bij NIETS", example = "2026-03-01") @Nullable LocalDate datum,
            @Schema(description = "hoeveel van die soort open staan", example = "1") int aantal,
            @Schema(description = "of de datum voorbij is", example = "false") boolean teLaat) {
    }

    static WerklijstRegelResource van(WerklijstRegel r, LocalDate vandaag) {
        Volgende v = r.volgende();
        return new WerklijstRegelResource(r.trajectId(), r.huishoudenId(), r.naam(), r.aantalPersonen(), r.status(),
                r.faseCode(), r.faseNaam(),
                new VolgendeResource(v.soort(), v.termijnSoort(), v.datum(), v.aantal(), v.teLaat(vandaag)),
                r.eerstvolgendeTermijn(), r.eerstvolgendeSoort(), r.aantalVerlopen(), r.medewerkerNamen(),
                r.voortgang(), r.voortgang() ? r.checklistOpen() : null, r.checklistVroegste(), r.brieven(),
                r.brieven() ? r.postOpen() : null, r.postVroegste(), r.signalenOpen(), r.signaalUrgent(),
                r.laatsteContact(), r.volgendeContact(), r.contactUiterlijk());
    }
}
