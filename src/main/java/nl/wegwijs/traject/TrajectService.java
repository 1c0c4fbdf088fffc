package nl.wegwijs.traject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.MedewerkerOverzicht;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Regime;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the traject module: aanmelding, acceptance, assignments, phases, extensions, closing, and
 * the household file with its legal timeline. Every method takes the acting medewerker; a trajectory they may not
 * see does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class TrajectService {

    private final Trajecten trajecten;
    private final Feiten feiten;
    private final nl.wegwijs.huishouden.Zichtbaarheid zichtbaarheid;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final Verwerkingslog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int binnenkortDagen;
    private final int heropenenDagen;
    private final org.springframework.beans.factory.ObjectProvider<Toestemmingsbron> toestemmingen;
    private final org.springframework.beans.factory.ObjectProvider<Overdrachtsontvangst> overdrachten;

    TrajectService(Trajecten trajecten, Feiten feiten, nl.wegwijs.huishouden.Zichtbaarheid zichtbaarheid, HuishoudenService huishoudens, OrganisatieService organisaties,
            Verwerkingslog log, ApplicationEventPublisher events, Clock clock,
            @Value("${wegwijs.termijn.binnenkort-dagen:14}") int binnenkortDagen,
            @Value("${wegwijs.traject.heropenen-dagen:30}") int heropenenDagen,
            org.springframework.beans.factory.ObjectProvider<Toestemmingsbron> toestemmingen,
            org.springframework.beans.factory.ObjectProvider<Overdrachtsontvangst> overdrachten) {
        this.toestemmingen = toestemmingen;
        this.overdrachten = overdrachten;
        this.heropenenDagen = heropenenDagen;
        this.trajecten = trajecten;
        this.feiten = feiten;
        this.zichtbaarheid = zichtbaarheid;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.log = log;
        this.events = events;
        this.clock = clock;
        this.binnenkortDagen = binnenkortDagen;
    }

    // --- the one access point

    /**
     * The access point to one household's personal data for this medewerker (see {@link Inzage}): refuses (404) when
     * they may not see the household. Three or four statements (access, household with persons, consent and
     * override); nothing is logged until the caller reads or writes through it. Reading through it logs, so call it
     * inside a read-write transaction.
     */
    public Inzage inzage(Medewerker ik, HuishoudenId id) {
        Toegang toegang = toegang(ik, id).orElseThrow(NietGevonden::new);
        Huishouden h = huishoudens.intern(id).orElseThrow(NietGevonden::new);
        Toestemmingsbron bron = toestemmingen.getIfAvailable();
        Toestemmingsbron.Grondslag grondslag = bron == null ? Toestemmingsbron.Grondslag.GEEN
                : bron.grondslag(ik, id, Instant.now(clock));
        return new Inzage(toegang, h, grondslag, LocalDate.now(clock), identificatieZichtbaar(ik), log);
    }

    /** {@link #inzage(Medewerker, HuishoudenId)} for the household of a trajectory. */
    public Inzage inzage(Medewerker ik, TrajectId id) {
        return inzage(ik, trajecten.findById(id).map(Traject::huishouden).orElseThrow(NietGevonden::new));
    }

    /**
     * BSN and V-nummer: not for a vrijwilliger, unless their uitvoerder's policy allows it (with a recorded reason:
     * volunteers doing the administration of phase 1). Decided in {@link OrganisatieService#magIdentificatieZien}.
     */
    private boolean identificatieZichtbaar(Medewerker ik) {
        return organisaties.magIdentificatieZien(ik);
    }

    // --- reads

    /**
     * The household file: household, trajectory, voorwaarden and timeline, as far as the reader may see it (without
     * the persons' PIP and inburgering deadlines and facts when inburgering is not theirs to see). Logged as a read
     * of every person.
     */
    @Transactional
    public Dossier dossier(Inzage inzage) {
        Trajecten.Volledig v = trajecten.volledig(inzage.trajectId()).orElseThrow(NietGevonden::new);
        Dossier d = dossier(inzage.huishouden(), v.traject(), v.feiten(), v.historie());
        inzage.log(Actie.LEZEN, "huishouden", inzage.huishoudenId().value());
        if (inzage.magZien(Gegevenssoort.INBURGERING)) {
            return d;
        }
        return new Dossier(d.huishouden(), d.traject(), d.contract(), d.voorwaarden(), d.huishoudenTermijnen(),
                d.namen(), java.util.Map.of(), d.uitersteEinde(), d.historie());
    }

    @Transactional
    public Optional<Dossier> dossier(Medewerker ik, HuishoudenId id) {
        return toegang(ik, id).map(x -> dossier(inzage(ik, id)));
    }

    @Transactional
    public Optional<Dossier> dossier(Medewerker ik, TrajectId id) {
        return trajecten.findById(id).flatMap(t -> dossier(ik, t.huishouden()));
    }

    /**
     * The legal timeline of a household under its trajectory, for maintenance of read models (no acting user: it
     * shows nothing to anyone by itself).
     */
    public Optional<Samenvatting> samenvatting(TrajectId id, Huishouden huishouden) {
        return trajecten.findById(id).map(t -> {
            Dossier d = dossier(huishouden, t);
            String faseNaam = d.voorwaarden().fasen().stream().filter(f -> f.code().equals(t.faseCode()))
                .map(FaseNorm::naam).findFirst().orElse(t.faseCode());
            return new Samenvatting(t, d.termijnen(), d.namen(), faseNaam);
        });
    }

    /**
     * A page of the trajectories the medewerker may see, keyset on id (for the API). A trajectory (status, phase, end)
     * is about every person of its household: one log row each, for the whole page in one statement.
     */
    @Transactional
    public List<Traject> pagina(Medewerker ik, @Nullable UUID na, int aantal) {
        return pagina(ik, nl.wegwijs.huishouden.HuishoudenSelectie.ALLES, na, aantal).items();
    }

    /** One page of trajectories and the key after which the next page starts (null on the last page). */
    public record Pagina(List<Traject> items, @Nullable UUID volgende) {
    }

    /**
     * A page of the trajectories the medewerker may see that match the selection's filters (status, phase, gemeente,
     * uitvoerder, team, assigned guide, registration date; they only narrow), keyset on id, read with one row more
     * to know whether a next page exists. Only the rows shown are logged.
     */
    @Transactional
    public Pagina pagina(Medewerker ik, nl.wegwijs.huishouden.HuishoudenSelectie selectie, @Nullable UUID na,
            int aantal) {
        int n = Paginering.grootte(aantal);
        List<Traject> rijen = trajecten.pagina(zichtbaarheid.filter(ik, "t.huishouden_id")
            .en(zichtbaarheid.selectie(selectie.zonderNaam(), "t.huishouden_id")), na, n + 1);
        List<Traject> pagina = Paginering.eerste(rijen, n);
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(),
                nl.wegwijs.verwerkingslog.Verwerkingslog.Getoond.IEDEREEN, pagina.stream()
                    .map(t -> new nl.wegwijs.verwerkingslog.Verwerkingslog.Lijstregel(t.huishouden().value(),
                            "traject", t.id().value()))
                    .toList());
        return new Pagina(pagina, rijen.size() > n ? pagina.get(n - 1).id().value() : null);
    }

    /**
     * Whether and how the medewerker may work on this household's daily guidance: empty when they may not see it
     * (callers answer 404 then, as for any household that is not theirs). One statement; nothing is logged, since no
     * personal data is read.
     */
    public Optional<Toegang> toegang(Medewerker ik, HuishoudenId huishouden) {
        return trajecten.toegang(ik, zichtbaarheid.filter(ik, "t.huishouden_id"), huishouden);
    }

    /** The household of a trajectory the medewerker may see (no file is read, so nothing is logged). */
    public Optional<HuishoudenId> huishoudenVan(Medewerker ik, TrajectId id) {
        return trajecten.findById(id)
            .filter(t -> toegang(ik, t.huishouden()).isPresent())
            .map(Traject::huishouden);
    }

    /**
     * Trajectories whose set of current assignments changes on a day in [{@code van}, {@code tot}]: an assignment
     * starts that day or ended the day before. For read models that must follow the calendar.
     */
    public List<TrajectId> toewijzingWisselingen(LocalDate van, LocalDate tot) {
        return trajecten.toewijzingWisselingen(van, tot);
    }

    /** The household of a trajectory, without scope: for read models only. */
    public Optional<HuishoudenId> huishoudenIntern(TrajectId id) {
        return trajecten.findById(id).map(Traject::huishouden);
    }

    public Optional<TrajectId> trajectVan(HuishoudenId huishouden) {
        return trajecten.findByHuishouden(huishouden).map(Traject::id);
    }

    private Dossier dossier(Huishouden h, Traject t) {
        return dossier(h, t, feiten.van(t.id()), List.of());
    }

    /** Deadlines, voorwaarden and names for a trajectory read with its facts and history (two statements more). */
    private Dossier dossier(Huishouden h, Traject t, java.util.Map<UUID, PersoonFeiten> vastgelegd,
            List<StatusWijziging> historie) {
        Regime regime = organisaties.regime(t.contractId());
        LocalDate vandaag = LocalDate.now(clock);
        TijdlijnInvoer invoer = invoer(h, t, vandaag, vastgelegd);
        List<Termijn> termijnen = Termijnregels.bereken(invoer, regime.gemeenteVersies(), regime.voorwaarden(),
                regime.contract().peildatum(), vandaag, binnenkortDagen);
        ContractVoorwaarden voorwaarden = Termijnregels.kiesVoorwaarden(regime.voorwaarden(),
                Termijnregels.datum(invoer, regime.contract().peildatum()), vandaag);
        Set<UUID> mensen = new HashSet<>();
        t.toewijzingen().forEach(w -> mensen.add(w.medewerkerId()));
        mensen.add(t.aangemeldDoor());
        vastgelegd.values().forEach(f -> {
            if (f.pipVastgelegdDoor() != null) {
                mensen.add(f.pipVastgelegdDoor());
            }
            if (f.inburgeringVastgelegdDoor() != null) {
                mensen.add(f.inburgeringVastgelegdDoor());
            }
        });
        // the history's names only when the file shows the history (more than one status), as before
        if (historie.size() > 1) {
            historie.forEach(s -> mensen.add(s.medewerkerId()));
        }
        return new Dossier(h, t, regime.contract(), voorwaarden, termijnen, organisaties.namen(mensen), vastgelegd,
                Termijnregels.uitersteEinde(invoer, voorwaarden).orElse(null), historie);
    }

    /** The input of the deadline rules; {@code vastgelegd}: the recorded PIP and inburgering dates by person. */
    private static TijdlijnInvoer invoer(Huishouden h, Traject t, LocalDate vandaag,
            java.util.Map<UUID, PersoonFeiten> vastgelegd) {
        List<TijdlijnInvoer.PersoonInvoer> personen = h.personen().stream()
            .map(p -> {
                PersoonFeiten f = vastgelegd.getOrDefault(p.id(), PersoonFeiten.leeg(p.id()));
                return new TijdlijnInvoer.PersoonInvoer(p.id(), p.nareiziger(),
                        p.inburgeringsplichtig(p.brpDatum() != null ? p.brpDatum() : vandaag), p.brpDatum(),
                        f.pipVastgesteldOp(), f.inburgeringAfgerondOp());
            })
            .toList();
        return new TijdlijnInvoer(h.datums().koppeling(), h.datums().huisvesting(), h.datums().verhuizing(), personen,
                t.verlengingen().stream().map(Verlenging::maanden).toList(), t.faseCode(), t.faseStart(),
                t.status().isAfgesloten() ? t.eindeDatum() : null);
    }

    // --- aanmelding and lifecycle

    /**
     * Registers a household for guidance under a contract: by the gemeente's regievoerder, or by the uitvoerder
     * (teamleider, begeleider) itself.
     */
    @Transactional
    public Traject meldAan(Medewerker ik, Aanmelding aanmelding) {
        LocalDate vandaag = LocalDate.now(clock);
        Contract contract = organisaties.contractenVoorAanmelding(ik, vandaag).stream()
            .filter(c -> c.id().equals(aanmelding.contractId()))
            .findFirst()
            .orElseThrow(() -> new DomeinFout("traject.aanmelding.contract"));
        Huishouden h = huishoudens.registreer(ik, contract.gemeenteId(), aanmelding.adres(), aanmelding.datums(),
                aanmelding.herkomstLocatie(), aanmelding.personen());
        LocalDate op = aanmelding.aangemeldOp() == null ? vandaag : aanmelding.aangemeldOp();
        vereisNietInToekomst(op);
        Traject t = Traject.meldAan(h.id(), contract.id(), contract.gemeenteId(), contract.uitvoerderId(), op,
                ik.id());
        opslaan(ik, t, h, Actie.AANMAKEN);
        return trajecten.findById(t.id()).orElseThrow();
    }

    /** The teamleider accepts the aanmelding for one of their teams. */
    @Transactional
    public void accepteer(Medewerker ik, TrajectId id, long versie, UUID team) {
        Geladen g = voorTeamleider(ik, id, versie);
        Traject t = g.traject();
        if (organisaties.teams(t.uitvoerderId()).stream().noneMatch(x -> x.id().equals(team))) {
            throw new DomeinFout("traject.team.onbekend");
        }
        t.accepteer(team, LocalDate.now(clock));
        opslaan(ik, g);
    }

    /** The teamleider places a running trajectory in one of their teams (e.g. after a change of uitvoerder). */
    @Transactional
    public void kiesTeam(Medewerker ik, TrajectId id, long versie, UUID team) {
        Geladen g = voorTeamleider(ik, id, versie);
        if (organisaties.teams(g.traject().uitvoerderId()).stream().noneMatch(x -> x.id().equals(team))) {
            throw new DomeinFout("traject.team.onbekend");
        }
        g.traject().kiesTeam(team);
        opslaan(ik, g);
    }

    /** Guidance really starts (practical start) in the contract's first phase. */
    @Transactional
    public void start(Medewerker ik, TrajectId id, long versie, LocalDate praktischeStart) {
        Geladen g = voorBegeleiding(ik, id, versie);
        Traject t = g.traject();
        List<FaseNorm> fasen = voorwaarden(g.huishouden(), t).fasen();
        if (fasen.isEmpty()) {
            throw new DomeinFout("traject.fase.geen");
        }
        vereisNietInToekomst(praktischeStart);
        t.start(praktischeStart, fasen.get(0).code());
        opslaan(ik, g);
    }

    @Transactional
    public void naarFase(Medewerker ik, TrajectId id, long versie, String faseCode, LocalDate vanaf) {
        Geladen g = voorBegeleiding(ik, id, versie);
        Traject t = g.traject();
        if (voorwaarden(g.huishouden(), t).fasen().stream().noneMatch(f -> f.code().equals(faseCode))) {
            throw new DomeinFout("traject.fase.onbekend");
        }
        vereisNietInToekomst(vanaf);
        t.naarFase(faseCode, vanaf);
        opslaan(ik, g);
    }

    /** The teamleider assigns a medewerker of their own uitvoerder in a role; a handoff ends the previous one. */
    @Transactional
    public Toewijzing wijsToe(Medewerker ik, TrajectId id, long versie, UUID medewerker, ToewijzingRol rol,
            LocalDate vanaf) {
        Geladen g = voorTeamleider(ik, id, versie);
        Traject t = g.traject();
        MedewerkerOverzicht wie = organisaties.toewijsbaar(ik, t.uitvoerderId(), medewerker)
            .orElseThrow(() -> new DomeinFout("traject.toewijzing.medewerker"));
        if (rol == ToewijzingRol.VRIJWILLIGER && wie.rol() != Rol.VRIJWILLIGER
                || rol != ToewijzingRol.VRIJWILLIGER && wie.rol() == Rol.VRIJWILLIGER) {
            throw new DomeinFout("traject.toewijzing.rol");
        }
        Toewijzing toewijzing = t.wijsToe(medewerker, rol, vanaf);
        opslaan(ik, g);
        return toewijzing;
    }

    /** The teamleider ends an assignment; {@code tot} is the last day (today keeps today). */
    @Transactional
    public void beeindigToewijzing(Medewerker ik, TrajectId id, long versie, UUID toewijzing, LocalDate tot) {
        Geladen g = voorTeamleider(ik, id, versie);
        g.traject().beeindigToewijzing(toewijzing, tot);
        opslaan(ik, g);
    }

    /** The way back after ending an assignment by mistake: the end is undone (while its last day ≥ yesterday). */
    @Transactional
    public void herstelToewijzing(Medewerker ik, TrajectId id, long versie, UUID toewijzing) {
        Geladen g = voorTeamleider(ik, id, versie);
        g.traject().herstelToewijzing(toewijzing, LocalDate.now(clock));
        opslaan(ik, g);
    }

    /**
     * The team-first guide picker: the guiding staff of the trajectory's team (a short list, at most
     * {@code max}); empty when no team is chosen yet or the medewerker may not assign.
     */
    public List<MedewerkerOverzicht> toewijsbaarInTeam(Medewerker ik, Traject traject, int max) {
        UUID team = traject.teamId();
        return team == null ? List.of() : organisaties.toewijsbaarInTeam(ik, traject.uitvoerderId(), team, max);
    }

    /** The search of the guide picker over all guiding staff of the trajectory's uitvoerder, by name. */
    public List<MedewerkerOverzicht> zoekToewijsbaar(Medewerker ik, Traject traject, String tekst, int max) {
        return organisaties.zoekToewijsbaar(ik, traject.uitvoerderId(), tekst, max);
    }

    /** The days after its end date within which a closed trajectory can be reopened (setting). */
    public int heropenenDagen() {
        return heropenenDagen;
    }

    /** Whether the medewerker may reopen this closed trajectory today: its teamleider, within the period. */
    public boolean magHeropenen(Medewerker ik, Traject t) {
        return ik.heeftRol(Rol.TEAMLEIDER) && t.uitvoerderId().equals(ik.uitvoerderId())
                && t.magHeropenen(LocalDate.now(clock), heropenenDagen);
    }

    /**
     * The teamleider reopens a closed trajectory within {@code wegwijs.traject.heropenen-dagen} (default 30) days
     * after its end date, with a reason: it returns to its previous active status, the assignments the closing ended
     * run on, the history keeps the closing and the reopening (who, when, why), and the worklist and checklist follow
     * through {@link TrajectGewijzigd}.
     */
    @Transactional
    public void heropen(Medewerker ik, TrajectId id, long versie, String reden) {
        Geladen g = voorTeamleider(ik, id, versie);
        Traject t = g.traject();
        t.heropen(LocalDate.now(clock), heropenenDagen, reden,
                trajecten.statusHistorie(id).stream().map(StatusWijziging::status).toList());
        opslaan(ik, g);
    }

    /** The status history of a file the medewerker has open: who closed or reopened it, when and why. */
    public List<StatusWijziging> statusHistorie(Dossier d) {
        return d.historie().isEmpty() ? trajecten.statusHistorie(d.traject().id()) : d.historie();
    }

    /** Extends guidance within the contract's maximum; decided by the teamleider or the gemeente's regievoerder. */
    @Transactional
    public void verleng(Medewerker ik, TrajectId id, long versie, int maanden, String reden) {
        Geladen g = zichtbaar(ik, id, versie);
        Traject t = g.traject();
        if (!ik.heeftRol(Rol.TEAMLEIDER, Rol.REGIEVOERDER)) {
            throw new DomeinFout("traject.niet-toegestaan");
        }
        ContractVoorwaarden v = voorwaarden(g.huishouden(), t);
        if (v.begeleidingMaanden() == null) {
            throw new DomeinFout("traject.verlenging.geen-einde");
        }
        t.verleng(maanden, LocalDate.now(clock), ik.naam(), reden, v.verlengingMaxMaanden());
        opslaan(ik, g);
    }

    /** Closes the trajectory: afgerond, overgedragen (warm handover) or beëindigd, with a reason. */
    @Transactional
    public void sluitAf(Medewerker ik, TrajectId id, long versie, TrajectStatus eind, EindeReden reden, LocalDate op,
            @Nullable String toelichting) {
        Geladen g = zichtbaar(ik, id, versie);
        Traject t = g.traject();
        if (!ik.heeftRol(Rol.TEAMLEIDER, Rol.REGIEVOERDER)) {
            throw new DomeinFout("traject.niet-toegestaan");
        }
        vereisNietInToekomst(op);
        t.sluitAf(eind, reden, op, toelichting == null || toelichting.isBlank() ? null : toelichting.strip());
        opslaan(ik, g);
        events.publishEvent(new TrajectAfgerond(t.id(), t.huishouden(), eind, reden, op));
    }

    /**
     * The receiving wijkteam accepts a warm handover: the trajectory closes as {@code OVERGEDRAGEN} with reason
     * {@code WARME_OVERDRACHT} on {@code op} and becomes read-only. Only a medewerker with role WIJKTEAM for whom the
     * handover module confirms that a handover of this trajectory waits for their acceptance
     * ({@link Overdrachtsontvangst}); anyone else gets 404, as for a household that is not theirs. The receiver cannot
     * see the household before acceptance, so the write is logged here for every person. The accepting organisation
     * is kept with the trajectory: its wijkteam sees the household read-only from then on (and no other wijkteam).
     */
    @Transactional
    public void sluitAfNaOverdracht(Medewerker ik, TrajectId id, LocalDate op, @Nullable String toelichting) {
        Overdrachtsontvangst ontvangst = overdrachten.getIfAvailable();
        if (!ik.heeftRol(Rol.WIJKTEAM) || ontvangst == null || !ontvangst.wachtOpAcceptatie(ik, id)) {
            throw new NietGevonden();
        }
        Traject t = trajecten.findById(id).orElseThrow(NietGevonden::new);
        Huishouden h = huishoudens.intern(t.huishouden()).orElseThrow(NietGevonden::new);
        vereisNietInToekomst(op);
        t.sluitAf(TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT, op,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip());
        trajecten.save(t, ik.id(), Instant.now(clock));
        // from now on the accepting organisation's wijkteam sees the household (read-only), also when that
        // organisation is not the household's gemeente
        trajecten.overgedragenAan(t.id(), ik.organisatieId());
        log.leg(h.personen().stream()
            .map(p -> new Verwerking(ik.id(), ik.organisatieId(), Actie.WIJZIGEN, ik.rol().doel(), p.id(),
                    h.id().value(), "traject", t.id().value()))
            .toList());
        events.publishEvent(new TrajectGewijzigd(t.id(), t.huishouden()));
        events.publishEvent(new TrajectAfgerond(t.id(), t.huishouden(), TrajectStatus.OVERGEDRAGEN,
                EindeReden.WARME_OVERDRACHT, op));
    }

    /**
     * A gemeente changes uitvoerder: every running trajectory under the old contract continues under the new one from
     * {@code per}, keeping its history. Done by the beheerder.
     */
    @Transactional
    public int wisselContract(Medewerker ik, UUID oudContract, UUID nieuwContract, LocalDate per) {
        if (!ik.heeftRol(Rol.BEHEERDER)) {
            throw new NietGevonden();
        }
        Contract oud = organisaties.contract(oudContract).orElseThrow(NietGevonden::new);
        Contract nieuw = organisaties.contract(nieuwContract).orElseThrow(NietGevonden::new);
        if (!oud.gemeenteId().equals(nieuw.gemeenteId())) {
            throw new DomeinFout("traject.contract.andere-gemeente");
        }
        List<TrajectId> lopend = trajecten.lopendOnder(oudContract);
        for (TrajectId id : lopend) {
            Traject t = trajecten.findById(id).orElseThrow(NietGevonden::new);
            t.wisselContract(nieuw.id(), nieuw.uitvoerderId(), per);
            trajecten.save(t, ik.id(), Instant.now(clock));
            events.publishEvent(new TrajectGewijzigd(t.id(), t.huishouden()));
        }
        return lopend.size();
    }

    // --- facts of the legal timeline per person (issue 17: PIP vastgesteld, inburgering afgerond). Kept together.

    /**
     * Who may record that a person's PIP was set or their inburgering ended: the gemeente's regievoerder (the PIP is
     * the gemeente's decision) and, for a trajectory of their own uitvoerder, the teamleider and begeleider (they
     * hear it first and report it). Not a vrijwilliger, budgetcoach, wijkteam, beleid or beheerder: these are legal
     * facts of the gemeente, not of daily support.
     */
    public static boolean magFeitenVastleggen(Medewerker ik, Traject t) {
        if (ik.heeftRol(Rol.REGIEVOERDER)) {
            return t.gemeenteId().equals(ik.gemeenteId());
        }
        return ik.heeftRol(Rol.TEAMLEIDER, Rol.BEGELEIDER) && t.uitvoerderId().equals(ik.uitvoerderId());
    }

    /** Records (or corrects, or with {@code op} null withdraws) the day a person's PIP was set. */
    @Transactional
    public PersoonFeiten legPipVast(Medewerker ik, TrajectId id, UUID persoon, long versie, @Nullable LocalDate op) {
        return legFeitVast(ik, id, persoon, versie, op, huidig -> new PersoonFeiten(persoon, op,
                op == null ? null : ik.id(), huidig.inburgeringAfgerondOp(), huidig.inburgeringAfronding(),
                huidig.inburgeringVastgelegdDoor(), huidig.versie()));
    }

    /**
     * Records (or corrects, or with {@code op} null withdraws) the day a person's inburgering ended and how:
     * afgerond, ontheffing or vrijstelling.
     */
    @Transactional
    public PersoonFeiten legInburgeringVast(Medewerker ik, TrajectId id, UUID persoon, long versie,
            @Nullable LocalDate op, @Nullable InburgeringAfronding afronding) {
        if (op != null && afronding == null) {
            throw new DomeinFout("traject.feit.afronding.leeg");
        }
        return legFeitVast(ik, id, persoon, versie, op, huidig -> new PersoonFeiten(persoon,
                huidig.pipVastgesteldOp(), huidig.pipVastgelegdDoor(), op, op == null ? null : afronding,
                op == null ? null : ik.id(), huidig.versie()));
    }

    private PersoonFeiten legFeitVast(Medewerker ik, TrajectId id, UUID persoon, long versie, @Nullable LocalDate op,
            java.util.function.UnaryOperator<PersoonFeiten> wijziging) {
        Traject t = trajecten.findById(id).orElseThrow(NietGevonden::new);
        Inzage inzage = inzage(ik, t.huishouden());
        Huishouden h = inzage.huishouden();
        if (h.persoon(persoon).isEmpty()) {
            throw new NietGevonden();
        }
        if (!magFeitenVastleggen(ik, t)) {
            throw new DomeinFout("traject.niet-toegestaan");
        }
        if (op != null) {
            vereisNietInToekomst(op);
        }
        PersoonFeiten huidig = feiten.van(t.id()).getOrDefault(persoon, PersoonFeiten.leeg(persoon));
        PersoonFeiten nieuw = wijziging.apply(huidig);
        feiten.bewaar(t.id(), nieuw, versie, Instant.now(clock));
        inzage.log(versie == 0 ? Actie.AANMAKEN : Actie.WIJZIGEN, "traject_persoon_feit", t.id().value(),
                List.of(persoon));
        events.publishEvent(new TrajectGewijzigd(t.id(), t.huishouden()));
        return feiten.van(t.id()).get(persoon);
    }

    // --- helpers

    private ContractVoorwaarden voorwaarden(Huishouden h, Traject t) {
        Regime regime = organisaties.regime(t.contractId());
        TijdlijnInvoer invoer = invoer(h, t, LocalDate.now(clock), java.util.Map.of());
        return Termijnregels.kiesVoorwaarden(regime.voorwaarden(),
                Termijnregels.datum(invoer, regime.contract().peildatum()), LocalDate.now(clock));
    }

    /** A trajectory the medewerker may see, with its household, at the version the user saw. */
    private Geladen zichtbaar(Medewerker ik, TrajectId id, long versie) {
        Traject t = trajecten.findById(id).orElseThrow(NietGevonden::new);
        Inzage inzage = inzage(ik, t.huishouden());
        if (t.versie() != versie) {
            throw new nl.wegwijs.system.GelijktijdigGewijzigd();
        }
        return new Geladen(t, inzage.huishouden(), inzage);
    }

    private Geladen voorTeamleider(Medewerker ik, TrajectId id, long versie) {
        Geladen g = zichtbaar(ik, id, versie);
        if (!ik.heeftRol(Rol.TEAMLEIDER) || !g.traject().uitvoerderId().equals(ik.uitvoerderId())) {
            throw new DomeinFout("traject.niet-toegestaan");
        }
        return g;
    }

    private Geladen voorBegeleiding(Medewerker ik, TrajectId id, long versie) {
        Geladen g = zichtbaar(ik, id, versie);
        if (!ik.heeftRol(Rol.TEAMLEIDER, Rol.BEGELEIDER) || !g.traject().uitvoerderId().equals(ik.uitvoerderId())) {
            throw new DomeinFout("traject.niet-toegestaan");
        }
        return g;
    }

    private record Geladen(Traject traject, Huishouden huishouden, Inzage inzage) {
    }

    private void vereisNietInToekomst(LocalDate datum) {
        if (datum.isAfter(LocalDate.now(clock))) {
            throw new DomeinFout("traject.datum.toekomst");
        }
    }

    private void opslaan(Medewerker ik, Geladen g) {
        Traject t = g.traject();
        trajecten.save(t, ik.id(), Instant.now(clock));
        g.inzage().log(Actie.WIJZIGEN, "traject", t.id().value());
        events.publishEvent(new TrajectGewijzigd(t.id(), t.huishouden()));
    }

    /**
     * Saves a new trajectory: the household was registered by this same act, so there is no access point to it yet;
     * every person is logged as created.
     */
    private void opslaan(Medewerker ik, Traject t, Huishouden h, Actie actie) {
        trajecten.save(t, ik.id(), Instant.now(clock));
        log.leg(h.personen().stream()
            .map(p -> new Verwerking(ik.id(), ik.organisatieId(), actie, ik.rol().doel(), p.id(), h.id().value(),
                    "traject", t.id().value()))
            .toList());
        events.publishEvent(new TrajectGewijzigd(t.id(), t.huishouden()));
    }

    /** What a read model needs of a trajectory: the trajectory, its timeline, the names of assigned staff. */
    public record Samenvatting(Traject traject, List<Termijn> termijnen, java.util.Map<UUID, String> namen,
            @Nullable String faseNaam) {
    }
}
