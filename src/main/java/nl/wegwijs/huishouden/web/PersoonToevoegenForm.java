package nl.wegwijs.huishouden.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Adds one person (e.g. a nareiziger with their own dates) at the household version the form was rendered with. */
public class PersoonToevoegenForm {

    @NotNull
    private @Nullable Long versie;
    @Valid
    private PersoonVelden persoon = PersoonVelden.nareiziger();

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public PersoonVelden getPersoon() { return persoon; }
    public void setPersoon(PersoonVelden persoon) { this.persoon = persoon; }
}
