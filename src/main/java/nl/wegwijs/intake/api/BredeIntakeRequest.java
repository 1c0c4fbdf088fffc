package nl.wegwijs.intake.api;

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
record BredeIntakeRequest(
        @NotNull(message = "{intake.api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{intake.gehouden.leeg}") @Nullable LocalDate gehoudenOp,
        @NotNull(message = "{intake.aanwezig.leeg}") @Valid BredeIntakeResource.@Nullable AanwezigResource aanwezig,
        @NotNull(message = "{intake.tolk.leeg}") @Nullable Tolk tolk,
        @Nullable String tolkTaal,
        @NotNull(message = "{intake.opleidingsniveau.leeg}") @Nullable Opleidingsniveau opleidingsniveau,
        @Nullable String opleidingWerk,
        @Nullable List<String> talen,
        @NotNull(message = "{intake.geletterdheid.leeg}") @Nullable Geletterdheid geletterdheid,
        @Nullable String taalToelichting,
        @NotNull(message = "{intake.gezondheid.ontbreekt}") BredeIntakeResource.@Nullable GezondheidResource gezondheid,
        @Nullable String gezin,
        boolean nareizigersVerwacht,
        @Nullable String nareizigersToelichting,
        @NotNull(message = "{intake.digitaal.leeg}") @Nullable DigitaleVaardigheid digitaal,
        @Nullable String digitaalToelichting,
        @Nullable String verwachtingen,
        boolean kinderopvangNodig,
        @Nullable String kinderopvangToelichting,
        @Nullable @Size(max = IntakeGegevens.SIGNALEN_MAX, message = "{intake.signalen.te-veel}")
        List<@Valid Signaal> signalen) {

    /** An earlier signal. */
    record Signaal(@NotNull(message = "{intake.signaal.bron.leeg}") @Nullable SignaalBron bron,
            @NotNull(message = "{intake.signaal.datum.leeg}") @Nullable LocalDate datum,
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
