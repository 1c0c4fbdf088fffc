package nl.wegwijs.intake.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.intake.Aanwezigen;
import nl.wegwijs.intake.BredeIntake;
import nl.wegwijs.intake.DigitaleVaardigheid;
import nl.wegwijs.intake.EerderSignaal;
import nl.wegwijs.intake.Gezondheid;
import nl.wegwijs.intake.IntakeGegevens;
import nl.wegwijs.intake.Opleidingsniveau;
import nl.wegwijs.intake.SignaalBron;
import nl.wegwijs.intake.Tolk;
import nl.wegwijs.system.DomeinFout;

/**
 * The brede intake form of one person. A mutable bean because Thymeleaf's th:field binds into it and redisplays it
 * with errors. The rules across fields are the domain's ({@link IntakeGegevens#controleer}); {@link #VELDEN} puts
 * their refusals next to the field they concern. Earlier signals are rows; a row left empty is ignored.
 */
public class IntakeForm {

    /** Empty rows for new earlier signals below the existing ones. */
    static final int LEGE_SIGNALEN = 2;

    /** Domain refusals that belong to one field of this form. */
    static final Map<String, String> VELDEN = Map.ofEntries(Map.entry("intake.gehouden.toekomst", "gehoudenOp"),
            Map.entry("intake.gehouden.te-vroeg", "gehoudenOp"), Map.entry("intake.aanwezig.leeg", "aanwezigPersoon"),
            Map.entry("intake.instemming.nodig", "instemming"), Map.entry("intake.tolk-taal.leeg", "tolkTaal"),
            Map.entry("intake.gezondheid.toelichting.leeg", "gezondheidToelichting"),
            Map.entry("intake.talen.te-veel", "talen"), Map.entry("intake.signalen.te-veel", "signalen"),
            Map.entry("intake.signaal.datum.toekomst", "signalen"), Map.entry("intake.signaal.datum.leeg", "signalen"),
            Map.entry("intake.signaal.tekst.leeg", "signalen"), Map.entry("intake.signaal.bron.leeg", "signalen"));

