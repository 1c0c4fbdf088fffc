package nl.wegwijs.signaal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Inzagebeleid;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the signaal module: raising signals to a chosen addressee, the conversation that follows
 * (replies, changes of stand, the plan van aanpak), closing and reopening, and the lists (a household's signals; the
 * open signals a teamleider, regievoerder or guide may see). Every read and write starts from the medewerker's
 * {@link Inzage} of the household (404 when it is not theirs); which of its signals they see and may change is decided
 * by the signal's sensitivity in {@link Signaalbeleid} (in SQL for lists, here for one signal and every write): a
 * signal they may see only with a consent is a 403 naming it, one no consent opens (domestic violence outside its
 * circle, a sensitive signal for a vrijwilliger who neither raised it nor is named in it) a 404. Writing needs
 * {@link Toegang#magBegeleiden()}. Every read and write is logged through the Inzage (one row per person); the open
 * signals across households log one row per person shown, in one statement per page. Every write publishes {@link SignaalStandGewijzigd} in the same
 * transaction. Writes lock the signal's row, so a signal cannot be closed while someone adds an action to it, and the
 * thread's entries are numbered without gaps or doubles.
 *
 * <h2>Who may do what with a signal</h2>
 * <ul>
 * <li><b>Nobody</b> changes the report as it was raised: text, category, urgency, who it is about, raiser and time
 * stay as they were. A correction or addition is a reply.</li>
 * <li><b>Raising</b>: everyone who may record guidance on the household (vrijwilliger, begeleider, teamleider,
 * regievoerder, budgetcoach), to one of: the regievoerder of the gemeente (not by a regievoerder), the teamleider of
 * the uitvoerder (not by a teamleider), or the household's guidance — all its guides, or one named guide currently
 * assigned to it (not oneself). Without a choice, the uitvoerder side writes to the regievoerder and the gemeente side
 * to the guidance, as before.</li>
 * <li><b>Replying</b>: everyone who may record guidance on the household, in their own name, also on a closed
 * signal.</li>
 * <li><b>Managing</b> — putting it in behandeling or back to open, closing, reopening, adding or changing actions of
 * the plan — is for {@link #magBeheren those responsible}: a teamleider or regievoerder (of the uitvoerder or gemeente
 * of the household: they only see their own), the raiser, and a begeleider to whom it was addressed (by name, or as
 * the household's guidance). A vrijwilliger and a budgetcoach manage only signals they raised themselves: they reply,
 * and tick off an action that is theirs ({@link #magAfvinken}); a vrijwilliger never manages a sensitive signal
 * (health, mental health, domestic violence), not even one they raised.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class SignaalService {

    /** Signals per page. */
    public static final int PAGINA = 25;

    private final Signalen signalen;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Zichtbaarheid zichtbaarheid;
    private final Verwerkingslog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignaalService(Signalen signalen, TrajectService trajecten, OrganisatieService organisaties,
            Zichtbaarheid zichtbaarheid, Verwerkingslog log, ApplicationEventPublisher events, Clock clock) {
        this.signalen = signalen;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.zichtbaarheid = zichtbaarheid;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    // --- reads

    /**
     * A page of a household's signals the medewerker may see, open ones first (most urgent, then newest), after
     * signal {@code na}. Refuses (404) a household the medewerker may not see. Logged when it shows any signal.
     */
    @Transactional
    public SignalenVanHuishouden signalen(Medewerker ik, HuishoudenId id, @Nullable SignaalId na, int aantal) {
        return signalen(trajecten.inzage(ik, id), na, aantal);
    }

    /** {@link #signalen(Medewerker, HuishoudenId, SignaalId, int)} through an Inzage already at hand. */
    @Transactional
    public SignalenVanHuishouden signalen(Inzage inzage, @Nullable SignaalId na, int aantal) {
        HuishoudenId id = inzage.huishoudenId();
        Medewerker ik = inzage.medewerker();
        int n = Paginering.grootte(aantal);
        List<SignaalRegel> regels = signalen.vanHuishouden(id, Signaalbeleid.sql(ik, inzage), na, n + 1);
        boolean meer = regels.size() > n;
        List<SignaalRegel> items = Paginering.eerste(regels, n);
        if (!items.isEmpty()) {
            inzage.log(Actie.LEZEN, "signalen", id.value());
        }
        return new SignalenVanHuishouden(inzage, items, meer ? items.get(n - 1).id() : null);
    }

    /**
     * One signal with its plan and household: empty (404) when the household or the signal is not the medewerker's
     * to see at all, 403 when a consent would let them see it; logged.
     */
    @Transactional
    public Optional<SignaalInzage> find(Medewerker ik, SignaalId id) {
        return signalen.findById(id, false).map(s -> {
            Inzage inzage = trajecten.inzage(ik, s.huishouden());
            vereisZichtbaar(inzage, s);
            inzage.log(Actie.LEZEN, "signaal", s.id().value());
            return new SignaalInzage(s, inzage);
        });
    }

    /** The household of a signal the medewerker may see (nothing is read from the signal, so nothing is logged). */
    public Optional<HuishoudenId> huishoudenVan(Medewerker ik, SignaalId id) {
        return signalen.findById(id, false).map(s -> {
            Inzage inzage = trajecten.inzage(ik, s.huishouden());
            vereisZichtbaar(inzage, s);
            return inzage.huishoudenId();
        });
    }

    /**
     * The open signals the medewerker may see of the households they may see, most urgent first, then newest: a
     * teamleider's uitvoerder, a regievoerder's or budgetcoach's gemeente, a guide's own households, each signal as
     * {@link Signaalbeleid} allows (in the query, so pages stay exact). Structured fields only (no free text); the
     * household names are shown, so every person of each household shown is logged, in one statement per page. Roles
     * that see no households (beleid, beheer, privacy officer) are refused (404).
     */
    @Transactional
    public OpenSignalen open(Medewerker ik, @Nullable SignaalId na, int aantal) {
        return open(ik, Selectie.ALLES, na, aantal);
    }

    /**
     * Which open signals a list asks for, on top of what the medewerker may see (it only narrows): any of these
     * categories, urgencies and statuses, reported ({@code gemeld_op}) from {@code vanaf} (inclusive) until
     * {@code tot} (exclusive).
     */
    public record Selectie(List<Categorie> categorie, List<Urgentie> urgentie, List<SignaalStatus> status,
            @Nullable LocalDate vanaf, @Nullable LocalDate tot) {

        public static final Selectie ALLES = new Selectie(List.of(), List.of(), List.of(), null, null);

        public Selectie {
            categorie = categorie == null ? List.of() : List.copyOf(categorie);
            urgentie = urgentie == null ? List.of() : List.copyOf(urgentie);
            status = status == null ? List.of() : List.copyOf(status);
        }

        Zichtbaarheid.Filter filter() {
            List<String> waar = new java.util.ArrayList<>();
            java.util.Map<String, Object> p = new java.util.HashMap<>();
            if (!categorie.isEmpty()) {
                waar.add("s.categorie = any(:fCategorie)");
                p.put("fCategorie", categorie.stream().map(Enum::name).toArray(String[]::new));
            }
            if (!urgentie.isEmpty()) {
                waar.add("s.urgentie = any(:fUrgentie)");
                p.put("fUrgentie", urgentie.stream().map(Enum::name).toArray(String[]::new));
            }
            if (!status.isEmpty()) {
                waar.add("s.status = any(:fStatus)");
                p.put("fStatus", status.stream().map(Enum::name).toArray(String[]::new));
            }
            if (vanaf != null) {
                waar.add("s.gemeld_op >= :fVanaf");
                p.put("fVanaf", vanaf);
            }
            if (tot != null) {
                waar.add("s.gemeld_op < :fTot");
                p.put("fTot", tot);
            }
            return new Zichtbaarheid.Filter(waar.isEmpty() ? "true" : String.join(" and ", waar), p);
        }
    }

    /** A page of the open signals the medewerker may see that match the selection, as {@link #open(Medewerker, SignaalId, int)}. */
    @Transactional
    public OpenSignalen open(Medewerker ik, Selectie selectie, @Nullable SignaalId na, int aantal) {
        if (Inzagebeleid.taak(ik.rol()).isEmpty()) {
            throw new NietGevonden();
        }
        int n = Paginering.grootte(aantal);
        List<Signalen.OpenRegel> regels = signalen.open(zichtbaarheid.filter(ik, "s.huishouden_id")
                .en(selectie.filter()),
                Signaalbeleid.sql(ik, LocalDate.now(clock), Instant.now(clock)), na, n + 1);
        boolean meer = regels.size() > n;
        List<Signalen.OpenRegel> items = Paginering.eerste(regels, n);
        logGetoond(ik, items);
        return new OpenSignalen(items.stream().map(Signalen.OpenRegel::regel).toList(),
                meer ? items.get(n - 1).regel().id() : null);
    }

    /**
     * One read per person of each household shown on a page of open signals, in one statement: a list across
     * households has no single household's Inzage to log through.
     */
    private void logGetoond(Medewerker ik, List<Signalen.OpenRegel> items) {
        java.util.Map<HuishoudenId, List<UUID>> getoond = new java.util.LinkedHashMap<>();
        items.forEach(r -> getoond.putIfAbsent(r.regel().huishouden(), r.personen()));
        List<Verwerking> regels = new java.util.ArrayList<>();
        getoond.forEach((h, personen) -> personen.forEach(p -> regels.add(new Verwerking(ik.id(),
                ik.organisatieId(), Actie.LEZEN, ik.rol().doel(), p, h.value(), "signalen", h.value()))));
        log.leg(regels);
    }

    /**
     * The guides currently assigned to the household, whom a signal can be addressed to by name (for the raise
     * form), but not the reader.
     */
    public List<Gids> gidsen(Inzage inzage) {
        return toegewezen(inzage).stream().filter(g -> !g.id().equals(inzage.medewerker().id()))
            .toList();
    }

    private List<Gids> toegewezen(Inzage inzage) {
        LocalDate vandaag = LocalDate.now(clock);
        return trajecten.samenvatting(inzage.trajectId(), inzage.huishouden()).stream()
            .map(s -> s.traject().actieveToewijzingen(vandaag).stream()
                .map(w -> new Gids(w.medewerkerId(), s.namen().getOrDefault(w.medewerkerId(), "?"), w.rol()))
                .distinct().toList())
            .flatMap(List::stream).toList();
    }

    // --- the rules

    /**
     * Whether the medewerker may manage this signal (change its stand, close or reopen it, add or change actions of
     * its plan), given that they may record guidance on its household: a teamleider or regievoerder, the raiser, or a
     * begeleider it is addressed to (by name, or as the household's guidance). Not a vrijwilliger or budgetcoach who
     * did not raise it, and a vrijwilliger never a sensitive one. See {@link Signaalbeleid#magBeheren}.
     */
    public static boolean magBeheren(Medewerker ik, Signaal s) {
        return Signaalbeleid.magBeheren(ik, s);
    }

    /** 404 when no consent opens this signal to the reader, 403 naming the consent that would; else nothing. */
    private static void vereisZichtbaar(Inzage inzage, Signaal s) {
        if (Signaalbeleid.magZien(inzage.medewerker(), s, inzage::magZien)) {
            return;
        }
        Gegevenssoort ontbrekend = Signaalbeleid.ontbrekend(inzage.medewerker(), s, inzage);
        if (ontbrekend == null) {
            throw new NietGevonden();
        }
        inzage.vereis(ontbrekend);
        throw new NietGevonden();
    }

    /** Whether the medewerker may tick off (or reopen) this action: who may manage the signal, or its owner. */
    public static boolean magAfvinken(Medewerker ik, Signaal s, Actiepunt a) {
        return magBeheren(ik, s) || ik.id().equals(a.eigenaarMedewerker());
    }

    /**
     * Whom a signal of this raiser goes to: the chosen addressee, checked (not one's own role group, a named guide
     * must be assigned to the household now and not be oneself), or the default of the raiser's side.
     */
    private Signaal.Geadresseerde adresseer(Medewerker ik, Inzage huishouden, NieuwSignaal nieuw) {
        Aan aan = nieuw.aan();
        if (nieuw.aanMedewerker() != null) {
            if (aan != null && aan != Aan.BEGELEIDING) {
                throw new DomeinFout("signaal.aan.gids.onbekend");
            }
            Gids gids = toegewezen(huishouden).stream().filter(g -> g.id().equals(nieuw.aanMedewerker()))
                .filter(g -> !g.id().equals(ik.id())).findFirst()
                .orElseThrow(() -> new DomeinFout("signaal.aan.gids.onbekend"));
            return new Signaal.Geadresseerde(Aan.BEGELEIDING, gids.id(), gids.naam());
        }
        if (aan == null) {
            aan = ik.rol().gemeentezijde() ? Aan.BEGELEIDING : Aan.REGIEVOERDER;
        }
        if (aan == Aan.REGIEVOERDER && ik.heeftRol(Rol.REGIEVOERDER)
                || aan == Aan.TEAMLEIDER && ik.heeftRol(Rol.TEAMLEIDER)) {
            throw new DomeinFout("signaal.aan.zelf");
        }
        return Signaal.Geadresseerde.van(aan);
    }

    // --- writes

    /**
     * Raises a signal about a household to a chosen addressee (see the class comment). From the guidance side to the
     * regievoerder it shares the household's data with the gemeente: the basis ({@link Deling}: consent or acute
     * danger) is then required and recorded on the signal.
     */
    @Transactional
    public Signaal meld(Medewerker ik, HuishoudenId huishouden, NieuwSignaal nieuw) {
        Inzage inzage = voorBegeleiding(ik, huishouden);
        vereisPersoon(inzage.huishouden(), nieuw.persoonId());
        Signaal.Geadresseerde aan = adresseer(ik, inzage, nieuw);
        Deling deling = aan.aan() == Aan.REGIEVOERDER ? nieuw.deling() : null;
        if (deling == null && aan.aan() == Aan.REGIEVOERDER && !ik.rol().gemeentezijde()) {
            throw new DomeinFout("signaal.deling.leeg");
        }
        Signaal s = Signaal.meld(huishouden, nieuw, aan, ik, Instant.now(clock), LocalDate.now(clock));
        signalen.insert(s, inzage.huishouden().naam(), deling);
        return opgeslagen(inzage, s.id(), Actie.AANMAKEN);
    }

    /** A reply in the thread, in the medewerker's own name; anyone who may record guidance on the household. */
    @Transactional
    public SignaalBericht reageer(Medewerker ik, SignaalId id, @Nullable String tekst) {
        Bewerking b = laad(ik, id);
        SignaalBericht bericht = b.signaal().reageer(tekst, ik, Instant.now(clock));
        // a reply changes no status, urgency or action: no new stand for the worklist, no reload
        signalen.save(b.signaal());
        b.inzage().log(Actie.WIJZIGEN, "signaal", id.value());
        return bericht;
    }

    /**
     * Puts an open signal in behandeling or back to open, with an optional note, when nobody changed it since
     * versie; only for who may manage it.
     */
    @Transactional
    public Signaal zetStand(Medewerker ik, SignaalId id, long versie, SignaalStatus status,
            @Nullable String toelichting) {
        Bewerking b = voorBeheer(ik, id, versie);
        b.signaal().zetStand(status, toelichting, ik, Instant.now(clock));
        return bewaar(ik, b);
    }

    /**
     * Closes a signal with a note; refused while actions are open, unless {@code ondanksOpenActies} says the closer
     * knows; only for who may manage it.
     */
    @Transactional
    public Signaal sluitAf(Medewerker ik, SignaalId id, long versie, @Nullable String notitie,
            boolean ondanksOpenActies) {
        Bewerking b = voorBeheer(ik, id, versie);
        b.signaal().sluitAf(notitie, ondanksOpenActies, ik, Instant.now(clock), LocalDate.now(clock));
        return bewaar(ik, b);
    }

    /** Reopens a closed signal, with an optional reason; only for who may manage it. */
    @Transactional
    public Signaal heropen(Medewerker ik, SignaalId id, long versie, @Nullable String toelichting) {
        Bewerking b = voorBeheer(ik, id, versie);
        b.signaal().heropen(toelichting, ik, Instant.now(clock));
        return bewaar(ik, b);
    }

    @Transactional
    public Signaal heropen(Medewerker ik, SignaalId id, long versie) {
        return heropen(ik, id, versie, null);
    }

    /** Adds an action to the plan of an open signal (no version needed: it changes no existing action). */
    @Transactional
    public Actiepunt voegActieToe(Medewerker ik, SignaalId id, ActiepuntGegevens gegevens) {
        Bewerking b = laad(ik, id);
        vereisBeheer(ik, b.signaal());
        Actiepunt a = b.signaal().voegToe(gegevens, eigenaar(b.inzage().toegang(), gegevens), ik, Instant.now(clock),
                LocalDate.now(clock));
        bewaar(ik, b);
        return actie(id, a.id());
    }

    /** Changes an action, when nobody changed it since {@code versie}; only for who may manage the signal. */
    @Transactional
    public Actiepunt wijzigActie(Medewerker ik, SignaalId id, UUID actie, long versie, ActiepuntGegevens gegevens) {
        Bewerking b = laad(ik, id);
        vereisBeheer(ik, b.signaal());
        b.signaal().wijzigActie(actie, versie, gegevens, eigenaar(b.inzage().toegang(), gegevens), ik,
                Instant.now(clock),
                LocalDate.now(clock));
        bewaar(ik, b);
        return actie(id, actie);
    }

    /**
     * Marks an action done today, or open again, when nobody changed it since {@code versie}: who may manage the
     * signal, or the action's owner.
     */
    @Transactional
    public Actiepunt markeerActie(Medewerker ik, SignaalId id, UUID actie, long versie, boolean gedaan) {
        Bewerking b = laad(ik, id);
        Actiepunt a = b.signaal().actie(actie).orElseThrow(NietGevonden::new);
        if (!magAfvinken(ik, b.signaal(), a)) {
            throw new DomeinFout("signaal.beheer.niet-toegestaan");
        }
        b.signaal().markeer(actie, versie, gedaan, ik, Instant.now(clock), LocalDate.now(clock));
        bewaar(ik, b);
        return actie(id, actie);
    }

    // --- helpers

    /**
     * The signal, locked, when the medewerker may see it and work on its household: 404 when not visible (403 when
     * only a consent is missing).
     */
    private Bewerking laad(Medewerker ik, SignaalId id) {
        Signaal s = signalen.findById(id, true).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, s.huishouden());
        vereisZichtbaar(inzage, s);
        return new Bewerking(s, voorBegeleiding(inzage));
    }

    private Bewerking voorBeheer(Medewerker ik, SignaalId id, long versie) {
        Bewerking b = laad(ik, id);
        vereisBeheer(ik, b.signaal());
        if (b.signaal().versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        return b;
    }

    private static void vereisBeheer(Medewerker ik, Signaal s) {
        if (ik.heeftRol(Rol.VRIJWILLIGER) && Signaalbeleid.gevoelig(s.categorie())) {
            throw new DomeinFout("signaal.beheer.gevoelig");
        }
        if (!magBeheren(ik, s)) {
            throw new DomeinFout("signaal.beheer.niet-toegestaan");
        }
    }

    /** 404 when the household is not visible; refused when the medewerker may not record guidance on it. */
    private Inzage voorBegeleiding(Medewerker ik, HuishoudenId id) {
        return voorBegeleiding(trajecten.inzage(ik, id));
    }

    private static Inzage voorBegeleiding(Inzage inzage) {
        if (!inzage.magBegeleiden()) {
            throw new DomeinFout(inzage.toegang().status().isAfgesloten() ? "signaal.traject-afgesloten"
                    : "signaal.niet-toegestaan");
        }
        return inzage;
    }

    /** The owning medewerker of an action: someone of the trajectory's uitvoerder or gemeente. */
    private Actiepunt.@Nullable Eigenaarschap eigenaar(Toegang toegang, ActiepuntGegevens g) {
        if (g.eigenaarMedewerker() == null) {
            return null;
        }
        Medewerker m = organisaties.medewerker(g.eigenaarMedewerker())
            .filter(x -> x.organisatieId().equals(toegang.uitvoerderId())
                    || x.organisatieId().equals(toegang.gemeenteId()))
            .orElseThrow(() -> new DomeinFout("signaal.actie.medewerker.onbekend"));
        return new Actiepunt.Eigenaarschap(m.id(), m.naam(), m.rol());
    }

    private static void vereisPersoon(Huishouden h, @Nullable UUID persoon) {
        if (persoon != null && h.persoon(persoon).isEmpty()) {
            throw new DomeinFout("signaal.persoon.onbekend");
        }
    }

    private Signaal bewaar(Medewerker ik, Bewerking b) {
        signalen.save(b.signaal());
        return opgeslagen(b.inzage(), b.signaal().id(), Actie.WIJZIGEN);
    }

    private Signaal opgeslagen(Inzage inzage, SignaalId id, Actie actie) {
        inzage.log(actie, "signaal", id.value());
        events.publishEvent(signalen.stand(inzage.huishoudenId()));
        return signalen.findById(id, false).orElseThrow(NietGevonden::new);
    }

    private Actiepunt actie(SignaalId id, UUID actie) {
        return signalen.findById(id, false).flatMap(s -> s.actie(actie)).orElseThrow(NietGevonden::new);
    }

    private record Bewerking(Signaal signaal, Inzage inzage) {
    }

    /** A page of a household's signals with what the reader may do; {@code volgende} is the next page's na. */
    public record SignalenVanHuishouden(Inzage inzage, List<SignaalRegel> signalen, @Nullable SignaalId volgende) {

        public Toegang toegang() {
            return inzage.toegang();
        }

        public Huishouden huishouden() {
            return inzage.huishouden();
        }
    }

    /** One signal with its plan, its household and what the reader may do with it. */
    public record SignaalInzage(Signaal signaal, Inzage inzage) {

        public Toegang toegang() {
            return inzage.toegang();
        }

        public Huishouden huishouden() {
            return inzage.huishouden();
        }

        /** May reply: may record guidance on the household. */
        public boolean magReageren() {
            return inzage.magBegeleiden();
        }

        /** May manage the signal (stand, close, reopen, plan): see {@link SignaalService#magBeheren}. */
        public boolean magBeheren() {
            return inzage.magBegeleiden() && SignaalService.magBeheren(inzage.medewerker(), signaal);
        }

        public boolean magAfvinken(Actiepunt a) {
            return inzage.magBegeleiden() && SignaalService.magAfvinken(inzage.medewerker(), signaal, a);
        }
    }

    /** A guide assigned to a household: id, name, and the role of the assignment (FASE1, BEGELEIDER, VRIJWILLIGER). */
    public record Gids(UUID id, String naam, nl.wegwijs.traject.ToewijzingRol rol) {
    }

    /** A page of open signals across households; {@code volgende} is the next page's na. */
    public record OpenSignalen(List<SignaalRegel> signalen, @Nullable SignaalId volgende) {
    }
}
