package nl.wegwijs.socialekaart.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.system.DomeinFout;

/** The service form (add and edit): a mutable bean for th:field; the rules are the service's. */
public class DienstForm {

    /** Domain refusals that belong to one field. */
    static final Map<String, String> VELDEN = Map.ofEntries(Map.entry("socialekaart.naam.leeg", "naam"),
            Map.entry("socialekaart.naam.lang", "naam"), Map.entry("socialekaart.soort.leeg", "soort"),
            Map.entry("socialekaart.telefoon.ongeldig", "telefoon"), Map.entry("socialekaart.email.ongeldig", "email"),
            Map.entry("socialekaart.website.ongeldig", "website"), Map.entry("socialekaart.adres.lang", "adres"),
            Map.entry("socialekaart.verwijzen.lang", "verwijzen"),
            Map.entry("socialekaart.wachttijd.ongeldig", "wachttijdWeken"),
            Map.entry("socialekaart.talen.ongeldig", "talen"),
            Map.entry("socialekaart.organisatie.onbekend", "organisatie"));

    private @Nullable Long versie;
    private @Nullable String naam;
    private @Nullable Dienstsoort soort;
    private @Nullable String telefoon;
    private @Nullable String email;
    private @Nullable String adres;
    private @Nullable String website;
    private @Nullable String talen;
    private @Nullable String wachttijdWeken;
    private @Nullable String verwijzen;
    private @Nullable UUID organisatie;

    static DienstForm van(Dienst d) {
        DienstForm f = new DienstForm();
        f.versie = d.versie();
        f.naam = d.naam();
        f.soort = d.soort();
        f.telefoon = d.telefoon();
        f.email = d.email();
        f.adres = d.adres();
        f.website = d.website();
        f.talen = String.join(", ", d.talen());
        f.wachttijdWeken = d.wachttijdWeken() == null ? null : d.wachttijdWeken().toString();
        f.verwijzen = d.verwijzen();
        f.organisatie = d.organisatieId();
        return f;
    }

    DienstGegevens toGegevens() {
        if (soort == null) {
            throw new DomeinFout("socialekaart.soort.leeg");
        }
        Integer wacht = null;
        if (wachttijdWeken != null && !wachttijdWeken.isBlank()) {
            try {
                wacht = Integer.valueOf(wachttijdWeken.strip());
            }
            catch (NumberFormatException e) {
                throw new DomeinFout("socialekaart.wachttijd.ongeldig");
            }
        }
        return new DienstGegevens(naam == null ? "" : naam, soort, telefoon, email, adres, website,
                talen == null ? java.util.List.of() : Arrays.asList(talen.split("[,;]")), wacht, verwijzen,
                organisatie);
    }

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public @Nullable String getNaam() { return naam; }
    public void setNaam(@Nullable String naam) { this.naam = naam; }
    public @Nullable Dienstsoort getSoort() { return soort; }
    public void setSoort(@Nullable Dienstsoort soort) { this.soort = soort; }
    public @Nullable String getTelefoon() { return telefoon; }
    public void setTelefoon(@Nullable String telefoon) { this.telefoon = telefoon; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public @Nullable String getAdres() { return adres; }
    public void setAdres(@Nullable String adres) { this.adres = adres; }
    public @Nullable String getWebsite() { return website; }
    public void setWebsite(@Nullable String website) { this.website = website; }
    public @Nullable String getTalen() { return talen; }
    public void setTalen(@Nullable String talen) { this.talen = talen; }
    public @Nullable String getWachttijdWeken() { return wachttijdWeken; }
    public void setWachttijdWeken(@Nullable String wachttijdWeken) { this.wachttijdWeken = wachttijdWeken; }
    public @Nullable String getVerwijzen() { return verwijzen; }
    public void setVerwijzen(@Nullable String verwijzen) { this.verwijzen = verwijzen; }
    public @Nullable UUID getOrganisatie() { return organisatie; }
    public void setOrganisatie(@Nullable UUID organisatie) { this.organisatie = organisatie; }
}
