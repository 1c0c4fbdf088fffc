package nl.wegwijs.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.intake.BredeIntake;
import nl.wegwijs.intake.DigitaleVaardigheid;
import nl.wegwijs.intake.EerderSignaal;
import nl.wegwijs.intake.Gezondheid;
import nl.wegwijs.intake.IntakeGegevens;
import nl.wegwijs.intake.Opleidingsniveau;
import nl.wegwijs.intake.SignaalBron;
import nl.wegwijs.intake.Tolk;

/**
 * A brede intake as the API shows it. {@code gezondheid} is present only for the regievoerder of the household's
 * gemeente; for everyone else the field is left out of the response entirely.
 */
@Schema(description = "De brede intake van een inburgeringsplichtige persoon")
record BredeIntakeResource(
        @Schema(description = "id van de intake", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f")
        UUID id,
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID huishoudenId,
        @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
        UUID persoonId,
        @Schema(description = "de dag van de intake", example = "2026-02-17")
        LocalDate gehoudenOp,
        @Schema(description = "id van de regievoerder die de intake "
                + "hield", example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b")
        UUID regievoerderId,
        @Schema(description = "wie erbij waren")
        AanwezigResource aanwezig,
        @Schema(description = "tolk: GEEN, PROFESSIONEEL of INFORMEEL", example = "PROFESSIONEEL")
        Tolk tolk,
        @Schema(description = "taal van de tolk", example = "Dari", nullable = true)
        @Nullable String tolkTaal,
        @Schema(description = "hoogste opleiding: GEEN, BASISONDERWIJS, VOORTGEZET, BEROEPSONDERWIJS, HOGER_ONDERWIJS, "
                + "UNIVERSITEIT of ONBEKEND", example = "BEROEPSONDERWIJS")
        Opleidingsniveau opleidingsniveau,
        @Schema(description = "opleiding en werkervaring", example = "Elektricien in Herat, tien jaar ervaring.",
                nullable = true)
        @Nullable String opleidingWerk,
        @Schema(description = "gesproken talen", example = "[\"Dari\", \"Pashto\"]")
        List<String> talen,
        @Schema(description = "geletterdheid: GELETTERD, ANDER_SCHRIFT, LAAGGELETTERD, ANALFABEET of ONBEKEND",
                example = "ANDER_SCHRIFT")
        Geletterdheid geletterdheid,
        @Schema(description = "toelichting op taal", example = "Leest Arabisch schrift, leert nu het Latijnse.",
                nullable = true)
        @Nullable String taalToelichting,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Alleen voor de regievoerder van de gemeente; voor ieder ander ontbreekt dit veld.")
        @Nullable GezondheidResource gezondheid,
        @Schema(description = "het gezin", example = "Getrouwd, twee kinderen van 4 en 7.", nullable = true)
        @Nullable String gezin,
        @Schema(description = "of er nareizigers worden verwacht", example = "true")
        boolean nareizigersVerwacht,
        @Schema(description = "toelichting op de nareizigers", example = "Moeder volgt naar verwachting in juni.",
                nullable = true)
        @Nullable String nareizigersToelichting,
        @Schema(description = "digitale vaardigheid: GEEN, BASIS of GOED", example = "BASIS")
        DigitaleVaardigheid digitaal,
        @Schema(description = "toelichting op de digitale vaardigheid", example = "Heeft nog geen DigiD.",
                nullable = true)
        @Nullable String digitaalToelichting,
        @Schema(description = "verwachtingen van de persoon", example = "Wil snel aan het werk als installateur.",
                nullable = true)
        @Nullable String verwachtingen,
        @Schema(description = "of kinderopvang nodig is", example = "true")
        boolean kinderopvangNodig,
        @Schema(description = "toelichting op kinderopvang", example = "Voor de jongste, drie ochtenden per week.",
                nullable = true)
        @Nullable String kinderopvangToelichting,
        @Schema(description = "eerdere signalen")
        List<IntakeSignaalResource> signalen,
        @Schema(description = "id van wie de intake vastlegde", example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b")
        UUID vastgelegdDoor,
        @Schema(description = "wanneer de intake werd vastgelegd", example = "2026-02-17T14:05:00Z")
        Instant vastgelegdOp,
        @Schema(description = "id van wie haar het laatst wijzigde", example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b",
                nullable = true)
        @Nullable UUID gewijzigdDoor,
        @Schema(description = "wanneer dat was", example = "2026-02-20T09:30:00Z", nullable = true)
        @Nullable Instant gewijzigdOp,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een "
                + "wijziging", example = "1")
        long versie) {

    @Schema(description = "Wie bij de brede intake aanwezig waren, naast de regievoerder")
    record AanwezigResource(
            @Schema(description = "de persoon zelf", example = "true") boolean persoon,
            @Schema(description = "de partner", example = "false") boolean partner,
            @Schema(description = "de begeleider; alleen met instemming van de persoon", example = "true")
            boolean begeleider,
            @Schema(description = "de persoon stemde in met de aanwezigheid van de begeleider", example = "true")
            boolean instemming,
            @Schema(description = "anderen, met naam of rol, tot 200 tekens", example = "Tolk van Tolkcentrum Oost",
                    nullable = true)
            @Nullable String overig) {
    }

    @Schema(description = "De bevinding over gezondheid; alleen voor de regievoerder van de gemeente")
    record GezondheidResource(
            @Schema(description = "of gezondheid aandacht nodig heeft", example = "true") boolean aandacht,
            @Schema(description = "wat; nodig bij aandacht, tot 4000 tekens", example = "Rugklachten; huisarts bekend.",
                    nullable = true)
            @Nullable String toelichting) {

        static @Nullable GezondheidResource from(@Nullable Gezondheid g) {
            return g == null ? null : new GezondheidResource(g.aandacht(), g.toelichting());
        }

        Gezondheid toGezondheid() {
            return new Gezondheid(aandacht, toelichting);
        }
    }

    @Schema(description = "Een signaal van voor de brede intake")
    record IntakeSignaalResource(
            @Schema(description = "van wie: COA, HUISARTS, BEGELEIDER of ANDERS", example = "COA") SignaalBron bron,
            @Schema(description = "datum van het signaal", example = "2026-01-20") LocalDate datum,
            @Schema(description = "het signaal", example = "Slaapt slecht sinds de verhuizing.") String tekst) {

        static IntakeSignaalResource from(EerderSignaal s) {
            return new IntakeSignaalResource(s.bron(), s.datum(), s.tekst());
        }
    }

    static BredeIntakeResource from(BredeIntake b) {
        IntakeGegevens g = b.gegevens();
        return new BredeIntakeResource(b.id().value(), b.huishouden().value(), b.persoonId(), g.gehoudenOp(),
                b.regievoerderId(), new AanwezigResource(g.aanwezig().persoon(), g.aanwezig().partner(),
                        g.aanwezig().begeleider(), g.aanwezig().instemming(), g.aanwezig().overig()),
                g.tolk(), g.tolkTaal(), g.opleidingsniveau(), g.opleidingWerk(), g.talen(), g.geletterdheid(),
                g.taalToelichting(), GezondheidResource.from(g.gezondheid()), g.gezin(), g.nareizigersVerwacht(),
                g.nareizigersToelichting(), g.digitaal(), g.digitaalToelichting(), g.verwachtingen(),
                g.kinderopvangNodig(), g.kinderopvangToelichting(),
                g.signalen().stream().map(IntakeSignaalResource::from).toList(), b.vastgelegdDoor(), b.vastgelegdOp(),
                b.gewijzigdDoor(), b.gewijzigdOp(), b.versie());
    }
}
