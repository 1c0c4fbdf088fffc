package nl.wegwijs.checklist.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.checklist.Categorie;
import nl.wegwijs.checklist.Doelgroep;
import nl.wegwijs.checklist.NieuwSjabloonItem;
import nl.wegwijs.checklist.Referentie;
import nl.wegwijs.checklist.Reikwijdte;
import nl.wegwijs.checklist.Thema;
import nl.wegwijs.checklist.Uitvoerende;

/** The form that adds an item to a contract's checklist template. */
public class SjabloonItemForm {

    private long versie;
    @NotBlank(message = "{checklist.sjabloon.titel.leeg}")
    @Size(max = 200, message = "{checklist.sjabloon.titel.lang}")
    private @Nullable String titel;
    @NotNull(message = "{checklist.sjabloon.thema.leeg}")
    private @Nullable Thema thema;
    private @Nullable Categorie categorie;
    @NotNull(message = "{checklist.sjabloon.reikwijdte.leeg}")
    private @Nullable Reikwijdte reikwijdte = Reikwijdte.HUISHOUDEN;
    @Min(value = 0, message = "{checklist.sjabloon.leeftijd}")
    @Max(value = 120, message = "{checklist.sjabloon.leeftijd}")
    private @Nullable Integer leeftijdVan;
    @Min(value = 0, message = "{checklist.sjabloon.leeftijd}")
    @Max(value = 120, message = "{checklist.sjabloon.leeftijd}")
    private @Nullable Integer leeftijdTot;
    @NotNull(message = "{checklist.sjabloon.referentie.leeg}")
    private @Nullable Referentie referentie = Referentie.TRAJECT_START;
    @NotNull(message = "{checklist.sjabloon.termijn}")
    @Min(value = -3650, message = "{checklist.sjabloon.termijn}")
    @Max(value = 3650, message = "{checklist.sjabloon.termijn}")
    private @Nullable Integer termijnDagen = 30;
    private boolean jaarlijks;
    @NotNull(message = "{checklist.sjabloon.uitvoerende.leeg}")
    private @Nullable Uitvoerende uitvoerende = Uitvoerende.REGULIER;
    private @Nullable Doelgroep doelgroep;
    @Size(max = 1000, message = "{checklist.sjabloon.hulptekst.lang}")
    private @Nullable String hulptekst;

    @AssertTrue(message = "{checklist.sjabloon.leeftijd}")
    public boolean isLeeftijdOplopend() {
        return leeftijdVan == null || leeftijdTot == null || leeftijdVan <= leeftijdTot;
    }

    @AssertTrue(message = "{checklist.sjabloon.kalenderjaar}")
    public boolean isKalenderjaarAlleenJaarlijks() {
        return referentie != Referentie.KALENDERJAAR || jaarlijks;
    }

    NieuwSjabloonItem nieuw() {
        return new NieuwSjabloonItem(java.util.Objects.requireNonNull(titel), java.util.Objects.requireNonNull(thema),
                categorie, java.util.Objects.requireNonNull(reikwijdte), leeftijdVan, leeftijdTot,
                java.util.Objects.requireNonNull(referentie), termijnDagen == null ? 0 : termijnDagen, jaarlijks,
                java.util.Objects.requireNonNull(uitvoerende), doelgroep, hulptekst);
    }

    public long getVersie() { return versie; }
    public void setVersie(long versie) { this.versie = versie; }
    public @Nullable String getTitel() { return titel; }
    public void setTitel(@Nullable String titel) { this.titel = titel; }
    public @Nullable Thema getThema() { return thema; }
    public void setThema(@Nullable Thema thema) { this.thema = thema; }
    public @Nullable Categorie getCategorie() { return categorie; }
    public void setCategorie(@Nullable Categorie categorie) { this.categorie = categorie; }
    public @Nullable Reikwijdte getReikwijdte() { return reikwijdte; }
    public void setReikwijdte(@Nullable Reikwijdte reikwijdte) { this.reikwijdte = reikwijdte; }
    public @Nullable Integer getLeeftijdVan() { return leeftijdVan; }
    public void setLeeftijdVan(@Nullable Integer leeftijdVan) { this.leeftijdVan = leeftijdVan; }
    public @Nullable Integer getLeeftijdTot() { return leeftijdTot; }
    public void setLeeftijdTot(@Nullable Integer leeftijdTot) { this.leeftijdTot = leeftijdTot; }
    public @Nullable Referentie getReferentie() { return referentie; }
    public void setReferentie(@Nullable Referentie referentie) { this.referentie = referentie; }
    public @Nullable Integer getTermijnDagen() { return termijnDagen; }
    public void setTermijnDagen(@Nullable Integer termijnDagen) { this.termijnDagen = termijnDagen; }
    public boolean isJaarlijks() { return jaarlijks; }
    public void setJaarlijks(boolean jaarlijks) { this.jaarlijks = jaarlijks; }
    public @Nullable Uitvoerende getUitvoerende() { return uitvoerende; }
    public void setUitvoerende(@Nullable Uitvoerende uitvoerende) { this.uitvoerende = uitvoerende; }
    public @Nullable Doelgroep getDoelgroep() { return doelgroep; }
    public void setDoelgroep(@Nullable Doelgroep doelgroep) { this.doelgroep = doelgroep; }
    public @Nullable String getHulptekst() { return hulptekst; }
    public void setHulptekst(@Nullable String hulptekst) { this.hulptekst = hulptekst; }
}
