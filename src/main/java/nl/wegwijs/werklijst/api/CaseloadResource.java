package nl.wegwijs.werklijst.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.werklijst.Teamoverzicht;

/** The caseload per guide, with the period of the hours. */
@Schema(description = "De caseload per begeleider van de teams van de teamleider")
record CaseloadResource(
        @Schema(description = "eerste dag van de uren", example = "2026-11-10") LocalDate urenVan,
        @Schema(description = "laatste dag van de uren (vandaag)", example = "2026-12-07") LocalDate urenTot,
        @Schema(description = "per medewerker, op naam") List<CaseloadRegelResource> items) {

    /** One guide's caseload. */
    @Schema(description = "De caseload van één medewerker")
    record CaseloadRegelResource(
            @Schema(description = "id van de medewerker", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID id,
            @Schema(description = "naam", example = "Sanne de Boer") String naam,
            @Schema(description = "rol: BEGELEIDER, VRIJWILLIGER of TEAMLEIDER", example = "BEGELEIDER") Rol rol,
            @Schema(description = "de teams, gescheiden door komma's", example = "Team Centrum", nullable = true)
            @Nullable String teams,
            @Schema(description = "toegewezen huishoudens met een lopend traject", example = "12") int huishoudens,
            @Schema(description = "daarvan met iets dat te laat is", example = "2") int aandacht,
            @Schema(description = "minuten aan contacten en groepsbijeenkomsten in de periode", example = "840")
            int minuten) {

        static CaseloadRegelResource van(Teamoverzicht.Begeleider b) {
            return new CaseloadRegelResource(b.id(), b.naam(), b.rol(), b.teams(), b.huishoudens(), b.aandacht(),
                    b.minuten());
        }
    }
}
