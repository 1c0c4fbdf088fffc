package nl.wegwijs.huishouden.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;

/** A person as a client sends it; the elfproef and duplicate BSNs are the service's (422). */
@Schema(description = "Een persoon van een huishouden zoals u hem vastlegt")
record PersoonRequest(
        @Schema(description = "plaats in het huishouden: HOOFDPERSOON, PARTNER, KIND of NAREIZIGER (kwam later)",
                example = "HOOFDPERSOON", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.persoon.rol.leeg}") @Nullable PersoonRol rol,
        @Schema(description = "voornaam", example = "Yonas", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{api.persoon.voornaam.leeg}") @Nullable String voornaam,
        @Schema(description = "achternaam", example = "Tesfaye", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{api.persoon.achternaam.leeg}") @Nullable String achternaam,
        @Schema(description = "geboortedatum, niet in de "
                + "toekomst", example = "1991-06-14", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.persoon.geboortedatum.leeg}")
        @PastOrPresent(message = "{api.persoon.geboortedatum.toekomst}") @Nullable LocalDate geboortedatum,
        @Schema(description = "geslacht zoals geregistreerd: VROUW, MAN of "
                + "X", example = "MAN", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.persoon.geslacht.leeg}") @Nullable Geslacht geslacht,
        @Schema(description = "land van herkomst", example = "Eritrea", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{api.persoon.land.leeg}") @Nullable String landVanHerkomst,
        @Schema(description = "talen die de persoon spreekt", example = "[\"Tigrinya\", \"Arabisch\"]")
        @Nullable List<String> talen,
        @Schema(description = "of een tolk nodig is; leeg: nee", example = "true")
        @Nullable Boolean tolkNodig,
        @Schema(description = "taal voor de tolk", example = "Tigrinya")
        @Nullable String tolkTaal,
        @Schema(description = "geletterdheid: GELETTERD, ANDER_SCHRIFT (geletterd in een ander schrift), "
                + "LAAGGELETTERD, ANALFABEET of ONBEKEND (standaard)", example = "ANDER_SCHRIFT")
        @Nullable Geletterdheid geletterdheid,
        @Schema(description = "V-nummer van de IND", example = "1234567890")
        @Nullable String vNummer,
        @Schema(description = "burgerservicenummer: negen cijfers die de elfproef doorstaan, "
                + "uniek", example = "111222333")
        @Pattern(regexp = "^[0-9]{9}$", message = "{api.persoon.bsn.formaat}") @Nullable String bsn,
        @Schema(description = "datum van de verblijfsvergunning, niet in de toekomst", example = "2025-11-20")
        @PastOrPresent(message = "{api.persoon.vergunning.toekomst}") @Nullable LocalDate vergunningDatum,
        @Schema(description = "datum van inschrijving in de BRP, niet voor de geboorte", example = "2026-02-02")
        @Nullable LocalDate brpDatum,
        @Schema(description = "status voor begeleiding: ASIELSTATUSHOUDER of NAREIZIGER (recht op begeleiding), "
                + "GEZINSMIGRANT (geen recht; sommige gemeenten begeleiden "
                + "toch)", example = "ASIELSTATUSHOUDER", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.persoon.status.leeg}") @Nullable Verblijfsstatus status) {

    /** Only after validation: the required fields are present. */
    NieuwePersoon toNieuwePersoon(@Nullable UUID id) {
        return new NieuwePersoon(id, rol, voornaam, achternaam, geboortedatum, geslacht, landVanHerkomst,
                talen == null ? List.of() : talen, Boolean.TRUE.equals(tolkNodig), tolkTaal,
                geletterdheid == null ? Geletterdheid.ONBEKEND : geletterdheid, vNummer, bsn, vergunningDatum,
                brpDatum, status);
    }
}
