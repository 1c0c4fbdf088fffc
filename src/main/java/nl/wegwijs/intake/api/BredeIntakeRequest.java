package nl.wegwijs.intake.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.intake.Aanwezigen;
import nl.wegwijs.intake.DigitaleVaardigheid;
import nl.wegwijs.intake.EerderSignaal;
import nl.wegwijs.intake.IntakeGegevens;
import nl.wegwijs.intake.Opleidingsniveau;
import nl.wegwijs.intake.SignaalBron;
import nl.wegwijs.intake.Tolk;

/**
 * The whole brede intake as it should be (PUT replaces it; fields left out are cleared), with the version the client
 * last read: 0 for a first intake; a stale one is refused with 409 and nothing is written.
 */
@Schema(description = "De hele brede intake zoals hij moet worden, met de versie die u het laatst las")
record BredeIntakeRequest(
        @Schema(description = "0 voor een eerste intake, anders de versie die u het laatst "
                + "las", example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{intake.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de dag van de intake, niet in de toekomst en niet voor "
                + "2022-01-01", example = "2026-02-17", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{intake.gehouden.leeg}") @Nullable LocalDate gehoudenOp,
        @Schema(description = "wie erbij waren", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{intake.aanwezig.leeg}") @Valid BredeIntakeResource.@Nullable AanwezigResource aanwezig,
        @Schema(description = "tolk: GEEN, PROFESSIONEEL of INFORMEEL (familie, "
                + "vrijwilliger)", example = "PROFESSIONEEL", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{intake.tolk.leeg}") @Nullable Tolk tolk,
        @Schema(description = "taal van de tolk, tot 200 tekens; nodig bij een tolk", example = "Dari")
        @Nullable String tolkTaal,
        @Schema(description = "hoogst afgeronde (of grotendeels gevolgde) opleiding: GEEN, BASISONDERWIJS, VOORTGEZET, "
                + "BEROEPSONDERWIJS, HOGER_ONDERWIJS, UNIVERSITEIT of "
                + "ONBEKEND", example = "BEROEPSONDERWIJS", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{intake.opleidingsniveau.leeg}") @Nullable Opleidingsniveau opleidingsniveau,
        @Schema(description = "opleiding en werkervaring, tot 4000 tekens",
                example = "Elektricien in Herat, tien jaar ervaring.")
        @Nullable String opleidingWerk,
        @Schema(description = "gesproken talen, ten hoogste 12, elk tot 200 tekens", example = "[\"Dari\", \"Pashto\"]")
        @Nullable List<String> talen,
        @Schema(description = "geletterdheid: GELETTERD, ANDER_SCHRIFT, LAAGGELETTERD, ANALFABEET of ONBEKEND",
                example = "ANDER_SCHRIFT", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{intake.geletterdheid.leeg}") @Nullable Geletterdheid geletterdheid,
        @Schema(description = "toelichting op taal, tot 4000 tekens", example = "Leest Arabisch schrift, leert nu het "
                + "Latijnse.")
        @Nullable String taalToelichting,
        @Schema(description = "de bevinding over gezondheid (verplicht; alleen de regievoerder ziet haar "
                + "terug)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{intake.gezondheid.ontbreekt}") BredeIntakeResource.@Nullable GezondheidResource gezondheid,
        @Schema(description = "het gezin, tot 4000 tekens", example = "Getrouwd, twee kinderen van 4 en 7.")
        @Nullable String gezin,
        @Schema(description = "of er nareizigers worden verwacht", example = "true")
        boolean nareizigersVerwacht,
        @Schema(description = "toelichting op de nareizigers, tot 4000 tekens", example = "Moeder volgt naar "
                + "verwachting in juni.")
        @Nullable String nareizigersToelichting,
        @Schema(description = "digitale vaardigheid (DigiD, e-mail, formulieren): GEEN, BASIS of "
                + "GOED", example = "BASIS", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{intake.digitaal.leeg}") @Nullable DigitaleVaardigheid digitaal,
        @Schema(description = "toelichting op de digitale vaardigheid, tot 4000 tekens", example = "Heeft nog geen "
                + "DigiD.")
        @Nullable String digitaalToelichting,
        @Schema(description = "verwachtingen van de persoon, tot 4000 tekens", example = "Wil snel aan het werk als "
                + "installateur.")
        @Nullable String verwachtingen,
        @Schema(description = "of kinderopvang nodig is", example = "true")
        boolean kinderopvangNodig,
        @Schema(description = "toelichting op kinderopvang, tot 4000 tekens", example = "Voor de jongste, drie "
                + "ochtenden per week.")
        @Nullable String kinderopvangToelichting,
        @Schema(description = "eerdere signalen, ten hoogste 20")
        @Nullable @Size(max = IntakeGegevens.SIGNALEN_MAX, message = "{intake.signalen.te-veel}")
        List<@Valid Signaal> signalen) {

    /** An earlier signal. */
    @Schema(description = "Een signaal van voor de brede intake")
    record Signaal(
            @Schema(description = "van wie: COA, HUISARTS, BEGELEIDER of "
                    + "ANDERS", example = "COA", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{intake.signaal.bron.leeg}") @Nullable SignaalBron bron,
            @Schema(description = "datum van het signaal, niet in de "
                    + "toekomst", example = "2026-01-20", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{intake.signaal.datum.leeg}") @Nullable LocalDate datum,
            @Schema(description = "het signaal, tot 4000 tekens", example = "Slaapt slecht sinds de "
                    + "verhuizing.", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{intake.signaal.tekst.leeg}") @Nullable String tekst) {
    }

    /** Only after validation: the required fields are present. */
    IntakeGegevens toGegevens() {
        BredeIntakeResource.AanwezigResource a = Objects.requireNonNull(aanwezig);
        return new IntakeGegevens(Objects.requireNonNull(gehoudenOp),
                new Aanwezigen(a.persoon(), a.partner(), a.begeleider(), a.instemming(), a.overig()),
                Objects.requireNonNull(tolk), tolkTaal, Objects.requireNonNull(opleidingsniveau), opleidingWerk,
                talen == null ? List.of() : talen, Objects.requireNonNull(geletterdheid), taalToelichting,
                Objects.requireNonNull(gezondheid).toGezondheid(), gezin, nareizigersVerwacht,
                nareizigersToelichting, Objects.requireNonNull(digitaal), digitaalToelichting, verwachtingen,
                kinderopvangNodig, kinderopvangToelichting, signalen == null ? List.of()
                        : signalen.stream().map(s -> new EerderSignaal(Objects.requireNonNull(s.bron()),
                                Objects.requireNonNull(s.datum()), Objects.requireNonNull(s.tekst()))).toList());
    }
}
