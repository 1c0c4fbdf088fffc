package nl.wegwijs.organisatie.api;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.system.DomeinFout;

/** The request and response bodies of the contracts API. */
final class ContractResources {

    private ContractResources() {
    }

    @Schema(name = "Contract", description = "Een gemeente die een uitvoerder contracteert voor de begeleiding.")
    record ContractResource(
            @Schema(description = "id van het contract", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
            @Schema(description = "de gemeente", example = "5d0c2f4e-8a3b-4b7e-9c61-2f1e0a9b7c33") UUID gemeente,
            @Schema(description = "naam van de gemeente", example = "Den Haag") String gemeenteNaam,
            @Schema(description = "de uitvoerder", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8") UUID uitvoerder,
            @Schema(description = "naam van de uitvoerder", example = "VluchtelingenWerk Zuid-Holland")
            String uitvoerderNaam,
            @Schema(description = "welke datum van het huishouden bepaalt welke versie van de voorwaarden geldt",
                    example = "HUISVESTING") Startmoment peildatum,
            @Schema(description = "ingangsdatum", example = "2024-01-01") LocalDate ingang,
            @Schema(description = "laatste dag; leeg zolang het contract loopt", example = "2027-12-31",
                    nullable = true) @Nullable LocalDate einde) {

        static ContractResource van(Contract c) {
            return new ContractResource(c.id(), c.gemeenteId(), c.gemeenteNaam(), c.uitvoerderId(),
                    c.uitvoerderNaam(), c.peildatum(), c.ingang(), c.einde());
        }
    }

    @Schema(name = "Fase", description = "Een fase van de begeleiding.")
    record FaseResource(
            @Schema(description = "code: hoofdletters, cijfers, - of _, hoogstens 20 tekens", example = "FASE1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.fasen.leeg}")
            @Pattern(regexp = "^[A-Za-z0-9_-]{1,20}$", message = "{organisatie.api.fase.code}") @Nullable String code,
            @Schema(description = "naam, hoogstens 100 tekens", example = "Opstart",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{organisatie.api.fase.naam}") @Size(max = 100, message = "{organisatie.api.fase.naam}")
            @Nullable String naam,
            @Schema(description = "indicatie in weken, 1 tot en met 520; leeg: tot het einde", example = "12",
                    nullable = true)
            @Min(value = 1, message = "{organisatie.api.fase.weken}") @Max(value = 520, message = "{organisatie.api.fase.weken}")
            @Nullable Integer weken) {

        static FaseResource van(FaseNorm f) {
            return new FaseResource(f.code(), f.naam(), f.indicatieWeken());
        }
    }

    @Schema(name = "ContractVoorwaarden", description = "Eén versie van de voorwaarden van een contract.")
    record VoorwaardenResource(
            @Schema(description = "id van de versie", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID id,
            @Schema(description = "geldt voor huishoudens met hun peildatum op of na deze datum", example = "2027-01-01")
            LocalDate geldigVanaf,
            @Schema(description = "duur in maanden; leeg: geen formeel einde", example = "24", nullable = true)
            @Nullable Integer begeleidingMaanden,
            @Schema(description = "de duur telt vanaf", example = "BRP_INSCHRIJVING") Startmoment telVanaf,
            @Schema(description = "de begeleiding start bij", example = "HUISVESTING") Startmoment starttrigger,
            @Schema(description = "weken na de starttrigger", example = "0") int startNaWeken,
            @Schema(description = "verlenging ten hoogste, in maanden", example = "6") int verlengingMaxMaanden,
            @Schema(description = "wanneer verlenging mag", example = "Alleen in uitzonderingsgevallen",
                    nullable = true) @Nullable String verlengingVoorwaarde,
            @Schema(description = "wie besluit over verlenging", example = "Regievoerder", nullable = true)
            @Nullable String verlengingBesluitDoor,
            @Schema(description = "weken voor het einde waarin de afsluiting wordt gepland", example = "6")
            int afsluitingVoorloopWeken,
            @Schema(description = "de fasen, in volgorde") List<FaseResource> fasen,
            @Schema(description = "de versie geldt nog niet en kan nog worden ingetrokken", example = "true")
            boolean intrekbaar) {

        static VoorwaardenResource van(ContractVoorwaarden v, boolean intrekbaar) {
            return new VoorwaardenResource(v.id(), v.geldigVanaf(), v.begeleidingMaanden(), v.telVanaf(),
                    v.starttrigger(), v.startNaWeken(), v.verlengingMaxMaanden(), v.verlengingVoorwaarde(),
                    v.verlengingBesluitDoor(), v.afsluitingVoorloopWeken(),
                    v.fasen().stream().map(FaseResource::van).toList(), intrekbaar);
        }
    }

    @Schema(name = "NieuweContractVoorwaarden", description = "Een nieuwe versie van de voorwaarden, geldig vanaf een datum.")
    record VoorwaardenRequest(
            @Schema(description = "vanaf welke datum de versie geldt (bij een nieuwe versie morgen of later)",
                    example = "2027-01-01", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.versie.geldigVanaf.leeg}") @Nullable LocalDate geldigVanaf,
            @Schema(description = "duur in maanden, 1 tot en met 120; leeg: geen formeel einde", example = "24",
                    nullable = true)
            @Min(value = 1, message = "{beheer.voorwaarden.begeleidingMaanden.bereik}")
            @Max(value = 120, message = "{beheer.voorwaarden.begeleidingMaanden.bereik}")
            @Nullable Integer begeleidingMaanden,
            @Schema(description = "de duur telt vanaf", example = "BRP_INSCHRIJVING",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.voorwaarden.telVanaf.leeg}") @Nullable Startmoment telVanaf,
            @Schema(description = "de begeleiding start bij", example = "HUISVESTING",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.voorwaarden.starttrigger.leeg}") @Nullable Startmoment starttrigger,
            @Schema(description = "weken na de starttrigger, 0 tot en met 52", example = "0",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.voorwaarden.startNaWeken.leeg}")
            @Min(value = 0, message = "{beheer.voorwaarden.weken.bereik}")
            @Max(value = 52, message = "{beheer.voorwaarden.weken.bereik}") @Nullable Integer startNaWeken,
            @Schema(description = "verlenging ten hoogste, 0 tot en met 60 maanden", example = "6",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.voorwaarden.verlengingMaxMaanden.leeg}")
            @Min(value = 0, message = "{beheer.voorwaarden.verlengingMaxMaanden.bereik}")
            @Max(value = 60, message = "{beheer.voorwaarden.verlengingMaxMaanden.bereik}")
            @Nullable Integer verlengingMaxMaanden,
            @Schema(description = "wanneer verlenging mag, hoogstens 500 tekens", example = "Alleen in uitzonderingsgevallen",
                    nullable = true)
            @Size(max = 500, message = "{beheer.tekst.lang}") @Nullable String verlengingVoorwaarde,
            @Schema(description = "wie besluit over verlenging, hoogstens 200 tekens", example = "Regievoerder",
                    nullable = true)
            @Size(max = 200, message = "{beheer.tekst.lang}") @Nullable String verlengingBesluitDoor,
            @Schema(description = "weken voor het einde waarin de afsluiting wordt gepland, 0 tot en met 52",
                    example = "6", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.voorwaarden.afsluitingVoorloopWeken.leeg}")
            @Min(value = 0, message = "{beheer.voorwaarden.weken.bereik}")
            @Max(value = 52, message = "{beheer.voorwaarden.weken.bereik}") @Nullable Integer afsluitingVoorloopWeken,
            @Schema(description = "de fasen in volgorde, ten minste één, hoogstens 50; elke code één keer",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = "{beheer.fasen.leeg}") @Size(max = 50, message = "{beheer.tekst.lang}")
            @Nullable List<@Valid @NotNull(message = "{beheer.fasen.leeg}") FaseResource> fasen) {

        /** The voorwaarden for the service; a phase code twice is refused (422). */
        ContractVoorwaarden voorwaarden(UUID contractId) {
            Set<String> codes = new HashSet<>();
            List<FaseNorm> normen = Objects.requireNonNull(fasen).stream().map(f -> {
                String code = Objects.requireNonNull(f.code()).strip().toUpperCase(Locale.ROOT);
                if (!codes.add(code)) {
                    throw new DomeinFout("organisatie.api.fase.dubbel", code);
                }
                return new FaseNorm(code, Objects.requireNonNull(f.naam()).strip(), f.weken());
            }).toList();
            return new ContractVoorwaarden(UUID.randomUUID(), contractId, Objects.requireNonNull(geldigVanaf),
                    begeleidingMaanden, Objects.requireNonNull(telVanaf), Objects.requireNonNull(starttrigger),
                    Objects.requireNonNull(startNaWeken), Objects.requireNonNull(verlengingMaxMaanden),
                    leeg(verlengingVoorwaarde), leeg(verlengingBesluitDoor),
                    Objects.requireNonNull(afsluitingVoorloopWeken), normen);
        }

        private static @Nullable String leeg(@Nullable String tekst) {
            return tekst == null || tekst.isBlank() ? null : tekst.strip();
        }
    }

    @Schema(name = "NieuwContract", description = "Een nieuw contract met de eerste versie van de voorwaarden.")
    record ContractRequest(
            @Schema(description = "de gemeente", example = "5d0c2f4e-8a3b-4b7e-9c61-2f1e0a9b7c33",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.contract.gemeente.leeg}") @Nullable UUID gemeente,
            @Schema(description = "de uitvoerder", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.contract.uitvoerder.leeg}") @Nullable UUID uitvoerder,
            @Schema(description = "welke datum van het huishouden de versie van de voorwaarden kiest",
                    example = "HUISVESTING", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.contract.peildatum.leeg}") @Nullable Startmoment peildatum,
            @Schema(description = "ingangsdatum", example = "2027-01-01", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.contract.ingang.leeg}") @Nullable LocalDate ingang,
            @Schema(description = "de eerste versie van de voorwaarden", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.contract.voorwaarden.leeg}") @Valid @Nullable VoorwaardenRequest voorwaarden) {
    }

    @Schema(name = "ContractEinde", description = "De laatste dag van een contract.")
    record EindeRequest(
            @Schema(description = "laatste dag, niet voor de ingang", example = "2027-12-31",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.contract.einde.leeg}") @Nullable LocalDate einde) {
    }
}
