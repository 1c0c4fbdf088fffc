package nl.wegwijs.pip;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.notificatie.Ontvanger;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of the PIP: a household's PIPs (one per inburgeringsplichtig person) and every change to them.
 * Every method starts from the acting medewerker's {@link Inzage} (404 when the household is not theirs to see). The
 * PIP is inburgering data; its goals in the leefgebied financiën are also money data ({@link Leefgebied#soort()}),
 * so a budgetcoach sees those goals only. Only the regievoerder of the household's gemeente drafts, sets and adjusts;
 * guides and the budgetcoach report progress on the goals their organisation owns ({@link Pipregels}). Every write
 * takes the version it was shown (stale: {@link nl.wegwijs.system.GelijktijdigGewijzigd}), is logged, publishes
 * {@link PipGewijzigd} and notifies the owners of the goals it changed, never the one who changed them. Setting the
 * first version records the PIP date on the trajectory ({@link TrajectService#legPipVast}), so the deadline is done.
 */
@Service
@Transactional(readOnly = true)
public class PipService {

    /** A goal's title in a notification: at most this long. */
    static final int TITEL_MAX = 80;

    private final Pips pips;
    private final TrajectService trajecten;
    private final ChecklistService checklist;
    private final Notificaties notificaties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PipService(Pips pips, TrajectService trajecten, ChecklistService checklist, Notificaties notificaties,
            ApplicationEventPublisher events, Clock clock) {
        this.pips = pips;
        this.trajecten = trajecten;
        this.checklist = checklist;
        this.notificaties = notificaties;
        this.events = events;
        this.clock = clock;
    }

    // --- reads

    /**
     * The PIPs of a household as the reader may see them: one entry per inburgeringsplichtig person (and any other
     * person with a PIP), each goal only when its category is the reader's; progress reports, talks and sharing; for
     * the regievoerder also where the household's checklist stands. 403 when the reader sees neither inburgering nor
     * money. Logged per person whose PIP is shown.
     */
    @Transactional
    public PipPagina pagina(Medewerker ik, HuishoudenId id) {
        return pagina(trajecten.inzage(ik, id));
    }

    /** {@link #pagina(Medewerker, HuishoudenId)} through an Inzage already at hand (e.g. the handover summary). */
    @Transactional
    public PipPagina pagina(Inzage inzage) {
        HuishoudenId id = inzage.huishoudenId();
        if (!inzage.magZien(Gegevenssoort.INBURGERING) && !inzage.magZien(Gegevenssoort.FINANCIEN)) {
            inzage.vereis(Gegevenssoort.INBURGERING);
        }
        LocalDate vandaag = LocalDate.now(clock);
        Map<UUID, Pip> perPersoon = new LinkedHashMap<>();
        for (Pip p : pips.vanHuishouden(id)) {
            perPersoon.put(p.persoonId(), voorLezer(inzage, p));
        }
        List<UUID> doelen = perPersoon.values().stream().flatMap(p -> p.versies().stream())
            .flatMap(v -> v.doelen().stream()).map(Doel::id).distinct().toList();
        Map<UUID, List<Voortgang>> voortgang = new LinkedHashMap<>();
        pips.voortgang(doelen).forEach(v -> voortgang.computeIfAbsent(v.doelId(), k -> new ArrayList<>()).add(v));
        boolean zietPlan = inzage.magZien(Gegevenssoort.INBURGERING);
        List<UUID> pipIds = perPersoon.values().stream().map(Pip::id).toList();
        List<Gesprek> gesprekken = zietPlan ? pips.gesprekken(pipIds) : List.of();
        List<Deling> delingen = zietPlan ? pips.delingen(pipIds) : List.of();
        List<PersoonPip> personen = new ArrayList<>();
        for (Persoon p : inzage.huishouden().personen()) {
            Pip pip = perPersoon.get(p.id());
            if (pip == null && !p.inburgeringsplichtig(vandaag)) {
                continue;
            }
            if (pip != null) {
                inzage.log(Actie.LEZEN, "pip", pip.id(), List.of(p.id()));
            }
            else {
                // shown by name, "no PIP yet": a read of the person too
                inzage.log(Actie.LEZEN, "persoon", p.id(), List.of(p.id()));
            }
            personen.add(new PersoonPip(p, pip, voortgang,
                    pip == null ? List.of() : gesprekken.stream().filter(g -> g.pipId().equals(pip.id())).toList(),
                    pip == null ? List.of() : delingen.stream().filter(d -> d.pipId().equals(pip.id())).toList()));
        }
        ChecklistService.Stand stand = null;
        if (magRegie(inzage) && inzage.magZien(Gegevenssoort.VOORTGANG)) {
            stand = checklist.stand(id);
            inzage.log(Actie.LEZEN, "checklist", id.value());
        }
        return new PipPagina(inzage, personen, stand, vandaag);
    }

    /** One person's PIP (404 when the person has none or it is not the reader's to see). */
    @Transactional
    public PersoonPip persoon(Medewerker ik, HuishoudenId id, UUID persoon) {
        return pagina(ik, id).personen().stream().filter(p -> p.persoon().id().equals(persoon) && p.pip() != null)
            .findFirst().orElseThrow(NietGevonden::new);
    }

    /** The household of a goal the reader may see (nothing personal is read: nothing logged). */
    public Optional<HuishoudenId> huishoudenVanDoel(Medewerker ik, UUID doel) {
        return pips.pipVanDoel(doel).flatMap(pips::huishoudenVanPip)
            .filter(h -> trajecten.toegang(ik, h).isPresent());
    }

    // --- the regievoerder's writes

    /** Starts a person's PIP as a draft (version 1, concept). */
    @Transactional
    public Pip maakConcept(Medewerker ik, HuishoudenId id, UUID persoon, Plan plan) {
        Inzage inzage = voorRegie(ik, id);
        LocalDate vandaag = LocalDate.now(clock);
        Persoon p = inzage.huishouden().persoon(persoon).orElseThrow(NietGevonden::new);
        if (!p.inburgeringsplichtig(vandaag)) {
            throw new DomeinFout("pip.persoon.niet-plichtig");
        }
        if (vind(id, persoon).isPresent()) {
            throw new DomeinFout("pip.bestaat-al");
        }
        Pipregels.controleer(plan, vandaag);
        UUID pip = UUID.randomUUID();
        pips.nieuw(pip, id, inzage.trajectId(), persoon, ik.id());
        pips.voegVersieToe(pip, 1, plan, null, null, ik.id(), Instant.now(clock));
        return klaar(inzage, pip, persoon, Actie.AANMAKEN);
    }

    /** Changes the plan of the draft. */
    @Transactional
    public Pip wijzigPlan(Medewerker ik, HuishoudenId id, UUID persoon, long versie, Plan plan) {
        Geladen g = concept(ik, id, persoon, versie);
        Pipregels.controleer(plan, LocalDate.now(clock));
        pips.plan(g.pip().id(), g.concept().nummer(), plan);
        return klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
    }

    /** Adds a goal to the draft; answers the goal's id. */
    @Transactional
    public UUID voegDoelToe(Medewerker ik, HuishoudenId id, UUID persoon, long versie, DoelGegevens gegevens) {
        Geladen g = concept(ik, id, persoon, versie);
        DoelGegevens d = Pipregels.controleer(gegevens, LocalDate.now(clock));
        UUID doel = UUID.randomUUID();
        pips.nieuwDoel(g.pip().id(), doel, g.concept().nummer(), d, g.concept().doelen().size());
        klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
        return doel;
    }

    /** Changes a goal of the draft (its identity stays). */
    @Transactional
    public Pip wijzigDoel(Medewerker ik, HuishoudenId id, UUID persoon, long versie, UUID doel,
            DoelGegevens gegevens) {
        Geladen g = concept(ik, id, persoon, versie);
        vereisDoel(g.concept(), doel);
        pips.wijzigDoelVersie(g.pip().id(), doel, g.concept().nummer(),
                Pipregels.controleer(gegevens, LocalDate.now(clock)));
        return klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
    }

    /** Takes a goal out of the draft (earlier versions keep it, and its progress reports). */
    @Transactional
    public Pip verwijderDoel(Medewerker ik, HuishoudenId id, UUID persoon, long versie, UUID doel) {
        Geladen g = concept(ik, id, persoon, versie);
        vereisDoel(g.concept(), doel);
        pips.verwijderDoelVersie(g.pip().id(), doel, g.concept().nummer());
        return klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
    }

    /**
     * Sets the draft on {@code op} (the formal decision): version 1 records the PIP date on the trajectory; the owners
     * of new and changed goals hear of it.
     */
    @Transactional
    public Pip stelVast(Medewerker ik, HuishoudenId id, UUID persoon, long versie, LocalDate op) {
        Geladen g = geladen(ik, id, persoon, versie);
        PipVersie concept = g.pip().concept().orElse(null);
        PipVersie vorige = g.pip().huidige().orElse(null);
        Pipregels.controleerVaststellen(concept, op, LocalDate.now(clock),
                vorige == null ? null : vorige.vastgesteldOp());
        pips.stelVast(g.pip().id(), concept.nummer(), op);
        if (concept.nummer() == 1) {
            long feitVersie = trajecten.dossier(g.inzage()).feiten(persoon).versie();
            trajecten.legPipVast(ik, g.inzage().trajectId(), persoon, feitVersie, op);
        }
        Pip nu = klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
        for (Doel d : Pipregels.gewijzigd(vorige, concept)) {
            meld(g.inzage(), nu, d, "pip.notificatie.doel-vastgesteld");
        }
        return nu;
    }

    /** Starts a bijstelling: a new draft made from the version in force, with the reason. */
    @Transactional
    public Pip stelBij(Medewerker ik, HuishoudenId id, UUID persoon, long versie, @Nullable Bijstelreden reden,
            @Nullable String toelichting) {
        Geladen g = geladen(ik, id, persoon, versie);
        PipVersie huidige = g.pip().huidige().orElse(null);
        Pipregels.controleerBijstellen(huidige, g.pip().concept().isPresent(), reden, toelichting);
        int nummer = Pipregels.volgende(g.pip().versies());
        pips.voegVersieToe(g.pip().id(), nummer, huidige.plan(), reden,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip(), ik.id(),
                Instant.now(clock));
        int volgorde = 0;
        for (Doel d : Pipregels.kopie(huidige)) {
            pips.doelVersie(g.pip().id(), d.id(), nummer, d.gegevens(), volgorde++);
        }
        return klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
    }

    /** Records (or with {@code op} null clears) the person's approval of the version in force. */
    @Transactional
    public Pip legAkkoordVast(Medewerker ik, HuishoudenId id, UUID persoon, long versie, @Nullable LocalDate op,
            @Nullable Akkoordwijze wijze) {
        Geladen g = geladen(ik, id, persoon, versie);
        PipVersie huidige = g.pip().huidige().orElseThrow(() -> new DomeinFout("pip.bijstellen.niet-vastgesteld"));
        if (op != null && wijze == null) {
            throw new DomeinFout("pip.akkoord.wijze-leeg");
        }
        Pipregels.gebeurd(op, LocalDate.now(clock));
        if (op != null && huidige.vastgesteldOp() != null && op.isBefore(huidige.vastgesteldOp().minusMonths(3))) {
            throw new DomeinFout("pip.datum.buiten-bereik");
        }
        pips.akkoord(g.pip().id(), huidige.nummer(), op, op == null ? null : wijze);
        return klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
    }

    /** Records that the version in force was shared with a partner on a day. */
    @Transactional
    public Pip deel(Medewerker ik, HuishoudenId id, UUID persoon, long versie, @Nullable Partner partner,
            @Nullable String naam, @Nullable LocalDate op) {
        Geladen g = geladen(ik, id, persoon, versie);
        PipVersie huidige = g.pip().huidige().orElseThrow(() -> new DomeinFout("pip.bijstellen.niet-vastgesteld"));
        if (partner == null) {
            throw new DomeinFout("pip.partner.leeg");
        }
        if (op == null) {
            throw new DomeinFout("pip.datum.leeg");
        }
        Pipregels.gebeurd(op, LocalDate.now(clock));
        String n = naam == null || naam.isBlank() ? null : Pipregels.tekst(naam, DoelGegevens.CONTACT_MAX, "pip.partner.leeg");
        pips.deling(new Deling(UUID.randomUUID(), g.pip().id(), huidige.nummer(), partner, n, op, ik.id()));
        return klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
    }

    /** Records what actually happened: first language lesson, MAP and PVT completed (null: not yet). */
    @Transactional
    public Pip legFeitenVast(Medewerker ik, HuishoudenId id, UUID persoon, long versie,
            @Nullable LocalDate eersteTaalles, @Nullable LocalDate map, @Nullable LocalDate pvt) {
        Geladen g = geladen(ik, id, persoon, versie);
        LocalDate vandaag = LocalDate.now(clock);
        Pipregels.gebeurd(eersteTaalles, vandaag);
        Pipregels.gebeurd(map, vandaag);
        Pipregels.gebeurd(pvt, vandaag);
        pips.feiten(g.pip().id(), eersteTaalles, map, pvt);
        return klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
    }

    /** Records a progress talk (voortgangsgesprek). */
    @Transactional
    public Pip legGesprekVast(Medewerker ik, HuishoudenId id, UUID persoon, long versie, @Nullable LocalDate op,
            @Nullable String wie, @Nullable String uitkomst) {
        Geladen g = geladen(ik, id, persoon, versie);
        if (op == null) {
            throw new DomeinFout("pip.datum.leeg");
        }
        Pipregels.gebeurd(op, LocalDate.now(clock));
        pips.gesprek(new Gesprek(UUID.randomUUID(), g.pip().id(), op,
                Pipregels.tekst(wie, Gesprek.WIE_MAX, "pip.gesprek.wie-leeg"),
                Pipregels.tekst(uitkomst, Gesprek.UITKOMST_MAX, "pip.gesprek.uitkomst-leeg"), ik.id()),
                Instant.now(clock));
        return klaar(g.inzage(), g.pip().id(), persoon, Actie.WIJZIGEN);
    }

    // --- progress on goals (many hands)

    /**
     * Reports progress on a goal of the version in force: the regievoerder on any goal, guides on the uitvoerder's,
     * the budgetcoach on the budgetcoach's; optionally with a new status. {@code doelVersie} is the goal's version as
     * shown. The goal's owner hears of it (not the reporter).
     */
    @Transactional
    public Voortgang rapporteer(Medewerker ik, HuishoudenId id, UUID doel, long doelVersie, @Nullable LocalDate op,
            @Nullable String tekst, @Nullable DoelStatus status) {
        Inzage inzage = trajecten.inzage(ik, id);
        Pip pip = pips.vanHuishouden(id).stream()
            .filter(p -> p.huidige().map(v -> v.doelen().stream().anyMatch(d -> d.id().equals(doel))).orElse(false))
            .findFirst().orElseThrow(NietGevonden::new);
        Doel d = pip.huidige().orElseThrow().doelen().stream().filter(x -> x.id().equals(doel)).findFirst()
            .orElseThrow();
        if (!d.leefgebied().zichtbaarMet(inzage::magZien)) {
            inzage.vereis(Gegevenssoort.INBURGERING);
        }
        if (!inzage.magBegeleiden()) {
            throw new DomeinFout(inzage.toegang().status().isAfgesloten() ? "pip.traject-afgesloten"
                    : "pip.niet-toegestaan");
        }
        if (!Pipregels.magRapporteren(ik.rol(), d.eigenaar())) {
            throw new DomeinFout("pip.rapporteren.niet-eigenaar");
        }
        if (op == null) {
            throw new DomeinFout("pip.datum.leeg");
        }
        Pipregels.gebeurd(op, LocalDate.now(clock));
        Voortgang v = new Voortgang(UUID.randomUUID(), doel, op,
                Pipregels.tekst(tekst, Voortgang.TEKST_MAX, "pip.voortgang.tekst-leeg"), status, ik.id(), ik.rol(),
                Instant.now(clock));
        pips.rapporteer(v, id, doelVersie);
        Pip nu = klaar(inzage, pip.id(), pip.persoonId(), Actie.WIJZIGEN);
        meld(inzage, nu, d, "pip.notificatie.voortgang");
        return v;
    }

    // --- who may do what

    /** Whether the reader may draft, set and adjust PIPs of this household: the regievoerder of its gemeente. */
    public static boolean magRegie(Inzage inzage) {
        Medewerker ik = inzage.medewerker();
        return ik.heeftRol(Rol.REGIEVOERDER) && inzage.toegang().gemeenteId().equals(ik.gemeenteId())
                && inzage.magZien(Gegevenssoort.INBURGERING) && !inzage.toegang().status().isAfgesloten();
    }

    /** Whether the reader may report progress on this goal (of the version in force). */
    public static boolean magRapporteren(Inzage inzage, Doel doel) {
        return inzage.magBegeleiden() && doel.leefgebied().zichtbaarMet(inzage::magZien)
                && Pipregels.magRapporteren(inzage.medewerker().rol(), doel.eigenaar());
    }

    // --- helpers

    private Inzage voorRegie(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.INBURGERING);
        if (!magRegie(inzage)) {
            throw new DomeinFout(inzage.toegang().status().isAfgesloten() && ik.heeftRol(Rol.REGIEVOERDER)
                    ? "pip.traject-afgesloten" : "pip.niet-toegestaan");
        }
        return inzage;
    }

    private Optional<Pip> vind(HuishoudenId id, UUID persoon) {
        return pips.vanHuishouden(id).stream().filter(p -> p.persoonId().equals(persoon)).findFirst();
    }

    /** The person's PIP for a change by the regievoerder, at the version they saw (taken now: stale refused). */
    private Geladen geladen(Medewerker ik, HuishoudenId id, UUID persoon, long versie) {
        Inzage inzage = voorRegie(ik, id);
        Pip pip = vind(id, persoon).orElseThrow(NietGevonden::new);
        pips.vergrendel(pip.id(), versie);
        return new Geladen(inzage, pip, pip.concept().orElse(null));
    }

    private Geladen concept(Medewerker ik, HuishoudenId id, UUID persoon, long versie) {
        Geladen g = geladen(ik, id, persoon, versie);
        Pipregels.vereisConcept(g.concept());
        return g;
    }

    private static void vereisDoel(PipVersie concept, UUID doel) {
        if (concept.doelen().stream().noneMatch(d -> d.id().equals(doel))) {
            throw new NietGevonden();
        }
    }

    private Pip klaar(Inzage inzage, UUID pip, UUID persoon, Actie actie) {
        inzage.log(actie, "pip", pip, List.of(persoon));
        Pip nu = pips.vanHuishouden(inzage.huishoudenId()).stream().filter(p -> p.id().equals(pip)).findFirst()
            .orElseThrow();
        events.publishEvent(new PipGewijzigd(nu.traject(), nu.huishouden(), persoon, nu.vastgesteldOp(),
                nu.eersteTaallesOp()));
        return nu;
    }

    /** Notifies the owner of a goal that it changed (never the one who changed it). */
    private void meld(Inzage inzage, Pip pip, Doel doel, String sleutel) {
        Eigenaar eigenaar = doel.eigenaar();
        if (eigenaar.extern()) {
            return;
        }
        List<UUID> begeleiders = eigenaar == Eigenaar.UITVOERDER ? begeleiders(inzage) : List.of();
        String titel = doel.gegevens().omschrijving();
        if (titel.length() > TITEL_MAX) {
            titel = titel.substring(0, TITEL_MAX - 1) + "…";
        }
        for (Ontvanger aan : Pipregels.ontvangers(eigenaar, pip.regievoerderId(), inzage.toegang().gemeenteId(),
                inzage.toegang().uitvoerderId(), begeleiders, inzage.medewerker())) {
            notificaties.stuur(aan, inzage.huishoudenId(), sleutel, List.of(titel), "/huishoudens/"
                    + inzage.huishoudenId() + "/pip#doel-" + doel.id());
        }
    }

    /** The guides assigned to the household now (begeleider and vrijwilliger). */
    private List<UUID> begeleiders(Inzage inzage) {
        LocalDate vandaag = LocalDate.now(clock);
        return trajecten.samenvatting(inzage.trajectId(), inzage.huishouden())
            .map(s -> s.traject().actieveToewijzingen(vandaag).stream().map(Toewijzing::medewerkerId).distinct()
                .toList())
            .orElse(List.of());
    }

    /**
     * The PIP as the reader may see it: without the goals they may not see, and for a reader who sees money but not
     * inburgering (a budgetcoach) also without the plan, reasons, approval and actual dates: the money goals only.
     */
    private static Pip voorLezer(Inzage inzage, Pip p) {
        boolean plan = inzage.magZien(Gegevenssoort.INBURGERING);
        List<PipVersie> versies = p.versies().stream()
            .map(v -> plan ? v : new PipVersie(v.nummer(), v.status(),
                    new Plan(null, null, null, null, null, false, null), v.vastgesteldOp(), null, null, null, null,
                    v.aangemaaktDoor(), v.aangemaaktOp(), v.doelen()))
            .map(v -> v.metDoelen(v.doelen().stream().filter(d -> d.leefgebied().zichtbaarMet(inzage::magZien))
                .toList()))
            .toList();
        return new Pip(p.id(), p.huishouden(), p.traject(), p.persoonId(), p.regievoerderId(),
                plan ? p.eersteTaallesOp() : null, plan ? p.mapAfgerondOp() : null, plan ? p.pvtAfgerondOp() : null,
                p.versie(), versies);
    }

    /** One person's whole PIP (version history, PDF): 403 for a reader who does not see inburgering. */
    @Transactional
    public PersoonPip volledig(Medewerker ik, HuishoudenId id, UUID persoon) {
        PipPagina pagina = pagina(ik, id);
        PersoonPip pp = pagina.personen().stream()
            .filter(p -> p.persoon().id().equals(persoon) && p.pip() != null).findFirst()
            .orElseThrow(NietGevonden::new);
        pagina.inzage().vereis(Gegevenssoort.INBURGERING);
        return pp;
    }

    private record Geladen(Inzage inzage, Pip pip, @Nullable PipVersie concept) {
    }

    // --- what the pages show

    /**
     * A household's PIPs for one reader.
     *
     * @param checklist where the household's checklist stands (the regievoerder only), or null
     */
    public record PipPagina(Inzage inzage, List<PersoonPip> personen, ChecklistService.@Nullable Stand checklist,
            LocalDate vandaag) {

        public HuishoudenId huishoudenId() {
            return inzage.huishoudenId();
        }

        /** Sees the plan itself (route, modules, all goals, talks); a budgetcoach sees only the money goals. */
        public boolean zietPlan() {
            return inzage.magZien(Gegevenssoort.INBURGERING);
        }

        public boolean magRegie() {
            return PipService.magRegie(inzage);
        }

        public boolean magRapporteren(Doel doel) {
            return PipService.magRapporteren(inzage, doel);
        }
    }

    /** One person with their PIP (null: none yet) and what was reported on it. */
    public record PersoonPip(Persoon persoon, @Nullable Pip pip, Map<UUID, List<Voortgang>> voortgang,
            List<Gesprek> gesprekken, List<Deling> delingen) {

        public @Nullable PipVersie huidige() {
            return pip == null ? null : pip.huidige().orElse(null);
        }

        public @Nullable PipVersie concept() {
            return pip == null ? null : pip.concept().orElse(null);
        }

        /** The goals of a version grouped by leefgebied, in the enum's order. */
        public Map<Leefgebied, List<Doel>> perLeefgebied(PipVersie versie) {
            Map<Leefgebied, List<Doel>> per = new EnumMap<>(Leefgebied.class);
            versie.doelen().forEach(d -> per.computeIfAbsent(d.leefgebied(), k -> new ArrayList<>()).add(d));
            return per;
        }

        public List<Voortgang> voortgang(UUID doel) {
            return voortgang.getOrDefault(doel, List.of());
        }

        public @Nullable Voortgang laatste(UUID doel) {
            return voortgang(doel).stream().findFirst().orElse(null);
        }

        /** Every progress report on this person's goals, newest first. */
        public List<Voortgang> alleVoortgang() {
            if (pip == null) {
                return List.of();
            }
            List<UUID> doelen = pip.versies().stream().flatMap(v -> v.doelen().stream()).map(Doel::id).distinct()
                .toList();
            return doelen.stream().flatMap(d -> voortgang(d).stream())
                .sorted(Comparator.comparing(Voortgang::op).thenComparing(Voortgang::vastgelegdOp).reversed())
                .toList();
        }

        /** A goal of any version of this PIP by id (the latest version's snapshot). */
        public @Nullable Doel doel(UUID id) {
            if (pip == null) {
                return null;
            }
            Doel gevonden = null;
            for (PipVersie v : pip.versies()) {
                for (Doel d : v.doelen()) {
                    if (d.id().equals(id)) {
                        gevonden = d;
                    }
                }
            }
            return gevonden;
        }
    }
}
