package nl.wegwijs.huishouden;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member of a household, with their own legal dates: a nareiziger arrives later and starts on their own BRP
 * registration date (art. 13(3) Wi2021).
 */
public record Persoon(UUID id, PersoonRol rol, String voornaam, String achternaam, LocalDate geboortedatum,
        Geslacht geslacht, String landVanHerkomst, List<String> talen, boolean tolkNodig, @Nullable String tolkTaal,
        Geletterdheid geletterdheid, @Nullable String vNummer, @Nullable String bsn, @Nullable LocalDate vergunningDatum,
        @Nullable LocalDate brpDatum, Verblijfsstatus status) {

    /** State pension age (AOW), the upper bound of inburgeringsplicht and funding. */
    public static final int AOW_LEEFTIJD = 67;

    public Persoon {
        talen = List.copyOf(talen);
    }

    /** The same person without BSN and V-number, for roles that do not need them. */
    public Persoon zonderIdentificatie() {
        return new Persoon(id, rol, voornaam, achternaam, geboortedatum, geslacht, landVanHerkomst, talen, tolkNodig,
                tolkTaal, geletterdheid, null, null, vergunningDatum, brpDatum, status);
    }

    public String naam() {
        return voornaam + " " + achternaam;
    }

    public int leeftijd(LocalDate op) {
        return Period.between(geboortedatum, op).getYears();
    }

    public boolean volwassen(LocalDate op) {
        return leeftijd(op) >= 18;
    }

    /** Entitled to guidance and inburgeringsplichtig: an adult below state pension age with an entitling status. */
    public boolean inburgeringsplichtig(LocalDate op) {
        return status.rechtOpBegeleiding() && volwassen(op) && leeftijd(op) < AOW_LEEFTIJD;
    }

    /** Brings funding for guidance: adults from 18 to state pension age only; children bring none (000 L874-878). */
    public boolean bekostigd(LocalDate op) {
        return inburgeringsplichtig(op);
    }

    public boolean nareiziger() {
        return rol == PersoonRol.NAREIZIGER || status == Verblijfsstatus.NAREIZIGER;
    }
}