    private @Nullable Long versie;
    @NotNull(message = "{intake.gehouden.leeg}")
    @PastOrPresent(message = "{intake.gehouden.toekomst}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate gehoudenOp;
    private boolean aanwezigPersoon = true;
    private boolean aanwezigPartner;
    private boolean aanwezigBegeleider;
    private boolean instemming;
    @Size(max = IntakeGegevens.KORT_MAX, message = "{intake.kort.te-lang}")
    private @Nullable String aanwezigOverig;
    @NotNull(message = "{intake.tolk.leeg}")
    private @Nullable Tolk tolk = Tolk.GEEN;
    @Size(max = IntakeGegevens.KORT_MAX, message = "{intake.kort.te-lang}")
    private @Nullable String tolkTaal;
    @NotNull(message = "{intake.opleidingsniveau.leeg}")
    private @Nullable Opleidingsniveau opleidingsniveau = Opleidingsniveau.ONBEKEND;
    @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
    private @Nullable String opleidingWerk;
    @Size(max = 1000, message = "{intake.kort.te-lang}")
    private @Nullable String talen;
    @NotNull(message = "{intake.geletterdheid.leeg}")
    private @Nullable Geletterdheid geletterdheid = Geletterdheid.ONBEKEND;
    @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
    private @Nullable String taalToelichting;
    private boolean gezondheidAandacht;
    @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
    private @Nullable String gezondheidToelichting;
    @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
    private @Nullable String gezin;
    private boolean nareizigersVerwacht;
    @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
    private @Nullable String nareizigersToelichting;
    @NotNull(message = "{intake.digitaal.leeg}")
    private @Nullable DigitaleVaardigheid digitaal = DigitaleVaardigheid.BASIS;
    @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
    private @Nullable String digitaalToelichting;
    @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
    private @Nullable String verwachtingen;
    private boolean kinderopvangNodig;
    @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
    private @Nullable String kinderopvangToelichting;
    @Valid
    private List<SignaalRegel> signalen = new ArrayList<>();

    /** A first intake of this person, held today: languages and literacy as the household registration has them. */
    static IntakeForm nieuw(Persoon p, LocalDate vandaag) {
        IntakeForm f = new IntakeForm();
        f.gehoudenOp = vandaag;
        f.talen = String.join(", ", p.talen());
        f.geletterdheid = p.geletterdheid();
        if (p.tolkNodig()) {
            f.tolk = Tolk.PROFESSIONEEL;
            f.tolkTaal = p.tolkTaal();
        }
        f.vulAan();
        return f;
    }

    /** The form filled with an intake as it stands (as the regievoerder reads it, with the health finding). */
    static IntakeForm van(BredeIntake b) {
        IntakeGegevens g = b.gegevens();
        IntakeForm f = new IntakeForm();
        f.versie = b.versie();
        f.gehoudenOp = g.gehoudenOp();
        f.aanwezigPersoon = g.aanwezig().persoon();
        f.aanwezigPartner = g.aanwezig().partner();
        f.aanwezigBegeleider = g.aanwezig().begeleider();
        f.instemming = g.aanwezig().instemming();
        f.aanwezigOverig = g.aanwezig().overig();
        f.tolk = g.tolk();
        f.tolkTaal = g.tolkTaal();
        f.opleidingsniveau = g.opleidingsniveau();
        f.opleidingWerk = g.opleidingWerk();
        f.talen = g.talenRegel();
        f.geletterdheid = g.geletterdheid();
        f.taalToelichting = g.taalToelichting();
        Gezondheid gz = g.gezondheid() == null ? Gezondheid.GEEN : g.gezondheid();
        f.gezondheidAandacht = gz.aandacht();
        f.gezondheidToelichting = gz.toelichting();
        f.gezin = g.gezin();
        f.nareizigersVerwacht = g.nareizigersVerwacht();
        f.nareizigersToelichting = g.nareizigersToelichting();
        f.digitaal = g.digitaal();
        f.digitaalToelichting = g.digitaalToelichting();
        f.verwachtingen = g.verwachtingen();
        f.kinderopvangNodig = g.kinderopvangNodig();
        f.kinderopvangToelichting = g.kinderopvangToelichting();
        g.signalen().forEach(s -> f.signalen.add(new SignaalRegel(s.bron(), s.datum(), s.tekst())));
        f.vulAan();
        return f;
    }

    /** Adds the empty rows for new earlier signals (again after a refused post). */
    void vulAan() {
        signalen.removeIf(SignaalRegel::leeg);
        for (int i = 0; i < LEGE_SIGNALEN; i++) {
            signalen.add(new SignaalRegel(null, null, null));
        }
    }

    /** Only after validation, which makes sure the required fields are set; a half-filled signal row is refused. */
    IntakeGegevens toGegevens() {
        List<EerderSignaal> eerder = new ArrayList<>();
        for (SignaalRegel r : signalen) {
            if (r.leeg()) {
                continue;
            }
            if (r.getDatum() == null) {
                throw new DomeinFout("intake.signaal.datum.leeg");
            }
            if (r.getTekst() == null || r.getTekst().isBlank()) {
                throw new DomeinFout("intake.signaal.tekst.leeg");
            }
            eerder.add(new EerderSignaal(r.getBron() == null ? SignaalBron.ANDERS : r.getBron(), r.getDatum(),
                    r.getTekst()));
        }
        return new IntakeGegevens(Objects.requireNonNull(gehoudenOp),
                new Aanwezigen(aanwezigPersoon, aanwezigPartner, aanwezigBegeleider, instemming, aanwezigOverig),
                Objects.requireNonNull(tolk), tolkTaal, Objects.requireNonNull(opleidingsniveau), opleidingWerk,
                IntakeGegevens.talen(talen), Objects.requireNonNull(geletterdheid), taalToelichting,
                new Gezondheid(gezondheidAandacht, gezondheidToelichting), gezin, nareizigersVerwacht,
                nareizigersToelichting, Objects.requireNonNull(digitaal), digitaalToelichting, verwachtingen,
                kinderopvangNodig, kinderopvangToelichting, eerder);
    }

    /** One row of earlier signals. */
    public static class SignaalRegel {

        private @Nullable SignaalBron bron;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate datum;
        @Size(max = IntakeGegevens.TEKST_MAX, message = "{intake.tekst.te-lang}")
        private @Nullable String tekst;

        public SignaalRegel() {
        }

        SignaalRegel(@Nullable SignaalBron bron, @Nullable LocalDate datum, @Nullable String tekst) {
            this.bron = bron;
            this.datum = datum;
            this.tekst = tekst;
        }

        boolean leeg() {
            return datum == null && (tekst == null || tekst.isBlank());
        }

        public @Nullable SignaalBron getBron() { return bron; }
        public void setBron(@Nullable SignaalBron bron) { this.bron = bron; }
        public @Nullable LocalDate getDatum() { return datum; }
        public void setDatum(@Nullable LocalDate datum) { this.datum = datum; }
        public @Nullable String getTekst() { return tekst; }
        public void setTekst(@Nullable String tekst) { this.tekst = tekst; }
    }

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public @Nullable LocalDate getGehoudenOp() { return gehoudenOp; }
    public void setGehoudenOp(@Nullable LocalDate gehoudenOp) { this.gehoudenOp = gehoudenOp; }
    public boolean isAanwezigPersoon() { return aanwezigPersoon; }
    public void setAanwezigPersoon(boolean aanwezigPersoon) { this.aanwezigPersoon = aanwezigPersoon; }
    public boolean isAanwezigPartner() { return aanwezigPartner; }
    public void setAanwezigPartner(boolean aanwezigPartner) { this.aanwezigPartner = aanwezigPartner; }
    public boolean isAanwezigBegeleider() { return aanwezigBegeleider; }
    public void setAanwezigBegeleider(boolean aanwezigBegeleider) { this.aanwezigBegeleider = aanwezigBegeleider; }
    public boolean isInstemming() { return instemming; }
    public void setInstemming(boolean instemming) { this.instemming = instemming; }
    public @Nullable String getAanwezigOverig() { return aanwezigOverig; }
    public void setAanwezigOverig(@Nullable String aanwezigOverig) { this.aanwezigOverig = aanwezigOverig; }
    public @Nullable Tolk getTolk() { return tolk; }
    public void setTolk(@Nullable Tolk tolk) { this.tolk = tolk; }
    public @Nullable String getTolkTaal() { return tolkTaal; }
    public void setTolkTaal(@Nullable String tolkTaal) { this.tolkTaal = tolkTaal; }
    public @Nullable Opleidingsniveau getOpleidingsniveau() { return opleidingsniveau; }
    public void setOpleidingsniveau(@Nullable Opleidingsniveau opleidingsniveau) { this.opleidingsniveau = opleidingsniveau; }
    public @Nullable String getOpleidingWerk() { return opleidingWerk; }
    public void setOpleidingWerk(@Nullable String opleidingWerk) { this.opleidingWerk = opleidingWerk; }
    public @Nullable String getTalen() { return talen; }
    public void setTalen(@Nullable String talen) { this.talen = talen; }
    public @Nullable Geletterdheid getGeletterdheid() { return geletterdheid; }
    public void setGeletterdheid(@Nullable Geletterdheid geletterdheid) { this.geletterdheid = geletterdheid; }
    public @Nullable String getTaalToelichting() { return taalToelichting; }
    public void setTaalToelichting(@Nullable String taalToelichting) { this.taalToelichting = taalToelichting; }
    public boolean isGezondheidAandacht() { return gezondheidAandacht; }
    public void setGezondheidAandacht(boolean gezondheidAandacht) { this.gezondheidAandacht = gezondheidAandacht; }
    public @Nullable String getGezondheidToelichting() { return gezondheidToelichting; }
    public void setGezondheidToelichting(@Nullable String gezondheidToelichting) { this.gezondheidToelichting = gezondheidToelichting; }
    public @Nullable String getGezin() { return gezin; }
    public void setGezin(@Nullable String gezin) { this.gezin = gezin; }
    public boolean isNareizigersVerwacht() { return nareizigersVerwacht; }
    public void setNareizigersVerwacht(boolean nareizigersVerwacht) { this.nareizigersVerwacht = nareizigersVerwacht; }
    public @Nullable String getNareizigersToelichting() { return nareizigersToelichting; }
    public void setNareizigersToelichting(@Nullable String nareizigersToelichting) { this.nareizigersToelichting = nareizigersToelichting; }
    public @Nullable DigitaleVaardigheid getDigitaal() { return digitaal; }
    public void setDigitaal(@Nullable DigitaleVaardigheid digitaal) { this.digitaal = digitaal; }
    public @Nullable String getDigitaalToelichting() { return digitaalToelichting; }
    public void setDigitaalToelichting(@Nullable String digitaalToelichting) { this.digitaalToelichting = digitaalToelichting; }
    public @Nullable String getVerwachtingen() { return verwachtingen; }
    public void setVerwachtingen(@Nullable String verwachtingen) { this.verwachtingen = verwachtingen; }
    public boolean isKinderopvangNodig() { return kinderopvangNodig; }
    public void setKinderopvangNodig(boolean kinderopvangNodig) { this.kinderopvangNodig = kinderopvangNodig; }
    public @Nullable String getKinderopvangToelichting() { return kinderopvangToelichting; }
    public void setKinderopvangToelichting(@Nullable String kinderopvangToelichting) { this.kinderopvangToelichting = kinderopvangToelichting; }
    public List<SignaalRegel> getSignalen() { return signalen; }
    public void setSignalen(List<SignaalRegel> signalen) { this.signalen = signalen; }
}
