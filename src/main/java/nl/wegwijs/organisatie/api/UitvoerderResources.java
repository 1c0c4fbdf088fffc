package nl.wegwijs.organisatie.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Identificatiebeleid;
import nl.wegwijs.organisatie.Team;
import nl.wegwijs.organisatie.Uitvoerder;

/** The request and response bodies of the uitvoerders and teams API. */
final class UitvoerderResources {

    private UitvoerderResources() {
    }

    @Schema(name = "Uitvoerder", description = "Een organisatie die statushouders begeleidt (of de gemeente zelf).")
    record UitvoerderResource(
            @Schema(description = "id van de uitvoerder", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8") UUID id,
            @Schema(description = "naam", example = "VluchtelingenWerk Zuid-Holland") String naam,
            @Schema(description = "de gemeente, als die zelf begeleidt; anders leeg",
                    example = "5d0c2f4e-8a3b-4b7e-9c61-2f1e0a9b7c33", nullable = true) @Nullable UUID gemeente) {

        static UitvoerderResource van(Uitvoerder u) {
            return new UitvoerderResource(u.id(), u.naam(), u.gemeenteId());
        }
    }

    @Schema(name = "NieuweUitvoerder", description = "Een nieuwe uitvoerder.")
    record UitvoerderRequest(
            @Schema(description = "naam, hoogstens 100 tekens", example = "VluchtelingenWerk Zuid-Holland",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.uitvoerder.naam.leeg}") @Size(max = 100, message = "{beheer.naam.lang}")
            @Nullable String naam,
            @Schema(description = "de gemeente, als die zelf begeleidt (zoals Tholen); anders weglaten",
                    example = "5d0c2f4e-8a3b-4b7e-9c61-2f1e0a9b7c33", nullable = true) @Nullable UUID gemeente) {
    }

    @Schema(name = "Team", description = "Een team van een uitvoerder.")
    record TeamResource(
            @Schema(description = "id van het team", example = "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910") UUID id,
            @Schema(description = "de uitvoerder", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8") UUID uitvoerder,
            @Schema(description = "naam van het team", example = "Team Den Haag Centrum") String naam) {

        static TeamResource van(Team t) {
            return new TeamResource(t.id(), t.uitvoerderId(), t.naam());
        }
    }

    @Schema(name = "NieuwTeam", description = "Een nieuw team van een uitvoerder.")
    record NieuwTeamRequest(
            @Schema(description = "de uitvoerder", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.team.uitvoerder.leeg}") @Nullable UUID uitvoerder,
            @Schema(description = "naam, hoogstens 100 tekens, uniek binnen de uitvoerder",
                    example = "Team Den Haag Centrum", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.team.naam.leeg}") @Size(max = 100, message = "{beheer.naam.lang}")
            @Nullable String naam) {
    }

    @Schema(name = "Identificatiebeleid",
            description = "Of de vrijwilligers van een uitvoerder BSN en V-nummer zien, met de geschiedenis.")
    record IdentificatiebeleidResource(
            @Schema(description = "vrijwilligers zien BSN en V-nummer", example = "false") boolean vrijwilligers,
            @Schema(description = "waarom het is toegestaan", example = "Vrijwilligers doen de administratie van fase 1",
                    nullable = true) @Nullable String reden,
            @Schema(description = "wanneer het laatst gewijzigd", example = "2026-11-02T09:15:00Z", nullable = true)
            @Nullable Instant gewijzigdOp,
            @Schema(description = "de versie, mee te sturen bij een wijziging", example = "3") long versie,
            @Schema(description = "alle wijzigingen, nieuwste eerst") List<WijzigingResource> historie) {

        static IdentificatiebeleidResource van(Identificatiebeleid b, List<Identificatiebeleid.Wijziging> historie) {
            return new IdentificatiebeleidResource(b.vrijwilligers(), b.reden(), b.op(), b.versie(),
                    historie.stream().map(h -> new WijzigingResource(h.toegestaan(), h.reden(), h.doorNaam(), h.op()))
                        .toList());
        }
    }

    @Schema(name = "IdentificatiebeleidWijziging", description = "Eén wijziging van het beleid.")
    record WijzigingResource(
            @Schema(description = "toegestaan na de wijziging", example = "true") boolean toegestaan,
            @Schema(description = "de reden", example = "Vrijwilligers doen de administratie van fase 1",
                    nullable = true) @Nullable String reden,
            @Schema(description = "wie het wijzigde", example = "Beheerder Wegwijs") String door,
            @Schema(description = "wanneer", example = "2026-11-02T09:15:00Z") Instant op) {
    }

    @Schema(name = "IdentificatiebeleidRequest", description = "Het nieuwe beleid, op de versie die u las.")
    record IdentificatiebeleidRequest(
            @Schema(description = "vrijwilligers zien BSN en V-nummer", example = "true",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{veld.verplicht}") @Nullable Boolean vrijwilligers,
            @Schema(description = "waarom; nodig als het is toegestaan; hoogstens 1000 tekens",
                    example = "Vrijwilligers doen de administratie van fase 1", nullable = true)
            @Size(max = 1000, message = "{beheer.identificatie.reden.lang}") @Nullable String reden,
            @Schema(description = "de versie die u het laatst las", example = "3",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{api.versie.leeg}") @Nullable Long versie) {
    }
}
