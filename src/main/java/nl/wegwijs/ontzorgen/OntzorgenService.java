package nl.wegwijs.ontzorgen;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the ontzorgen module. Every read and write of a household starts from the acting
 * medewerker's {@link Inzage} (404 when the household is not theirs to see) and needs the category FINANCIEN (403
 * otherwise: a regievoerder needs the household's consent); only the gemeente's BUDGETCOACH writes (others are
 * refused with {@code ontzorgen.niet-toegestaan}); every read and write is logged through the Inzage; every write
 * checks the version it was read at (one version for the whole) and publishes {@link OntzorgenGewijzigd} in the same
 * transaction. The number of coaching sessions that arranges the transition is the property
 * {@code wegwijs.ontzorgen.coachgesprekken} (default 4, Groningen's eurocoach); the warning looks
 * {@code wegwijs.ontzorgen.waarschuwing-weken} ahead (default 4).
 */
@Service
@Transactional(readOnly = true)
public class OntzorgenService {

    /** Rows per page of the worklist. */
    public static final int PAGINA = 25;
    static final LocalDate VROEGST = LocalDate.of(2000, 1, 1);
    static final String SOORT = "ontzorgen";

    private final Ontzorgingen ontzorgingen;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Verwerkingslog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int norm;
    private final int weken;

    OntzorgenService(Ontzorgingen ontzorgingen, TrajectService trajecten, OrganisatieService organisaties,
            Verwerkingslog log, ApplicationEventPublisher events, Clock clock,
            @Value("${wegwijs.ontzorgen.coachgesprekken:4}") int norm,
            @Value("${wegwijs.ontzorgen.waarschuwing-weken:4}") int weken) {
        this.ontzorgingen = ontzorgingen;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.log = log;
        this.events = events;
        this.clock = clock;
        this.norm = norm;
        this.weken = weken;
    }

    /** The sessions that arrange the transition. */
    public int norm() {
        return norm;
    }

    /** How many weeks ahead the warning looks. */
    public int weken() {
        return weken;
    }

    // --- reads

    /** A household's ontzorgen (or none yet) with what the reader may do; 404/403 as the class says; logged. */
    @Transactional
    public Stand lees(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.FINANCIEN);
        Optional<Ontzorgen> o = ontzorgingen.find(id);
        inzage.log(Actie.LEZEN, SOORT, o.map(x -> x.id().value()).orElse(id.value()));
        return new Stand(inzage, o.orElse(null), magWijzigen(inzage), norm, weken, LocalDate.now(clock),
                o.isPresent() ? o.get().maanden() : maandenVanRegime(inzage, null));
    }

    /**
     * The budgetcoach's worklist: a page of their gemeente's households in ontzorgen (by end date, not started last)
     * or, with {@code afgelopen}, those that ended; other roles get an empty page (the list is the budgetcoach's).
     * Two statements: the page, and its processing-log rows (the household's name is shown).
     */
    @Transactional
    public Werklijst werklijst(Medewerker ik, boolean afgelopen, @Nullable OntzorgenId na, int aantal) {
        LocalDate vandaag = LocalDate.now(clock);
        if (!ik.heeftRol(Rol.BUDGETCOACH)) {
            return new Werklijst(List.of(), null, vandaag, norm, weken);
        }
        int n = Paginering.grootte(aantal);
        List<OntzorgenRegel> rijen = ontzorgingen.werklijst(ik.organisatieId(), vandaag, afgelopen, na, n + 1);
        List<OntzorgenRegel> pagina = Paginering.eerste(rijen, n);
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.HOOFDPERSOON,
                pagina.stream().map(r -> new Verwerkingslog.Lijstregel(r.huishouden().value(), SOORT,
                        r.id().value())).toList());
        return new Werklijst(pagina, rijen.size() > n ? pagina.get(n - 1).id() : null, vandaag, norm, weken);
    }

    // --- writes

    /**
     * Records ontzorgen for a household (with {@code versie} null: new) or changes it (the version read): the start
     * (null: registered, not started yet), an earlier end with its reason, a note. The period's length is the
     * gemeente regime's {@code ontzorgenMaanden} that applies to the household (by its BRP date).
     */
    @Transactional
    public Ontzorgen legVast(Medewerker ik, HuishoudenId id, @Nullable Long versie, Invoer invoer) {
        Inzage inzage = voorWijziging(ik, id);
        LocalDate vandaag = LocalDate.now(clock);
        Optional<Ontzorgen> bestaand = ontzorgingen.find(id);
        // the period is fixed once started; until then the regime decides
        int maanden = bestaand.filter(o -> o.start() != null).map(Ontzorgen::maanden)
            .orElseGet(() -> maandenVanRegime(inzage, invoer.start()));
        valideer(invoer, maanden, vandaag);
        Ontzorgingen.Kopgegevens kop = new Ontzorgingen.Kopgegevens(invoer.start(), maanden, invoer.gestoptOp(),
                invoer.stopReden(), leeg(invoer.notitie()));
        Instant nu = Instant.now(clock);
        OntzorgenId oid;
        if (bestaand.isEmpty()) {
            if (versie != null) {
                throw new nl.wegwijs.system.GelijktijdigGewijzigd();
            }
            oid = OntzorgenId.nieuw();
            ontzorgingen.insert(oid, id, inzage.trajectId(), inzage.toegang().gemeenteId(), kop, ik.id(), nu);
            return opgeslagen(inzage, Actie.AANMAKEN);
        }
        if (versie == null) {
            throw new nl.wegwijs.system.GelijktijdigGewijzigd();
        }
        ontzorgingen.update(bestaand.get().id(), versie, kop, ik.id(), nu);
        return opgeslagen(inzage, Actie.WIJZIGEN);
    }

    /** Adds a fixed cost paid on the household's behalf. */
    @Transactional
    public Ontzorgen voegVasteLastToe(Medewerker ik, HuishoudenId id, long versie, NieuweVasteLast last) {
        Geladen g = geladen(ik, id, versie);
        LocalDate vandaag = LocalDate.now(clock);
        if (last.soort() == null) {
            throw new DomeinFout("ontzorgen.vaste-last.soort.leeg");
        }
        String begunstigde = leeg(last.begunstigde());
        if (begunstigde == null) {
            throw new DomeinFout("ontzorgen.vaste-last.begunstigde.leeg");
        }
        if (begunstigde.length() > VasteLast.BEGUNSTIGDE_MAX) {
            throw new DomeinFout("ontzorgen.vaste-last.begunstigde.te-lang");
        }
        BigDecimal bedrag = last.bedrag();
        if (bedrag == null) {
            throw new DomeinFout("ontzorgen.vaste-last.bedrag.leeg");
        }
        if (bedrag.signum() <= 0 || bedrag.compareTo(new BigDecimal("10000")) >= 0 || bedrag.stripTrailingZeros()
            .scale() > 2) {
            throw new DomeinFout("ontzorgen.vaste-last.bedrag.bereik");
        }
        if (last.machtigingOp() == null) {
            throw new DomeinFout("ontzorgen.vaste-last.machtiging.leeg");
        }
        if (buiten(last.machtigingOp(), vandaag.plusYears(1))) {
            throw new DomeinFout("ontzorgen.datum.bereik");
        }
        if (last.tot() != null && (last.tot().isBefore(last.machtigingOp()) || buiten(last.tot(),
                vandaag.plusYears(2)))) {
            throw new DomeinFout("ontzorgen.vaste-last.tot.voor-machtiging");
        }
        ontzorgingen.raak(g.ontzorgen().id(), versie, ik.id(), Instant.now(clock));
        ontzorgingen.insertVasteLast(g.ontzorgen().id(), new VasteLast(UUID.randomUUID(), last.soort(), begunstigde,
                bedrag.setScale(2, java.math.RoundingMode.UNNECESSARY), last.machtigingOp(), last.tot()));
        return opgeslagen(g.inzage(), Actie.WIJZIGEN);
    }

    /** Ends (or, with null, resumes) the payment of one fixed cost on {@code tot}. */
    @Transactional
    public Ontzorgen beeindigVasteLast(Medewerker ik, HuishoudenId id, long versie, UUID last,
            @Nullable LocalDate tot) {
        Geladen g = geladen(ik, id, versie);
        VasteLast v = g.ontzorgen().vasteLast(last).orElseThrow(NietGevonden::new);
        if (tot != null && (tot.isBefore(v.machtigingOp()) || buiten(tot, LocalDate.now(clock).plusYears(2)))) {
            throw new DomeinFout("ontzorgen.vaste-last.tot.voor-machtiging");
        }
        ontzorgingen.raak(g.ontzorgen().id(), versie, ik.id(), Instant.now(clock));
        ontzorgingen.updateVasteLastTot(g.ontzorgen().id(), last, tot);
        return opgeslagen(g.inzage(), Actie.WIJZIGEN);
    }

    /** Records how a month of the period went (this month at the latest). */
    @Transactional
    public Ontzorgen zetMaand(Medewerker ik, HuishoudenId id, long versie, YearMonth maand,
            @Nullable MaandStatus status, @Nullable String notitie) {
        Geladen g = geladen(ik, id, versie);
        if (status == null) {
            throw new DomeinFout("ontzorgen.maand.status.leeg");
        }
        if (!g.ontzorgen().isMaandVanPeriode(maand)) {
            throw new DomeinFout("ontzorgen.maand.buiten-periode");
        }
        if (maand.isAfter(YearMonth.now(clock))) {
            throw new DomeinFout("ontzorgen.maand.toekomst");
        }
        String n = leeg(notitie);
        if (n != null && n.length() > Ontzorgen.NOTITIE_MAX) {
            throw new DomeinFout("ontzorgen.notitie.te-lang");
        }
        ontzorgingen.raak(g.ontzorgen().id(), versie, ik.id(), Instant.now(clock));
        ontzorgingen.zetMaand(g.ontzorgen().id(), maand, status, n, ik.id(), Instant.now(clock));
        return opgeslagen(g.inzage(), Actie.WIJZIGEN);
    }

    /** Records a budget coaching session, planned or held. */
    @Transactional
    public Ontzorgen voegGesprekToe(Medewerker ik, HuishoudenId id, long versie, NieuwGesprek gesprek) {
        Geladen g = geladen(ik, id, versie);
        LocalDate vandaag = LocalDate.now(clock);
        if (gesprek.datum() == null) {
            throw new DomeinFout("ontzorgen.gesprek.datum.leeg");
        }
        if (buiten(gesprek.datum(), vandaag.plusYears(2))) {
            throw new DomeinFout("ontzorgen.datum.bereik");
        }
        GesprekStatus status = gesprek.status() == null ? GesprekStatus.GEPLAND : gesprek.status();
        if (status == GesprekStatus.GEHOUDEN && gesprek.datum().isAfter(vandaag)) {
            throw new DomeinFout("ontzorgen.gesprek.gehouden.toekomst");
        }
        String onderwerp = leeg(gesprek.onderwerp());
        if (onderwerp == null) {
            throw new DomeinFout("ontzorgen.gesprek.onderwerp.leeg");
        }
        if (onderwerp.length() > Coachgesprek.ONDERWERP_MAX) {
            throw new DomeinFout("ontzorgen.gesprek.onderwerp.te-lang");
        }
        String notitie = leeg(gesprek.notitie());
        if (notitie != null && notitie.length() > Ontzorgen.NOTITIE_MAX) {
            throw new DomeinFout("ontzorgen.notitie.te-lang");
        }
        Instant nu = Instant.now(clock);
        ontzorgingen.raak(g.ontzorgen().id(), versie, ik.id(), nu);
        ontzorgingen.insertGesprek(g.ontzorgen().id(),
                new Coachgesprek(UUID.randomUUID(), gesprek.datum(), status, onderwerp, notitie), ik.id(), nu);
        return opgeslagen(g.inzage(), Actie.WIJZIGEN);
    }

    /** Marks a session held or cancelled (or planned again). */
    @Transactional
    public Ontzorgen zetGesprekStatus(Medewerker ik, HuishoudenId id, long versie, UUID gesprek,
            @Nullable GesprekStatus status) {
        Geladen g = geladen(ik, id, versie);
        Coachgesprek c = g.ontzorgen().gesprek(gesprek).orElseThrow(NietGevonden::new);
        if (status == null) {
            throw new DomeinFout("ontzorgen.gesprek.status.leeg");
        }
        if (status == GesprekStatus.GEHOUDEN && c.datum().isAfter(LocalDate.now(clock))) {
            throw new DomeinFout("ontzorgen.gesprek.gehouden.toekomst");
        }
        ontzorgingen.raak(g.ontzorgen().id(), versie, ik.id(), Instant.now(clock));
        ontzorgingen.zetGesprekStatus(g.ontzorgen().id(), gesprek, status);
        return opgeslagen(g.inzage(), Actie.WIJZIGEN);
    }

    // --- helpers

    private void valideer(Invoer invoer, int maanden, LocalDate vandaag) {
        LocalDate start = invoer.start();
        if (start != null && buiten(start, vandaag.plusYears(1))) {
            throw new DomeinFout("ontzorgen.start.bereik");
        }
        if (invoer.gestoptOp() != null) {
            if (start == null) {
                throw new DomeinFout("ontzorgen.gestopt.zonder-start");
            }
            if (invoer.gestoptOp().isBefore(start)
                    || !invoer.gestoptOp().isBefore(Ontzorgregels.geplandEinde(start, maanden))) {
                throw new DomeinFout("ontzorgen.gestopt.buiten-periode");
            }
            if (invoer.stopReden() == null) {
                throw new DomeinFout("ontzorgen.gestopt.reden.leeg");
            }
        }
        else if (invoer.stopReden() != null) {
            throw new DomeinFout("ontzorgen.gestopt.datum.leeg");
        }
        String notitie = leeg(invoer.notitie());
        if (notitie != null && notitie.length() > Ontzorgen.NOTITIE_MAX) {
            throw new DomeinFout("ontzorgen.notitie.te-lang");
        }
    }

    private static boolean buiten(LocalDate datum, LocalDate laatst) {
        return datum.isBefore(VROEGST) || datum.isAfter(laatst);
    }

    private static @Nullable String leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    /** The Inzage for a write: visible, FINANCIEN, and the gemeente's budgetcoach. */
    private Inzage voorWijziging(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.FINANCIEN);
        if (!magWijzigen(inzage)) {
            throw new DomeinFout("ontzorgen.niet-toegestaan");
        }
        return inzage;
    }

    private Geladen geladen(Medewerker ik, HuishoudenId id, long versie) {
        Inzage inzage = voorWijziging(ik, id);
        Ontzorgen o = ontzorgingen.find(id).orElseThrow(() -> new DomeinFout("ontzorgen.niet-vastgelegd"));
        if (o.versie() != versie) {
            throw new nl.wegwijs.system.GelijktijdigGewijzigd();
        }
        return new Geladen(o, inzage);
    }

    /** Only the budgetcoach of the household's gemeente records ontzorgen. */
    static boolean magWijzigen(Inzage inzage) {
        Medewerker ik = inzage.medewerker();
        return ik.heeftRol(Rol.BUDGETCOACH) && ik.organisatieId().equals(inzage.toegang().gemeenteId());
    }

    /** The regime's months for this household: the gemeente version that applies at its BRP date (or the start). */
    private int maandenVanRegime(Inzage inzage, @Nullable LocalDate start) {
        LocalDate peil = inzage.huishouden().brpDatum();
        if (peil == null) {
            peil = start != null ? start : LocalDate.now(clock);
        }
        LocalDate op = peil;
        return organisaties.regime(inzage.toegang().contractId()).gemeenteVersies().stream()
            .filter(v -> !v.geldigVanaf().isAfter(op)).max(Comparator.comparing(GemeenteRegime::geldigVanaf))
            .map(GemeenteRegime::ontzorgenMaanden).orElse(GemeenteRegime.STANDAARD_ONTZORGEN_MAANDEN);
    }

    private Ontzorgen opgeslagen(Inzage inzage, Actie actie) {
        Ontzorgen o = ontzorgingen.find(inzage.huishoudenId()).orElseThrow(NietGevonden::new);
        inzage.log(actie, SOORT, o.id().value());
        events.publishEvent(new OntzorgenGewijzigd(o.traject(), o.huishouden(), o.start(), o.einde(),
                o.overgangGeregeld(norm)));
        return o;
    }

    private record Geladen(Ontzorgen ontzorgen, Inzage inzage) {
    }

    /** What the budgetcoach records of ontzorgen itself. */
    public record Invoer(@Nullable LocalDate start, @Nullable LocalDate gestoptOp, @Nullable StopReden stopReden,
            @Nullable String notitie) {
    }

    /** A new fixed cost. */
    public record NieuweVasteLast(@Nullable VasteLastSoort soort, @Nullable String begunstigde,
            @Nullable BigDecimal bedrag, @Nullable LocalDate machtigingOp, @Nullable LocalDate tot) {
    }

    /** A new coaching session. */
    public record NieuwGesprek(@Nullable LocalDate datum, @Nullable GesprekStatus status, @Nullable String onderwerp,
            @Nullable String notitie) {
    }

    /**
     * A household's ontzorgen as the reader sees it (none recorded: {@code ontzorgen} null), with the norm, the
     * warning's weeks and today.
     *
     * @param regimeMaanden the regime's months for a new record
     */
    public record Stand(Inzage inzage, @Nullable Ontzorgen ontzorgen, boolean magWijzigen, int norm, int weken,
            LocalDate vandaag, int regimeMaanden) {

        public HuishoudenId huishouden() {
            return inzage.huishoudenId();
        }

        public boolean overgangGeregeld() {
            return ontzorgen != null && ontzorgen.overgangGeregeld(norm);
        }

        public boolean eindigtZonderOvergang() {
            return ontzorgen != null && ontzorgen.eindigtZonderOvergang(norm, vandaag, weken);
        }
    }

    /**
     * A page of the worklist.
     *
     * @param volgende the {@code na} of the next page, or null on the last page
     */
    public record Werklijst(List<OntzorgenRegel> regels, @Nullable OntzorgenId volgende, LocalDate vandaag,
            int norm, int weken) {

        public boolean overgangGeregeld(OntzorgenRegel r) {
            return Ontzorgregels.overgangGeregeld(r.gesprekkenVoorEinde(), norm);
        }

        public boolean eindigtZonderOvergang(OntzorgenRegel r) {
            return Ontzorgregels.eindigtZonderOvergang(r.einde(), overgangGeregeld(r), vandaag, weken);
        }
    }
}
