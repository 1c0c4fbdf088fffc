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
 * Public entry point of the signaal module: raising signals both ways, their plan van aanpak, closing, and the lists
 * (a household's signals; the open signals a teamleider, regievoerder or guide may see). Everyone who may see a
 * household sees its signals; raising and working on them needs {@link Toegang#magBegeleiden()}. Every read of a
 * household's signals and every write is logged for each person of the household; every write publishes
 * {@link SignaalStandGewijzigd} in the same transaction. Writes lock the signal's row, so a signal cannot be closed
 * while someone adds an action to it.
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

    // --- writes

    /** Raises a signal about a household; the direction follows from the raiser's role. */
    @Transactional
    public Signaal meld(Medewerker ik, HuishoudenId huishouden, NieuwSignaal nieuw) {
        Geladen g = voorBegeleiding(ik, huishouden);
        vereisPersoon(g.huishouden(), nieuw.persoonId());
        Signaal s = Signaal.meld(huishouden, nieuw, ik, Instant.now(clock), LocalDate.now(clock));
        signalen.insert(s, g.huishouden().naam());
        return opgeslagen(ik, g.huishouden(), s.id(), Actie.AANMAKEN);
    }

    /** Changes fields and status (closing and reopening included), when nobody changed the signal since versie. */
    @Transactional
    public Signaal wijzig(Medewerker ik, SignaalId id, long versie, SignaalWijziging wijziging) {
        Bewerking b = voorWijziging(ik, id, versie);
        vereisPersoon(b.huishouden(), wijziging.persoonId());
        b.signaal().wijzig(wijziging, ik.id(), LocalDate.now(clock));
        return bewaar(ik, b);
    }

    /**
     * Closes a signal with a note; refused while actions are open, unless {@code ondanksOpenActies} says the closer
     * knows.
     */
    @Transactional
    public Signaal sluitAf(Medewerker ik, SignaalId id, long versie, @Nullable String notitie,
            boolean ondanksOpenActies) {
        Bewerking b = voorWijziging(ik, id, versie);
        b.signaal().sluitAf(notitie, ondanksOpenActies, ik.id(), LocalDate.now(clock));
        return bewaar(ik, b);
    }

    @Transactional
    public Signaal heropen(Medewerker ik, SignaalId id, long versie) {
        Bewerking b = voorWijziging(ik, id, versie);
        b.signaal().heropen();
        return bewaar(ik, b);
    }

    /** Adds an action to the plan of an open signal (no version needed: it changes no existing action). */
    @Transactional
    public Actiepunt voegActieToe(Medewerker ik, SignaalId id, ActiepuntGegevens gegevens) {
        Bewerking b = laad(ik, id);
        Actiepunt a = b.signaal().voegToe(gegevens, eigenaar(b.toegang(), gegevens), ik.id(), Instant.now(clock),
                LocalDate.now(clock));
        bewaar(ik, b);
        return actie(id, a.id());
    }

    /** Changes an action, when nobody changed it since {@code versie}. */
    @Transactional
    public Actiepunt wijzigActie(Medewerker ik, SignaalId id, UUID actie, long versie, ActiepuntGegevens gegevens) {
        Bewerking b = laad(ik, id);
        b.signaal().wijzigActie(actie, versie, gegevens, eigenaar(b.toegang(), gegevens), LocalDate.now(clock));
        bewaar(ik, b);
        return actie(id, actie);
    }

    /** Marks an action done today, or open again, when nobody changed it since {@code versie}. */
    @Transactional
    public Actiepunt markeerActie(Medewerker ik, SignaalId id, UUID actie, long versie, boolean gedaan) {
        Bewerking b = laad(ik, id);
        b.signaal().markeer(actie, versie, gedaan, LocalDate.now(clock));
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

    private Bewerking voorWijziging(Medewerker ik, SignaalId id, long versie) {
        Bewerking b = laad(ik, id);
        if (b.signaal().versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        return b;
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
    }

    /** A page of open signals across households; {@code volgende} is the next page's na. */
    public record OpenSignalen(List<SignaalRegel> signalen, @Nullable SignaalId volgende) {
    }
}
