package nl.wegwijs.verwijzing.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.verwijzing.Wachttijd;

/** The waiting time of one service: counts and days only, no persons. */
@Schema(description = "De wachttijd van één dienst: alleen aantallen en dagen, geen personen")
record WachttijdResource(
        @Schema(description = "id van de dienst", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f") UUID dienstId,
        @Schema(description = "naam van de dienst", example = "Sociaal wijkteam Centrum") String dienstNaam,
        @Schema(description = "soort dienst", example = "SOCIAAL_WIJKTEAM") Dienstsoort soort,
        @Schema(description = "verwijzingen verstuurd", example = "12") int verstuurd,
        @Schema(description = "daarvan geaccepteerd", example = "9") int geaccepteerd,
        @Schema(description = "nu wachtend op een antwoord (verstuurd of op de wachtlijst)", example = "2")
        int wachtend,
        @Schema(description = "gemiddeld aantal dagen van versturen tot acceptatie", example = "6.5", nullable = true)
        @Nullable Double gemiddeldeDagen,
        @Schema(description = "langste aantal dagen van versturen tot acceptatie", example = "21", nullable = true)
        @Nullable Integer langsteDagen) {

    static WachttijdResource from(Wachttijd w) {
        return new WachttijdResource(w.dienstId(), w.dienstNaam(), w.soort(), w.verstuurd(), w.geaccepteerd(),
                w.wachtend(), w.gemiddeldeDagen(), w.langsteDagen());
    }
}
