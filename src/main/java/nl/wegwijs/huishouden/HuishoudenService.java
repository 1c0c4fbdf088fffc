package nl.wegwijs.huishouden;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the huishouden module. Every method takes the acting medewerker; what they may not see does
 * not exist for them (404). Every read of a household file and every write is logged per person, in the same
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class HuishoudenService {

    private final Huishoudens huishoudens;
    private final Zichtbaarheid zichtbaarheid;
    private final OrganisatieService organisaties;
    private final Verwerkingslog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<Leesrecht> leesrecht;
    private final GegevensCorrecties correcties;

    HuishoudenService(Huishoudens huishoudens, Zichtbaarheid zichtbaarheid, OrganisatieService organisaties,
            Verwerkingslog log, ApplicationEventPublisher events, Clock clock,
            org.springframework.beans.factory.ObjectProvider<Leesrecht> leesrecht, GegevensCorrecties correcties) {
        this.leesrecht = leesrecht;
        this.correcties = correcties;
        this.huishoudens = huishoudens;
        this.zichtbaarheid = zichtbaarheid;
        this.organisaties = organisaties;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reads a household file through the one access point ({@link Leesrecht}: traject's Inzage decides and logs, one
     * row per person). BSN and V-nummer only for who may see
     * them ({@link OrganisatieService#magIdentificatieZien}). Empty when not visible. Runs outside the caller's
     * transaction (the access point decides and logs in transactions of its own).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<Huishouden> find(Medewerker ik, HuishoudenId id) {
        return leesrecht.getObject().lees(ik, id);
    }

    /** One person of a household, read (and logged) for that person only; 404 when the household is not visible. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<Persoon> findPersoon(Medewerker ik, HuishoudenId id, UUID persoon) {
        return leesrecht.getObject().leesPersoon(ik, id, persoon);
    }

    /**
     * A household without scope or log, only to maintain read models inside the writer's transaction (the worklist).
     * Never show its result to a user: use {@link #find}.
     */
    public Optional<Huishouden> intern(HuishoudenId id) {
        return huishoudens.find(id, new Zichtbaarheid.Filter("true", java.util.Map.of()));
    }

    /**
     * A page of the households the medewerker may see, keyset on id: every role that sees a household sees its basis
     * data; BSN and V-nummer only for who may see them. Logged as one read of every person shown, in one insert.
     */
    @Transactional
    public List<Huishouden> pagina(Medewerker ik, @Nullable UUID na, int aantal) {
        return pagina(ik, HuishoudenSelectie.ALLES, na, aantal).items();
    }

    /** One page of households and the key after which the next page starts (null on the last page). */
    public record Pagina(List<Huishouden> items, @Nullable UUID volgende) {
    }

    /**
     * A page of the households the medewerker may see that match the selection (it only narrows what they may see),
     * keyset on id, 1 to 100 per page: read with one row more to know whether a next page exists; only the rows shown
     * are logged (one read per person, in one insert). A name is matched as the worklist's search does: part of any
     * person's first or last name, case-insensitive, from two characters.
     */
    @Transactional
    public Pagina pagina(Medewerker ik, HuishoudenSelectie selectie, @Nullable UUID na, int aantal) {
        int n = nl.wegwijs.system.Paginering.grootte(aantal);
        Zichtbaarheid.Filter filter = zichtbaarheid.filter(ik, "h.id")
            .en(zichtbaarheid.selectie(selectie.zonderNaam(), "h.id")).en(naam(selectie.naam()));
        List<Huishouden> rijen = huishoudens.pagina(filter, na, n + 1);
        List<Huishouden> pagina = nl.wegwijs.system.Paginering.eerste(rijen, n);
        log.leg(pagina.stream().flatMap(h -> verwerkingen(ik, h, Actie.LEZEN, h.personen()).stream()).toList());
        UUID volgende = rijen.size() > n ? pagina.get(n - 1).id().value() : null;
        if (organisaties.magIdentificatieZien(ik)) {
            return new Pagina(pagina, volgende);
        }
        return new Pagina(pagina.stream().map(Huishouden::zonderIdentificatie).toList(), volgende);
    }

    /** The worklist's name match on the household's lower-cased names (trigram index), from two characters. */
    private static Zichtbaarheid.Filter naam(@Nullable String naam) {
        if (naam == null || naam.strip().length() < 2) {
            return new Zichtbaarheid.Filter("true", Map.of());
        }
        String tekst = naam.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_");
        return new Zichtbaarheid.Filter("h.zoeknaam like :hZoek", Map.of("hZoek", "%" + tekst + "%"));
    }

    /**
     * Registers a new household in a gemeente (part of the aanmelding). A regievoerder only in their own gemeente;
     * the uitvoerder side only for a gemeente it has a running contract with.
     */
    @Transactional
    public Huishouden registreer(Medewerker ik, UUID gemeenteId, Adres adres, HuishoudenDatums datums,
            @Nullable String herkomstLocatie, List<NieuwePersoon> personen) {
        if (!ik.rol().magAanmelden()) {
            throw new NietGevonden();
        }
        LocalDate vandaag = LocalDate.now(clock);
        boolean eigenGemeente = gemeenteId.equals(ik.gemeenteId());
        boolean gecontracteerd = ik.uitvoerderId() != null
                && organisaties.lopendContract(gemeenteId, ik.uitvoerderId(), vandaag).isPresent();
        if (!eigenGemeente && !gecontracteerd) {
            throw new DomeinFout("huishouden.gemeente.niet-toegestaan");
        }
        List<Persoon> nieuw = personen.stream().map(NieuwePersoon::toPersoon).toList();
        nieuw.forEach(this::controleer);
        Huishouden h = Huishouden.nieuw(gemeenteId, adres, datums, blankNull(herkomstLocatie), nieuw);
        huishoudens.save(h, Instant.now(clock));
        logPersonen(ik, h, Actie.AANMAKEN, h.personen());
        events.publishEvent(new HuishoudenGewijzigd(h.id()));
        return h;
    }

    @Transactional
    public void wijzig(Medewerker ik, HuishoudenId id, long versie, Adres adres, HuishoudenDatums datums,
            @Nullable String herkomstLocatie) {
        Huishouden h = voorWijziging(ik, id, versie);
        h.wijzig(adres, datums, blankNull(herkomstLocatie));
        huishoudens.save(h, Instant.now(clock));
        logPersonen(ik, h, Actie.WIJZIGEN, h.personen());
        events.publishEvent(new HuishoudenGewijzigd(h.id()));
    }

    /** Adds a person, e.g. a nareiziger who joins later with their own dates. */
    @Transactional
    public Persoon voegPersoonToe(Medewerker ik, HuishoudenId id, long versie, NieuwePersoon gegevens) {
        Huishouden h = voorWijziging(ik, id, versie);
        Persoon p = gegevens.toPersoon();
        controleer(p);
        h.voegToe(p);
        huishoudens.save(h, Instant.now(clock));
        logPersonen(ik, h, Actie.AANMAKEN, List.of(p));
        events.publishEvent(new HuishoudenGewijzigd(h.id()));
        return p;
    }

    @Transactional
    public void wijzigPersoon(Medewerker ik, HuishoudenId id, long versie, NieuwePersoon gegevens) {
        if (gegevens.id() == null) {
            throw new NietGevonden();
        }
        Huishouden h = voorWijziging(ik, id, versie);
        Persoon p = gegevens.toPersoon();
        controleer(p);
        h.vervang(p);
        huishoudens.save(h, Instant.now(clock));
        logPersonen(ik, h, Actie.WIJZIGEN, List.of(p));
        events.publishEvent(new HuishoudenGewijzigd(h.id()));
    }

    /**
     * Changes the household and its persons in one go, at one version: all or nothing. Persons not in
     * {@code personen} stay as they are; every person in it must already belong to the household. Logged as WIJZIGEN
     * for every person when the household's own data changed, else for the persons that changed.
     */
    @Transactional
    public void wijzigGegevens(Medewerker ik, HuishoudenId id, long versie, Adres adres, HuishoudenDatums datums,
            @Nullable String herkomstLocatie, List<NieuwePersoon> personen) {
        Huishouden h = voorWijziging(ik, id, versie);
        boolean huishoudenAnders = !adres.equals(h.adres()) || !datums.equals(h.datums())
                || !java.util.Objects.equals(blankNull(herkomstLocatie), h.herkomstLocatie());
        h.wijzig(adres, datums, blankNull(herkomstLocatie));
        List<Persoon> gewijzigd = new java.util.ArrayList<>();
        // whoever stops being hoofdpersoon first, so that the role can move to another person in the same save
        List<NieuwePersoon> volgorde = personen.stream()
            .sorted(java.util.Comparator.comparing(g -> g.rol() == PersoonRol.HOOFDPERSOON)).toList();
        for (NieuwePersoon gegevens : volgorde) {
            if (gegevens.id() == null) {
                throw new NietGevonden();
            }
            Persoon p = gegevens.toPersoon();
            Persoon oud = h.persoon(p.id()).orElseThrow(NietGevonden::new);
            if (p.equals(oud)) {
                continue; // unchanged: nothing to check (no BSN look-up) or replace
            }
            controleer(p);
            h.vervang(p);
            gewijzigd.add(p);
        }
        if (!huishoudenAnders && gewijzigd.isEmpty()) {
            return;
        }
        huishoudens.save(h, Instant.now(clock));
        logPersonen(ik, h, Actie.WIJZIGEN, huishoudenAnders ? h.personen() : gewijzigd);
        events.publishEvent(new HuishoudenGewijzigd(h.id()));
    }

    /**
     * The duplicate check of the aanmelding: which of these V-numbers and BSNs already belong to a person in Wegwijs.
     * A household the medewerker may not see is not named (no who, no where). Every hit is logged as LEZEN of that
     * person: the answer itself tells something about them.
     */
    @Transactional
    public List<BekendePersoon> bekend(Medewerker ik, java.util.Collection<String> vNummers,
            java.util.Collection<String> bsns) {
        List<String> v = vNummers.stream().map(HuishoudenService::blankNull).filter(java.util.Objects::nonNull)
            .distinct().toList();
        List<String> b = bsns.stream().map(HuishoudenService::blankNull).filter(java.util.Objects::nonNull)
            .distinct().toList();
        List<BekendePersoon.Treffer> treffers = huishoudens.bekend(v, b, zichtbaarheid.filter(ik, "p.huishouden_id"));
        log.leg(treffers.stream().map(t -> new Verwerking(ik.id(), ik.organisatieId(), Actie.LEZEN, ik.rol().doel(),
                t.persoonId(), t.huishouden().value(), "persoon", t.persoonId())).toList());
        List<BekendePersoon> bekend = new java.util.ArrayList<>();
        for (BekendePersoon.Treffer t : treffers) {
            if (t.vNummer() != null && v.contains(t.vNummer())) {
                bekend.add(bekend(BekendePersoon.V_NUMMER, t.vNummer(), t));
            }
            if (t.bsn() != null && b.contains(t.bsn())) {
                bekend.add(bekend(BekendePersoon.BSN, t.bsn(), t));
            }
        }
        return bekend;
    }

    private static BekendePersoon bekend(String soort, String waarde, BekendePersoon.Treffer t) {
        return t.zichtbaar() ? new BekendePersoon(soort, waarde, t.huishouden(), t.huishoudenNaam())
                : new BekendePersoon(soort, waarde, null, null);
    }



    private Huishouden voorWijziging(Medewerker ik, HuishoudenId id, long versie) {
        Huishouden h = huishoudens.find(id, zichtbaarheid.filter(ik, "h.id")).orElseThrow(NietGevonden::new);
        if (!ik.rol().magHuishoudenWijzigen()) {
            throw new DomeinFout("huishouden.wijzigen.niet-toegestaan");
        }
        if (h.versie() != versie) {
            throw new nl.wegwijs.system.GelijktijdigGewijzigd();
        }
        correcties.volg(ik, h); // the rectification trail: old and new value of every field changed, at commit
        return h;
    }

    private void controleer(Persoon p) {
        LocalDate vandaag = LocalDate.now(clock);
        if (p.geboortedatum().isAfter(vandaag)) {
            throw new DomeinFout("huishouden.geboortedatum.toekomst");
        }
        if (p.brpDatum() != null && p.brpDatum().isBefore(p.geboortedatum())) {
            throw new DomeinFout("huishouden.brp.voor-geboorte");
        }
        if (p.bsn() != null) {
            if (!Bsn.isGeldig(p.bsn())) {
                throw new DomeinFout("huishouden.bsn.ongeldig");
            }
            if (huishoudens.bsnInGebruik(p.bsn(), p.id())) {
                throw new DomeinFout("huishouden.bsn.dubbel");
            }
        }
    }

    private void logPersonen(Medewerker ik, Huishouden h, Actie actie, List<Persoon> personen) {
        log.leg(verwerkingen(ik, h, actie, personen));
    }

    private static List<Verwerking> verwerkingen(Medewerker ik, Huishouden h, Actie actie, List<Persoon> personen) {
        return personen.stream()
            .map(p -> new Verwerking(ik.id(), ik.organisatieId(), actie, ik.rol().doel(), p.id(), h.id().value(),
                    actie == Actie.LEZEN ? "huishouden" : "persoon", actie == Actie.LEZEN ? h.id().value() : p.id()))
            .toList();
    }

    private static @Nullable String blankNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
