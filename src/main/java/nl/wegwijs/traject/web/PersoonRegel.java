package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;

/** One person row of the aanmelding form. An empty row is ignored; a started row must be complete. */
public class PersoonRegel {

    private @Nullable String rol = "PARTNER";
    private @Nullable String voornaam;
    private @Nullable String achternaam;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{huishouden.geboortedatum.toekomst}")
    private @Nullable LocalDate geboortedatum;
    private @Nullable String geslacht;
    private @Nullable String landVanHerkomst;
    private @Nullable String talen;
    private boolean tolkNodig;
    private @Nullable String tolkTaal;
    private @Nullable String geletterdheid = "ONBEKEND";
    private @Nullable String vnummer;
    @Pattern(regexp = "^$|^[0-9]{9}$", message = "{huishouden.bsn.formaat}")
    private @Nullable String bsn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate vergunningDatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate brpDatum;
    private @Nullable String status = "ASIELSTATUSHOUDER";

    public boolean ingevuld() {
        return !leeg(voornaam) || !leeg(achternaam);
    }

    @AssertTrue(message = "{traject.aanmelding.persoon.onvolledig}")
    public boolean isVolledig() {
        return !ingevuld() || !leeg(voornaam) && !leeg(achternaam) && geboortedatum != null && !leeg(geslacht)
                && !leeg(landVanHerkomst) && !leeg(rol) && !leeg(status);
    }

    NieuwePersoon toNieuwePersoon() {
        List<String> taalLijst = leeg(talen) ? List.of()
                : Arrays.stream(talen.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new NieuwePersoon(null, PersoonRol.valueOf(rol), voornaam, achternaam, geboortedatum,
                Geslacht.valueOf(geslacht), landVanHerkomst, taalLijst, tolkNodig, tolkTaal,
                Geletterdheid.valueOf(leeg(geletterdheid) ? "ONBEKEND" : geletterdheid), vnummer, bsn,
                vergunningDatum, brpDatum, Verblijfsstatus.valueOf(status));
    }

    private static boolean leeg(@Nullable String s) {
        return s == null || s.isBlank();
    }

    public @Nullable String getRol() { return rol; }
    public void setRol(@Nullable String rol) { this.rol = rol; }
    public @Nullable String getVoornaam() { return voornaam; }
    public void setVoornaam(@Nullable String voornaam) { this.voornaam = voornaam; }
    public @Nullable String getAchternaam() { return achternaam; }
    public void setAchternaam(@Nullable String achternaam) { this.achternaam = achternaam; }
    public @Nullable LocalDate getGeboortedatum() { return geboortedatum; }
    public void setGeboortedatum(@Nullable LocalDate geboortedatum) { this.geboortedatum = geboortedatum; }
    public @Nullable String getGeslacht() { return geslacht; }
    public void setGeslacht(@Nullable String geslacht) { this.geslacht = geslacht; }
    public @Nullable String getLandVanHerkomst() { return landVanHerkomst; }
    public void setLandVanHerkomst(@Nullable String landVanHerkomst) { this.landVanHerkomst = landVanHerkomst; }
    public @Nullable String getTalen() { return talen; }
    public void setTalen(@Nullable String talen) { this.talen = talen; }
    public boolean isTolkNodig() { return tolkNodig; }
    public void setTolkNodig(boolean tolkNodig) { this.tolkNodig = tolkNodig; }
    public @Nullable String getTolkTaal() { return tolkTaal; }
    public void setTolkTaal(@Nullable String tolkTaal) { this.tolkTaal = tolkTaal; }
    public @Nullable String getGeletterdheid() { return geletterdheid; }
    public void setGeletterdheid(@Nullable String geletterdheid) { this.geletterdheid = geletterdheid; }
    public @Nullable String getVnummer() { return vnummer; }
    public void setVnummer(@Nullable String vnummer) { this.vnummer = vnummer; }
    public @Nullable String getBsn() { return bsn; }
    public void setBsn(@Nullable String bsn) { this.bsn = bsn; }
    public @Nullable LocalDate getVergunningDatum() { return vergunningDatum; }
    public void setVergunningDatum(@Nullable LocalDate vergunningDatum) { this.vergunningDatum = vergunningDatum; }
    public @Nullable LocalDate getBrpDatum() { return brpDatum; }
    public void setBrpDatum(@Nullable LocalDate brpDatum) { this.brpDatum = brpDatum; }
    public @Nullable String getStatus() { return status; }
    public void setStatus(@Nullable String status) { this.status = status; }
}
