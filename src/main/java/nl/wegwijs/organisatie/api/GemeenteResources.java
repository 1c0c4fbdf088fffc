package nl.wegwijs.organisatie.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Taakstelling;

/** The request and response bodies of the gemeenten API. */
final class GemeenteResources {

    private GemeenteResources() {
    }

    @Schema(name = "Gemeente", description = "Een gemeente die statushouders huisvest en begeleiding inkoopt.")
    record GemeenteResource(
            @Schema(description = "id van de gemeente", example = "5d0c2f4e-8a3b-4b7e-9c61-2f1e0a9b7c33") UUID id,
            @Schema(description = "naam van de gemeente", example = "Den Haag") String naam,
            @Schema(description = "CBS-code: GM en vier cijfers", example = "GM0518") String cbsCode) {

        static GemeenteResource van(Gemeente g) {
            return new GemeenteResource(g.id(), g.naam(), g.cbsCode());
        }
    }

    @Schema(name = "NieuweGemeente", description = "Een nieuwe gemeente; ze krijgt het standaardregime vanaf 2022.")
    record GemeenteRequest(
            @Schema(description = "naam van de gemeente, hoogstens 100 tekens", example = "Den Haag",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.gemeente.naam.leeg}") @Size(max = 100, message = "{beheer.naam.lang}")
            @Nullable String naam,
            @Schema(description = "CBS-code: GM en vier cijfers", example = "GM0518",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.gemeente.cbs.leeg}")
            @Pattern(regexp = "^\\s*[Gg][Mm][0-9]{4}\\s*$", message = "{beheer.gemeente.cbs.formaat}")
            @Nullable String cbsCode) {
    }

    @Schema(name = "GemeenteRegime", description = "Eén versie van het regime van een gemeente, geldig vanaf een datum.")
    record RegimeResource(
            @Schema(description = "id van de versie", example = "9a7d3c1b-2e4f-4a6b-8c0d-1e2f3a4b5c6d") UUID id,
            @Schema(description = "geldt voor wie vanaf deze datum in de BRP is ingeschreven", example = "2027-01-01")
            LocalDate geldigVanaf,
            @Schema(description = "weken na de BRP-inschrijving waarin het PIP is vastgesteld", example = "10")
            int pipWeken,
            @Schema(description = "maanden financieel ontzorgen", example = "6") int ontzorgenMaanden,
            @Schema(description = "inburgeringstermijn in maanden", example = "36") int inburgeringstermijnMaanden,
            @Schema(description = "de versie geldt nog niet en kan nog worden ingetrokken", example = "true")
            boolean intrekbaar) {

        static RegimeResource van(GemeenteRegime r, boolean intrekbaar) {
            return new RegimeResource(r.id(), r.geldigVanaf(), r.pipWeken(), r.ontzorgenMaanden(),
                    r.inburgeringstermijnMaanden(), intrekbaar);
        }
    }

    @Schema(name = "NieuwGemeenteRegime", description = "Een nieuwe versie van het regime; ze gaat op zijn vroegst morgen in.")
    record RegimeRequest(
            @Schema(description = "vanaf welke datum de versie geldt; morgen of later", example = "2027-01-01",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.versie.geldigVanaf.leeg}") @Nullable LocalDate geldigVanaf,
            @Schema(description = "weken voor het PIP, 1 tot en met 104", example = "10",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.regime.pipWeken.leeg}")
            @Min(value = 1, message = "{beheer.regime.pipWeken.bereik}")
            @Max(value = 104, message = "{beheer.regime.pipWeken.bereik}") @Nullable Integer pipWeken,
            @Schema(description = "maanden ontzorgen, 0 tot en met 60", example = "6",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.regime.ontzorgenMaanden.leeg}")
            @Min(value = 0, message = "{beheer.regime.ontzorgenMaanden.bereik}")
            @Max(value = 60, message = "{beheer.regime.ontzorgenMaanden.bereik}") @Nullable Integer ontzorgenMaanden,
            @Schema(description = "inburgeringstermijn in maanden, 1 tot en met 120", example = "36",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.regime.inburgeringstermijnMaanden.leeg}")
            @Min(value = 1, message = "{beheer.regime.inburgeringstermijnMaanden.bereik}")
            @Max(value = 120, message = "{beheer.regime.inburgeringstermijnMaanden.bereik}")
            @Nullable Integer inburgeringstermijnMaanden) {
    }

    @Schema(name = "Taakstelling", description = "Hoeveel statushouders de gemeente in een halfjaar moet huisvesten.")
    record TaakstellingResource(
            @Schema(description = "jaar", example = "2027") int jaar,
            @Schema(description = "halfjaar: 1 of 2", example = "1") int halfjaar,
            @Schema(description = "aantal statushouders", example = "120") int aantal) {

        static TaakstellingResource van(Taakstelling t) {
            return new TaakstellingResource(t.jaar(), t.halfjaar(), t.aantal());
        }
    }

    @Schema(name = "TaakstellingWijziging", description = "Het aantal voor één halfjaar; vervangt een eerder aantal.")
    record TaakstellingRequest(
            @Schema(description = "aantal statushouders, 0 tot en met 100000", example = "120",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.taakstelling.aantal.leeg}")
            @Min(value = 0, message = "{beheer.taakstelling.aantal.bereik}")
            @Max(value = 100000, message = "{beheer.taakstelling.aantal.bereik}") @Nullable Integer aantal) {
    }

    @Schema(name = "Bewaartermijn", description = "Hoeveel maanden na het afsluiten de persoonsgegevens worden bewaard.")
    record BewaartermijnResource(
            @Schema(description = "maanden, 1 tot en met 600", example = "24",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.bewaartermijn.leeg}")
            @Min(value = 1, message = "{beheer.bewaartermijn.bereik}")
            @Max(value = 600, message = "{beheer.bewaartermijn.bereik}") @Nullable Integer maanden) {
    }
}
