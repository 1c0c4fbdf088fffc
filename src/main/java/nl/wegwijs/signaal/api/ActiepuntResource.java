package nl.wegwijs.signaal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Actiepunt;
import nl.wegwijs.signaal.Eigenaar;

/** One action of a plan van aanpak; {@code versie} is its own. */
@Schema(description = "Een actie van het plan van aanpak; de versie is van de actie zelf")
record ActiepuntResource(
        @Schema(description = "id van de actie", example = "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e") UUID id,
        @Schema(description = "wat er moet gebeuren", example = "Betalingsregeling aanvragen bij Vattenfall")
        String omschrijving,
        @Schema(description = "eigenaar: BEGELEIDER, REGIEVOERDER, PARTNER (een organisatie van buiten, met "
                + "partnerNaam) of STATUSHOUDER", example = "BEGELEIDER") Eigenaar eigenaar,
        @Schema(description = "naam van de partner", example = "Schuldhulp Rotterdam", nullable = true)
        @Nullable String partnerNaam,
        @Schema(description = "de medewerker die eigenaar is", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                nullable = true)
        @Nullable UUID eigenaarMedewerkerId,
        @Schema(description = "diens naam", example = "Sanne de "
                + "Boer", nullable = true) @Nullable String eigenaarMedewerkerNaam,
        @Schema(description = "streefdatum", example = "2026-03-20") LocalDate streefdatum,
        @Schema(description = "gedaan op; leeg: nog open", example = "2026-03-18", nullable = true)
        @Nullable LocalDate gedaanOp,
        @Schema(description = "versie van de actie: stuur deze mee bij een wijziging", example = "1") long versie) {

    static ActiepuntResource from(Actiepunt a) {
        return new ActiepuntResource(a.id(), a.omschrijving(), a.eigenaar(), a.partnerNaam(), a.eigenaarMedewerker(),
                a.eigenaarMedewerkerNaam(), a.streefdatum(), a.gedaanOp(), a.versie());
    }
}
