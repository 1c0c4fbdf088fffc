package nl.wegwijs.verzoek.web;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.verzoek.AkkoordWijze;
import nl.wegwijs.verzoek.NieuwVerzoek;
import nl.wegwijs.verzoek.Product;
import nl.wegwijs.verzoek.VerzoekSoort;

/**
 * The request form. A mutable bean because Thymeleaf's th:field binds into it and redisplays it with errors. The
 * rules are the domain's ({@code Verzoek.dienIn}); {@link #VELDEN} puts their refusals next to the field.
 */
public class VerzoekForm {

    /** Domain refusals that belong to one field of this form. */
    static final Map<String, String> VELDEN = Map.ofEntries(Map.entry("verzoek.reden.leeg", "reden"),
            Map.entry("verzoek.reden.te-lang", "reden"), Map.entry("verzoek.akkoord.leeg", "akkoordOp"),
            Map.entry("verzoek.akkoord.toekomst", "akkoordOp"), Map.entry("verzoek.akkoord.te-oud", "akkoordOp"),
            Map.entry("verzoek.maanden", "maanden"), Map.entry("verzoek.product.leeg", "product"),
            Map.entry("verzoek.product-naam.leeg", "productNaam"),
            Map.entry("verzoek.product-naam.te-lang", "productNaam"),
            Map.entry("verzoek.start.bereik", "gewensteStart"));

    private VerzoekSoort soort = VerzoekSoort.VERLENGING;
    private @Nullable Integer maanden;
    private @Nullable Product product;
    private @Nullable String productNaam;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate gewensteStart;
    private @Nullable String reden;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate akkoordOp;
    private @Nullable AkkoordWijze akkoordWijze;

    NieuwVerzoek toNieuw() {
        return new NieuwVerzoek(soort, maanden, product, productNaam, gewensteStart, reden == null ? "" : reden,
                akkoordOp, akkoordWijze);
    }

    public VerzoekSoort getSoort() {
        return soort;
    }

    public void setSoort(@Nullable VerzoekSoort soort) {
        this.soort = soort == null ? VerzoekSoort.VERLENGING : soort;
    }

    public @Nullable Integer getMaanden() {
        return maanden;
    }

    public void setMaanden(@Nullable Integer maanden) {
        this.maanden = maanden;
    }

    public @Nullable Product getProduct() {
        return product;
    }

    public void setProduct(@Nullable Product product) {
        this.product = product;
    }

    public @Nullable String getProductNaam() {
        return productNaam;
    }

    public void setProductNaam(@Nullable String productNaam) {
        this.productNaam = productNaam;
    }

    public @Nullable LocalDate getGewensteStart() {
        return gewensteStart;
    }

    public void setGewensteStart(@Nullable LocalDate gewensteStart) {
        this.gewensteStart = gewensteStart;
    }

    public @Nullable String getReden() {
        return reden;
    }

    public void setReden(@Nullable String reden) {
        this.reden = reden;
    }

    public @Nullable LocalDate getAkkoordOp() {
        return akkoordOp;
    }

    public void setAkkoordOp(@Nullable LocalDate akkoordOp) {
        this.akkoordOp = akkoordOp;
    }

    public @Nullable AkkoordWijze getAkkoordWijze() {
        return akkoordWijze;
    }

    public void setAkkoordWijze(@Nullable AkkoordWijze akkoordWijze) {
        this.akkoordWijze = akkoordWijze;
    }
}
