package nl.wegwijs.huishouden.api;

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
record PersoonResource(UUID id, PersoonRol rol, String voornaam, String achternaam, LocalDate geboortedatum,
        Geslacht geslacht, String landVanHerkomst, List<String> talen, boolean tolkNodig, @Nullable String tolkTaal,
        Geletterdheid geletterdheid, @Nullable String vNummer, @Nullable String bsn, @Nullable LocalDate vergunningDatum,
        @Nullable LocalDate brpDatum, Verblijfsstatus status, boolean nareiziger) {

    static PersoonResource from(Persoon p) {
        return new PersoonResource(p.id(), p.rol(), p.voornaam(), p.achternaam(), p.geboortedatum(), p.geslacht(),
                p.landVanHerkomst(), p.talen(), p.tolkNodig(), p.tolkTaal(), p.geletterdheid(), p.vNummer(), p.bsn(),
                p.vergunningDatum(), p.brpDatum(), p.status(), p.nareiziger());
    }
}
