package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.List;

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

/**
 * A person in an aanmelding. The same shape as a person under /huishoudens/{id}/personen; the huishouden module's
 * API types are internal to it, so this module has its own. The elfproef and duplicate BSNs are the service's (422).
 */
record AanmeldingPersoon(
        @NotNull(message = "{api.persoon.rol.leeg}") @Nullable PersoonRol rol,
        @NotBlank(message = "{api.persoon.voornaam.leeg}") @Nullable String voornaam,
        @NotBlank(message = "{api.persoon.achternaam.leeg}") @Nullable String achternaam,
        @NotNull(message = "{api.persoon.geboortedatum.leeg}")
        @PastOrPresent(message = "{api.persoon.geboortedatum.toekomst}") @Nullable LocalDate geboortedatum,
        @NotNull(message = "{api.persoon.geslacht.leeg}") @Nullable Geslacht geslacht,
        @NotBlank(message = "{api.persoon.land.leeg}") @Nullable String landVanHerkomst,
        @Nullable List<String> talen,
        @Nullable Boolean tolkNodig,
        @Nullable String tolkTaal,
        @Nullable Geletterdheid geletterdheid,
        @Nullable String vNummer,
        @Pattern(regexp = "^[0-9]{9}$", message = "{api.persoon.bsn.formaat}") @Nullable String bsn,
        @PastOrPresent(message = "{api.persoon.vergunning.toekomst}") @Nullable LocalDate vergunningDatum,
        @Nullable LocalDate brpDatum,
        @NotNull(message = "{api.persoon.status.leeg}") @Nullable Verblijfsstatus status) {

    /** Only after validation: the required fields are present. */
    NieuwePersoon toNieuwePersoon() {
        return new NieuwePersoon(null, rol, voornaam, achternaam, geboortedatum, geslacht, landVanHerkomst,
                talen == null ? List.of() : talen, Boolean.TRUE.equals(tolkNodig), tolkTaal,
                geletterdheid == null ? Geletterdheid.ONBEKEND : geletterdheid, vNummer, bsn, vergunningDatum,
                brpDatum, status);
    }
}
