package nl.wegwijs.zelfredzaamheid.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.zelfredzaamheid.Instelling;
import nl.wegwijs.zelfredzaamheid.Instrument;

/** A contract's self-reliance settings as the API shows and takes them: no personal data. */
final class ZelfredzaamheidInstellingResources {

    private ZelfredzaamheidInstellingResources() {
    }

    @Schema(description = "De keuzes voor zelfredzaamheid van één contract: instrument, domeinen, meetmomenten en de "
            + "regel ‘zelfredzaam genoeg?’. Zonder eigen keuze (standaard true, versie 0) geldt de standaard.")
    record ZelfredzaamheidInstellingResource(
            @Schema(description = "id van het contract", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
            UUID contractId,
            @Schema(description = "de gemeente van het contract", example = "Den Haag") String gemeenteNaam,
            @Schema(description = "de uitvoerder van het contract", example = "VluchtelingenWerk") String uitvoerderNaam,
            @Schema(description = "id van het instrument", example = "7a0b0000-0000-4000-8000-000000000001")
            UUID instrumentId,
            @Schema(description = "de domeinen die aan staan; leeg: alle domeinen van het instrument")
            List<UUID> domeinen,
            @Schema(description = "meetmomenten in maanden na de start van de begeleiding, oplopend",
                    example = "[3, 8, 12]") List<Integer> momenten,
            @Schema(description = "de nulmeting valt binnen zoveel weken na de start", example = "6")
            int nulmetingWeken,
            @Schema(description = "bij de afsluiting wordt een eindmeting gevraagd", example = "true")
            boolean eindmeting,
            @Schema(description = "zelfredzaam genoeg vanaf dit niveau; null: het niveau ‘voldoende’ van het "
                    + "instrument", example = "4", nullable = true)
            @Nullable Integer drempel,
            @Schema(description = "het niveau dat nu geldt (drempel, of ‘voldoende’ als die leeg is)", example = "4")
            int geldendeDrempel,
            @Schema(description = "zoveel onderdelen mogen onder het niveau blijven", example = "0")
            int toegestaanOnder,
            @Schema(description = "true: het contract heeft geen eigen keuze, de standaard geldt", example = "false")
            boolean standaard,
            @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een wijziging (0 zolang "
                    + "de standaard geldt)", example = "1") long versie) {

        static ZelfredzaamheidInstellingResource van(Contract c, Instelling i, @Nullable Instrument instrument) {
            return new ZelfredzaamheidInstellingResource(c.id(), c.gemeenteNaam(), c.uitvoerderNaam(),
                    i.instrumentId(), List.copyOf(i.domeinen()), i.momenten(), i.nulmetingWeken(), i.eindmeting(),
                    i.drempel(), instrument == null ? (i.drempel() == null ? 0 : i.drempel())
                            : i.drempel(instrument.schaal()),
                    i.toegestaanOnder(), i.standaard(), i.standaard() ? 0 : i.versie());
        }
    }

    @Schema(description = "De keuzes voor zelfredzaamheid van een contract zoals ze moeten worden (PUT vervangt ze), "
            + "met de versie die u het laatst las (0 zolang de standaard geldt)")
    record ZelfredzaamheidInstellingRequest(
            @Schema(description = "de versie die u het laatst las; 0 zolang de standaard geldt", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "id van het instrument", example = "7a0b0000-0000-4000-8000-000000000001",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.instrument.leeg}") @Nullable UUID instrumentId,
            @Schema(description = "de domeinen die aan staan, van dat instrument; leeg of weggelaten: alle domeinen "
                    + "(ook die later bijkomen)")
            @Nullable List<UUID> domeinen,
            @Schema(description = "meetmomenten in maanden na de start, elk van 1 tot en met 60, hoogstens 12",
                    example = "[3, 8, 12]", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.momenten.leeg}") @Nullable List<Integer> momenten,
            @Schema(description = "de nulmeting valt binnen zoveel weken na de start, 0 tot en met 52", example = "6",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.nulmeting-weken.leeg}") @Nullable Integer nulmetingWeken,
            @Schema(description = "een eindmeting vragen bij de afsluiting; weggelaten: true", example = "true")
            @Nullable Boolean eindmeting,
            @Schema(description = "zelfredzaam genoeg vanaf dit niveau (op de schaal van het instrument); leeg: het "
                    + "niveau ‘voldoende’", example = "4")
            @Nullable Integer drempel,
            @Schema(description = "zoveel onderdelen mogen onder het niveau blijven, 0 tot en met 50; weggelaten: 0",
                    example = "0")
            @Nullable Integer toegestaanOnder) {
    }

    @Schema(description = "Eén pagina contracten met hun keuzes voor zelfredzaamheid, met de link naar de volgende "
            + "pagina.")
    record ZelfredzaamheidInstellingPagina(
            @Schema(description = "De contracten op deze pagina.") List<ZelfredzaamheidInstellingResource> items,
            @Schema(description = "De volledige URL van de volgende pagina; null op de laatste pagina.",
                    example = "https://wegwijs.example/api/v1/zelfredzaamheid/instellingen?aantal=25&na=2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                    nullable = true)
            @Nullable String volgende) {
    }
}
