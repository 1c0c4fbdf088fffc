package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The aanmelding form: contract, address, household dates, and up to {@link #REGELS} persons (empty rows are ignored).
 * A mutable bean because Thymeleaf's th:field binds into it and redisplays it with errors.
 */
public class AanmeldingForm {

    static final int REGELS = 8;

    @NotNull(message = "{traject.aanmelding.contract.leeg}")
    private @Nullable UUID contract;
    private @Nullable String straat;
    private @Nullable String huisnummer;
    @Pattern(regexp = "^$|^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "{huishouden.postcode.formaat}")
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
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{traject.datum.toekomst}")
    private @Nullable LocalDate aangemeldOp;
    @Valid
    private List<PersoonRegel> personen = new ArrayList<>();
    /** Set only by the "toch aanmelden" button under a duplicate warning: the user says it is a different case. */
    private boolean tochAanmelden;

    public AanmeldingForm() {
        for (int i = 0; i < REGELS; i++) {
            personen.add(new PersoonRegel());
        }
        personen.get(0).setRol("HOOFDPERSOON");
    }

    public @Nullable UUID getContract() { return contract; }
    public void setContract(@Nullable UUID contract) { this.contract = contract; }
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
    public @Nullable LocalDate getAangemeldOp() { return aangemeldOp; }
    public void setAangemeldOp(@Nullable LocalDate aangemeldOp) { this.aangemeldOp = aangemeldOp; }
    public boolean isTochAanmelden() { return tochAanmelden; }
    public void setTochAanmelden(boolean tochAanmelden) { this.tochAanmelden = tochAanmelden; }
    public List<PersoonRegel> getPersonen() { return personen; }
    public void setPersonen(List<PersoonRegel> personen) { this.personen = personen; }

    /** The rows the user filled in (a row counts when it has a first or last name). */
    List<PersoonRegel> ingevuld() {
        return personen.stream().filter(PersoonRegel::ingevuld).toList();
    }
}
