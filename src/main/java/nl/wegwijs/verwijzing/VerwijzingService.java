package nl.wegwijs.verwijzing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.notificatie.Ontvanger;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.system.ToestemmingOntbreekt;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of referrals. Access:
 * <ul>
 * <li>a household's referrals are read through its {@link Inzage} (404 when the household is not the reader's) and
 * belong to the category {@link Gegevenssoort#SIGNALEN}; making, sending and finishing them needs
 * {@link Inzage#magBegeleiden()} (the guiding roles on an open trajectory);
 * <li>a referral sent to a service with Wegwijs accounts is also read and answered by the WIJKTEAM users of that
 * organisation (their inbox), and only they answer it; for other services the guide records the answer;
 * <li>sending needs a valid DOORVERWIJZING consent: from the register for a service in Wegwijs (per referred person,
 * or every adult for the household), recorded on the referral for another service. Without it nothing is written
 * ({@link ToestemmingOntbreekt}: 422 naming the category SIGNALEN and the purpose DOORVERWIJZING);
 * <li>revoking a register consent withdraws the open referrals that rested on it ({@link VerwijzingIntrekking}:
 * state INGETROKKEN); the receiving wijkteam then no longer sees them.
 * </ul>
 * Every read and write is logged per person: through the Inzage, or for the receiving wijkteam directly with purpose
 * DOORVERWIJZING.
 */
@Service
@Transactional(readOnly = true)
public class VerwijzingService {

    /** Referrals per page (household list and inbox). */
    public static final int PAGINA = 25;
    /** The most referrals {@link #lijst} gives (a household has a handful). */
    static final int LIJST_MAX = 200;
    static final String DOEL = nl.wegwijs.verwerkingslog.Verwerkingsactiviteit.DOORVERWIJZING;

    private final Verwijzingen verwijzingen;
    private final TrajectService trajecten;
    private final SocialeKaart kaart;
    private final ToestemmingService toestemmingen;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final Verwerkingslog log;
    private final Notificaties notificaties;
    private final Clock clock;

    VerwijzingService(Verwijzingen verwijzingen, TrajectService trajecten, SocialeKaart kaart,
            ToestemmingService toestemmingen, HuishoudenService huishoudens, OrganisatieService organisaties,
            Verwerkingslog log, Notificaties notificaties, Clock clock) {
        this.verwijzingen = verwijzingen;
        this.trajecten = trajecten;
        this.kaart = kaart;
        this.toestemmingen = toestemmingen;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.log = log;
        this.notificaties = notificaties;
        this.clock = clock;
    }

    // --- reads

    /**
     * The household's referrals, newest first (at most {@value #LIJST_MAX}), when the reader sees signals and
     * referrals; empty otherwise. Logged through the Inzage when any is shown.
     */
    @Transactional
    public List<Verwijzing> lijst(Inzage inzage) {
        if (!inzage.magZien(Gegevenssoort.SIGNALEN)) {
            return List.of();
        }
        List<Verwijzing> lijst = verwijzingen.vanHuishouden(inzage.huishoudenId().value(), null, LIJST_MAX).stream()
            .map(Verwijzingen.Rij::verwijzing).toList();
        if (!lijst.isEmpty()) {
            inzage.log(Actie.LEZEN, "verwijzing", inzage.huishoudenId().value());
        }
        return lijst;
    }

    /** The newest referrals for the household file's section (loaded lazily); logged when any is shown. */
    @Transactional
    public VerwijzingDossier.Model dossier(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        boolean zichtbaar = inzage.magZien(Gegevenssoort.SIGNALEN);
        List<Verwijzing> lijst = List.of();
        if (zichtbaar) {
            lijst = verwijzingen.vanHuishouden(id.value(), null, VerwijzingDossier.MAX).stream()
                .map(Verwijzingen.Rij::verwijzing).toList();
            if (!lijst.isEmpty()) {
                inzage.log(Actie.LEZEN, "verwijzing", id.value());
            }
        }
        return new VerwijzingDossier.Model(id, lijst, zichtbaar, magVerwijzen(inzage), inzage);
    }

    /** A page of the household's referrals, newest first, after {@code na}; logged. */
    @Transactional
    public Pagina pagina(Medewerker ik, HuishoudenId id, @Nullable UUID na, int aantal) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!inzage.magZien(Gegevenssoort.SIGNALEN)) {
            return new Pagina(inzage, List.of(), null, false);
        }
        int n = Paginering.grootte(aantal);
        List<Verwijzingen.Rij> rijen = verwijzingen.vanHuishouden(id.value(), na, n + 1);
        List<Verwijzing> items = Paginering.eerste(rijen, n).stream().map(Verwijzingen.Rij::verwijzing).toList();
        if (!items.isEmpty()) {
            inzage.log(Actie.LEZEN, "verwijzing", id.value());
        }
        return new Pagina(inzage, items, rijen.size() > n ? items.get(n - 1).id() : null, magVerwijzen(inzage));
    }

    /** Whether this reader may make referrals for the household. */
    public static boolean magVerwijzen(Inzage inzage) {
        return inzage.magBegeleiden() && inzage.magZien(Gegevenssoort.SIGNALEN);
    }

    /** What the "verwijzen" form offers: the active services of the household's gemeente, and its persons. */
    @Transactional
    public Formulier formulier(Medewerker ik, HuishoudenId id) {
        Inzage inzage = voorVerwijzen(ik, id);
        inzage.log(Actie.LEZEN, "huishouden", id.value());
        return new Formulier(inzage, kaart.diensten(ik, inzage.toegang().gemeenteId()), LocalDate.now(clock));
    }

    /**
     * One referral: for a WIJKTEAM user of the receiving organisation as receiver (once sent), else through the
     * household's Inzage (404 when not the reader's). Logged per person concerned.
     */
    @Transactional
    public VerwijzingInzage find(Medewerker ik, UUID id) {
        Verwijzingen.Rij r = verwijzingen.find(id).orElseThrow(NietGevonden::new);
        Verwijzing v = r.verwijzing();
        if (isOntvanger(ik, r)) {
            Huishouden h = huishoudens.intern(new HuishoudenId(v.huishoudenId())).orElseThrow(NietGevonden::new);
            logOntvanger(ik, Actie.LEZEN, r, h);
            return new VerwijzingInzage(v, h.zonderIdentificatie(), null, true, v.status().wachtOpAntwoord(), false,
                    false, r.antwoord(), naam(r.aangemaaktDoor()), kaart.opId(List.of(v.dienstId())).get(v.dienstId()),
                    LocalDate.now(clock));
        }
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(v.huishoudenId()));
        inzage.vereis(Gegevenssoort.SIGNALEN);
        inzage.log(Actie.LEZEN, "verwijzing", id, betrokken(inzage.huishouden(), v));
        boolean gids = magVerwijzen(inzage);
        return new VerwijzingInzage(v, inzage.huishouden(), inzage, false,
                gids && !v.inWegwijs() && v.status().wachtOpAntwoord(), gids && v.status() == VerwijzingStatus.AANGEMAAKT,
                gids && !v.status().isGesloten(), r.antwoord(), naam(r.aangemaaktDoor()),
                kaart.opId(List.of(v.dienstId())).get(v.dienstId()), LocalDate.now(clock));
    }

    /** The household a referral belongs to, when the reader may see it (nothing read, nothing logged). */
    public Optional<HuishoudenId> huishoudenVan(Medewerker ik, UUID id) {
        return verwijzingen.find(id).map(r -> isOntvanger(ik, r) ? new HuishoudenId(r.verwijzing().huishoudenId())
                : trajecten.inzage(ik, new HuishoudenId(r.verwijzing().huishoudenId())).huishoudenId());
    }

    /**
     * The inbox of a WIJKTEAM user: referrals sent to their organisation's services, newest first (only those
     * waiting for an answer when {@code open}). Logged as a list read: one row per person per referral shown.
     */
    @Transactional
    public Inbox inbox(Medewerker ik, boolean open, @Nullable UUID na, int aantal) {
        if (ik.rol() != Rol.WIJKTEAM) {
            throw new NietGevonden(); // the inbox is the receiving wijkteam's page only
        }
        int n = Paginering.grootte(aantal);
        List<Verwijzingen.Rij> rijen = verwijzingen.inbox(ik.organisatieId(), open, na, n + 1);
        List<Verwijzing> items = Paginering.eerste(rijen, n).stream().map(Verwijzingen.Rij::verwijzing).toList();
        // one log row per referral shown, for the person its row names (one statement)
        log.leg(Paginering.eerste(rijen, n).stream().filter(r -> r.getoond() != null)
            .map(r -> new Verwerking(ik.id(), ik.organisatieId(), Actie.LEZEN, DOEL,
                    java.util.Objects.requireNonNull(r.getoond()), r.verwijzing().huishoudenId(), "verwijzing",
                    r.verwijzing().id()))
            .toList());
        // the name a row shows: the referred person, or the household's main person (read in the same statement)
        Map<UUID, String> namen = new java.util.HashMap<>();
        Paginering.eerste(rijen, n).forEach(r -> namen.put(r.verwijzing().id(), r.naam() == null ? "" : r.naam()));
        return new Inbox(items, namen, rijen.size() > n ? items.get(n - 1).id() : null, open, LocalDate.now(clock));
    }

    /**
     * Waiting times per service of a gemeente (aggregate, no persons), for the teamleider, regievoerder and beleid of
     * that gemeente's sociale kaart.
     */
    public List<Wachttijd> wachttijden(Medewerker ik, UUID gemeenteId) {
        if (!ik.heeftRol(Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BELEID, Rol.BEHEERDER)
                || !kaart.magLezen(ik, gemeenteId)) {
            throw new NietGevonden();
        }
        return verwijzingen.wachttijden(gemeenteId);
    }

    // --- writes

    /**
     * Makes a referral (AANGEMAAKT), and sends it at once when asked (then the consent is checked first: without it
     * nothing is written).
     */
    @Transactional
    public Verwijzing maak(Medewerker ik, HuishoudenId id, NieuweVerwijzing nieuw) {
        Inzage inzage = voorVerwijzen(ik, id);
        String reden = nieuw.reden() == null ? "" : nieuw.reden().strip();
        if (reden.isEmpty()) {
            throw new DomeinFout("verwijzing.reden.leeg");
        }
        if (reden.length() > 2000) {
            throw new DomeinFout("verwijzing.reden.lang");
        }
        if (nieuw.persoonId() != null && inzage.huishouden().persoon(nieuw.persoonId()).isEmpty()) {
            throw new DomeinFout("verwijzing.persoon.onbekend");
        }
        Dienst dienst = kaart.find(ik, nieuw.dienstId())
            .filter(d -> d.gemeenteId().equals(inzage.toegang().gemeenteId()))
            .orElseThrow(() -> new DomeinFout("verwijzing.dienst.onbekend"));
        if (!kaart.actief(dienst.id())) {
            throw new DomeinFout("verwijzing.dienst.inactief");
        }
        LocalDate vandaag = LocalDate.now(clock);
        Instant nu = Instant.now(clock);
        List<UUID> personen = Verwijzingregels.betrokkenen(inzage.huishouden(), nieuw.persoonId(), vandaag);
        Grond grond = nieuw.versturen() ? grond(inzage, dienst.organisatieId(), personen, nieuw.toestemming(), vandaag)
                : null;
        UUID vid = UUID.randomUUID();
        verwijzingen.insert(vid, id.value(), nieuw.persoonId(), dienst.id(), dienst.organisatieId(),
                nieuw.signaalId(), reden, nieuw.warm(), vandaag, ik.id(), nu);
        inzage.log(Actie.AANMAKEN, "verwijzing", vid, personen);
        if (grond != null) {
            verwijzingen.verstuur(vid, 1, vandaag, grond.ids(), grond.wijze(), grond.op(), ik.id(), nu);
            verstuurd(dienst, vid, id);
        }
        return verwijzingen.find(vid).orElseThrow(NietGevonden::new).verwijzing();
    }

    /** Sends a referral made earlier: the consent is checked now; without it nothing is written. */
    @Transactional
    public Verwijzing verstuur(Medewerker ik, UUID id, long versie, @Nullable ExterneToestemming extern) {
        Geladen g = voorGids(ik, id, versie);
        Verwijzing v = g.rij().verwijzing();
        overgang(v.status(), VerwijzingStatus.VERSTUURD);
        LocalDate vandaag = LocalDate.now(clock);
        List<UUID> personen = Verwijzingregels.betrokkenen(g.inzage().huishouden(), v.persoonId(), vandaag);
        Grond grond = grond(g.inzage(), g.rij().ontvangerOrganisatieId(), personen, extern, vandaag);
        verwijzingen.verstuur(id, versie, vandaag, grond.ids(), grond.wijze(), grond.op(), ik.id(), Instant.now(clock));
        g.inzage().log(Actie.WIJZIGEN, "verwijzing", id, personen);
        kaart.find(ik, v.dienstId()).ifPresent(d -> verstuurd(d, id, g.inzage().huishoudenId()));
        return verwijzingen.find(id).orElseThrow(NietGevonden::new).verwijzing();
    }

    /**
     * The service's answer: accepted, rejected (with a reason) or waiting list. For a service in Wegwijs only its
     * WIJKTEAM users answer (the guide is told); for another service the guide records what the service said.
     */
    @Transactional
    public Verwijzing beantwoord(Medewerker ik, UUID id, long versie, VerwijzingStatus antwoord,
            @Nullable String toelichting) {
        Verwijzingen.Rij r = verwijzingen.find(id).orElseThrow(NietGevonden::new);
        Verwijzing v = r.verwijzing();
        if (!antwoord.isAntwoord()) {
            throw new DomeinFout("verwijzing.antwoord.onbekend");
        }
        String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (tekst != null && tekst.length() > 2000) {
            throw new DomeinFout("verwijzing.antwoord.lang");
        }
        if (antwoord == VerwijzingStatus.AFGEWEZEN && tekst == null) {
            throw new DomeinFout("verwijzing.afwijzing.reden");
        }
        boolean ontvanger = isOntvanger(ik, r);
        Inzage inzage = null;
        Huishouden h;
        if (ontvanger) {
            h = huishoudens.intern(new HuishoudenId(v.huishoudenId())).orElseThrow(NietGevonden::new);
        }
        else {
            inzage = trajecten.inzage(ik, new HuishoudenId(v.huishoudenId()));
            inzage.vereis(Gegevenssoort.SIGNALEN);
            if (v.inWegwijs()) {
                throw new DomeinFout("verwijzing.antwoord.door-ontvanger");
            }
            if (!magVerwijzen(inzage)) {
                throw new DomeinFout("verwijzing.niet-toegestaan");
            }
            h = inzage.huishouden();
        }
        if (v.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        overgang(v.status(), antwoord);
        verwijzingen.beantwoord(id, versie, antwoord, tekst, LocalDate.now(clock), ik.id(), Instant.now(clock));
        if (ontvanger) {
            logOntvanger(ik, Actie.WIJZIGEN, r, h);
            notificaties.stuur(Ontvanger.medewerker(r.aangemaaktDoor()), new HuishoudenId(v.huishoudenId()),
                    "verwijzing.notificatie." + antwoord.name(), List.of(v.dienstNaam()), "/verwijzingen/" + id);
        }
        else {
            inzage.log(Actie.WIJZIGEN, "verwijzing", id, betrokken(h, v));
        }
        return verwijzingen.find(id).orElseThrow(NietGevonden::new).verwijzing();
    }

    /** Finishes a referral (done, or withdrawn), with an optional outcome; by the guide. */
    @Transactional
    public Verwijzing rondAf(Medewerker ik, UUID id, long versie, @Nullable String uitkomst) {
        Geladen g = voorGids(ik, id, versie);
        Verwijzing v = g.rij().verwijzing();
        overgang(v.status(), VerwijzingStatus.AFGEROND);
        String tekst = uitkomst == null || uitkomst.isBlank() ? null : uitkomst.strip();
        if (tekst != null && tekst.length() > 2000) {
            throw new DomeinFout("verwijzing.uitkomst.lang");
        }
        verwijzingen.rondAf(id, versie, tekst, LocalDate.now(clock), ik.id(), Instant.now(clock));
        g.inzage().log(Actie.WIJZIGEN, "verwijzing", id, betrokken(g.inzage().huishouden(), v));
        return verwijzingen.find(id).orElseThrow(NietGevonden::new).verwijzing();
    }

    // --- helpers

    private static void overgang(VerwijzingStatus van, VerwijzingStatus naar) {
        if (!van.magNaar(naar)) {
            throw new DomeinFout("verwijzing.status.overgang", van.name().toLowerCase(java.util.Locale.ROOT), naar.name());
        }
    }

    /**
     * The consent a referral is sent on, or a refusal (nothing written): for a service in Wegwijs a register consent
     * per person concerned; for another service the consent the guide records now.
     */
    private Grond grond(Inzage inzage, @Nullable UUID organisatie, List<UUID> personen,
            @Nullable ExterneToestemming extern, LocalDate vandaag) {
        if (organisatie != null) {
            Verwijzingregels.Toetsing t = Verwijzingregels.toets(toestemmingen.lijst(inzage), personen, organisatie,
                    vandaag);
            if (!t.geldig()) {
                String namen = t.zonder().stream()
                    .map(p -> inzage.huishouden().persoon(p).map(Persoon::naam).orElse("?"))
                    .collect(Collectors.joining(", "));
                throw new ToestemmingOntbreekt(Gegevenssoort.SIGNALEN.name(), Doel.DOORVERWIJZING.name(),
                        "verwijzing.toestemming.ontbreekt", namen);
            }
            return new Grond(t.gebruikt(), null, null);
        }
        if (extern == null) {
            throw new ToestemmingOntbreekt(Gegevenssoort.SIGNALEN.name(), Doel.DOORVERWIJZING.name(),
                    "verwijzing.toestemming.extern-ontbreekt");
        }
        if (extern.gegevenOp().isAfter(vandaag)) {
            throw new DomeinFout("verwijzing.toestemming.datum-toekomst");
        }
        return new Grond(List.of(), extern.wijze().name(), extern.gegevenOp());
    }

    private record Grond(List<UUID> ids, @Nullable String wijze, @Nullable LocalDate op) {
    }

    private void verstuurd(Dienst dienst, UUID id, HuishoudenId huishouden) {
        if (dienst.organisatieId() != null) {
            notificaties.stuur(Ontvanger.rol(dienst.organisatieId(), Rol.WIJKTEAM), null, "verwijzing.notificatie.nieuw",
                    List.of(dienst.naam()), "/verwijzingen/" + id);
        }
    }

    /**
     * Whether the reader is the receiving wijkteam of a sent referral: not before it is sent, and no longer once it
     * was withdrawn because its consent was revoked.
     */
    private static boolean isOntvanger(Medewerker ik, Verwijzingen.Rij r) {
        return ik.rol() == Rol.WIJKTEAM && r.ontvangerOrganisatieId() != null
                && r.ontvangerOrganisatieId().equals(ik.organisatieId()) && r.verwijzing().verstuurdOp() != null
                && r.verwijzing().status() != VerwijzingStatus.INGETROKKEN;
    }

    private void logOntvanger(Medewerker ik, Actie actie, Verwijzingen.Rij r, Huishouden h) {
        Verwijzing v = r.verwijzing();
        List<Verwerking> regels = new ArrayList<>();
        for (UUID p : betrokken(h, v)) {
            regels.add(new Verwerking(ik.id(), ik.organisatieId(), actie, DOEL, p, v.huishoudenId(), "verwijzing",
                    v.id()));
        }
        log.leg(regels);
    }

    /** The persons a referral is about: the referred person, or the whole household. */
    private static List<UUID> betrokken(Huishouden h, Verwijzing v) {
        return v.persoonId() != null ? List.of(v.persoonId()) : h.personen().stream().map(Persoon::id).toList();
    }

    private Inzage voorVerwijzen(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.SIGNALEN);
        if (!inzage.magBegeleiden()) {
            throw new DomeinFout(inzage.toegang().status().isAfgesloten() ? "verwijzing.traject-afgesloten"
                    : "verwijzing.niet-toegestaan");
        }
        return inzage;
    }

    private Geladen voorGids(Medewerker ik, UUID id, long versie) {
        Verwijzingen.Rij r = verwijzingen.find(id).orElseThrow(NietGevonden::new);
        Inzage inzage = voorVerwijzen(ik, new HuishoudenId(r.verwijzing().huishoudenId()));
        if (r.verwijzing().versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        return new Geladen(r, inzage);
    }

    private String naam(UUID medewerker) {
        return organisaties.namen(List.of(medewerker)).getOrDefault(medewerker, "");
    }

    private record Geladen(Verwijzingen.Rij rij, Inzage inzage) {
    }

    /** A page of a household's referrals. */
    public record Pagina(Inzage inzage, List<Verwijzing> verwijzingen, @Nullable UUID volgende, boolean magVerwijzen) {

        public Huishouden huishouden() {
            return inzage.huishouden();
        }

        public String wie(Verwijzing v) {
            return v.persoonId() == null ? "" : inzage.huishouden().persoon(v.persoonId()).map(Persoon::naam).orElse("");
        }
    }

    /** The form's choices. */
    public record Formulier(Inzage inzage, List<Dienst> diensten, LocalDate vandaag) {

        public Huishouden huishouden() {
            return inzage.huishouden();
        }
    }

    /**
     * One referral with what the reader may do. {@code inzage} is null for the receiving wijkteam (who reads it as
     * receiver, not through the household's file).
     */
    public record VerwijzingInzage(Verwijzing verwijzing, Huishouden huishouden, @Nullable Inzage inzage,
            boolean alsOntvanger, boolean magBeantwoorden, boolean magVersturen, boolean magAfronden,
            @Nullable String antwoord, String verwijzer, @Nullable Dienst dienst, LocalDate vandaag) {

        public String wie() {
            Verwijzing v = verwijzing;
            return v.persoonId() == null ? "" : huishouden.persoon(v.persoonId()).map(Persoon::naam).orElse("");
        }
    }

    /** A page of a wijkteam's inbox, with per referral the name it shows. */
    public record Inbox(List<Verwijzing> verwijzingen, Map<UUID, String> namen, @Nullable UUID volgende, boolean open,
            LocalDate vandaag) {
    }
}
