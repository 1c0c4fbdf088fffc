package nl.wegwijs.zelfredzaamheid.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.zelfredzaamheid.Correctie;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.Meting;
import nl.wegwijs.zelfredzaamheid.Metingsoort;
import nl.wegwijs.zelfredzaamheid.Score;
import nl.wegwijs.zelfredzaamheid.Scorestatus;
import nl.wegwijs.zelfredzaamheid.Wijze;
import nl.wegwijs.zelfredzaamheid.Zelfredzaamheidsregels;

/** Measurements as the API shows and takes them. */
final class MetingResources {

    private MetingResources() {
    }

    @Schema(description = "Een meting van zelfredzaamheid: van een persoon (of van het huishouden, als het instrument "
            + "dat zegt), op een datum, met een score per onderdeel of domein en een korte notitie")
    record MetingResource(
            @Schema(description = "id van de meting", example = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b") UUID id,
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID huishoudenId,
            @Schema(description = "de gemeten persoon; null bij een meting van het huishouden",
                    example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d", nullable = true)
            @Nullable UUID persoonId,
            @Schema(description = "het instrument waarmee gemeten is", example = "7a0b0000-0000-4000-8000-000000000001")
            UUID instrumentId,
            @Schema(description = "datum van de meting", example = "2026-03-03") LocalDate gemetenOp,
            @Schema(description = "soort: NULMETING (altijd de eerste), VERVOLG, TUSSENTIJDS of EIND",
                    example = "VERVOLG") Metingsoort soort,
            @Schema(description = "korte notitie", example = "Samen met tolk ingevuld.", nullable = true)
            @Nullable String notitie,
            @Schema(description = "de scores, per onderdeel of domein") List<MetingScoreResource> scores,
            @Schema(description = "id van wie de meting vastlegde", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
            UUID vastgelegdDoor,
            @Schema(description = "wanneer de meting werd vastgelegd", example = "2026-03-03T13:20:00Z")
            Instant vastgelegdOp,
            @Schema(description = "de correcties van deze meting, oudste eerst, elk met de reden")
            List<MetingCorrectieResource> correcties,
            @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een correctie",
                    example = "1") long versie) {

        static MetingResource van(Meting m, @Nullable Instrument instrument, List<Correctie> correcties) {
            return new MetingResource(m.id(), m.huishoudenId(), m.persoonId(), m.instrumentId(), m.gemetenOp(),
                    m.soort(), m.notitie(), m.scores().stream().map(s -> MetingScoreResource.van(s, instrument))
                        .toList(), m.vastgelegdDoor(), m.vastgelegdOp(),
                    correcties.stream().map(MetingCorrectieResource::van).toList(), m.versie());
        }
    }

    @Schema(description = "De score van één onderdeel (of domein zonder onderdelen) in een meting")
    record MetingScoreResource(
            @Schema(description = "id van het onderdeel, of van het domein als dat geen onderdelen heeft",
                    example = "4d2e0b3f-6c8e-4f9a-8b1c-2d3e4f5a6b7c") UUID itemId,
            @Schema(description = "naam van het onderdeel (‘domein – onderdeel’) of domein",
                    example = "Wonen – Nutsbedrijven") String itemNaam,
            @Schema(description = "NIVEAU (met niveau), GEREALISEERD (het subdoel is bereikt, telt als het hoogste "
                    + "niveau) of NIET_VAN_TOEPASSING", example = "NIVEAU") Scorestatus status,
            @Schema(description = "het niveau op de schaal van het instrument, alleen bij NIVEAU", example = "3",
                    nullable = true)
            @Nullable Integer niveau,
            @Schema(description = "de naam van dat niveau", example = "Redelijk zelfredzaam", nullable = true)
            @Nullable String niveauNaam,
            @Schema(description = "wat de persoon hier doet: ALLEEN, NETWERK (met het eigen netwerk) of HULP",
                    example = "NETWERK", nullable = true)
            @Nullable Wijze wijze) {

        static MetingScoreResource van(Score s, @Nullable Instrument instrument) {
            return new MetingScoreResource(s.item(), instrument == null ? "?" : instrument.itemNaam(s.item()),
                    s.status(), s.niveau(), instrument == null ? null : instrument.schaal().naam(s.niveau()),
                    s.wijze());
        }
    }

    @Schema(description = "Een correctie van een meting: de versie die zij opleverde, de reden, wie en wanneer")
    record MetingCorrectieResource(
            @Schema(description = "de versie van de meting na deze correctie", example = "2") long versie,
            @Schema(description = "waarom de meting is gecorrigeerd", example = "Verkeerd niveau aangeklikt bij Wonen.")
            String reden,
            @Schema(description = "id van wie corrigeerde", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
            UUID gecorrigeerdDoor,
            @Schema(description = "wanneer", example = "2026-03-04T09:10:00Z") Instant gecorrigeerdOp) {

        static MetingCorrectieResource van(Correctie c) {
            return new MetingCorrectieResource(c.versie(), c.reden(), c.door(), c.op());
        }
    }

    @Schema(description = "Eén pagina metingen van een huishouden (oudste eerst), met de link naar de volgende pagina.")
    record MetingPagina(@Schema(description = "De metingen op deze pagina.") List<MetingResource> items,
            @Schema(description = "De volledige URL van de volgende pagina; null op de laatste pagina.",
                    example = "https://wegwijs.example/api/v1/huishoudens/5f0c6a3e-2d1b-4c8e-9a7f-1b2c3d4e5f60/zelfredzaamheid/metingen?aantal=25&na=8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b",
                    nullable = true)
            @Nullable String volgende) {
    }

    @Schema(description = "De score van één onderdeel (of domein zonder onderdelen)")
    record MetingScoreRequest(
            @Schema(description = "id van het onderdeel, of van het domein als dat geen onderdelen heeft (zie het "
                    + "instrument)", example = "4d2e0b3f-6c8e-4f9a-8b1c-2d3e4f5a6b7c",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.item.leeg}") @Nullable UUID itemId,
            @Schema(description = "NIVEAU (met niveau), GEREALISEERD (alleen bij een onderdeel: het subdoel is "
                    + "bereikt) of NIET_VAN_TOEPASSING (zonder niveau)", example = "NIVEAU",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.status.leeg}") @Nullable Scorestatus status,
            @Schema(description = "het niveau, op de schaal van het instrument (1 tot en met het hoogste); een niveau "
                    + "buiten de schaal geeft 422", example = "3")
            @Nullable Integer niveau,
            @Schema(description = "wat de persoon hier doet: ALLEEN, NETWERK of HULP", example = "NETWERK")
            @Nullable Wijze wijze) {

        /** Only after validation: the required fields are present. */
        Score toScore() {
            return new Score(java.util.Objects.requireNonNull(itemId), java.util.Objects.requireNonNull(status),
                    niveau, status == Scorestatus.NIET_VAN_TOEPASSING ? null : wijze);
        }
    }

    @Schema(description = "Een nieuwe meting. De eerste meting van een persoon (of huishouden) is altijd de nulmeting.")
    record MetingRequest(
            @Schema(description = "de gemeten persoon (van het huishouden); weglaten bij een instrument dat het "
                    + "huishouden meet", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
            @Nullable UUID persoonId,
            @Schema(description = "datum van de meting, niet in de toekomst", example = "2026-03-03",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.gemeten-op.leeg}") @Nullable LocalDate gemetenOp,
            @Schema(description = "soort: VERVOLG (standaard), TUSSENTIJDS of EIND; de eerste meting wordt altijd "
                    + "NULMETING", example = "VERVOLG")
            @Nullable Metingsoort soort,
            @Schema(description = "korte notitie, tot 1000 tekens", example = "Samen met tolk ingevuld.")
            @Size(max = Zelfredzaamheidsregels.NOTITIE_MAX, message = "{zelfredzaamheid.api.notitie.lang}")
            @Nullable String notitie,
            @Schema(description = "een score per onderdeel of domein dat u besprak (minstens één); wat u niet "
                    + "besprak laat u weg", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.scores.leeg}") @Nullable List<@Valid MetingScoreRequest> scores) {

        /** Only after validation: the scores are present. */
        List<Score> toScores() {
            return java.util.Objects.requireNonNull(scores).stream().map(MetingScoreRequest::toScore).toList();
        }
    }

    @Schema(description = "Een correctie van een eerdere meting: de hele meting zoals zij had moeten zijn (datum, "
            + "notitie, scores), de reden en de versie die u het laatst las")
    record MetingCorrectieRequest(
            @Schema(description = "de versie van de meting die u het laatst las", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "datum van de meting, niet in de toekomst; de nulmeting blijft de eerste",
                    example = "2026-03-03", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.gemeten-op.leeg}") @Nullable LocalDate gemetenOp,
            @Schema(description = "korte notitie, tot 1000 tekens; weggelaten: leeg", example = "Samen met tolk "
                    + "ingevuld.")
            @Size(max = Zelfredzaamheidsregels.NOTITIE_MAX, message = "{zelfredzaamheid.api.notitie.lang}")
            @Nullable String notitie,
            @Schema(description = "alle scores zoals ze hadden moeten zijn (vervangt de scores van de meting)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.scores.leeg}") @Nullable List<@Valid MetingScoreRequest> scores,
            @Schema(description = "waarom u de meting corrigeert, tot 500 tekens; blijft bij de meting staan",
                    example = "Verkeerd niveau aangeklikt bij Wonen.", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{zelfredzaamheid.api.reden.leeg}")
            @Size(max = Correctie.REDEN_MAX, message = "{zelfredzaamheid.api.reden.lang}") @Nullable String reden) {

        /** Only after validation: the scores are present. */
        List<Score> toScores() {
            return java.util.Objects.requireNonNull(scores).stream().map(MetingScoreRequest::toScore).toList();
        }
    }
}
