package nl.wegwijs.socialekaart.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.Dienstsoort;

/** One service of a gemeente's sociale kaart as the API shows it (no personal data). */
@Schema(description = "Een dienst op de sociale kaart van een gemeente")
record DienstResource(
        @Schema(description = "id van de dienst", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f") UUID id,
        @Schema(description = "id van de gemeente", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID gemeenteId,
        @Schema(description = "naam", example = "Sociaal wijkteam Centrum") String naam,
        @Schema(description = "soort dienst", example = "SOCIAAL_WIJKTEAM") Dienstsoort soort,
        @Schema(description = "telefoon", example = "070 555 0101", nullable = true) @Nullable String telefoon,
        @Schema(description = "e-mail", example = "wijkteam@voorbeeld.example", nullable = true) @Nullable String email,
        @Schema(description = "adres", example = "Lindelaan 4, Testdorp", nullable = true) @Nullable String adres,
        @Schema(description = "website", example = "https://wijkteam.voorbeeld.example", nullable = true)
        @Nullable String website,
        @Schema(description = "talen die er gesproken worden", example = "[\"Nederlands\", \"Arabisch\"]")
        List<String> talen,
        @Schema(description = "gebruikelijke wachttijd in weken", example = "2", nullable = true)
        @Nullable Integer wachttijdWeken,
        @Schema(description = "hoe u verwijst", example = "Bel het spreekuur, of verwijs in Wegwijs.", nullable = true)
        @Nullable String verwijzen,
        @Schema(description = "de organisatie in Wegwijs die verwijzingen ontvangt (haar wijkteam); leeg: de "
                + "begeleider legt het antwoord vast", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", nullable = true)
        @Nullable UUID organisatieId,
        @Schema(description = "ontvangt en beantwoordt verwijzingen in Wegwijs", example = "true") boolean inWegwijs,
        @Schema(description = "actief: nieuwe verwijzingen kunnen erheen", example = "true") boolean actief,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij wijzigen", example = "1")
        long versie) {

    static DienstResource from(Dienst d, boolean actief) {
        return new DienstResource(d.id(), d.gemeenteId(), d.naam(), d.soort(), d.telefoon(), d.email(), d.adres(),
                d.website(), d.talen(), d.wachttijdWeken(), d.verwijzen(), d.organisatieId(), d.inWegwijs(), actief,
                d.versie());
    }
}
