package nl.wegwijs.huishouden.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;

/** The edit form of a household: address, dates, place of origin and every person, at the version it was read. */
public class HuishoudenForm {

    @NotNull
    private @Nullable Long versie;
    private @Nullable String straat;
    private @Nullable String huisnummer;
    @Pattern(regexp = "^\\s*$|^\\s*[1-9][0-9]{3} ?[A-Za-z]{2}\\s*$", message = "{huishouden.postcode.formaat}")
    private @Nullable String postcode;
    private @Nullable String woonplaats;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate koppeling;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate huisvesting;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate regeldag;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate verhuizing;
    private @Nullable String herkomstLocatie;
    @Valid
    private List<PersoonVelden> personen = new ArrayList<>();

    static HuishoudenForm van(Huishouden h) {
        HuishoudenForm f = new HuishoudenForm();
        f.versie = h.versie();
        f.straat = h.adres().straat();
        f.huisnummer = h.adres().huisnummer();
        f.postcode = h.adres().postcode();
        f.woonplaats = h.adres().woonplaats();
        f.koppeling = h.datums().koppeling();
        f.huisvesting = h.datums().huisvesting();
        f.regeldag = h.datums().regeldag();
        f.verhuizing = h.datums().verhuizing();
        f.herkomstLocatie = h.herkomstLocatie();
        f.personen = new ArrayList<>(h.personen().stream().map(PersoonVelden::van).toList());
        return f;
    }

    Adres adres() {
        return new Adres(leegNull(straat), leegNull(huisnummer),
                postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT),
                leegNull(woonplaats));
    }

    HuishoudenDatums datums() {
        return new HuishoudenDatums(koppeling, huisvesting, regeldag, verhuizing);
    }

    private static @Nullable String leegNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public @Nullable String getStraat() { return straat; }
    public void setStraat(@Nullable String straat) { this.straat = straat; }
    public @Nullable String getHuisnummer() { return huisnummer; }
    public void setHuisnummer(@Nullable String huisnummer) { this.huisnummer = huisnummer; }
    public @Nullable String getPostcode() { return postcode; }
    public void setPostcode(@Nullable String postcode) { this.postcode = postcode; }
    public @Nullable String getWoonplaats() { return woonplaats; }
    public void setWoonplaats(@Nullable String woonplaats) { this.woonplaats = woonplaats; }
    public @Nullable LocalDate getKoppeling() { return koppeling; }
    public void setKoppeling(@Nullable LocalDate koppeling) { this.koppeling = koppeling; }
    public @Nullable LocalDate getHuisvesting() { return huisvesting; }
    public void setHuisvesting(@Nullable LocalDate huisvesting) { this.huisvesting = huisvesting; }
    public @Nullable LocalDate getRegeldag() { return regeldag; }
    public void setRegeldag(@Nullable LocalDate regeldag) { this.regeldag = regeldag; }
    public @Nullable LocalDate getVerhuizing() { return verhuizing; }
    public void setVerhuizing(@Nullable LocalDate verhuizing) { this.verhuizing = verhuizing; }
    public @Nullable String getHerkomstLocatie() { return herkomstLocatie; }
    public void setHerkomstLocatie(@Nullable String herkomstLocatie) { this.herkomstLocatie = herkomstLocatie; }
    public List<PersoonVelden> getPersonen() { return personen; }
    public void setPersonen(List<PersoonVelden> personen) { this.personen = personen; }
}
