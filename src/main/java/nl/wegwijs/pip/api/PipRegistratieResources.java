package nl.wegwijs.pip.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.pip.Akkoordwijze;
import nl.wegwijs.pip.Deling;
import nl.wegwijs.pip.Gesprek;
import nl.wegwijs.pip.Partner;

/**
 * The records of what the regievoerder registers on a PIP besides its versions: the person's approval, sharing with
 * a partner, what actually happened (first lesson, MAP, PVT), and progress talks.
 */
final class PipRegistratieResources {

    private PipRegistratieResources() {
    }

    @Schema(description = "Het akkoord van de persoon met de geldende versie van het PIP")
    record PipAkkoordRequest(
            @Schema(description = "de versie van het PIP die u het laatst las", example = "4",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "wanneer de persoon akkoord gaf, niet in de toekomst", example = "2026-03-18",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.datum.leeg}") @Nullable LocalDate op,
            @Schema(description = "hoe: MONDELING, MONDELING_MET_TOLK of SCHRIFTELIJK", example = "MONDELING_MET_TOLK",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.akkoord.wijze-leeg}") @Nullable Akkoordwijze wijze) {
    }

    @Schema(description = "De geldende versie van het PIP is gedeeld met een partner")
    record PipDelingRequest(
            @Schema(description = "de versie van het PIP die u het laatst las", example = "4",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "met wie: UITVOERDER, TAALSCHOOL, WERKCONSULENT, BUDGETCOACH of ANDERS",
                    example = "TAALSCHOOL", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.partner.leeg}") @Nullable Partner partner,
            @Schema(description = "naam van de partner (tot 200 tekens)", example = "Taalschool Het Anker",
                    nullable = true)
            @Nullable String naam,
            @Schema(description = "wanneer gedeeld, niet in de toekomst", example = "2026-03-20",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.datum.leeg}") @Nullable LocalDate op) {
    }

    @Schema(description = "Wat er werkelijk gebeurde; een leeg veld: nog niet")
    record PipFeitenRequest(
            @Schema(description = "de versie van het PIP die u het laatst las", example = "4",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "eerste taalles", example = "2026-04-06", nullable = true)
            @Nullable LocalDate eersteTaallesOp,
            @Schema(description = "Module Arbeidsmarkt en Participatie afgerond", example = "2026-10-15",
                    nullable = true)
            @Nullable LocalDate mapAfgerondOp,
            @Schema(description = "participatieverklaringstraject afgerond", example = "2026-09-01", nullable = true)
            @Nullable LocalDate pvtAfgerondOp) {
    }

    @Schema(description = "Een voortgangsgesprek over het PIP")
    record PipGesprekRequest(
            @Schema(description = "de versie van het PIP die u het laatst las", example = "4",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "wanneer, niet in de toekomst", example = "2026-06-10",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.datum.leeg}") @Nullable LocalDate op,
            @Schema(description = "wie er waren (tot 200 tekens)", example = "Inburgeraar, tolk, regievoerder",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable String wie,
            @Schema(description = "wat eruit kwam (tot 2000 tekens)", example = "Taalles gaat goed; MAP na de zomer.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable String uitkomst) {
    }

    @Schema(description = "Een voortgangsgesprek over het PIP")
    record PipGesprekResource(
            @Schema(description = "id van het gesprek", example = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a") UUID id,
            @Schema(description = "wanneer", example = "2026-06-10") LocalDate op,
            @Schema(description = "wie er waren", example = "Inburgeraar, tolk, regievoerder") String wie,
            @Schema(description = "wat eruit kwam", example = "Taalles gaat goed; MAP na de zomer.") String uitkomst,
            @Schema(description = "id van wie het vastlegde", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
            UUID door) {

        static PipGesprekResource from(Gesprek g) {
            return new PipGesprekResource(g.id(), g.op(), g.wie(), g.uitkomst(), g.door());
        }
    }

    @Schema(description = "Een versie van het PIP is gedeeld met een partner")
    record PipDelingResource(
            @Schema(description = "id van de deling", example = "5e6f7a8b-9c0d-4e1f-9a2b-3c4d5e6f7a8b") UUID id,
            @Schema(description = "welke versie", example = "1") int versieNummer,
            @Schema(description = "met wie", example = "TAALSCHOOL") Partner partner,
            @Schema(description = "naam van de partner", example = "Taalschool Het Anker", nullable = true)
            @Nullable String naam,
            @Schema(description = "wanneer", example = "2026-03-20") LocalDate op,
            @Schema(description = "id van wie het vastlegde", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
            UUID door) {

        static PipDelingResource from(Deling d) {
            return new PipDelingResource(d.id(), d.nummer(), d.partner(), d.naam(), d.op(), d.door());
        }
    }
}
