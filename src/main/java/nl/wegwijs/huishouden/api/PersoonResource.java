package nl.wegwijs.huishouden.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;

/**
 * A person of a household as the API shows it, with their own legal dates. {@code bsn} and {@code vNummer} are null
 * when identification numbers are not the reader's to see (a vrijwilliger, unless the uitvoerder's policy allows it).
 */
@Schema(description = "Een persoon van een huishouden, met eigen wettelijke datums")
record PersoonResource(
        @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
        UUID id,
        @Schema(description = "plaats in het huishouden: HOOFDPERSOON, PARTNER, KIND of NAREIZIGER",
                example = "HOOFDPERSOON")
        PersoonRol rol,
        @Schema(description = "voornaam", example = "Yonas")
        String voornaam,
        @Schema(description = "achternaam", example = "Tesfaye")
        String achternaam,
        @Schema(description = "geboortedatum", example = "1991-06-14")
        LocalDate geboortedatum,
        @Schema(description = "geslacht zoals geregistreerd: VROUW, MAN of X", example = "MAN")
        Geslacht geslacht,
        @Schema(description = "land van herkomst", example = "Eritrea")
        String landVanHerkomst,
        @Schema(description = "talen die de persoon spreekt", example = "[\"Tigrinya\", \"Arabisch\"]")
        List<String> talen,
        @Schema(description = "of een tolk nodig is", example = "true")
        boolean tolkNodig,
        @Schema(description = "taal voor de tolk", example = "Tigrinya", nullable = true)
        @Nullable String tolkTaal,
        @Schema(description = "geletterdheid: GELETTERD, ANDER_SCHRIFT, LAAGGELETTERD, ANALFABEET of ONBEKEND",
                example = "ANDER_SCHRIFT")
        Geletterdheid geletterdheid,
        @Schema(description = "V-nummer van de IND; leeg voor wie identificatienummers niet mag zien",
                example = "1234567890", nullable = true)
        @Nullable String vNummer,
        @Schema(description = "burgerservicenummer; leeg voor wie identificatienummers niet mag zien (een "
                + "vrijwilliger, tenzij het beleid van de uitvoerder het toestaat)", example = "111222333",
                nullable = true)
        @Nullable String bsn,
        @Schema(description = "datum van de verblijfsvergunning", example = "2025-11-20", nullable = true)
        @Nullable LocalDate vergunningDatum,
        @Schema(description = "datum van inschrijving in de BRP", example = "2026-02-02", nullable = true)
        @Nullable LocalDate brpDatum,
        @Schema(description = "status voor begeleiding: ASIELSTATUSHOUDER, NAREIZIGER of GEZINSMIGRANT",
                example = "ASIELSTATUSHOUDER")
        Verblijfsstatus status,
        @Schema(description = "kwam later naar Nederland (gezinshereniging), met eigen datums", example = "false")
        boolean nareiziger) {

    static PersoonResource from(Persoon p) {
        return new PersoonResource(p.id(), p.rol(), p.voornaam(), p.achternaam(), p.geboortedatum(), p.geslacht(),
                p.landVanHerkomst(), p.talen(), p.tolkNodig(), p.tolkTaal(), p.geletterdheid(), p.vNummer(), p.bsn(),
                p.vergunningDatum(), p.brpDatum(), p.status(), p.nareiziger());
    }
}
