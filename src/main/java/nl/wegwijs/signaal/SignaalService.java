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
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the signaal module: raising signals to a chosen addressee, the conversation that follows
 * (replies, changes of stand, the plan van aanpak), closing and reopening, and the lists (a household's signals; the
 * open signals a teamleider, regievoerder or guide may see). Everyone who may see a household sees its signals and
 * their threads; writing needs {@link Toegang#magBegeleiden()}. Every read of a household's signals and every write is
 * logged for each person of the household; every write publishes {@link SignaalStandGewijzigd} in the same
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
 * and tick off an action that is theirs ({@link #magAfvinken}).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class SignaalService {

    /** Signals per page. */
    public static final int PAGINA = 25;

    private final Signalen signalen;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final Zichtbaarheid zichtbaarheid;
    private final Verwerkingslog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignaalService(Signalen signalen, TrajectService trajecten, HuishoudenService huishoudens,
            OrganisatieService organisaties, Zichtbaarheid zichtbaarheid, Verwerkingslog log,
            ApplicationEventPublisher events, Clock clock) {
        this.signalen = signalen;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.zichtbaarheid = zichtbaarheid;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    // --- reads

    /**
     * A page of a household's signals, open ones first (most urgent, then newest), after signal {@code na}. Refuses
     * (404) a household the medewerker may not see. Logged when it shows any signal.
     */
    @Transactional
    public SignalenVanHuishouden signalen(Medewerker ik, HuishoudenId id, @Nullable SignaalId na, int aantal) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        Huishouden h = huishoudens.findZonderLog(ik, id).orElseThrow(NietGevonden::new);
        int n = Paginering.grootte(aantal);
        List<SignaalRegel> regels = signalen.vanHuishouden(id, na, n + 1);
        boolean meer = regels.size() > n;
        List<SignaalRegel> items = Paginering.eerste(regels, n);
        if (!items.isEmpty()) {
            logVerwerking(ik, h, Actie.LEZEN, "signalen", id.value());
        }
        return new SignalenVanHuishouden(toegang, h, items, meer ? items.get(n - 1).id() : null);
    }

    /** One signal with its plan and household, if the medewerker may see the household; logged. */
    @Transactional
    public Optional<SignaalInzage> find(Medewerker ik, SignaalId id) {
        return signalen.findById(id, false).flatMap(s -> trajecten.toegang(ik, s.huishouden())
            .flatMap(t -> huishoudens.findZonderLog(ik, s.huishouden()).map(h -> {
                logVerwerking(ik, h, Actie.LEZEN, "signaal", s.id().value());
                return new SignaalInzage(s, t, h);
            })));
    }

    /** The household of a signal the medewerker may see (nothing is read from the signal, so nothing is logged). */
    public Optional<HuishoudenId> huishoudenVan(Medewerker ik, SignaalId id) {
        return signalen.findById(id, false).map(Signaal::huishouden)
            .filter(h -> trajecten.toegang(ik, h).isPresent());
    }

    /**
     * The open signals of the households the medewerker may see, most urgent first, then newest: a teamleider's
     * uitvoerder, a regievoerder's or budgetcoach's gemeente, a guide's own households. Structured fields only (no
     * free text), as the worklist shows names and dates; not logged as a read of a file. Roles that see no
     * households (beleid, beheer) are refused (404).
     */
    public OpenSignalen open(Medewerker ik, @Nullable SignaalId na, int aantal) {
        if (ik.heeftRol(Rol.BELEID, Rol.BEHEERDER)) {
            throw new NietGevonden();
        }
        int n = Paginering.grootte(aantal);
        List<SignaalRegel> regels = signalen.open(zichtbaarheid.filter(ik, "s.huishouden_id"), na, n + 1);
        boolean meer = regels.size() > n;
        List<SignaalRegel> items = Paginering.eerste(regels, n);
        return new OpenSignalen(items, meer ? items.get(n - 1).id() : null);
    }

    /**
     * The guides currently assigned to the household, whom a signal can be addressed to by name (for the raise
     * form); empty when the medewerker may not see the household.
     */
    public List<Gids> gidsen(Medewerker ik, HuishoudenId huishouden) {
        if (trajecten.toegang(ik, huishouden).isEmpty()) {
            return List.of();
        }
        return toegewezen(huishouden).stream().filter(g -> !g.id().equals(ik.id())).toList();
    }

    private List<Gids> toegewezen(HuishoudenId id) {
        LocalDate vandaag = LocalDate.now(clock);
        return huishoudens.intern(id)
            .flatMap(h -> trajecten.trajectVan(id).flatMap(t -> trajecten.samenvatting(t, h)))
            .map(s -> s.traject().actieveToewijzingen(vandaag).stream()
                .map(w -> new Gids(w.medewerkerId(), s.namen().getOrDefault(w.medewerkerId(), "?"), w.rol()))
                .distinct().toList())
            .orElse(List.of());
    }

    // --- the rules

    /**
     * Whether the medewerker may manage this signal (change its stand, close or reopen it, add or change actions of
     * its plan), given that they may record guidance on its household: a teamleider or regievoerder, the raiser, or a
     * begeleider it is addressed to (by name, or as the household's guidance). Not a vrijwilliger or budgetcoach who
     * did not raise it. See the class comment.
     */
    public static boolean magBeheren(Medewerker ik, Signaal s) {
        if (ik.heeftRol(Rol.TEAMLEIDER, Rol.REGIEVOERDER) || ik.id().equals(s.gemeldDoor())) {
            return true;
        }
        Signaal.Geadresseerde aan = s.aan();
        return ik.heeftRol(Rol.BEGELEIDER) && aan.aan() == Aan.BEGELEIDING
                && (aan.medewerker() == null || aan.medewerker().equals(ik.id()));
    }

    /** Whether the medewerker may tick off (or reopen) this action: who may manage the signal, or its owner. */
    public static boolean magAfvinken(Medewerker ik, Signaal s, Actiepunt a) {
        return magBeheren(ik, s) || ik.id().equals(a.eigenaarMedewerker());
    }

    /**
     * Whom a signal of this raiser goes to: the chosen addressee, checked (not one's own role group, a named guide
     * must be assigned to the household now and not be oneself), or the default of the raiser's side.
     */
    private Signaal.Geadresseerde adresseer(Medewerker ik, HuishoudenId huishouden, NieuwSignaal nieuw) {
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

    /** Raises a signal about a household to a chosen addressee (see the class comment). */
    @Transactional
    public Signaal meld(Medewerker ik, HuishoudenId huishouden, NieuwSignaal nieuw) {
        Geladen g = voorBegeleiding(ik, huishouden);
        vereisPersoon(g.huishouden(), nieuw.persoonId());
        Signaal s = Signaal.meld(huishouden, nieuw, adresseer(ik, huishouden, nieuw), ik, Instant.now(clock),
                LocalDate.now(clock));
        signalen.insert(s, g.huishouden().naam());
        return opgeslagen(ik, g.huishouden(), s.id(), Actie.AANMAKEN);
    }

    /** A reply in the thread, in the medewerker's own name; anyone who may record guidance on the household. */
    @Transactional
    public SignaalBericht reageer(Medewerker ik, SignaalId id, @Nullable String tekst) {
        Bewerking b = laad(ik, id);
        SignaalBericht bericht = b.signaal().reageer(tekst, ik, Instant.now(clock));
        // a reply changes no status, urgency or action: no new stand for the worklist, no reload
        signalen.save(b.signaal());
        logVerwerking(ik, b.huishouden(), Actie.WIJZIGEN, "signaal", id.value());
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
        Actiepunt a = b.signaal().voegToe(gegevens, eigenaar(b.toegang(), gegevens), ik, Instant.now(clock),
                LocalDate.now(clock));
        bewaar(ik, b);
        return actie(id, a.id());
    }

    /** Changes an action, when nobody changed it since {@code versie}; only for who may manage the signal. */
    @Transactional
    public Actiepunt wijzigActie(Medewerker ik, SignaalId id, UUID actie, long versie, ActiepuntGegevens gegevens) {
        Bewerking b = laad(ik, id);
        vereisBeheer(ik, b.signaal());
        b.signaal().wijzigActie(actie, versie, gegevens, eigenaar(b.toegang(), gegevens), ik, Instant.now(clock),
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

    /** The signal, locked, when the medewerker may work on its household: 404 when not visible. */
    private Bewerking laad(Medewerker ik, SignaalId id) {
        Signaal s = signalen.findById(id, true).orElseThrow(NietGevonden::new);
        Geladen g = voorBegeleiding(ik, s.huishouden());
        return new Bewerking(s, g.toegang(), g.huishouden());
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
        if (!magBeheren(ik, s)) {
            throw new DomeinFout("signaal.beheer.niet-toegestaan");
        }
    }

    /** 404 when the household is not visible; refused when the medewerker may not record guidance on it. */
    private Geladen voorBegeleiding(Medewerker ik, HuishoudenId id) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        if (!toegang.magBegeleiden()) {
            throw new DomeinFout(toegang.status().isAfgesloten() ? "signaal.traject-afgesloten"
                    : "signaal.niet-toegestaan");
        }
        return new Geladen(toegang, huishoudens.findZonderLog(ik, id).orElseThrow(NietGevonden::new));
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
        return opgeslagen(ik, b.huishouden(), b.signaal().id(), Actie.WIJZIGEN);
    }

    private Signaal opgeslagen(Medewerker ik, Huishouden h, SignaalId id, Actie actie) {
        logVerwerking(ik, h, actie, "signaal", id.value());
        events.publishEvent(signalen.stand(h.id()));
        return signalen.findById(id, false).orElseThrow(NietGevonden::new);
    }

    private Actiepunt actie(SignaalId id, UUID actie) {
        return signalen.findById(id, false).flatMap(s -> s.actie(actie)).orElseThrow(NietGevonden::new);
    }

    /** Logs the processing of the household's signals for every person in it, in one statement. */
    void logVerwerking(Medewerker ik, Huishouden h, Actie actie, String soort, UUID record) {
        log.leg(h.personen().stream()
            .map(p -> new Verwerking(ik.id(), ik.organisatieId(), actie, ik.rol().doel(), p.id(), h.id().value(),
                    soort, record))
            .toList());
    }

    private record Geladen(Toegang toegang, Huishouden huishouden) {
    }

    private record Bewerking(Signaal signaal, Toegang toegang, Huishouden huishouden) {
    }

    /** A page of a household's signals with what the reader may do; {@code volgende} is the next page's na. */
    public record SignalenVanHuishouden(Toegang toegang, Huishouden huishouden, List<SignaalRegel> signalen,
            @Nullable SignaalId volgende) {
    }

    /** One signal with its plan, its household and what the reader may do with it. */
    public record SignaalInzage(Signaal signaal, Toegang toegang, Huishouden huishouden) {

        /** May reply: may record guidance on the household. */
        public boolean magReageren() {
            return toegang.magBegeleiden();
        }

        /** May manage the signal (stand, close, reopen, plan): see {@link SignaalService#magBeheren}. */
        public boolean magBeheren() {
            return toegang.magBegeleiden() && SignaalService.magBeheren(toegang.medewerker(), signaal);
        }

        public boolean magAfvinken(Actiepunt a) {
            return toegang.magBegeleiden() && SignaalService.magAfvinken(toegang.medewerker(), signaal, a);
        }
    }

    /** A guide assigned to a household: id, name, and the role of the assignment (FASE1, BEGELEIDER, VRIJWILLIGER). */
    public record Gids(UUID id, String naam, nl.wegwijs.traject.ToewijzingRol rol) {
    }

    /** A page of open signals across households; {@code volgende} is the next page's na. */
    public record OpenSignalen(List<SignaalRegel> signalen, @Nullable SignaalId volgende) {
    }
}
