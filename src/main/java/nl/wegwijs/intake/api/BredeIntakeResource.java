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
record BredeIntakeResource(UUID id, UUID huishoudenId, UUID persoonId, LocalDate gehoudenOp, UUID regievoerderId,
        AanwezigResource aanwezig, Tolk tolk, @Nullable String tolkTaal, Opleidingsniveau opleidingsniveau,
        @Nullable String opleidingWerk, List<String> talen, Geletterdheid geletterdheid,
        @Nullable String taalToelichting,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Alleen voor de regievoerder van de gemeente; voor ieder ander ontbreekt dit veld.")
        @Nullable GezondheidResource gezondheid,
        @Nullable String gezin, boolean nareizigersVerwacht, @Nullable String nareizigersToelichting,
        DigitaleVaardigheid digitaal, @Nullable String digitaalToelichting, @Nullable String verwachtingen,
        boolean kinderopvangNodig, @Nullable String kinderopvangToelichting, List<SignaalResource> signalen,
        UUID vastgelegdDoor, Instant vastgelegdOp, @Nullable UUID gewijzigdDoor, @Nullable Instant gewijzigdOp,
        long versie) {

    record AanwezigResource(boolean persoon, boolean partner, boolean begeleider, boolean instemming,
            @Nullable String overig) {
    }

    record GezondheidResource(boolean aandacht, @Nullable String toelichting) {

        static @Nullable GezondheidResource from(@Nullable Gezondheid g) {
            return g == null ? null : new GezondheidResource(g.aandacht(), g.toelichting());
        }

        Gezondheid toGezondheid() {
            return new Gezondheid(aandacht, toelichting);
        }
    }

    record SignaalResource(SignaalBron bron, LocalDate datum, String tekst) {

        static SignaalResource from(EerderSignaal s) {
            return new SignaalResource(s.bron(), s.datum(), s.tekst());
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
                g.signalen().stream().map(SignaalResource::from).toList(), b.vastgelegdDoor(), b.vastgelegdOp(),
                b.gewijzigdDoor(), b.gewijzigdOp(), b.versie());
    }
}
