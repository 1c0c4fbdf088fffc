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
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of the checklist module: synchronising a household's items with its template, reading and
 * ticking them. Every read and write starts from the acting medewerker's {@link Inzage} on the household
 * ({@code TrajectService#inzage}: 404 when it is not theirs to see), which decides what they see
 * ({@link ChecklistLezer}: the items of the categories they may see, notes when they may see notes or wrote them) and
 * logs one row per person; writing needs {@link Inzage#magBegeleiden()} and the item's category. A note the writer may
 * not see stays as it is. Every write and synchronisation publishes {@link ChecklistStandGewijzigd} in the same
 * transaction.
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChecklistService(ChecklistItems items, Sjablonen sjablonen, TrajectService trajecten,
            HuishoudenService huishoudens, OrganisatieService organisaties, ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.sjablonen = sjablonen;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
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
     * A household's whole checklist as the reader may see it (the items of the categories they see, see
     * {@link ChecklistLezer}): first the open items due now (overdue or due within {@link ChecklistPagina#BINNENKORT}
     * days, earliest first), then every other item grouped per theme (or per person), open items first, with what it
     * adds up to. For a closed trajectory nothing is due now or overdue: what is still open is history. Logged as a
     * read of every person (the page names them all).
     */
    @Transactional
    public ChecklistPagina pagina(Medewerker ik, HuishoudenId id, boolean perPersoon) {
        return pagina(trajecten.inzage(ik, id), perPersoon);
    }

    /** {@link #pagina(Medewerker, HuishoudenId, boolean)} through an Inzage already at hand (e.g. the closing page). */
    @Transactional
    public ChecklistPagina pagina(Inzage inzage, boolean perPersoon) {
        HuishoudenId id = inzage.huishoudenId();
        Huishouden h = inzage.huishouden();
        List<ChecklistItem> lijst = ChecklistLezer.zietIets(inzage)
                ? ChecklistLezer.zichtbaar(inzage, items.vanHuishouden(id)) : List.of();
        LocalDate start = items.trajectStart(id).orElse(null);
        LocalDate vandaag = LocalDate.now(clock);
        boolean historie = inzage.toegang().status().isAfgesloten();
        Map<UUID, String> door = namen(lijst);
        inzage.log(Actie.LEZEN, SOORT_CHECKLIST, id.value());
        Map<UUID, String> personen = new LinkedHashMap<>();
        h.personen().forEach(p -> personen.put(p.id(), p.naam()));
        List<ChecklistRegel> regels = lijst.stream()
            .map(i -> ChecklistLezer.regel(inzage, i,
                    i.persoonId() == null ? null : personen.getOrDefault(i.persoonId(), "?"),
                    i.vastgelegdDoor() == null ? null : door.getOrDefault(i.vastgelegdDoor(), "?"), historie))
            .toList();
        List<ChecklistRegel> nu = regels.stream().filter(r -> r.nu(vandaag))
            .sorted(Comparator.comparing((ChecklistRegel r) -> r.item().deadline())
                .thenComparing(r -> r.item().volgorde()))
            .toList();
        List<ChecklistRegel> later = regels.stream().filter(r -> !r.nu(vandaag)).toList();
        return new ChecklistPagina(id, h.naam(), inzage.magBegeleiden(), perPersoon,
                ChecklistOverzicht.van(lijst, start, vandaag, historie), nu, groepen(later, personen, perPersoon),
                personen, historie, inzage);
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
     * One item of a household, as its edit page (or a refused tick) shows it; an item of another household does not
     * exist here (404), one of a category the reader may not see is refused (403). With the checklist's counters when
     * {@code metOverzicht}. Logged as a read of the persons it concerns.
     */
    @Transactional
    public ItemWeergave regel(Medewerker ik, HuishoudenId huishouden, ChecklistItemId id, boolean metOverzicht) {
        ChecklistItem item = items.find(id).filter(i -> i.huishoudenId().equals(huishouden))
            .orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, item.huishoudenId());
        inzage.vereis(item.gegevenssoort());
        logItem(inzage, item, Actie.LEZEN);
        boolean historie = inzage.toegang().status().isAfgesloten();
        ChecklistRegel regel = ChecklistLezer.regel(inzage, item, persoonNaam(inzage.huishouden(), item.persoonId()),
                item.vastgelegdDoor() == null ? null : namen(List.of(item)).get(item.vastgelegdDoor()), historie);
        return new ItemWeergave(regel, metOverzicht ? overzicht(inzage) : null, inzage.magBegeleiden(), inzage);
    }

    /**
     * One item, for the API, without a note the medewerker may not see; refused (403) when its category is not
     * theirs to see. Logged as a read of the persons it concerns.
     */
    @Transactional
    public ChecklistItem item(Medewerker ik, ChecklistItemId id) {
        ChecklistItem item = items.find(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, item.huishoudenId());
        inzage.vereis(item.gegevenssoort());
        logItem(inzage, item, Actie.LEZEN);
        return ChecklistLezer.voorLezer(inzage, item);
    }

    /**
     * A page of a household's items the medewerker may see (all, or a budgetcoach's finance items), keyset on id (1
     * to 101 per page: one more than a page tells whether another follows), e.g. for the API or demo data, without notes they may not see; refused (403) when they see no
     * part of the checklist. Logged as a read of every person.
     */
    @Transactional
    public List<ChecklistItem> items(Medewerker ik, HuishoudenId id, @Nullable UUID na, int aantal) {
        Inzage inzage = trajecten.inzage(ik, id);
        ChecklistLezer.vereisIets(inzage);
        // up to one more than the largest page, so a caller can tell whether a next page exists
        List<ChecklistItem> pagina = items.pagina(id, ChecklistLezer.themas(inzage), na,
                Math.max(1, Math.min(aantal, Paginering.MAX + 1)));
        inzage.log(Actie.LEZEN, SOORT_CHECKLIST, id.value());
        return pagina.stream().map(i -> ChecklistLezer.voorLezer(inzage, i)).toList();
    }

    /** What the items the reader sees add up to now (counters, progress, who did it). */
    private ChecklistOverzicht overzicht(Inzage inzage) {
        HuishoudenId id = inzage.huishoudenId();
        return ChecklistOverzicht.van(ChecklistLezer.zichtbaar(inzage, items.vanHuishouden(id)),
                items.trajectStart(id).orElse(null), LocalDate.now(clock),
                inzage.toegang().status().isAfgesloten());
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
        return schrijf(ik, null, id, versie, i -> ItemWijziging.afgevinkt(i, wie, LocalDate.now(clock)), false)
            .regel();
    }

    /**
     * One tap on an item of the household in the path: any other item does not exist here (404, nothing written).
     * Returns the item with the checklist's counters after the tick, under the same access decision.
     */
    @Transactional
    public ItemWeergave vinkAf(Medewerker ik, HuishoudenId huishouden, ChecklistItemId id, long versie,
            WieDeedHet wie) {
        return schrijf(ik, huishouden, id, versie, i -> ItemWijziging.afgevinkt(i, wie, LocalDate.now(clock)), true);
    }

    /**
     * Changes status, who did it, date, due date, note or reason (see {@link ItemWijziging}). A note the medewerker
     * may not see stays as it is, whatever the change says about it.
     */
    @Transactional
    public ChecklistRegel wijzig(Medewerker ik, ChecklistItemId id, long versie, ItemWijziging wijziging) {
        return schrijf(ik, null, id, versie, i -> wijziging, false).regel();
    }

    /** {@link #wijzig(Medewerker, ChecklistItemId, long, ItemWijziging)} of an item of the household in the path. */
    @Transactional
    public ChecklistRegel wijzig(Medewerker ik, HuishoudenId huishouden, ChecklistItemId id, long versie,
            ItemWijziging wijziging) {
        return schrijf(ik, huishouden, id, versie, i -> wijziging, false).regel();
    }

    /**
     * A partial change (a JSON merge patch): {@code patch} turns the item's current state, as the medewerker sees it
     * ({@link ItemWijziging#van}, without a note they may not see), into the new one, so what it leaves alone stays.
     */
    @Transactional
    public ChecklistRegel pas(Medewerker ik, ChecklistItemId id, long versie, UnaryOperator<ItemWijziging> patch) {
        return schrijf(ik, null, id, versie, huidig -> patch.apply(ItemWijziging.van(huidig)), false).regel();
    }

    /**
     * Applies a change to the stored item: refused (403) when its category is not the writer's to see, without the
     * right to record guidance, on a stale version, or (404) for an item of another household than
     * {@code huishouden}. {@code wijziging} gets the item as the writer sees it; a note they may not see stays.
     * Clearing a due date gives the rules' due date back at once.
     */
    private ItemWeergave schrijf(Medewerker ik, @Nullable HuishoudenId huishouden, ChecklistItemId id, long versie,
            Function<ChecklistItem, ItemWijziging> wijziging, boolean metOverzicht) {
        ChecklistItem oud = items.find(id).filter(i -> huishouden == null || i.huishoudenId().equals(huishouden))
            .orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, oud.huishoudenId());
        inzage.vereis(oud.gegevenssoort());
        if (!inzage.magBegeleiden()) {
            throw new DomeinFout("checklist.niet-toegestaan");
        }
        if (oud.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        ItemWijziging w = wijziging.apply(ChecklistLezer.voorLezer(inzage, oud));
        if (ChecklistLezer.notitieVerborgen(inzage, oud)) {
            w = w.metNotitie(oud.notitie());
        }
        ChecklistItem nieuw = oud.wijzig(w, ik.id(), Instant.now(clock), LocalDate.now(clock));
        items.werkBij(nieuw, versie);
        logItem(inzage, nieuw, Actie.WIJZIGEN);
        if (nieuw.deadline() == null && oud.deadline() != null) {
            synchroniseer(oud.huishoudenId()); // the rules' due date comes back now; publishes the stand
            nieuw = items.find(id).orElseThrow(NietGevonden::new);
        }
        else {
            publiceer(oud.huishoudenId());
        }
        ChecklistRegel regel = ChecklistLezer.regel(inzage, nieuw, persoonNaam(inzage.huishouden(), nieuw.persoonId()),
                ik.naam(), false);
        return new ItemWeergave(regel, metOverzicht ? overzicht(inzage) : null, true, inzage);
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

    /** An item concerns its person, or, for a household item, everyone in the household. */
    private static void logItem(Inzage inzage, ChecklistItem item, Actie actie) {
        if (item.persoonId() != null) {
            inzage.log(actie, SOORT_ITEM, item.id().value(), List.of(item.persoonId()));
        }
        else {
            inzage.log(actie, SOORT_ITEM, item.id().value());
        }
    }
}
