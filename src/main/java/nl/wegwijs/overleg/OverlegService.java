package nl.wegwijs.overleg;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.notificatie.Ontvanger;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;
import nl.wegwijs.werklijst.Werklijst;
import nl.wegwijs.werklijst.WerklijstFilter;
import nl.wegwijs.werklijst.WerklijstPagina;
import nl.wegwijs.werklijst.WerklijstRegel;

/**
 * Public entry point of the casuïstiekoverleg. The gemeente's REGIEVOERDER organises: series, meetings, the agenda
 * (generated from the worklist's open signals and overdue items, plus cases put forward), the minutes and the
 * agreements. A TEAMLEIDER of an uitvoerder with a contract sees the gemeente's meetings with only their uitvoerder's
 * households on them, puts cases forward and writes the minutes and agreements for those. Other roles see no meetings
 * (404); the owner of an agreement sees and ticks off their own tasks. Which series and agenda items a reader sees is
 * decided in SQL; every per-household part goes through {@link TrajectService#inzage}: the agenda item and the
 * agreements are {@code VOORTGANG}, the discussed text is {@code NOTITIES}. Lists across households log with
 * {@link Verwerkingslog#legLijst}; meetings and minutes are guarded by a version.
 */
@Service
@Transactional(readOnly = true)
public class OverlegService {

    private final Overleggen overleggen;
    private final TrajectService trajecten;
    private final Zichtbaarheid zichtbaarheid;
    private final Werklijst werklijst;
    private final Notificaties notificaties;
    private final Verwerkingslog log;
    private final Verslagdruk druk;
    private final Clock clock;

    OverlegService(Overleggen overleggen, TrajectService trajecten, Zichtbaarheid zichtbaarheid, Werklijst werklijst,
            Notificaties notificaties, Verwerkingslog log, Verslagdruk druk, Clock clock) {
        this.overleggen = overleggen;
        this.trajecten = trajecten;
        this.zichtbaarheid = zichtbaarheid;
        this.werklijst = werklijst;
        this.notificaties = notificaties;
        this.log = log;
        this.druk = druk;
        this.clock = clock;
    }

    /** Whether this role has anything to do with meetings at all (the regievoerder and the teamleider). */
    public static boolean doetMee(Medewerker ik) {
        return ik.heeftRol(Rol.REGIEVOERDER, Rol.TEAMLEIDER);
    }

    // --- series and the start page

    /** The start page: the series I see, upcoming meetings (from today) and the last past ones. */
    public Startpagina startpagina(Medewerker ik) {
        LocalDate vandaag = vandaag();
        List<Reeks> reeksen = overleggen.reeksen(ik);
        List<Overleg> komend = overleggen.overleggen(ik, vandaag, vandaag.plusYears(2));
        List<Overleg> voorbij = new ArrayList<>(overleggen.overleggen(ik, vandaag.minusYears(1), vandaag.minusDays(1)));
        java.util.Collections.reverse(voorbij);
        Map<UUID, Reeks> perId = new LinkedHashMap<>();
        reeksen.forEach(r -> perId.put(r.id(), r));
        return new Startpagina(reeksen, komend, voorbij.subList(0, Math.min(voorbij.size(), 12)), perId,
                ik.heeftRol(Rol.REGIEVOERDER));
    }

    public Reeks reeks(Medewerker ik, UUID id) {
        return overleggen.reeks(ik, id).orElseThrow(NietGevonden::new);
    }

    /** The meetings of a series, newest first. */
    public List<Overleg> overleggenVan(Medewerker ik, UUID reeks) {
        return overleggen.overleggen(reeks(ik, reeks).id());
    }

    /** Who may stand in a series of my gemeente (and own agreements): its regievoerders, contracted teamleiders. */
    public List<Deelnemer> kandidaten(Medewerker ik) {
        vereisRegievoerder(ik);
        return overleggen.kandidaten(java.util.Objects.requireNonNull(ik.gemeenteId()));
    }

