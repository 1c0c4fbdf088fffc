package nl.wegwijs.zelfredzaamheid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectGewijzigd;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

/**
 * Self-reliance of a household: its measurements, the begeleidingsplan, the stand under the contract's rule, and the
 * per-contract settings. Every household read and write goes through an {@link Inzage}: the guidance (vrijwilliger,
 * begeleider, teamleider) records and sees; others see the results only when {@link Gegevenssoort#ZELFREDZAAMHEID}
 * is visible to them (the gemeente: with a consent for that category). Every read and write is logged.
 */
@Service
@Transactional
public class ZelfredzaamheidService {

    static final String SOORT_METING = "zelfredzaamheid";

    static final String SOORT_PLAN = "begeleidingsplan";

    /** A date in a message: day-month-year, the same in every language. */
    private static final java.time.format.DateTimeFormatter DATUM = java.time.format.DateTimeFormatter
        .ofPattern("d-M-yyyy");

    private final Zelfredzaamheidsopslag opslag;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ZelfredzaamheidService(Zelfredzaamheidsopslag opslag, TrajectService trajecten, OrganisatieService organisaties,
            ApplicationEventPublisher events, Clock clock) {
        this.opslag = opslag;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.events = events;
        this.clock = clock;
    }

    // --- the public contract

    /**
     * The latest measurement of the household's persons read through the Inzage (logged), with the contract's rule.
     * Empty when nobody was measured yet, or when the reader may not see the results (no consent).
     */
    public Optional<Stand> stand(Inzage inzage) {
        if (!inzage.magZien(Gegevenssoort.ZELFREDZAAMHEID)) {
            return Optional.empty();
        }
        Huidig h = huidig(inzage);
        inzage.log(nl.wegwijs.verwerkingslog.Actie.LEZEN, SOORT_METING, inzage.huishoudenId().value());
        return h.stand();
    }

    /** The file's section: the stand and the next measurement, read through the file's Inzage (no new log row). */
    ZelfredzaamheidDossier.Model dossier(Inzage inzage, @Nullable LocalDate start) {
        if (!inzage.magZien(Gegevenssoort.ZELFREDZAAMHEID)) {
            return new ZelfredzaamheidDossier.Model(inzage, false, null, null, LocalDate.now(clock));
        }
        Huidig h = huidig(inzage, start);
        inzage.log(nl.wegwijs.verwerkingslog.Actie.LEZEN, SOORT_METING, inzage.huishoudenId().value());
        return new ZelfredzaamheidDossier.Model(inzage, true, h.stand().orElse(null), h.volgende(),
                LocalDate.now(clock));
    }

    // --- reads for the pages

