package nl.wegwijs.post;

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
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the post module: a household's letters, registering, changing and finishing them. Every
 * method takes the acting medewerker: a household they may not see does not exist for them (404); recording needs
 * {@link Toegang#magBegeleiden()}. Every read of letters and every write is logged for each person of the household,
 * and every write publishes {@link PostStandGewijzigd} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class PostService {

    /** Letters per page of a household's letters. */
    public static final int PAGINA = 25;

    private final Brieven brieven;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final Verwerkingslog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostService(Brieven brieven, TrajectService trajecten, HuishoudenService huishoudens, Verwerkingslog log,
            ApplicationEventPublisher events, Clock clock) {
        this.brieven = brieven;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    // --- reads

    /**
     * A page of a household's letters (open first by deadline, then done ones newest first), after letter
     * {@code na}. Refuses (404) a household the medewerker may not see. Logged when it shows any letter.
     */
    @Transactional
    public PostVanHuishouden brieven(Medewerker ik, HuishoudenId id, @Nullable BriefId na, int aantal) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        Huishouden h = huishoudens.findZonderLog(ik, id).orElseThrow(NietGevonden::new);
        int n = Paginering.grootte(aantal);
        List<Brief> pagina = brieven.pagina(id, na, n + 1);
        boolean meer = pagina.size() > n;
        List<Brief> items = Paginering.eerste(pagina, n);
        if (!items.isEmpty()) {
            logVerwerking(ik, h, Actie.LEZEN, "post", id.value());
        }
        return new PostVanHuishouden(toegang, h, items, meer ? items.get(n - 1).id() : null);
    }

    /** One letter with its household, if the medewerker may see the household; logged. */
    @Transactional
    public Optional<BriefInzage> find(Medewerker ik, BriefId id) {
        return brieven.findById(id).flatMap(b -> trajecten.toegang(ik, b.huishouden())
            .flatMap(t -> huishoudens.findZonderLog(ik, b.huishouden()).map(h -> {
                logVerwerking(ik, h, Actie.LEZEN, "brief", b.id().value());
                return new BriefInzage(b, t, h);
            })));
    }

    /** The household of a letter the medewerker may see (nothing is read from the letter, so nothing is logged). */
    public Optional<HuishoudenId> huishoudenVan(Medewerker ik, BriefId id) {
        return brieven.findById(id).map(Brief::huishouden).filter(h -> trajecten.toegang(ik, h).isPresent());
    }

    // --- writes

    /** Registers a letter the household received. */
    @Transactional
    public Brief registreer(Medewerker ik, HuishoudenId huishouden, BriefGegevens gegevens) {
        Huishouden h = voorBegeleiding(ik, huishouden);
        vereisPersoon(h, gegevens.persoonId());
        Brief b = Brief.nieuw(huishouden, gegevens, ik.id(), Instant.now(clock), LocalDate.now(clock));
        brieven.insert(b);
        return opgeslagen(ik, h, b.id(), Actie.AANMAKEN);
    }

    /** Changes what was recorded, when nobody changed the letter since {@code versie}. */
    @Transactional
    public Brief wijzig(Medewerker ik, BriefId id, long versie, BriefGegevens gegevens) {
        Geladen g = voorWijziging(ik, id, versie);
        vereisPersoon(g.huishouden(), gegevens.persoonId());
        g.brief().wijzig(gegevens, ik.id(), Instant.now(clock), LocalDate.now(clock));
        brieven.update(g.brief());
        return opgeslagen(ik, g.huishouden(), id, Actie.WIJZIGEN);
    }

    /** The one-tap finish: handled today, by the guide, together or by the statushouder alone. */
    @Transactional
    public Brief handelAf(Medewerker ik, BriefId id, long versie, AfgehandeldDoor door) {
        Geladen g = voorWijziging(ik, id, versie);
        g.brief().handelAf(door, ik.id(), Instant.now(clock), LocalDate.now(clock));
        brieven.update(g.brief());
        return opgeslagen(ik, g.huishouden(), id, Actie.WIJZIGEN);
    }

    // --- helpers

    private Geladen voorWijziging(Medewerker ik, BriefId id, long versie) {
        Brief b = brieven.findById(id).orElseThrow(NietGevonden::new);
        Huishouden h = voorBegeleiding(ik, b.huishouden());
        if (b.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        return new Geladen(b, h);
    }

    /** The household, when the medewerker may record guidance on it: 404 when not visible, refused otherwise. */
    private Huishouden voorBegeleiding(Medewerker ik, HuishoudenId id) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        if (!toegang.magBegeleiden()) {
            throw new DomeinFout(toegang.status().isAfgesloten() ? "post.traject-afgesloten" : "post.niet-toegestaan");
        }
        return huishoudens.findZonderLog(ik, id).orElseThrow(NietGevonden::new);
    }

    private static void vereisPersoon(Huishouden h, @Nullable UUID persoon) {
        if (persoon != null && h.persoon(persoon).isEmpty()) {
            throw new DomeinFout("post.persoon.onbekend");
        }
    }

    private Brief opgeslagen(Medewerker ik, Huishouden h, BriefId id, Actie actie) {
        logVerwerking(ik, h, actie, "brief", id.value());
        events.publishEvent(brieven.stand(h.id()));
        return brieven.findById(id).orElseThrow(NietGevonden::new);
    }

    /** Logs the processing of the household's letters for every person in it, in one statement. */
    void logVerwerking(Medewerker ik, Huishouden h, Actie actie, String soort, UUID record) {
        log.leg(h.personen().stream()
            .map(p -> new Verwerking(ik.id(), ik.organisatieId(), actie, ik.rol().doel(), p.id(), h.id().value(),
                    soort, record))
            .toList());
    }

    private record Geladen(Brief brief, Huishouden huishouden) {
    }

    /**
     * A page of a household's letters with what the reader may do.
     *
     * @param volgende the {@code na} of the next page, or null on the last page
     */
    public record PostVanHuishouden(Toegang toegang, Huishouden huishouden, List<Brief> brieven,
            @Nullable BriefId volgende) {
    }

    /** One letter with its household and what the reader may do with it. */
    public record BriefInzage(Brief brief, Toegang toegang, Huishouden huishouden) {
    }
}