    @Transactional
    public Reeks maakReeks(Medewerker ik, ReeksInvoer invoer) {
        vereisRegievoerder(ik);
        UUID gemeente = java.util.Objects.requireNonNull(ik.gemeenteId());
        Reeks r = new Reeks(UUID.randomUUID(), gemeente, invoer.uitvoerderId(), naam(invoer.naam()),
                frequentie(invoer.frequentieWeken()), deelnemers(gemeente, invoer), 1);
        vereisUitvoerder(r);
        overleggen.insert(r, ik.id(), Instant.now(clock));
        return reeks(ik, r.id());
    }

    @Transactional
    public Reeks wijzigReeks(Medewerker ik, UUID id, long versie, ReeksInvoer invoer) {
        Reeks oud = reeks(ik, id);
        vereisRegievoerder(ik);
        Reeks r = new Reeks(id, oud.gemeenteId(), invoer.uitvoerderId(), naam(invoer.naam()),
                frequentie(invoer.frequentieWeken()), deelnemers(oud.gemeenteId(), invoer), versie);
        vereisUitvoerder(r);
        overleggen.update(r);
        return reeks(ik, id);
    }

    /** The date proposed for the next meeting of a series: its frequency after the last one (today if none). */
    public LocalDate voorgesteldeDatum(Medewerker ik, UUID reeks) {
        Reeks r = reeks(ik, reeks);
        return r.volgendeDatum(overleggen.laatsteDatum(r.id()).orElse(null), vandaag());
    }

    @Transactional
    public Overleg planOverleg(Medewerker ik, UUID reeks, LocalDate datum) {
        Reeks r = reeks(ik, reeks);
        vereisRegievoerder(ik);
        vereisDatum(datum);
        Overleg o = new Overleg(UUID.randomUUID(), r.id(), datum, null, 1);
        overleggen.insert(o, ik.id(), Instant.now(clock));
        return o;
    }

    @Transactional
    public Overleg verzetDatum(Medewerker ik, UUID overleg, long versie, LocalDate datum) {
        Overleg o = zichtbaarOverleg(ik, overleg);
        vereisRegievoerder(ik);
        vereisDatum(datum);
        overleggen.update(o.id(), versie, datum, null);
        return overleggen.overleg(o.id()).orElseThrow();
    }

    // --- the meeting page

    /** A meeting I see, without its agenda (nothing personal). */
    public Overleg overleg(Medewerker ik, UUID id) {
        return zichtbaarOverleg(ik, id);
    }