    /** Everything the household's self-reliance page shows; refuses (403) without the category visible. */
    public Overzicht overzicht(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.ZELFREDZAAMHEID);
        Huidig h = huidig(inzage);
        inzage.log(nl.wegwijs.verwerkingslog.Actie.LEZEN, SOORT_METING, id.value());
        return new Overzicht(inzage, h.instrument(), h.instelling(), h.metingen(), h.stand().orElse(null),
                h.volgende(), h.stagnatie(), h.laagste(), opslag.acties(id.value()), magVastleggen(inzage),
                h.onderwerpen(), opslag.correcties(id.value()));
    }

    /**
     * A household's self-reliance page model.
     *
     * @param metingen per measured subject (a person's id, or the household's id), oldest first
     * @param onderwerpen who can be measured: the persons (or the household) by id and name
     * @param correcties per measurement (by id) its corrections, oldest first
     */
    public record Overzicht(Inzage inzage, Instrument instrument, Instelling instelling,
            Map<UUID, List<Meting>> metingen, @Nullable Stand stand, @Nullable LocalDate volgendeMeting,
            boolean stagnatie, boolean laagsteNiveau, List<Actie> acties, boolean magVastleggen,
            Map<UUID, String> onderwerpen, Map<UUID, List<Correctie>> correcties) {

        /** Every measurement of the household, oldest first (by date, then when it was recorded). */
        public List<Meting> alleMetingen() {
            return metingen.values().stream().flatMap(List::stream).sorted(Comparator.comparing(Meting::gemetenOp)
                .thenComparing(Meting::vastgelegdOp).thenComparing(Meting::id)).toList();
        }

        /** One measurement of this household; empty when it is not this household's. */
        public java.util.Optional<Meting> meting(UUID id) {
            return metingen.values().stream().flatMap(List::stream).filter(m -> m.id().equals(id)).findFirst();
        }

        /** The corrections of a measurement, oldest first. */
        public List<Correctie> correcties(UUID metingId) {
            return correcties.getOrDefault(metingId, List.of());
        }

        /** Who a measurement is of: the person's name, or the household's for a household measurement. */
        public String onderwerpNaam(Meting m) {
            return onderwerpen.getOrDefault(m.persoonId() == null ? m.huishoudenId() : m.persoonId(), "?");
        }

        public List<Actie> openActies() {
            return acties.stream().filter(Actie::open).toList();
        }

        public List<Actie> afgerondeActies() {
            return acties.stream().filter(a -> !a.open()).toList();
        }

        public @Nullable Meting laatsteMeting() {
            return metingen.values().stream().flatMap(List::stream).max(Comparator.comparing(Meting::gemetenOp)
                .thenComparing(Meting::vastgelegdOp)).orElse(null);
        }

        public String domeinNaam(UUID domein) {
            return instrument.domein(domein).map(Domein::naam).orElse("?");
        }

        public boolean teLaat(LocalDate vandaag) {
            return volgendeMeting != null && volgendeMeting.isBefore(vandaag);
        }
    }

    /** Whether this reader records measurements and the plan: the uitvoerder's guidance on a running trajectory. */
    public static boolean magVastleggen(Inzage inzage) {
        return inzage.magBegeleiden() && inzage.medewerker().heeftRol(Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER)
                && inzage.magZien(Gegevenssoort.ZELFREDZAAMHEID);
    }

    // --- writes

    /** Records a measurement; refuses a level outside the scale, a closed trajectory, a future date. */
    public Meting meet(Medewerker ik, HuishoudenId id, NieuweMeting invoer) {
        Inzage inzage = voorSchrijven(ik, id);
        Huidig h = huidig(inzage);
        UUID persoon = invoer.persoonId();
        if (h.instrument().perHuishouden()) {
            persoon = null;
        }
        else if (persoon == null || inzage.huishouden().persoon(persoon).isEmpty()) {
            throw new DomeinFout("zelfredzaamheid.fout.persoon");
        }
        LocalDate vandaag = LocalDate.now(clock);
        String notitie = leegNaarNull(invoer.notitie());
        Zelfredzaamheidsregels.valideer(h.instrument(), h.instelling(), invoer.gemetenOp(), vandaag, invoer.scores(),
                notitie);
        UUID subject = persoon == null ? id.value() : persoon;
        boolean eerste = h.metingen().getOrDefault(subject, List.of()).isEmpty();
        Metingsoort soort = eerste ? Metingsoort.NULMETING
                : invoer.soort() == null || invoer.soort() == Metingsoort.NULMETING ? Metingsoort.VERVOLG
                        : invoer.soort();
        Meting m = new Meting(UUID.randomUUID(), id.value(), inzage.trajectId().value(), persoon,
                h.instrument().id(), invoer.gemetenOp(), soort, notitie, List.copyOf(invoer.scores()), ik.id(),
                Instant.now(clock), 1);
        opslag.voegToe(m);
        inzage.log(nl.wegwijs.verwerkingslog.Actie.AANMAKEN, SOORT_METING, m.id(), personen(inzage, persoon));
        publiceer(inzage.huishoudenId(), inzage.trajectId().value());
        return m;
    }

    /**
     * Corrects a past measurement (its date, note and scores) at the version the user saw, with a required reason:
     * only the guidance (as for a new measurement) and only while the trajectory is open. The scores are checked as
     * for a new measurement, against the instrument the measurement was taken with; the baseline stays the subject's
     * first measurement; a correction that changes nothing is refused. The correction is kept with its reason and
     * what the measurement was before, logged (a write per person measured), and the household's state recomputed
     * for the worklist. A stale version writes nothing.
     */
    public Meting wijzig(Medewerker ik, HuishoudenId id, UUID metingId, long versie, LocalDate gemetenOp,
            @Nullable String notitie, List<Score> scores, @Nullable String reden) {
        Inzage inzage = voorSchrijven(ik, id, "zelfredzaamheid.fout.afgesloten-correctie");
        Huidig h = huidig(inzage);
        Meting oud = h.metingen().values().stream().flatMap(List::stream).filter(m -> m.id().equals(metingId))
            .findFirst().orElseThrow(NietGevonden::new);
        String r = leegNaarNull(reden);
        if (r == null) {
            throw new DomeinFout("zelfredzaamheid.fout.reden-leeg");
        }
        if (r.length() > Correctie.REDEN_MAX) {
            throw new DomeinFout("zelfredzaamheid.fout.reden-lang", Correctie.REDEN_MAX);
        }
        Instrument instrument = opslag.instrument(oud.instrumentId()).orElseThrow();
        // a measurement taken with an instrument the contract no longer uses is checked against all its domains
        Instelling instelling = instrument.id().equals(h.instelling().instrumentId()) ? h.instelling()
                : new Instelling(h.instelling().contractId(), instrument.id(), java.util.Set.of(),
                        h.instelling().momenten(), h.instelling().nulmetingWeken(), h.instelling().eindmeting(),
                        h.instelling().drempel(), h.instelling().toegestaanOnder(), h.instelling().versie(),
                        h.instelling().standaard());
        String n = leegNaarNull(notitie);
        Zelfredzaamheidsregels.valideer(instrument, instelling, gemetenOp, LocalDate.now(clock), scores, n);
        UUID subject = oud.persoonId() == null ? id.value() : oud.persoonId();
        List<Meting> andere = h.metingen().getOrDefault(subject, List.of()).stream()
            .filter(m -> !m.id().equals(metingId)).toList();
        if (oud.soort() == Metingsoort.NULMETING) {
            andere.stream().map(Meting::gemetenOp).min(LocalDate::compareTo).filter(gemetenOp::isAfter)
                .ifPresent(eerste -> {
                    throw new DomeinFout("zelfredzaamheid.fout.nulmeting-na", DATUM.format(eerste));
                });
        }
        else {
            andere.stream().filter(m -> m.soort() == Metingsoort.NULMETING).map(Meting::gemetenOp).findFirst()
                .filter(gemetenOp::isBefore).ifPresent(nul -> {
                    throw new DomeinFout("zelfredzaamheid.fout.voor-nulmeting", DATUM.format(nul));
                });
        }
        if (oud.gemetenOp().equals(gemetenOp) && Objects.equals(oud.notitie(), n)
                && new java.util.HashSet<>(oud.scores()).equals(new java.util.HashSet<>(scores))
                && oud.scores().size() == scores.size()) {
            throw new DomeinFout("zelfredzaamheid.fout.niets-gewijzigd");
        }
        if (!opslag.corrigeer(metingId, versie, gemetenOp, n, scores, r, ik.id(), Instant.now(clock))) {
            throw new GelijktijdigGewijzigd();
        }
        inzage.log(nl.wegwijs.verwerkingslog.Actie.WIJZIGEN, SOORT_METING, metingId, personen(inzage, oud.persoonId()));
        publiceer(inzage.huishoudenId(), inzage.trajectId().value());
        return new Meting(oud.id(), oud.huishoudenId(), oud.trajectId(), oud.persoonId(), oud.instrumentId(),
                gemetenOp, oud.soort(), n, List.copyOf(scores), oud.vastgelegdDoor(), oud.vastgelegdOp(), versie + 1);
    }

    /** Adds an action to the begeleidingsplan, for a domain of a measurement of this household. */
    public Actie voegActieToe(Medewerker ik, HuishoudenId id, UUID metingId, UUID domeinId, String omschrijving,
            Actie.@Nullable Uitvoerder uitvoerder, @Nullable String partner, Actie.@Nullable Prioriteit prioriteit) {
        Inzage inzage = voorSchrijven(ik, id);
        Huidig h = huidig(inzage);
        Meting meting = h.metingen().values().stream().flatMap(List::stream).filter(m -> m.id().equals(metingId))
            .findFirst().orElseThrow(() -> new DomeinFout("zelfredzaamheid.fout.meting"));
        Instrument instrument = opslag.instrument(meting.instrumentId()).orElseThrow();
        if (instrument.domein(domeinId).isEmpty()) {
            throw new DomeinFout("zelfredzaamheid.fout.domein");
        }
        String tekst = leegNaarNull(omschrijving);
        if (tekst == null) {
            throw new DomeinFout("zelfredzaamheid.fout.actie-leeg");
        }
        if (tekst.length() > Actie.OMSCHRIJVING_MAX) {
            throw new DomeinFout("zelfredzaamheid.fout.actie-lang", Actie.OMSCHRIJVING_MAX);
        }
        if (uitvoerder == null) {
            throw new DomeinFout("zelfredzaamheid.fout.uitvoerder");
        }
        if (prioriteit == null) {
            throw new DomeinFout("zelfredzaamheid.fout.prioriteit");
        }
        String p = leegNaarNull(partner);
        if (uitvoerder == Actie.Uitvoerder.PARTNER && p == null) {
            throw new DomeinFout("zelfredzaamheid.fout.partner-leeg");
        }
        if (p != null && p.length() > Actie.PARTNER_MAX) {
            throw new DomeinFout("zelfredzaamheid.fout.partner-lang", Actie.PARTNER_MAX);
        }
        Actie a = new Actie(UUID.randomUUID(), id.value(), metingId, domeinId, tekst, uitvoerder,
                uitvoerder == Actie.Uitvoerder.PARTNER ? p : null, prioriteit, null, 1);
        opslag.voegToe(a, ik.id(), Instant.now(clock));
        inzage.log(nl.wegwijs.verwerkingslog.Actie.AANMAKEN, SOORT_PLAN, a.id(), personen(inzage, meting.persoonId()));
        return a;
    }

    /**
     * Ticks an action off (today) or reopens it, at the version the user saw; returns the action as it is now. An
     * action of another household does not exist here.
     */
    public Actie vinkAf(Medewerker ik, HuishoudenId id, UUID actieId, long versie, boolean afgerond) {
        Inzage inzage = voorSchrijven(ik, id);
        if (!opslag.vinkAf(id.value(), actieId, versie, afgerond ? LocalDate.now(clock) : null, ik.id(),
                Instant.now(clock))) {
            opslag.actie(id.value(), actieId).orElseThrow(NietGevonden::new);
            throw new GelijktijdigGewijzigd();
        }
        inzage.log(nl.wegwijs.verwerkingslog.Actie.WIJZIGEN, SOORT_PLAN, actieId);
        return opslag.actie(id.value(), actieId).orElseThrow(NietGevonden::new);
    }

    // --- per contract

    /** The instruments, in their order. */
    public List<Instrument> instrumenten() {
        return List.copyOf(opslag.instrumenten().values());
    }

    /** One instrument (with its domains, components and scale); empty when there is none with this id. */
    public Optional<Instrument> instrument(UUID id) {
        return opslag.instrument(id);
    }

    /** The contracts this medewerker may configure: all for the beheerder, their gemeente's for the regievoerder. */
    public List<Contract> contracten(Medewerker ik) {
        if (ik.heeftRol(Rol.BEHEERDER)) {
            return organisaties.contracten();
        }
        if (ik.heeftRol(Rol.REGIEVOERDER) && ik.gemeenteId() != null) {
            return organisaties.contractenVanGemeente(ik.gemeenteId());
        }
        throw new AccessDeniedException("zelfredzaamheid instellen: beheerder of regievoerder");
    }

    public Instelling instelling(Medewerker ik, UUID contractId) {
        vereisContract(ik, contractId);
        return opslag.instelling(contractId);
    }

    /**
     * Stores a contract's settings at the version the user saw (0 when it had none): the instrument, switched-on
     * domains (of that instrument, at least one), moments (1 to 60 months), baseline weeks, the rule's level (on
     * the scale) and how many items may stay below it.
     */
    public Instelling bewaar(Medewerker ik, Instelling instelling, long versie) {
        vereisContract(ik, instelling.contractId());
        Instrument instrument = opslag.instrument(instelling.instrumentId())
            .orElseThrow(() -> new DomeinFout("zelfredzaamheid.fout.instrument"));
        if (!instelling.domeinen().isEmpty() && instelling.domeinen().stream()
            .anyMatch(d -> instrument.domein(d).isEmpty())) {
            throw new DomeinFout("zelfredzaamheid.fout.domein");
        }
        if (instelling.momenten().isEmpty() || instelling.momenten().stream().anyMatch(m -> m == null || m < 1 || m > 60)
                || instelling.momenten().size() > 12) {
            throw new DomeinFout("zelfredzaamheid.fout.momenten");
        }
        if (instelling.nulmetingWeken() < 0 || instelling.nulmetingWeken() > 52) {
            throw new DomeinFout("zelfredzaamheid.fout.nulmeting-weken");
        }
        if (instelling.drempel() != null && !instrument.schaal().bevat(instelling.drempel())) {
            throw new DomeinFout("zelfredzaamheid.fout.drempel", instrument.schaal().min(), instrument.schaal().max());
        }
        if (instelling.toegestaanOnder() < 0 || instelling.toegestaanOnder() > 50) {
            throw new DomeinFout("zelfredzaamheid.fout.toegestaan-onder");
        }
        List<Integer> momenten = instelling.momenten().stream().sorted().distinct().toList();
        Instelling i = new Instelling(instelling.contractId(), instelling.instrumentId(), instelling.domeinen(),
                momenten, instelling.nulmetingWeken(), instelling.eindmeting(), instelling.drempel(),
                instelling.toegestaanOnder(), versie + 1, false);
        if (!opslag.bewaar(i, versie, ik.id(), Instant.now(clock))) {
            throw new GelijktijdigGewijzigd();
        }
        return i;
    }

    private void vereisContract(Medewerker ik, UUID contractId) {
        if (contracten(ik).stream().noneMatch(c -> c.id().equals(contractId))) {
            throw new NietGevonden();
        }
    }

    // --- keeping the worklist current

    @EventListener
    void on(TrajectGewijzigd gewijzigd) {
        publiceer(gewijzigd.huishouden(), gewijzigd.traject().value());
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        opslag.anonimiseer(gebeurtenis.huishouden().value());
    }

    /** Recomputes the household's state (no acting user, nothing shown) and tells the worklist. */
    private void publiceer(HuishoudenId huishouden, UUID trajectId) {
        Optional<Zelfredzaamheidsopslag.TrajectStand> t = opslag.traject(trajectId);
        if (t.isEmpty()) {
            return;
        }
        Instelling instelling = opslag.instelling(t.get().contractId());
        Instrument instrument = opslag.instrument(instelling.instrumentId()).orElseThrow();
        Map<UUID, List<Meting>> per = perOnderwerp(opslag.metingen(huishouden.value()), huishouden.value());
        boolean afgesloten = TrajectStatus.valueOf(t.get().status()).isAfgesloten();
        Signalen s = signalen(instrument, instelling, per, t.get().start(), afgesloten);
        events.publishEvent(new ZelfredzaamheidStandGewijzigd(huishouden, s.volgende(), s.stagnatie(), s.laagste()));
    }

    // --- computing the state

    private record Signalen(@Nullable LocalDate volgende, boolean stagnatie, boolean laagste) {
    }

    private Signalen signalen(Instrument instrument, Instelling instelling, Map<UUID, List<Meting>> per,
            @Nullable LocalDate start, boolean afgesloten) {
        List<LocalDate> datums = per.values().stream().flatMap(List::stream).map(Meting::gemetenOp).toList();
        LocalDate volgende = Zelfredzaamheidsregels.volgendeMeting(start, afgesloten, instelling, datums);
        boolean stagnatie = false;
        boolean laagste = false;
        for (List<Meting> lijst : per.values()) {
            Meting laatste = lijst.get(lijst.size() - 1);
            Meting vorige = lijst.size() > 1 ? lijst.get(lijst.size() - 2) : null;
            Instrument ins = instrumentVan(laatste, instrument);
            stagnatie |= vorige != null && vorige.instrumentId().equals(laatste.instrumentId())
                    && Zelfredzaamheidsregels.stagnatie(ins, instelling, vorige, laatste);
            laagste |= Zelfredzaamheidsregels.laagsteNiveau(ins, instelling, laatste);
        }
        return new Signalen(volgende, stagnatie && !afgesloten, laagste && !afgesloten);
    }

    private Instrument instrumentVan(Meting m, Instrument standaard) {
        return m.instrumentId().equals(standaard.id()) ? standaard
                : opslag.instrument(m.instrumentId()).orElse(standaard);
    }

    private record Huidig(Instrument instrument, Instelling instelling, Map<UUID, List<Meting>> metingen,
            Optional<Stand> stand, @Nullable LocalDate volgende, boolean stagnatie, boolean laagste,
            Map<UUID, String> onderwerpen) {
    }

    private Huidig huidig(Inzage inzage) {
        return huidig(inzage, opslag.traject(inzage.trajectId().value())
            .map(Zelfredzaamheidsopslag.TrajectStand::start).orElse(null));
    }

    private Huidig huidig(Inzage inzage, @Nullable LocalDate start) {
        Instelling instelling = opslag.instelling(inzage.toegang().contractId());
        Instrument instrument = opslag.instrument(instelling.instrumentId()).orElseThrow();
        UUID huishouden = inzage.huishoudenId().value();
        Map<UUID, List<Meting>> per = perOnderwerp(opslag.metingen(huishouden), huishouden);
        Signalen s = signalen(instrument, instelling, per, start, inzage.toegang().status().isAfgesloten());
        Map<UUID, String> onderwerpen = new LinkedHashMap<>();
        if (instrument.perHuishouden()) {
            onderwerpen.put(huishouden, inzage.huishouden().naam());
        }
        else {
            inzage.huishouden().personen().forEach(p -> onderwerpen.put(p.id(), p.naam()));
        }
        return new Huidig(instrument, instelling, per, stand(inzage, instrument, instelling, per), s.volgende(),
                s.stagnatie(), s.laagste(), onderwerpen);
    }

    /** Measurements per subject (a person, or the household's id for a household measurement), oldest first. */
    private static Map<UUID, List<Meting>> perOnderwerp(List<Meting> metingen, UUID huishouden) {
        Map<UUID, List<Meting>> per = new LinkedHashMap<>();
        for (Meting m : metingen) {
            per.computeIfAbsent(m.persoonId() == null ? huishouden : m.persoonId(), k -> new ArrayList<>()).add(m);
        }
        return per;
    }

    private Optional<Stand> stand(Inzage inzage, Instrument standaard, Instelling instelling,
            Map<UUID, List<Meting>> per) {
        if (per.isEmpty()) {
            return Optional.empty();
        }
        List<DomeinStand> domeinen = new ArrayList<>();
        List<String> tekort = new ArrayList<>();
        boolean genoeg = true;
        LocalDate gemetenOp = null;
        String naam = standaard.naam();
        boolean meerdere = per.size() > 1;
        for (Map.Entry<UUID, List<Meting>> e : per.entrySet()) {
            Meting laatste = e.getValue().get(e.getValue().size() - 1);
            Instrument instrument = instrumentVan(laatste, standaard);
            naam = instrument.naam();
            if (gemetenOp == null || laatste.gemetenOp().isAfter(gemetenOp)) {
                gemetenOp = laatste.gemetenOp();
            }
            UUID persoonId = laatste.persoonId() != null ? laatste.persoonId()
                    : inzage.huishouden().hoofdpersoon().id();
            String persoonNaam = laatste.persoonId() != null
                    ? inzage.huishouden().persoon(laatste.persoonId()).map(Persoon::naam).orElse("?")
                    : inzage.huishouden().naam();
            for (Domein d : instelling.domeinen(instrument)) {
                Integer niveau = Zelfredzaamheidsregels.domeinNiveau(d, laatste, instrument.schaal());
                domeinen.add(new DomeinStand(persoonId, persoonNaam, d.naam(), niveau,
                        instrument.schaal().naam(niveau), instrument.schaal().max(),
                        Zelfredzaamheidsregels.nietVanToepassing(d, laatste)));
            }
            List<String> t = Zelfredzaamheidsregels.tekort(instrument, instelling, laatste);
            genoeg &= t.size() <= instelling.toegestaanOnder();
            t.forEach(x -> tekort.add(meerdere ? persoonNaam + ": " + x : x));
        }
        return Optional.of(new Stand(Objects.requireNonNull(gemetenOp), naam, domeinen, new Oordeel(genoeg, tekort)));
    }

    // --- helpers

    private Inzage voorSchrijven(Medewerker ik, HuishoudenId id) {
        return voorSchrijven(ik, id, "zelfredzaamheid.fout.afgesloten");
    }

    private Inzage voorSchrijven(Medewerker ik, HuishoudenId id, String afgesloten) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (inzage.toegang().status().isAfgesloten()) {
            throw new DomeinFout(afgesloten);
        }
        if (!magVastleggen(inzage)) {
            throw new AccessDeniedException("zelfredzaamheid vastleggen: alleen de begeleiding");
        }
        return inzage;
    }

    private static Collection<UUID> personen(Inzage inzage, @Nullable UUID persoon) {
        return persoon != null ? List.of(persoon)
                : inzage.huishouden().personen().stream().map(Persoon::id).toList();
    }

    private static @Nullable String leegNaarNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
