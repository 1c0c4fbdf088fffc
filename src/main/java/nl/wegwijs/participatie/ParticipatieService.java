package nl.wegwijs.participatie;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of the participatie module: a household's Piëzo phase periods and placements per person, adding
 * and ending them. Every method starts from the acting medewerker's {@link Inzage}: a household they may not see is a
 * 404; phases and placements are progress ({@link Gegevenssoort#VOORTGANG}), so a reader without it (a budgetcoach
 * without consent) sees none (403 on the API, the "toestemming nodig" notice on the page). Writing is for the
 * gemeente's regievoerder (its own gemeente's households), the begeleider and the teamleider, on a trajectory that is
 * not closed; the vrijwilliger reads. Reads and writes are logged through the Inzage; every write publishes
 * {@link ParticipatieGewijzigd} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ParticipatieService {

    private final Participaties participaties;
    private final TrajectService trajecten;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipatieService(Participaties participaties, TrajectService trajecten, ApplicationEventPublisher events,
            Clock clock) {
        this.participaties = participaties;
        this.trajecten = trajecten;
        this.events = events;
        this.clock = clock;
    }

    // --- reads

    /**
     * A household's phases and placements per person, as far as the reader may see them (nothing without
     * {@code VOORTGANG}; then {@link Participatie#zichtbaar()} is false). Logged as a read of every person when shown.
     */
    @Transactional
    public Participatie participatie(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        LocalDate vandaag = LocalDate.now(clock);
        boolean schrijven = magSchrijven(inzage);
        if (!inzage.magZien(Gegevenssoort.VOORTGANG)) {
            return Participatie.van(inzage, List.of(), List.of(), vandaag, false, false);
        }
        List<FasePeriode> fasen = participaties.fasen(id);
        List<Plaatsing> plaatsingen = participaties.plaatsingen(id);
        inzage.log(Actie.LEZEN, "participatie", id.value());
        return Participatie.van(inzage, fasen, plaatsingen, vandaag, true, schrijven);
    }

    /** One phase period of the household, for the form that ends it; 404 when not of this household. */
    @Transactional
    public Geladen<FasePeriode> fase(Medewerker ik, HuishoudenId id, FaseId fase) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.VOORTGANG);
        FasePeriode p = participaties.fase(fase).filter(f -> f.huishouden().equals(id))
            .orElseThrow(NietGevonden::new);
        inzage.log(Actie.LEZEN, "piezo-fase", p.id().value(), List.of(p.persoonId()));
        return new Geladen<>(p, inzage.huishouden(), magSchrijven(inzage));
    }

    /** One placement of the household, for the form that ends it; 404 when not of this household. */
    @Transactional
    public Geladen<Plaatsing> plaatsing(Medewerker ik, HuishoudenId id, PlaatsingId plaatsing) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.VOORTGANG);
        Plaatsing p = participaties.plaatsing(plaatsing).filter(x -> x.huishouden().equals(id))
            .orElseThrow(NietGevonden::new);
        inzage.log(Actie.LEZEN, "plaatsing", p.id().value(), List.of(p.persoonId()));
        return new Geladen<>(p, inzage.huishouden(), magSchrijven(inzage));
    }

    // --- writes

    /** Adds a phase period for a person of the household; refuses one that overlaps a period of the same phase. */
    @Transactional
    public FasePeriode voegFaseToe(Medewerker ik, HuishoudenId id, NieuweFase nieuw) {
        Inzage inzage = voorSchrijven(ik, id);
        vereisPersoon(inzage, nieuw.persoonId());
        LocalDate vandaag = LocalDate.now(clock);
        Participatieregels.vereisStart(nieuw.van(), vandaag);
        Participatieregels.vereisEinde(nieuw.van(), nieuw.tot(), vandaag);
        String notitie = Participatieregels.tekst(nieuw.notitie(), NieuweFase.NOTITIE_MAX);
        List<FasePeriode> bestaande = participaties.fasenVoorWijziging(id, nieuw.persoonId());
        Participatieregels.vereisGeenOverlap(bestaande, nieuw.fase(), nieuw.van(), nieuw.tot(), null);
        FasePeriode p = new FasePeriode(FaseId.nieuw(), id, nieuw.persoonId(), nieuw.fase(), nieuw.van(), nieuw.tot(),
                notitie, ik.id(), Instant.now(clock), 1);
        participaties.insert(p);
        gewijzigd(inzage, Actie.AANMAKEN, "piezo-fase", p.id().value(), p.persoonId());
        return participaties.fase(p.id()).orElseThrow(NietGevonden::new);
    }

    /**
     * Ends a phase period on {@code tot} (its last day), or moves its end, when nobody changed it since
     * {@code versie}; a note given replaces the note, none keeps it.
     */
    @Transactional
    public FasePeriode beeindigFase(Medewerker ik, HuishoudenId id, FaseId fase, long versie, @Nullable LocalDate tot,
            @Nullable String notitie) {
        Inzage inzage = voorSchrijven(ik, id);
        FasePeriode p = participaties.fase(fase).filter(f -> f.huishouden().equals(id))
            .orElseThrow(NietGevonden::new);
        if (p.versie() != versie) {
            throw new nl.wegwijs.system.GelijktijdigGewijzigd();
        }
        if (tot == null) {
            throw new DomeinFout("participatie.tot.leeg");
        }
        Participatieregels.vereisEinde(p.van(), tot, LocalDate.now(clock));
        String n = Participatieregels.tekst(notitie, NieuweFase.NOTITIE_MAX);
        List<FasePeriode> bestaande = participaties.fasenVoorWijziging(id, p.persoonId());
        Participatieregels.vereisGeenOverlap(bestaande, p.fase(), p.van(), tot, p.id());
        participaties.beeindig(p.id(), versie, tot, n == null ? p.notitie() : n, ik.id(), Instant.now(clock));
        gewijzigd(inzage, Actie.WIJZIGEN, "piezo-fase", p.id().value(), p.persoonId());
        return participaties.fase(p.id()).orElseThrow(NietGevonden::new);
    }

    /** Adds a placement for a person of the household. */
    @Transactional
    public Plaatsing voegPlaatsingToe(Medewerker ik, HuishoudenId id, PlaatsingGegevens gegevens) {
        Inzage inzage = voorSchrijven(ik, id);
        vereisPersoon(inzage, gegevens.persoonId());
        PlaatsingGegevens g = Participatieregels.vereisPlaatsing(gegevens, LocalDate.now(clock));
        Plaatsing p = new Plaatsing(PlaatsingId.nieuw(), id, g.persoonId(), g, null, null, null, ik.id(),
                Instant.now(clock), 1);
        participaties.insert(p);
        gewijzigd(inzage, Actie.AANMAKEN, "plaatsing", p.id().value(), p.persoonId());
        return participaties.plaatsing(p.id()).orElseThrow(NietGevonden::new);
    }

    /** Ends a placement on {@code einde} for a reason, when nobody changed it since {@code versie}. */
    @Transactional
    public Plaatsing beeindigPlaatsing(Medewerker ik, HuishoudenId id, PlaatsingId plaatsing, long versie,
            @Nullable LocalDate einde, @Nullable EindeReden reden, @Nullable String toelichting) {
        Inzage inzage = voorSchrijven(ik, id);
        Plaatsing p = participaties.plaatsing(plaatsing).filter(x -> x.huishouden().equals(id))
            .orElseThrow(NietGevonden::new);
        if (p.versie() != versie) {
            throw new nl.wegwijs.system.GelijktijdigGewijzigd();
        }
        if (einde == null) {
            throw new DomeinFout("participatie.einde.leeg");
        }
        if (reden == null) {
            throw new DomeinFout("participatie.einde-reden.leeg");
        }
        Participatieregels.vereisEinde(p.start(), einde, LocalDate.now(clock));
        String t = Participatieregels.tekst(toelichting, PlaatsingGegevens.NOTITIE_MAX);
        participaties.beeindig(p.id(), versie, einde, reden, t, ik.id(), Instant.now(clock));
        gewijzigd(inzage, Actie.WIJZIGEN, "plaatsing", p.id().value(), p.persoonId());
        return participaties.plaatsing(p.id()).orElseThrow(NietGevonden::new);
    }

    // --- helpers

    /**
     * Who may record phases and placements: the regievoerder of the household's gemeente, the begeleider and the
     * teamleider who may guide it (visible to them, trajectory not closed) and see its progress.
     */
    static boolean magSchrijven(Inzage inzage) {
        Medewerker ik = inzage.medewerker();
        if (!inzage.magBegeleiden() || !inzage.magZien(Gegevenssoort.VOORTGANG)) {
            return false;
        }
        if (ik.heeftRol(Rol.REGIEVOERDER)) {
            return inzage.toegang().gemeenteId().equals(ik.gemeenteId());
        }
        return ik.heeftRol(Rol.BEGELEIDER, Rol.TEAMLEIDER);
    }

    private Inzage voorSchrijven(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!ik.heeftRol(Rol.REGIEVOERDER, Rol.BEGELEIDER, Rol.TEAMLEIDER)) {
            throw new DomeinFout("participatie.niet-toegestaan");
        }
        inzage.vereis(Gegevenssoort.VOORTGANG);
        if (inzage.toegang().status().isAfgesloten()) {
            throw new DomeinFout("participatie.traject-afgesloten");
        }
        if (!magSchrijven(inzage)) {
            throw new DomeinFout("participatie.niet-toegestaan");
        }
        return inzage;
    }

    private static void vereisPersoon(Inzage inzage, UUID persoon) {
        if (inzage.huishouden().persoon(persoon).isEmpty()) {
            throw new DomeinFout("participatie.persoon.onbekend");
        }
    }

    private void gewijzigd(Inzage inzage, Actie actie, String soort, UUID id, UUID persoon) {
        inzage.log(actie, soort, id, List.of(persoon));
        events.publishEvent(new ParticipatieGewijzigd(inzage.trajectId(), inzage.huishoudenId(), persoon));
    }

    /** A phase period or placement with its household (as the reader may see it) and whether they may end it. */
    public record Geladen<T>(T waarde, nl.wegwijs.huishouden.Huishouden huishouden, boolean magSchrijven) {

        public String persoonNaam(UUID persoon) {
            return huishouden.persoon(persoon).map(nl.wegwijs.huishouden.Persoon::naam).orElse("?");
        }
    }
}
