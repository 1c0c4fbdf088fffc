package nl.wegwijs.huishouden.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;

/**
 * The fields of one person on an edit form. Required fields carry a Dutch message each; the elfproef and the order of
 * dates are checked by the controller per field, the service checks them again.
 */
public class PersoonVelden {

    private @Nullable UUID id;
    @NotBlank(message = "{huishouden.rol.leeg}")
    private @Nullable String rol;
    @NotBlank(message = "{huishouden.voornaam.leeg}")
    private @Nullable String voornaam;
    @NotBlank(message = "{huishouden.achternaam.leeg}")
    private @Nullable String achternaam;
    @NotNull(message = "{huishouden.geboortedatum.leeg}")
    @PastOrPresent(message = "{huishouden.geboortedatum.toekomst}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate geboortedatum;
    @NotBlank(message = "{huishouden.geslacht.leeg}")
    private @Nullable String geslacht;
    @NotBlank(message = "{huishouden.land.leeg}")
    private @Nullable String landVanHerkomst;
    private @Nullable String talen;
    private boolean tolkNodig;
    private @Nullable String tolkTaal;
    private @Nullable String geletterdheid = "ONBEKEND";
    private @Nullable String vnummer;
    @Pattern(regexp = "^\\s*$|^\\s*[0-9]{9}\\s*$", message = "{huishouden.bsn.formaat}")
    private @Nullable String bsn;
    @PastOrPresent(message = "{huishouden.vergunning.toekomst}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate vergunningDatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate brpDatum;
    @NotBlank(message = "{huishouden.status.leeg}")
    private @Nullable String status;

    static PersoonVelden van(Persoon p) {
        PersoonVelden v = new PersoonVelden();
        v.id = p.id();
        v.rol = p.rol().name();
        v.voornaam = p.voornaam();
        v.achternaam = p.achternaam();
        v.geboortedatum = p.geboortedatum();
        v.geslacht = p.geslacht().name();
        v.landVanHerkomst = p.landVanHerkomst();
        v.talen = String.join(", ", p.talen());
        v.tolkNodig = p.tolkNodig();
        v.tolkTaal = p.tolkTaal();
        v.geletterdheid = p.geletterdheid().name();
        v.vnummer = p.vNummer();
        v.bsn = p.bsn();
        v.vergunningDatum = p.vergunningDatum();
        v.brpDatum = p.brpDatum();
        v.status = p.status().name();
        return v;
    }

    /** A nareiziger by default: the usual reason to add a person after the aanmelding. */
    static PersoonVelden nareiziger() {
        PersoonVelden v = new PersoonVelden();
        v.rol = PersoonRol.NAREIZIGER.name();
        v.status = Verblijfsstatus.NAREIZIGER.name();
        return v;
    }

    /** Only after validation: the required fields are present. */
    NieuwePersoon toNieuwePersoon() {
        List<String> taalLijst = talen == null || talen.isBlank() ? List.of()
                : Arrays.stream(talen.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new NieuwePersoon(id, PersoonRol.valueOf(rol), voornaam, achternaam, geboortedatum,
                Geslacht.valueOf(geslacht), landVanHerkomst, taalLijst, tolkNodig, tolkTaal,
                Geletterdheid.valueOf(geletterdheid == null || geletterdheid.isBlank() ? "ONBEKEND" : geletterdheid),
                vnummer, bsn, vergunningDatum, brpDatum, Verblijfsstatus.valueOf(status));
    }

    public String naam() {
        return ((voornaam == null ? "" : voornaam) + " " + (achternaam == null ? "" : achternaam)).strip();
    }

    public @Nullable UUID getId() { return id; }
    public void setId(@Nullable UUID id) { this.id = id; }
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
