package nl.wegwijs.post;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of the post module: a household's letters, registering, changing and finishing them. Every
 * method starts from the acting medewerker's {@link Inzage} of the household: a household they may not see does not
 * exist for them (404); a letter is {@link Afzender#soort() progress or money}, and one of a category they may not see
 * is refused (403, {@link nl.wegwijs.system.ToestemmingNodig}) or left out of lists; recording needs
 * {@link Toegang#magBegeleiden()}. Every read of letters and every write is logged through the Inzage (one row per
 * person), and every write publishes {@link PostStandGewijzigd} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class PostService {

    /** Letters per page of a household's letters. */
    public static final int PAGINA = 25;

    private final Brieven brieven;
    private final TrajectService trajecten;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostService(Brieven brieven, TrajectService trajecten, ApplicationEventPublisher events, Clock clock) {
        this.brieven = brieven;
        this.trajecten = trajecten;
        this.events = events;
        this.clock = clock;
    }

    // --- reads

    /**
     * A page of a household's letters the medewerker may see (open first by deadline, then done ones newest first),
     * after letter {@code na}. Refuses (404) a household the medewerker may not see; when no letter is theirs to see
     * the page is empty and {@link PostVanHuishouden#magIetsZien()} false. Logged when it shows any letter.
     */
    @Transactional
    public PostVanHuishouden brieven(Medewerker ik, HuishoudenId id, @Nullable BriefId na, int aantal) {
        return brieven(trajecten.inzage(ik, id), na, aantal);
    }

    /** {@link #brieven(Medewerker, HuishoudenId, BriefId, int)} through an Inzage already at hand. */
    @Transactional
    public PostVanHuishouden brieven(Inzage inzage, @Nullable BriefId na, int aantal) {
        HuishoudenId id = inzage.huishoudenId();
        Set<Afzender> zichtbaar = Afzender.zichtbaar(inzage);
        int n = Paginering.grootte(aantal);
        List<Brief> pagina = zichtbaar.isEmpty() ? List.of() : brieven.pagina(id, zichtbaar, na, n + 1);
        boolean meer = pagina.size() > n;
        List<Brief> items = Paginering.eerste(pagina, n);
        if (!items.isEmpty()) {
            inzage.log(Actie.LEZEN, "post", id.value());
        }
        return new PostVanHuishouden(inzage, items, meer ? items.get(n - 1).id() : null);
    }

    /**
     * One letter with its household: 404 when the household is not the medewerker's to see, 403 when the letter's
     * category is not (e.g. a budgetcoach and a school letter); logged.
     */
    @Transactional
    public Optional<BriefInzage> find(Medewerker ik, BriefId id) {
        return brieven.findById(id).map(b -> {
            Inzage inzage = trajecten.inzage(ik, b.huishouden());
            inzage.vereis(b.afzender().soort());
            inzage.log(Actie.LEZEN, "brief", b.id().value());
            return new BriefInzage(b, inzage);
        });
    }

    /** The household of a letter the medewerker may see (nothing is read from the letter, so nothing is logged). */
    public Optional<HuishoudenId> huishoudenVan(Medewerker ik, BriefId id) {
        return brieven.findById(id).map(b -> trajecten.inzage(ik, b.huishouden()).huishoudenId());
    }

    // --- writes

    /** Registers a letter the household received, of a category the medewerker may see. */
    @Transactional
    public Brief registreer(Medewerker ik, HuishoudenId huishouden, BriefGegevens gegevens) {
        Inzage inzage = voorBegeleiding(ik, huishouden);
        inzage.vereis(gegevens.afzender().soort());
        vereisPersoon(inzage.huishouden(), gegevens.persoonId());
        Brief b = Brief.nieuw(huishouden, gegevens, ik.id(), Instant.now(clock), LocalDate.now(clock));
        brieven.insert(b);
        return opgeslagen(inzage, b.id(), Actie.AANMAKEN);
    }

    /** Changes what was recorded, when nobody changed the letter since {@code versie}. */
    @Transactional
    public Brief wijzig(Medewerker ik, BriefId id, long versie, BriefGegevens gegevens) {
        Geladen g = voorWijziging(ik, id, versie);
        g.inzage().vereis(gegevens.afzender().soort());
        vereisPersoon(g.inzage().huishouden(), gegevens.persoonId());
        g.brief().wijzig(gegevens, ik.id(), Instant.now(clock), LocalDate.now(clock));
        brieven.update(g.brief());
        return opgeslagen(g.inzage(), id, Actie.WIJZIGEN);
    }

    /** The one-tap finish: handled today, by the guide, together or by the statushouder alone. */
    @Transactional
    public Brief handelAf(Medewerker ik, BriefId id, long versie, AfgehandeldDoor door) {
        Geladen g = voorWijziging(ik, id, versie);
        g.brief().handelAf(door, ik.id(), Instant.now(clock), LocalDate.now(clock));
        brieven.update(g.brief());
        return opgeslagen(g.inzage(), id, Actie.WIJZIGEN);
    }

    // --- helpers

    private Geladen voorWijziging(Medewerker ik, BriefId id, long versie) {
        Brief b = brieven.findById(id).orElseThrow(NietGevonden::new);
        Inzage inzage = voorBegeleiding(ik, b.huishouden());
        inzage.vereis(b.afzender().soort());
        if (b.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        return new Geladen(b, inzage);
    }

    /** The Inzage, when the medewerker may record guidance on the household: 404 when not visible, refused otherwise. */
    private Inzage voorBegeleiding(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!inzage.magBegeleiden()) {
            throw new DomeinFout(inzage.toegang().status().isAfgesloten() ? "post.traject-afgesloten"
                    : "post.niet-toegestaan");
        }
        return inzage;
    }

    private static void vereisPersoon(Huishouden h, @Nullable UUID persoon) {
        if (persoon != null && h.persoon(persoon).isEmpty()) {
            throw new DomeinFout("post.persoon.onbekend");
        }
    }

    private Brief opgeslagen(Inzage inzage, BriefId id, Actie actie) {
        inzage.log(actie, "brief", id.value());
        events.publishEvent(brieven.stand(inzage.huishoudenId()));
        return brieven.findById(id).orElseThrow(NietGevonden::new);
    }

    private record Geladen(Brief brief, Inzage inzage) {
    }

    /**
     * A page of a household's letters with what the reader may do.
     *
     * @param volgende the {@code na} of the next page, or null on the last page
     */
    public record PostVanHuishouden(Inzage inzage, List<Brief> brieven, @Nullable BriefId volgende) {

        public Toegang toegang() {
            return inzage.toegang();
        }

        public Huishouden huishouden() {
            return inzage.huishouden();
        }

        /** The senders whose letters the reader may see, and so record. */
        public Set<Afzender> afzenders() {
            return Afzender.zichtbaar(inzage);
        }

        /** Whether any letter is the reader's to see (progress or money). */
        public boolean magIetsZien() {
            return inzage.magZien(Gegevenssoort.VOORTGANG) || inzage.magZien(Gegevenssoort.FINANCIEN);
        }
    }

    /** One letter with its household and what the reader may do with it. */
    public record BriefInzage(Brief brief, Inzage inzage) {

        public Toegang toegang() {
            return inzage.toegang();
        }

        public Huishouden huishouden() {
            return inzage.huishouden();
        }

        public Set<Afzender> afzenders() {
            return Afzender.zichtbaar(inzage);
        }
    }
}
