package nl.wegwijs.checklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the checklist module: synchronising a household's items with its template, reading and
 * ticking them. Reads and writes take the acting medewerker: reading needs access to the household (else 404),
 * writing needs {@link Toegang#magBegeleiden()}. An item's free-text note is shown only to whom may see it
 * ({@link ChecklistItem#notitieZichtbaar}), and a write by someone else leaves it as it is. Every read of a household's
 * checklist and every write is logged per person, and every write and synchronisation publishes
 * {@link ChecklistStandGewijzigd} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

    /** Trajectory statuses in which a household gets (new) checklist items. */
    static final Set<TrajectStatus> LOPEND = EnumSet.of(TrajectStatus.INTAKE, TrajectStatus.ACTIEF,
            TrajectStatus.VERLENGD);
    private static final String SOORT_CHECKLIST = "checklist";
    private static final String SOORT_ITEM = "checklist_item";

    private final ChecklistItems items;
    private final Sjablonen sjablonen;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final Verwerkingslog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChecklistService(ChecklistItems items, Sjablonen sjablonen, TrajectService trajecten,
            HuishoudenService huishoudens, OrganisatieService organisaties, Verwerkingslog log,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.sjablonen = sjablonen;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    /** How many items of a household are open (te doen, bezig) and the earliest due date among them. */
    public record Stand(int open, @Nullable LocalDate vroegsteDeadline) {
    }

    // --- synchronising

    /**
     * Brings a household's items in line with {@link Checklistregels#gewenst} under its contract's template: it gets
     * the household items, items for each person by age and target group, and yearly items for every calendar year
     * from the start of guidance up to this one that it lacks; open items follow changed reference dates; untouched
     * items no longer wanted go ({@link Checklistregels#overbodig}), items with recorded work stay; all items point at
     * the template the contract uses now. Only while the trajectory is in intake, active or extended; a closed one
     * stays as it is. Idempotent, no acting user (nothing is shown to anyone); a handful of statements whatever the
     * household's size. Publishes {@link ChecklistStandGewijzigd}.
     */
    @Transactional
    public void synchroniseer(HuishoudenId id) {
        Optional<TrajectId> trajectId = trajecten.trajectVan(id);
        Optional<Huishouden> huishouden = huishoudens.intern(id);
        if (trajectId.isEmpty() || huishouden.isEmpty()) {
            items.deactiveer(id);
            return;
        }
        Huishouden h = huishouden.get();
        Optional<TrajectService.Samenvatting> samenvatting = trajecten.samenvatting(trajectId.get(), h);
        if (samenvatting.isEmpty()) {
            return;
        }
        Traject t = samenvatting.get().traject();
        if (LOPEND.contains(t.status())) {
            LocalDate vandaag = LocalDate.now(clock);
            Instant nu = Instant.now(clock);
            List<SjabloonItem> sjabloon = sjablonen.itemsVoor(t.contractId());
            Checklistregels.Invoer invoer = invoer(h, t, samenvatting.get().termijnen(), vandaag);
            List<Checklistregels.Gewenst> gewenst = Checklistregels.gewenst(sjabloon, invoer);
            items.koppelAanSjabloon(id, sjabloon);
            items.verwijder(id, Checklistregels.overbodig(sjabloon, gewenst, items.bestaand(id)));
            items.voegToe(id, gewenst, nu);
            items.markeer(id, t.contractId(), invoer.trajectStart(), true,
                    Checklistregels.volgendeControle(sjabloon, invoer), nu);
        }
        else if (t.status().isAfgesloten()) {
            items.deactiveer(id);
        }
        publiceer(id);
    }

    static Checklistregels.Invoer invoer(Huishouden h, Traject t, List<Termijn> termijnen, LocalDate vandaag) {
        return ChecklistOpbouw.invoer(h.personen(), h.brpDatum(), h.datums(), t.praktischeStart(), t.aangemeldOp(),
                termijnen, vandaag);
    }

    // --- reads

    /**
     * A household's whole checklist: first the open items due now (overdue or due within
     * {@link ChecklistPagina#BINNENKORT} days, earliest first), then every other item grouped per theme (or per
     * person), open items first, with what it adds up to. For a closed trajectory nothing is due now or overdue: what
     * is still open is history. Logged as a read of every person.
     */
    @Transactional
    public ChecklistPagina pagina(Medewerker ik, HuishoudenId id, boolean perPersoon) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        Huishouden h = huishoudens.findZonderLog(ik, id).orElseThrow(NietGevonden::new);
        List<ChecklistItem> lijst = items.vanHuishouden(id);
        LocalDate start = items.trajectStart(id).orElse(null);
        LocalDate vandaag = LocalDate.now(clock);
        boolean historie = toegang.status().isAfgesloten();
        Map<UUID, String> door = namen(lijst);
        logPersonen(ik, h, ids(h.personen()), Actie.LEZEN, SOORT_CHECKLIST, id.value());
        Map<UUID, String> personen = new LinkedHashMap<>();
        h.personen().forEach(p -> personen.put(p.id(), p.naam()));
        List<ChecklistRegel> regels = lijst.stream()
            .map(i -> new ChecklistRegel(i.voorLezer(toegang),
                    i.persoonId() == null ? null : personen.getOrDefault(i.persoonId(), "?"),
                    i.vastgelegdDoor() == null ? null : door.getOrDefault(i.vastgelegdDoor(), "?"),
                    i.notitieVerborgenVoor(toegang), historie))
            .toList();
        List<ChecklistRegel> nu = regels.stream().filter(r -> r.nu(vandaag))
            .sorted(Comparator.comparing((ChecklistRegel r) -> r.item().deadline())
                .thenComparing(r -> r.item().volgorde()))
            .toList();
        List<ChecklistRegel> later = regels.stream().filter(r -> !r.nu(vandaag)).toList();
        return new ChecklistPagina(id, h.naam(), toegang.magBegeleiden(), perPersoon,
                ChecklistOverzicht.van(lijst, start, vandaag, historie), nu, groepen(later, personen, perPersoon),
                personen, historie);
    }

    /**
     * What a household's checklist adds up to now (counters, progress, who did it), for the screen that just ticked
     * an item to bring its counters up to date. Needs access to the household; not logged apart: it names nobody,
     * and the write it follows is logged.
     */
    public ChecklistOverzicht overzicht(Medewerker ik, HuishoudenId id) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        return ChecklistOverzicht.van(items.vanHuishouden(id), items.trajectStart(id).orElse(null),
                LocalDate.now(clock), toegang.status().isAfgesloten());
    }

    private static List<ChecklistPagina.Groep> groepen(List<ChecklistRegel> regels, Map<UUID, String> personen,
            boolean perPersoon) {
        Comparator<ChecklistRegel> openEerst = Comparator.comparing(r -> !r.item().isOpen());
        List<ChecklistPagina.Groep> groepen = new ArrayList<>();
        if (perPersoon) {
            List<@Nullable UUID> volgorde = new ArrayList<>();
            volgorde.add(null);
            volgorde.addAll(personen.keySet());
            for (UUID persoon : volgorde) {
                List<ChecklistRegel> van = regels.stream().filter(r -> Objects.equals(r.item().persoonId(), persoon))
                    .sorted(openEerst).toList();
                if (!van.isEmpty()) {
                    groepen.add(new ChecklistPagina.Groep(null, persoon,
                            persoon == null ? null : personen.get(persoon), van));
                }
            }
        }
        else {
            for (Thema thema : Thema.values()) {
                List<ChecklistRegel> van = regels.stream().filter(r -> r.item().thema() == thema).sorted(openEerst)
                    .toList();
                if (!van.isEmpty()) {
                    groepen.add(new ChecklistPagina.Groep(thema, null, null, van));
                }
            }
        }
        return groepen;
    }

    /**
     * One item of a household, as its edit page shows it (an item of another household does not exist here). Logged
     * as a read of the persons it concerns.
     */
    @Transactional
    public ChecklistRegel regel(Medewerker ik, HuishoudenId huishouden, ChecklistItemId id) {
        ChecklistItem item = items.find(id).filter(i -> i.huishoudenId().equals(huishouden))
            .orElseThrow(NietGevonden::new);
        Toegang toegang = trajecten.vereisToegang(ik, item.huishoudenId());
        Huishouden h = huishoudens.findZonderLog(ik, item.huishoudenId()).orElseThrow(NietGevonden::new);
        logItem(ik, h, item, Actie.LEZEN);
        return new ChecklistRegel(item.voorLezer(toegang), persoonNaam(h, item.persoonId()),
                item.vastgelegdDoor() == null ? null : namen(List.of(item)).get(item.vastgelegdDoor()),
                item.notitieVerborgenVoor(toegang), toegang.status().isAfgesloten());
    }

    /**
     * One item, for the API, without a note the medewerker may not see. Logged as a read of the persons it concerns.
     */
    @Transactional
    public ChecklistItem item(Medewerker ik, ChecklistItemId id) {
        ChecklistItem item = items.find(id).orElseThrow(NietGevonden::new);
        Toegang toegang = trajecten.vereisToegang(ik, item.huishoudenId());
        Huishouden h = huishoudens.findZonderLog(ik, item.huishoudenId()).orElseThrow(NietGevonden::new);
        logItem(ik, h, item, Actie.LEZEN);
        return item.voorLezer(toegang);
    }

    /**
     * A page of a household's items, keyset on id (1 to 100 per page), e.g. for the API or demo data, without notes
     * the medewerker may not see. Logged as a read of every person.
     */
    @Transactional
    public List<ChecklistItem> items(Medewerker ik, HuishoudenId id, @Nullable UUID na, int aantal) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        Huishouden h = huishoudens.findZonderLog(ik, id).orElseThrow(NietGevonden::new);
        List<ChecklistItem> pagina = items.pagina(id, na, Paginering.grootte(aantal));
        logPersonen(ik, h, ids(h.personen()), Actie.LEZEN, SOORT_CHECKLIST, id.value());
        return pagina.stream().map(i -> i.voorLezer(toegang)).toList();
    }

    /**
     * Where a household's checklist stands, without acting user or log, to maintain read models such as the
     * worklist. Never show it to a user as such.
     */
    public Stand stand(HuishoudenId huishouden) {
        return items.stand(huishouden);
    }

    // --- writes

    /** One tap: the item is geregeld today, done by {@code wie}. */
    @Transactional
    public ChecklistRegel vinkAf(Medewerker ik, ChecklistItemId id, long versie, WieDeedHet wie) {
        return schrijf(ik, null, id, versie, i -> ItemWijziging.afgevinkt(i, wie, LocalDate.now(clock)));
    }

    /** One tap on an item of the household in the path: any other item does not exist here (404, nothing written). */
    @Transactional
    public ChecklistRegel vinkAf(Medewerker ik, HuishoudenId huishouden, ChecklistItemId id, long versie,
            WieDeedHet wie) {
        return schrijf(ik, huishouden, id, versie, i -> ItemWijziging.afgevinkt(i, wie, LocalDate.now(clock)));
    }

    /**
     * Changes status, who did it, date, due date, note or reason (see {@link ItemWijziging}). A note the medewerker
     * may not see stays as it is, whatever the change says about it.
     */
    @Transactional
    public ChecklistRegel wijzig(Medewerker ik, ChecklistItemId id, long versie, ItemWijziging wijziging) {
        return schrijf(ik, null, id, versie, i -> wijziging);
    }

    /** {@link #wijzig(Medewerker, ChecklistItemId, long, ItemWijziging)} of an item of the household in the path. */
    @Transactional
    public ChecklistRegel wijzig(Medewerker ik, HuishoudenId huishouden, ChecklistItemId id, long versie,
            ItemWijziging wijziging) {
        return schrijf(ik, huishouden, id, versie, i -> wijziging);
    }

    /**
     * A partial change (a JSON merge patch): {@code patch} turns the item's current state, as the medewerker sees it
     * ({@link ItemWijziging#van}, without a note they may not see), into the new one, so what it leaves alone stays.
     */
    @Transactional
    public ChecklistRegel pas(Medewerker ik, ChecklistItemId id, long versie, UnaryOperator<ItemWijziging> patch) {
        return schrijf(ik, null, id, versie, huidig -> patch.apply(ItemWijziging.van(huidig)));
    }

    /**
     * Applies a change to the stored item: refused without the right to record guidance, on a stale version, or (404)
     * for an item of another household than {@code huishouden}. {@code wijziging} gets the item as the writer sees it;
     * a note they may not see stays. Clearing a due date gives the rules' due date back at once.
     */
    private ChecklistRegel schrijf(Medewerker ik, @Nullable HuishoudenId huishouden, ChecklistItemId id, long versie,
            Function<ChecklistItem, ItemWijziging> wijziging) {
        ChecklistItem oud = items.find(id).filter(i -> huishouden == null || i.huishoudenId().equals(huishouden))
            .orElseThrow(NietGevonden::new);
        Toegang toegang = trajecten.toegang(ik, oud.huishoudenId()).orElseThrow(NietGevonden::new);
        if (!toegang.magBegeleiden()) {
            throw new DomeinFout("checklist.niet-toegestaan");
        }
        if (oud.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        ItemWijziging w = wijziging.apply(oud.voorLezer(toegang));
        if (oud.notitieVerborgenVoor(toegang)) {
            w = w.metNotitie(oud.notitie());
        }
        ChecklistItem nieuw = oud.wijzig(w, ik.id(), Instant.now(clock), LocalDate.now(clock));
        items.werkBij(nieuw, versie);
        Huishouden h = huishoudens.findZonderLog(ik, oud.huishoudenId()).orElseThrow(NietGevonden::new);
        logItem(ik, h, nieuw, Actie.WIJZIGEN);
        if (nieuw.deadline() == null && oud.deadline() != null) {
            synchroniseer(oud.huishoudenId()); // the rules' due date comes back now; publishes the stand
            nieuw = items.find(id).orElseThrow(NietGevonden::new);
        }
        else {
            publiceer(oud.huishoudenId());
        }
        return new ChecklistRegel(nieuw.voorLezer(toegang), persoonNaam(h, nieuw.persoonId()), ik.naam(),
                nieuw.notitieVerborgenVoor(toegang));
    }

    // --- helpers

    private void publiceer(HuishoudenId huishouden) {
        Stand s = items.stand(huishouden);
        events.publishEvent(new ChecklistStandGewijzigd(huishouden, s.open(), s.vroegsteDeadline()));
    }

    private Map<UUID, String> namen(Collection<ChecklistItem> lijst) {
        Set<UUID> door = lijst.stream().map(ChecklistItem::vastgelegdDoor).filter(Objects::nonNull)
            .collect(Collectors.toSet());
        return door.isEmpty() ? Map.of() : organisaties.namen(door);
    }

    private static @Nullable String persoonNaam(Huishouden h, @Nullable UUID persoon) {
        return persoon == null ? null : h.persoon(persoon).map(Persoon::naam).orElse("?");
    }

    private static List<UUID> ids(List<Persoon> personen) {
        return personen.stream().map(Persoon::id).toList();
    }

    /** An item concerns its person, or, for a household item, everyone in the household. */
    private void logItem(Medewerker ik, Huishouden h, ChecklistItem item, Actie actie) {
        logPersonen(ik, h, item.persoonId() != null ? List.of(item.persoonId()) : ids(h.personen()), actie,
                SOORT_ITEM, item.id().value());
    }

    private void logPersonen(Medewerker ik, Huishouden h, List<UUID> personen, Actie actie, String soort,
            UUID record) {
        log.leg(personen.stream()
            .map(p -> new Verwerking(ik.id(), ik.organisatieId(), actie, ik.rol().doel(), p, h.id().value(), soort,
                    record))
            .toList());
    }
}
