package nl.wegwijs.huishouden;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What is needed to add or change a person; the service gives a new person its id. */
public record NieuwePersoon(@Nullable UUID id, PersoonRol rol, String voornaam, String achternaam,
        LocalDate geboortedatum, Geslacht geslacht, String landVanHerkomst, List<String> talen, boolean tolkNodig,
        @Nullable String tolkTaal, Geletterdheid geletterdheid, @Nullable String vNummer, @Nullable String bsn,
        @Nullable LocalDate vergunningDatum, @Nullable LocalDate brpDatum, Verblijfsstatus status) {

    Persoon toPersoon() {
        String schoneBsn = bsn == null || bsn.isBlank() ? null : bsn.strip();
        return new Persoon(id == null ? UUID.randomUUID() : id, rol, voornaam.strip(), achternaam.strip(),
                geboortedatum, geslacht, landVanHerkomst.strip(), talen, tolkNodig,
                tolkNodig && tolkTaal != null && !tolkTaal.isBlank() ? tolkTaal.strip() : null, geletterdheid,
                vNummer == null || vNummer.isBlank() ? null : vNummer.strip(), schoneBsn, vergunningDatum, brpDatum,
                status);
    }
}
