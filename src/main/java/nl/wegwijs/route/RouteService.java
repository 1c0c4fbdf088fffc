package nl.wegwijs.route;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of the route module. A household is reached through the acting medewerker's {@link Inzage}
 * (404 when not theirs); everyone who sees the household sees its card; only who may record guidance on it on the
 * uitvoerder's side (vrijwilliger, begeleider, teamleider; not on a closed trajectory) changes it, with the version
 * it was read at; every read and write is logged. Partners come from the gemeente's sociale kaart
 * ({@link SocialeKaart#diensten}).
 */
@Service
@Transactional(readOnly = true)
public class RouteService {

    static final String SOORT = "routekaart";

    private final Routekaarten kaarten;
    private final TrajectService trajecten;
    private final SocialeKaart socialeKaart;
    private final MessageSource berichten;
    private final Drukwerk druk;
    private final Clock clock;

    RouteService(Routekaarten kaarten, TrajectService trajecten, SocialeKaart socialeKaart, MessageSource berichten,
            Drukwerk druk, Clock clock) {
        this.druk = druk;
        this.kaarten = kaarten;
        this.trajecten = trajecten;
        this.socialeKaart = socialeKaart;
        this.berichten = berichten;
        this.clock = clock;
    }

    // --- reads

    /** The household's route card as shown and printed, in its language or {@code taal} when given; logged. */
    @Transactional
    public Kaart lees(Medewerker ik, HuishoudenId id, @Nullable Taal taal) {
        Inzage inzage = trajecten.inzage(ik, id);
        Optional<Routekaart> kaart = kaarten.find(id);
        // logged as a read of the route card (the file's own read below then adds no row for the same persons)
        inzage.log(Actie.LEZEN, SOORT, kaart.map(Routekaart::id).orElse(id.value()));
        Dossier d = trajecten.dossier(inzage);
        return kaart(inzage, d, kaart.orElse(null), taal);
    }

    /** The model of the card from what was read (no statement but the sociale kaart's list). */
    Kaart kaart(Inzage inzage, Dossier d, @Nullable Routekaart kaart, @Nullable Taal gevraagd) {
        LocalDate vandaag = LocalDate.now(clock);
        Taal taal = gevraagd != null ? gevraagd : kaart != null ? kaart.taal() : standaardTaal(d);
        LocalDate einde = d.huishoudenTermijnen().stream()
            .filter(t -> t.soort() == TermijnSoort.EINDE_BEGELEIDING).map(Termijn::uiterlijk)
            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Route route = Routeregels.route(d.traject().praktischeStart(), einde, d.voorwaarden().fasen(),
                d.traject().faseCode(), vandaag);
        // a reader outside the gemeente's organisations (the wijkteam of an organisation of its own that accepted
        // the handover) reads the card's partners by id, and has nothing to choose from
        boolean kaartLezen = socialeKaart.magLezen(inzage.medewerker(), inzage.toegang().gemeenteId());
        List<Dienst> diensten = kaartLezen ? socialeKaart.diensten(inzage.medewerker(), inzage.toegang().gemeenteId())
                : List.of();
        Map<UUID, Dienst> perId = new LinkedHashMap<>();
        diensten.forEach(x -> perId.put(x.id(), x));
        if (!kaartLezen && kaart != null) {
            perId.putAll(socialeKaart.opId(kaart.partners().stream().map(RoutePartner::dienstId).toList()));
        }
        List<Partner> partners = new ArrayList<>();
        if (kaart != null) {
            for (RoutePartner p : kaart.partners()) {
                Dienst x = perId.get(p.dienstId());
                if (x != null) {
                    partners.add(new Partner(x, p.wat()));
                }
            }
        }
        List<Dienst> keuze = diensten.stream().filter(x -> kaart == null || !kaart.heeftPartner(x.id())).toList();
        String begeleider = d.traject().actieveToewijzingen(vandaag).stream()
            .sorted(java.util.Comparator.comparing((Toewijzing t) -> t.rol() == ToewijzingRol.VRIJWILLIGER ? 0
                    : t.rol() == ToewijzingRol.BEGELEIDER ? 1 : 2))
            .map(t -> d.naam(t.medewerkerId())).findFirst().orElse(null);
        return new Kaart(inzage.huishoudenId(), d.huishouden().naam(), kaart, taal,
                kaart == null ? Afspraken.leeg() : kaart.afspraken(), route, partners, keuze,
                magWijzigen(inzage), begeleider, new Teksten(berichten, taal), vandaag);
    }

    /** The household's language for a new card: of the adult who needs an interpreter, else of the main person. */
    static Taal standaardTaal(Dossier d) {
        List<String> talen = new ArrayList<>();
        for (Persoon p : d.huishouden().personen()) {
            if (p.tolkNodig() && p.tolkTaal() != null) {
                talen.add(p.tolkTaal());
            }
        }
        talen.addAll(d.huishouden().hoofdpersoon().talen());
        return Taal.voor(talen);
    }

    static boolean magWijzigen(Inzage inzage) {
        return inzage.magBegeleiden() && inzage.toegang().uitvoerderszijde();
    }

    // --- writes

    /**
     * Records the card's language and agreements (with {@code versie} null: a new card). Refused with a message,
     * nothing written, when the reader may not change it, the version is stale, or a value is off.
     */
    @Transactional
    public void legVast(Medewerker ik, HuishoudenId id, @Nullable Long versie, Taal taal, Afspraken afspraken) {
        Inzage inzage = voorWijziging(ik, id);
        Afspraken a = valideer(afspraken);
        Optional<Routekaart> bestaand = kaarten.find(id);
        Instant nu = Instant.now(clock);
        if (bestaand.isEmpty()) {
            if (versie != null) {
                throw new GelijktijdigGewijzigd();
            }
            UUID nieuw = UUID.randomUUID();
            kaarten.insert(nieuw, id, inzage.trajectId().value(), inzage.toegang().gemeenteId(), taal, a, ik.id(), nu);
            inzage.log(Actie.AANMAKEN, SOORT, nieuw);
            return;
        }
        if (versie == null) {
            throw new GelijktijdigGewijzigd();
        }
        kaarten.update(bestaand.get().id(), versie, taal, a, ik.id(), nu);
        inzage.log(Actie.WIJZIGEN, SOORT, bestaand.get().id());
    }

    /** Puts a service of the gemeente's sociale kaart on the card, with an optional line on what it does for them. */
    @Transactional
    public void voegPartnerToe(Medewerker ik, HuishoudenId id, long versie, @Nullable UUID dienst,
            @Nullable String wat) {
        Inzage inzage = voorWijziging(ik, id);
        Routekaart kaart = kaarten.find(id).orElseThrow(GelijktijdigGewijzigd::new);
        if (dienst == null) {
            throw new DomeinFout("route.partner.leeg");
        }
        Dienst x = socialeKaart.find(ik, dienst).filter(d -> d.gemeenteId().equals(inzage.toegang().gemeenteId()))
            .orElseThrow(() -> new DomeinFout("route.partner.onbekend"));
        if (kaart.heeftPartner(x.id())) {
            throw new DomeinFout("route.partner.al");
        }
        if (kaart.partners().size() >= Routekaart.PARTNERS_MAX) {
            throw new DomeinFout("route.partner.te-veel", Routekaart.PARTNERS_MAX);
        }
        String w = leeg(wat);
        if (w != null && w.length() > RoutePartner.WAT_MAX) {
            throw new DomeinFout("route.partner.wat.te-lang", RoutePartner.WAT_MAX);
        }
        kaarten.raak(kaart.id(), versie, ik.id(), Instant.now(clock));
        kaarten.voegPartnerToe(kaart.id(), new RoutePartner(x.id(), w));
        inzage.log(Actie.WIJZIGEN, SOORT, kaart.id());
    }

    /** Takes a partner off the card. */
    @Transactional
    public void verwijderPartner(Medewerker ik, HuishoudenId id, long versie, UUID dienst) {
        Inzage inzage = voorWijziging(ik, id);
        Routekaart kaart = kaarten.find(id).orElseThrow(NietGevonden::new);
        if (!kaart.heeftPartner(dienst)) {
            throw new NietGevonden();
        }
        kaarten.raak(kaart.id(), versie, ik.id(), Instant.now(clock));
        kaarten.verwijderPartner(kaart.id(), dienst);
        inzage.log(Actie.WIJZIGEN, SOORT, kaart.id());
    }

    // --- the services list

    /**
     * The printable list of local services for a household: its gemeente's sociale kaart grouped by kind, in
     * {@code taal}. Logged as a read of the household (the list is printed for them).
     */
    @Transactional
    public Dienstenlijst dienstenlijst(Medewerker ik, HuishoudenId id, Taal taal) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.log(Actie.LEZEN, "dienstenlijst", id.value());
        List<Dienst> diensten = socialeKaart.diensten(ik, inzage.toegang().gemeenteId());
        Map<Dienstsoort, List<Dienst>> perSoort = new LinkedHashMap<>();
        for (Dienstsoort s : Dienstsoort.values()) {
            List<Dienst> van = diensten.stream().filter(x -> x.soort() == s).toList();
            if (!van.isEmpty()) {
                perSoort.put(s, van);
            }
        }
        return new Dienstenlijst(perSoort, new Teksten(berichten, taal), LocalDate.now(clock));
    }

    // --- printing

    /** The route card as PDF in {@code formaat} (A3 poster, A5 to carry), Dutch and {@code taal}; logged. */
    @Transactional
    public byte[] pdf(Medewerker ik, HuishoudenId id, @Nullable Taal taal, Formaat formaat) {
        return druk.routekaart(lees(ik, id, taal), formaat);
    }

    /** The services list as PDF (A4), Dutch and {@code taal}; logged. */
    @Transactional
    public byte[] dienstenlijstPdf(Medewerker ik, HuishoudenId id, Taal taal) {
        return druk.dienstenlijst(dienstenlijst(ik, id, taal));
    }

    // --- helpers

    private Inzage voorWijziging(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!magWijzigen(inzage)) {
            throw new DomeinFout("route.niet-toegestaan");
        }
        return inzage;
    }

    static Afspraken valideer(Afspraken a) {
        if ((a.van() == null) != (a.tot() == null)) {
            throw new DomeinFout("route.tijd.beide");
        }
        if (a.van() != null && !a.tot().isAfter(a.van())) {
            throw new DomeinFout("route.tijd.volgorde");
        }
        String telefoon = leeg(a.telefoon());
        if (telefoon != null && (telefoon.length() > Afspraken.TELEFOON_MAX || !telefoon.matches("[0-9+()\\- ]{6,}"))) {
            throw new DomeinFout("route.telefoon.ongeldig");
        }
        String notitie = leeg(a.notitie());
        if (notitie != null && notitie.length() > Afspraken.NOTITIE_MAX) {
            throw new DomeinFout("route.notitie.te-lang", Afspraken.NOTITIE_MAX);
        }
        return new Afspraken(a.dagen(), a.van(), a.tot(), a.kanalen(), telefoon, a.ontmoeting(), a.zelf(), notitie);
    }

    private static @Nullable String leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    // --- records

    /**
     * The route card as shown: the household, the card (null: none yet), its language, the agreements, the route, the
     * partners with their service, the services that may still be added, whether the reader may change it, the
     * guide's name, and the texts in both languages.
     */
    public record Kaart(HuishoudenId huishouden, String huishoudenNaam, @Nullable Routekaart routekaart, Taal taal,
            Afspraken afspraken, Route route, List<Partner> partners, List<Dienst> keuze, boolean magWijzigen,
            @Nullable String begeleider, Teksten tt, LocalDate vandaag) {

        public @Nullable Long versie() {
            return routekaart == null ? null : routekaart.versie();
        }
    }

    /** A partner on the card: the service and the guide's line (null: the kind's standard line). */
    public record Partner(Dienst dienst, @Nullable String wat) {
    }

    /** The services list: per kind (in the kind's order) the gemeente's services, with the texts. */
    public record Dienstenlijst(Map<Dienstsoort, List<Dienst>> perSoort, Teksten tt, LocalDate vandaag) {
    }
}