    /**
     * The meeting with the agenda items I may see (household scope in SQL; logged as a list), each with its minutes
     * and agreements as far as my {@link Inzage} of that household allows (logged per household).
     */
    @Transactional
    public OverlegPagina pagina(Medewerker ik, UUID id) {
        Overleg o = zichtbaarOverleg(ik, id);
        Reeks r = zichtbareReeks(ik, o);
        List<Agendapunt> punten = overleggen.punten(o.id(), scope(ik));
        Map<UUID, List<Afspraak>> afspraken = new LinkedHashMap<>();
        overleggen.afspraken(punten.stream().map(Agendapunt::id).toList())
            .forEach(a -> afspraken.computeIfAbsent(a.puntId(), x -> new ArrayList<>()).add(a));
        List<PuntInzage> uit = new ArrayList<>();
        List<Verwerkingslog.Lijstregel> alleenInDeLijst = new ArrayList<>();
        for (Agendapunt p : punten) {
            Inzage inzage = trajecten.inzage(ik, new HuishoudenId(p.huishoudenId()));
            boolean voortgang = inzage.magZien(Gegevenssoort.VOORTGANG);
            boolean notities = inzage.magZien(Gegevenssoort.NOTITIES);
            if (voortgang || notities) {
                // logs every person of the household, the hoofdpersoon named in the list too
                inzage.log(Actie.LEZEN, "overlegverslag", p.id());
            }
            else {
                alleenInDeLijst.add(new Verwerkingslog.Lijstregel(p.huishoudenId(), "overlegpunt", p.id()));
            }
            uit.add(new PuntInzage(notities ? p : zonderVerslag(p), inzage,
                    voortgang ? afspraken.getOrDefault(p.id(), List.of()) : List.of()));
        }
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.HOOFDPERSOON,
                alleenInDeLijst);
        List<Deelnemer> eigenaren = eigenaren(ik, r);
        return new OverlegPagina(r, o, uit, ik.heeftRol(Rol.REGIEVOERDER), !o.voorbij(vandaag()), eigenaren,
                vandaag());
    }

    /** The agenda items I see of a meeting, without minutes (for the API's list); logged as a list. */
    @Transactional
    public List<Agendapunt> agenda(Medewerker ik, UUID id) {
        Overleg o = zichtbaarOverleg(ik, id);
        List<Agendapunt> punten = overleggen.punten(o.id(), scope(ik));
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.HOOFDPERSOON,
                punten.stream().map(p -> new Verwerkingslog.Lijstregel(p.huishoudenId(), "overlegpunt", p.id()))
                    .toList());
        return punten.stream().map(OverlegService::zonderVerslag).toList();
    }

    /** One agenda item with its minutes and agreements, as my Inzage allows: VOORTGANG required, notes hidden without NOTITIES. */
    @Transactional
    public PuntInzage punt(Medewerker ik, UUID puntId) {
        Agendapunt p = zichtbaarPunt(ik, puntId);
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(p.huishoudenId()));
        inzage.vereis(Gegevenssoort.VOORTGANG);
        inzage.log(Actie.LEZEN, "overlegverslag", p.id());
        return new PuntInzage(inzage.magZien(Gegevenssoort.NOTITIES) ? p : zonderVerslag(p), inzage,
                overleggen.afspraken(List.of(p.id())));
    }

    // --- the agenda

    /**
     * Generates the agenda (the regievoerder): every household of the series' gemeente (and uitvoerder, if set) with
     * open signals or something overdue in the worklist is added with its reasons (see {@link Agendaregels}); items
     * already on it keep their place and gain reasons. Nothing is removed.
     */
    @Transactional
    public Overleg maakAgenda(Medewerker ik, UUID id, long versie) {
        Overleg o = zichtbaarOverleg(ik, id);
        vereisRegievoerder(ik);
        Reeks r = zichtbareReeks(ik, o);
        List<Agendapunt> bestaand = overleggen.allePunten(o.id());
        Map<UUID, Set<Reden>> al = new LinkedHashMap<>();
        Map<UUID, UUID> puntVan = new LinkedHashMap<>();
        bestaand.forEach(p -> {
            al.put(p.huishoudenId(), p.redenen());
            puntVan.put(p.huishoudenId(), p.id());
        });
        List<UUID> signalen = uitWerklijst(ik, r, "signalen");
        List<UUID> teLaat = uitWerklijst(ik, r, "te-laat");
        int volgorde = bestaand.stream().mapToInt(Agendapunt::volgorde).max().orElse(0);
        for (Agendaregels.Toevoeging t : Agendaregels.samenstellen(al, signalen, teLaat)) {
            UUID punt = puntVan.get(t.huishouden());
            if (punt != null) {
                overleggen.vulAan(punt, t.redenen(), null, null);
            }
            else {
                overleggen.insertPunt(UUID.randomUUID(), o.id(), t.huishouden(), t.redenen(), null, null, ++volgorde);
            }
        }
        overleggen.update(o.id(), versie, o.datum(), Instant.now(clock));
        return overleggen.overleg(o.id()).orElseThrow();
    }

    /** Households of the series' scope in the worklist with this attention filter, most urgent first. */
    private List<UUID> uitWerklijst(Medewerker ik, Reeks r, String aandacht) {
        List<UUID> uit = new ArrayList<>();
        LocalDate naU = null;
        UUID naT = null;
        while (uit.size() < Agendaregels.MAX) {
            WerklijstPagina pagina = werklijst.pagina(ik, new WerklijstFilter(null, r.gemeenteId(), r.uitvoerderId(),
                    null, null, null, aandacht, naU, naT));
            pagina.regels().stream().map(WerklijstRegel::huishoudenId).forEach(uit::add);
            if (!pagina.meer() || pagina.laatste() == null) {
                break;
            }
            naU = pagina.laatste().urgentie();
            naT = pagina.laatste().trajectId();
        }
        return uit;
    }

    /**
     * Puts a household forward for an upcoming meeting with a question (the regievoerder, or a teamleider for their
     * uitvoerder's households): added at the end, or the question added to an item already there.
     */
    @Transactional
    public Agendapunt brengIn(Medewerker ik, UUID overleg, HuishoudenId huishouden, String vraag) {
        Overleg o = zichtbaarOverleg(ik, overleg);
        if (o.voorbij(vandaag())) {
            throw new DomeinFout("overleg.inbrengen.voorbij");
        }
        String v = vraag == null ? "" : vraag.strip();
        if (v.isEmpty() || v.length() > 2000) {
            throw new DomeinFout("overleg.vraag.leeg");
        }
        Inzage inzage = trajecten.inzage(ik, huishouden);
        inzage.vereis(Gegevenssoort.VOORTGANG);
        List<Agendapunt> bestaand = overleggen.allePunten(o.id());
        Optional<Agendapunt> al = bestaand.stream().filter(p -> p.huishoudenId().equals(huishouden.value()))
            .findFirst();
        UUID id;
        if (al.isPresent()) {
            id = al.get().id();
            overleggen.vulAan(id, Set.of(Reden.INGEBRACHT), v, ik.id());
        }
        else {
            id = UUID.randomUUID();
            overleggen.insertPunt(id, o.id(), huishouden.value(), Set.of(Reden.INGEBRACHT), v, ik.id(),
                    bestaand.stream().mapToInt(Agendapunt::volgorde).max().orElse(0) + 1);
        }
        inzage.log(Actie.AANMAKEN, "overlegpunt", id);
        return overleggen.punt(id, scope(ik)).orElseThrow();
    }

    /** Takes an item off the agenda (the regievoerder); refused when agreements were made on it. */
    @Transactional
    public void verwijderPunt(Medewerker ik, UUID overleg, long versie, UUID punt) {
        Overleg o = zichtbaarOverleg(ik, overleg);
        vereisRegievoerder(ik);
        Agendapunt p = zichtbaarPunt(ik, punt);
        if (!p.overlegId().equals(o.id())) {
            throw new NietGevonden();
        }
        if (overleggen.aantalAfspraken(p.id()) > 0) {
            throw new DomeinFout("overleg.punt.heeft-afspraken");
        }
        overleggen.update(o.id(), versie, o.datum(), null);
        trajecten.inzage(ik, new HuishoudenId(p.huishoudenId())).log(Actie.VERWIJDEREN, "overlegpunt", p.id());
        overleggen.verwijderPunt(p.id());
    }

    /** Moves an item one place up or down (the regievoerder). */
    @Transactional
    public void verschuif(Medewerker ik, UUID overleg, long versie, UUID punt, boolean omhoog) {
        Overleg o = zichtbaarOverleg(ik, overleg);
        vereisRegievoerder(ik);
        List<Agendapunt> alle = new ArrayList<>(overleggen.allePunten(o.id()));
        int i = -1;
        for (int k = 0; k < alle.size(); k++) {
            if (alle.get(k).id().equals(punt)) {
                i = k;
            }
        }
        if (i < 0) {
            throw new NietGevonden();
        }
        overleggen.update(o.id(), versie, o.datum(), null);
        int j = omhoog ? i - 1 : i + 1;
        if (j < 0 || j >= alle.size()) {
            return;
        }
        java.util.Collections.swap(alle, i, j);
        for (int k = 0; k < alle.size(); k++) {
            overleggen.volgorde(alle.get(k).id(), k + 1);
        }
    }

    // --- minutes and agreements

    /** Records what was discussed about a household (NOTITIES), when nobody changed it since {@code versie}. */
    @Transactional
    public Agendapunt legVerslagVast(Medewerker ik, UUID punt, long versie, @Nullable String besproken) {
        Agendapunt p = zichtbaarPunt(ik, punt);
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(p.huishoudenId()));
        inzage.vereis(Gegevenssoort.NOTITIES);
        String tekst = besproken == null || besproken.isBlank() ? null : besproken.strip();
        if (tekst != null && tekst.length() > 10000) {
            throw new DomeinFout("overleg.besproken.te-lang");
        }
        overleggen.verslag(p.id(), versie, tekst, ik.id(), Instant.now(clock));
        inzage.log(Actie.WIJZIGEN, "overlegverslag", p.id());
        return overleggen.punt(p.id(), scope(ik)).orElseThrow();
    }

    /**
     * Records an agreement on an agenda item: a task with an owner (a standing participant or me, or someone outside
     * Wegwijs by name) and a due date from the meeting's date up to two years later. The owning medewerker is
     * notified, with a link to their tasks.
     */
    @Transactional
    public Afspraak maakAfspraak(Medewerker ik, UUID punt, AfspraakInvoer invoer) {
        Agendapunt p = zichtbaarPunt(ik, punt);
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(p.huishoudenId()));
        inzage.vereis(Gegevenssoort.VOORTGANG);
        Overleg o = overleggen.overleg(p.overlegId()).orElseThrow();
        Reeks r = overleggen.reeks(ik, o.reeksId()).orElseThrow(NietGevonden::new);
        String omschrijving = invoer.omschrijving() == null ? "" : invoer.omschrijving().strip();
        if (omschrijving.isEmpty() || omschrijving.length() > 1000) {
            throw new DomeinFout("overleg.afspraak.omschrijving.leeg");
        }
        String extern = invoer.eigenaarNaam() == null || invoer.eigenaarNaam().isBlank() ? null
                : invoer.eigenaarNaam().strip();
        UUID eigenaar = invoer.eigenaarMedewerker();
        if ((eigenaar == null) == (extern == null)) {
            throw new DomeinFout("overleg.afspraak.eigenaar.leeg");
        }
        if (extern != null && extern.length() > 200) {
            throw new DomeinFout("overleg.afspraak.eigenaar.leeg");
        }
        if (eigenaar != null && eigenaren(ik, r).stream().noneMatch(d -> eigenaar.equals(d.medewerkerId()))) {
            throw new DomeinFout("overleg.afspraak.eigenaar.onbekend");
        }
        LocalDate uiterlijk = invoer.uiterlijk();
        if (uiterlijk == null || uiterlijk.isBefore(o.datum()) || uiterlijk.isAfter(o.datum().plusYears(2))) {
            throw new DomeinFout("overleg.afspraak.uiterlijk.ongeldig");
        }
        Afspraak a = new Afspraak(UUID.randomUUID(), p.id(), o.id(), p.huishoudenId(), omschrijving, eigenaar,
                extern == null ? "" : extern, uiterlijk, Afspraak.Status.OPEN, 1);
        overleggen.insert(a, extern, ik.id(), Instant.now(clock));
        inzage.log(Actie.AANMAKEN, "overlegafspraak", a.id());
        if (eigenaar != null && !eigenaar.equals(ik.id())) {
            notificaties.stuur(Ontvanger.medewerker(eigenaar), new HuishoudenId(p.huishoudenId()),
                    "overleg.notificatie.afspraak", List.of(uiterlijk.toString()),
                    "/overleg/afspraken#afspraak-" + a.id());
        }
        return overleggen.afspraak(a.id()).orElseThrow();
    }

    /**
     * Marks an agreement done or open again: whoever may write the minutes of its household, or its owner (who may
     * not guide the household, and so changes the task only).
     */
    @Transactional
    public Afspraak zetStatus(Medewerker ik, UUID afspraak, long versie, Afspraak.Status status) {
        Afspraak a = overleggen.afspraak(afspraak).orElseThrow(NietGevonden::new);
        boolean eigenaar = ik.id().equals(a.eigenaarMedewerker());
        if (!eigenaar) {
            zichtbaarPunt(ik, a.puntId());
        }
        overleggen.status(a.id(), versie, status, status == Afspraak.Status.GEDAAN ? vandaag() : null);
        if (!eigenaar || trajecten.toegang(ik, new HuishoudenId(a.huishoudenId())).isPresent()) {
            Inzage inzage = trajecten.inzage(ik, new HuishoudenId(a.huishoudenId()));
            inzage.vereis(Gegevenssoort.VOORTGANG);
            inzage.log(Actie.WIJZIGEN, "overlegafspraak", a.id());
        }
        else {
            log.leg(overleggen.personen(a.huishoudenId()).stream()
                .map(p -> new Verwerking(ik.id(), ik.organisatieId(), Actie.WIJZIGEN, ik.rol().doel(), p,
                        a.huishoudenId(), "overlegafspraak", a.id()))
                .toList());
        }
        return overleggen.afspraak(a.id()).orElseThrow();
    }

    /** My open agreements across meetings, earliest first; logged as a list. */
    @Transactional
    public List<Taak> mijnAfspraken(Medewerker ik) {
        List<Taak> taken = overleggen.openVan(ik.id(), zichtbaarheid.filter(ik, "a.huishouden_id"));
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.HOOFDPERSOON,
                taken.stream().map(t -> new Verwerkingslog.Lijstregel(t.afspraak().huishoudenId(), "overlegafspraak",
                        t.afspraak().id())).toList());
        return taken;
    }

    /**
     * A household's part in meetings, for its file: the open agreements (VOORTGANG) and the upcoming meetings it can
     * be put forward to (the regievoerder and the teamleider only). 404 when I may not see the household.
     */
    @Transactional
    public HuishoudenOverleg voorHuishouden(Medewerker ik, HuishoudenId huishouden) {
        if (!doetMee(ik)) {
            throw new NietGevonden();
        }
        Inzage inzage = trajecten.inzage(ik, huishouden);
        List<Afspraak> open = List.of();
        if (inzage.magZien(Gegevenssoort.VOORTGANG)) {
            open = overleggen.openVoorHuishouden(huishouden.value());
            if (!open.isEmpty()) {
                inzage.log(Actie.LEZEN, "overlegafspraak", open.get(0).id());
            }
        }
        List<Overleg> komend = overleggen.overleggen(ik, vandaag(), vandaag().plusYears(1));
        Map<UUID, Reeks> reeksen = new LinkedHashMap<>();
        if (!komend.isEmpty()) {
            overleggen.reeksen(ik).forEach(r -> reeksen.put(r.id(), r));
        }
        return new HuishoudenOverleg(inzage, open, komend, reeksen, vandaag());
    }

    /** The minutes as a PDF: only what I may see (items in my scope; notes with NOTITIES; agreements with VOORTGANG). */
    @Transactional
    public byte[] verslagPdf(Medewerker ik, UUID overleg, Locale taal) {
        OverlegPagina p = pagina(ik, overleg);
        return druk.pdf(p, taal);
    }

    // --- access helpers

    /** A meeting of a series I see (404 otherwise): checked on the meeting's own row, without loading the series. */
    private Overleg zichtbaarOverleg(Medewerker ik, UUID id) {
        Overleg o = overleggen.overleg(id).orElseThrow(NietGevonden::new);
        if (!overleggen.reeksZichtbaar(ik, o.reeksId())) {
            throw new NietGevonden();
        }
        return o;
    }

    private Reeks zichtbareReeks(Medewerker ik, Overleg o) {
        return overleggen.reeks(ik, o.reeksId()).orElseThrow(NietGevonden::new);
    }

    /** An agenda item of a meeting I see, of a household in my scope (404 otherwise). */
    private Agendapunt zichtbaarPunt(Medewerker ik, UUID id) {
        if (!doetMee(ik)) {
            throw new NietGevonden();
        }
        Agendapunt p = overleggen.punt(id, scope(ik)).orElseThrow(NietGevonden::new);
        zichtbaarOverleg(ik, p.overlegId());
        return p;
    }

    private Zichtbaarheid.Filter scope(Medewerker ik) {
        return zichtbaarheid.filter(ik, "p.huishouden_id");
    }

    /** Who may own an agreement in this series: the standing medewerkers, and me. */
    private List<Deelnemer> eigenaren(Medewerker ik, Reeks r) {
        List<Deelnemer> uit = new ArrayList<>();
        Set<UUID> gezien = new HashSet<>();
        uit.add(new Deelnemer(ik.id(), ik.naam(), ik.rol().name()));
        gezien.add(ik.id());
        for (Deelnemer d : r.deelnemers()) {
            if (d.intern() && gezien.add(d.medewerkerId())) {
                uit.add(d);
            }
        }
        return uit;
    }

    private static void vereisRegievoerder(Medewerker ik) {
        if (!ik.heeftRol(Rol.REGIEVOERDER) || ik.gemeenteId() == null) {
            throw new DomeinFout("overleg.niet-toegestaan");
        }
    }

    private void vereisUitvoerder(Reeks r) {
        if (r.uitvoerderId() != null && !overleggen.heeftContract(r.gemeenteId(), r.uitvoerderId())) {
            throw new DomeinFout("overleg.uitvoerder.onbekend");
        }
    }

    private void vereisDatum(@Nullable LocalDate datum) {
        LocalDate vandaag = vandaag();
        if (datum == null || datum.isBefore(vandaag.minusYears(1)) || datum.isAfter(vandaag.plusYears(2))) {
            throw new DomeinFout("overleg.datum.ongeldig");
        }
    }

    private List<Deelnemer> deelnemers(UUID gemeente, ReeksInvoer invoer) {
        List<Deelnemer> uit = new ArrayList<>();
        Map<UUID, Deelnemer> mag = new LinkedHashMap<>();
        overleggen.kandidaten(gemeente).forEach(d -> mag.put(d.medewerkerId(), d));
        for (UUID m : new java.util.LinkedHashSet<>(invoer.medewerkers())) {
            Deelnemer d = mag.get(m);
            if (d == null) {
                throw new DomeinFout("overleg.deelnemer.onbekend");
            }
            uit.add(d);
        }
        for (Deelnemer e : invoer.extern()) {
            String naam = e.naam().strip();
            if (naam.isEmpty() || naam.length() > 200 || (e.rol() != null && e.rol().length() > 200)) {
                throw new DomeinFout("overleg.deelnemer.ongeldig");
            }
            uit.add(new Deelnemer(null, naam, e.rol() == null || e.rol().isBlank() ? null : e.rol().strip()));
        }
        return uit;
    }

    private static String naam(@Nullable String naam) {
        String n = naam == null ? "" : naam.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new DomeinFout("overleg.naam.leeg");
        }
        return n;
    }

    private static int frequentie(int weken) {
        if (weken < Reeks.MIN_WEKEN || weken > Reeks.MAX_WEKEN) {
            throw new DomeinFout("overleg.frequentie.ongeldig");
        }
        return weken;
    }

    private static Agendapunt zonderVerslag(Agendapunt p) {
        return new Agendapunt(p.id(), p.overlegId(), p.huishoudenId(), p.huishoudenNaam(), p.redenen(), p.vraag(),
                p.ingebrachtDoor(), p.volgorde(), null, p.versie());
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    // --- public records

    /** What a new or changed series says: medewerkers by id (from {@link #kandidaten}), others by name and role. */
    public record ReeksInvoer(@Nullable String naam, int frequentieWeken, @Nullable UUID uitvoerderId,
            List<UUID> medewerkers, List<Deelnemer> extern) {
    }

    /** A new agreement: an owner medewerker or an outside name (exactly one), and a due date. */
    public record AfspraakInvoer(@Nullable String omschrijving, @Nullable UUID eigenaarMedewerker,
            @Nullable String eigenaarNaam, @Nullable LocalDate uiterlijk) {
    }

    public record Startpagina(List<Reeks> reeksen, List<Overleg> komend, List<Overleg> voorbij,
            Map<UUID, Reeks> reeksPerId, boolean organisator) {

        public Reeks reeksVan(Overleg o) {
            return reeksPerId.get(o.reeksId());
        }
    }

    /** One agenda item as I may see it: the minutes emptied without NOTITIES, agreements without VOORTGANG. */
    public record PuntInzage(Agendapunt punt, Inzage inzage, List<Afspraak> afspraken) {

        public boolean magVoortgang() {
            return inzage.magZien(Gegevenssoort.VOORTGANG);
        }

        public boolean magNotities() {
            return inzage.magZien(Gegevenssoort.NOTITIES);
        }
    }

    /**
     * A meeting page: series, meeting, the agenda items I see with their minutes, whether I organise it, whether
     * cases may still be put forward, and who may own an agreement.
     */
    public record OverlegPagina(Reeks reeks, Overleg overleg, List<PuntInzage> punten, boolean organisator,
            boolean open, List<Deelnemer> eigenaren, LocalDate vandaag) {
    }

    /** A household's open agreements and the meetings it can be put forward to. */
    public record HuishoudenOverleg(Inzage inzage, List<Afspraak> open, List<Overleg> komend,
            Map<UUID, Reeks> reeksPerId, LocalDate vandaag) {

        public Reeks reeksVan(Overleg o) {
            return reeksPerId.get(o.reeksId());
        }

        public boolean magInbrengen() {
            return !komend.isEmpty() && inzage.magZien(Gegevenssoort.VOORTGANG);
        }
    }
}
