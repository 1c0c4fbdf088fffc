package nl.wegwijs.huishouden.api;

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
record PersoonRequest(
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
    NieuwePersoon toNieuwePersoon(@Nullable UUID id) {
        return new NieuwePersoon(id, rol, voornaam, achternaam, geboortedatum, geslacht, landVanHerkomst,
                talen == null ? List.of() : talen, Boolean.TRUE.equals(tolkNodig), tolkTaal,
                geletterdheid == null ? Geletterdheid.ONBEKEND : geletterdheid, vNummer, bsn, vergunningDatum,
                brpDatum, status);
    }
}
