package nl.wegwijs.toestemming;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the consent register. Every method on a household starts from its {@link Inzage}: whoever may
 * not see the household may not see or record its consents (404). Recording and revoking is for whoever meets the
 * statushouder (the guiding roles, the regievoerder, budgetcoach and wijkteam); each read and write is logged per
 * person. The "do you still agree?" list is scoped by {@link Zichtbaarheid} in its query; emergency overrides are
 * declared here and shown to the teamleider and the privacy officer.
 */
@Service
@Transactional(readOnly = true)
public class ToestemmingService {

    /** The "do you still agree?" list shows checks due within this many days. */
    public static final int CONTROLE_VOORUIT = 7;
    /** A new consent is checked again after this many months, unless the user chooses otherwise. */
    public static final int CONTROLE_MAANDEN = 6;
    /** The shortest reason an emergency override accepts. */
    public static final int REDEN_MIN = 10;

    private final Toestemmingen toestemmingen;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Zichtbaarheid zichtbaarheid;
    private final Verwerkingslog log;
    private final Clock clock;
    private final Duration doorbraakDuur;
    private final Formulierdruk druk;
    private final ApplicationEventPublisher events;
    private final nl.wegwijs.socialekaart.SocialeKaart kaart;

    ToestemmingService(Toestemmingen toestemmingen, TrajectService trajecten, OrganisatieService organisaties,
            Zichtbaarheid zichtbaarheid, Verwerkingslog log, Clock clock,
            @Value("${wegwijs.doorbraak.uren:24}") long doorbraakUren, Formulierdruk druk,
            ApplicationEventPublisher events, nl.wegwijs.socialekaart.SocialeKaart kaart) {
        this.kaart = kaart;
        this.druk = druk;
        this.events = events;
        this.toestemmingen = toestemmingen;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.zichtbaarheid = zichtbaarheid;
        this.log = log;
        this.clock = clock;
        this.doorbraakDuur = Duration.ofHours(doorbraakUren);
    }

    /** The household's consents, current and past, newest first; logged as a read of every person. */
    @Transactional
    public List<Toestemming> lijst(Medewerker ik, HuishoudenId huishouden) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        return lijst(inzage);
    }

    /** {@link #lijst(Medewerker, HuishoudenId)} through an Inzage already at hand (the household file). */
    @Transactional
    public List<Toestemming> lijst(Inzage inzage) {
        List<Toestemming> lijst = toestemmingen.vanHuishouden(inzage.huishoudenId().value());
        if (!lijst.isEmpty()) {
            inzage.log(Actie.LEZEN, "toestemming", inzage.huishoudenId().value());
        }
        return lijst;
    }

    /** One consent with its household, for the revoke page; logged as a read of its person. */
    @Transactional
    public Inzicht find(Medewerker ik, UUID id) {
        Toestemming t = toestemmingen.find(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(t.huishoudenId()));
        inzage.log(Actie.LEZEN, "toestemming", id, List.of(t.persoonId()));
        return new Inzicht(t, inzage.huishouden(), magVastleggen(inzage));
    }

    /** A consent with the household as the reader may see it. */
    public record Inzicht(Toestemming toestemming, Huishouden huishouden, boolean magVastleggen) {

        public String persoon() {
            return huishouden.persoon(toestemming.persoonId()).map(Persoon::naam).orElse("");
        }
    }

    /**
     * What the form "Toestemming vastleggen" offers for this household: its persons (the adults preselected), the
     * recipients (the household's gemeente per role or as a whole, its uitvoerder), the recipient to preselect, and
     * the persons' language. Refuses (422) a reader who may not record consents.
     */
    @Transactional
    public Formulier formulier(Medewerker ik, HuishoudenId huishouden) {
        return formulier(ik, huishouden, true);
    }

    private Formulier formulier(Medewerker ik, HuishoudenId huishouden, boolean vastleggen) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        if (vastleggen) {
            vereisVastleggen(inzage);
        }
        Huishouden h = inzage.huishouden();
        inzage.log(Actie.LEZEN, "huishouden", huishouden.value());
        LocalDate vandaag = vandaag();
        List<Ontvangerkeuze> ontvangers = ontvangers(inzage);
        Ontvangerkeuze voor = ontvangers.get(0);
        if (ik.rol().gemeentezijde()) {
            for (Ontvangerkeuze o : ontvangers) {
                if (o.organisatieId().equals(ik.organisatieId()) && o.rol() == ik.rol()) {
                    voor = o;
                }
            }
        }
        Set<UUID> volwassenen = new HashSet<>();
        h.personen().stream().filter(p -> p.volwassen(vandaag)).forEach(p -> volwassenen.add(p.id()));
        return new Formulier(h, volwassenen, ontvangers, voor, taal(h, vandaag), vandaag);
    }

    /**
     * The consent form to print (PDF) in plain Dutch, English or Arabic ({@code nl}, {@code en}, {@code ar}; anything
     * else gives Dutch), prefilled with the household's adults and the recipients, categories and purposes to tick.
     */
    @Transactional
    public byte[] formulierPdf(Medewerker ik, HuishoudenId huishouden, String taal) {
        // printing the form to take along is for whoever may see the household, also after its trajectory closed
        return druk.pdf(formulier(ik, huishouden, false), Formulierdruk.TALEN.contains(taal) ? taal : "nl");
    }

    /** See {@link #formulier}. */
    public record Formulier(Huishouden huishouden, Set<UUID> volwassenen, List<Ontvangerkeuze> ontvangers,
            Ontvangerkeuze voorgekozen, @Nullable String taal, LocalDate vandaag) {
    }

    /** A recipient to choose: an organisation, or one role in it, with the name the person is told. */
    public record Ontvangerkeuze(UUID organisatieId, @Nullable Rol rol, String naam) {

        /** The form value: "organisation id:ROLE" or "organisation id:". */
        public String sleutel() {
            return organisatieId + ":" + (rol == null ? "" : rol.name());
        }

        public static Ontvangerkeuze uit(String sleutel) {
            int i = sleutel.indexOf(':');
            if (i < 0) {
                throw new DomeinFout("toestemming.ontvanger.onbekend");
            }
            try {
                String rol = sleutel.substring(i + 1);
                return new Ontvangerkeuze(UUID.fromString(sleutel.substring(0, i)),
                        rol.isEmpty() ? null : Rol.valueOf(rol), "");
            }
            catch (IllegalArgumentException e) {
                throw new DomeinFout("toestemming.ontvanger.onbekend");
            }
        }
    }

    /** The household's gemeente (regievoerder, budgetcoach, sociaal wijkteam, the whole gemeente) and uitvoerder. */
    private List<Ontvangerkeuze> ontvangers(Inzage inzage) {
        List<Ontvangerkeuze> lijst = new ArrayList<>();
        UUID g = inzage.toegang().gemeenteId();
        for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.BUDGETCOACH, Rol.WIJKTEAM, null }) {
            lijst.add(new Ontvangerkeuze(g, rol, ontvangerNaam(g, rol)));
        }
        UUID u = inzage.toegang().uitvoerderId();
        lijst.add(new Ontvangerkeuze(u, null, ontvangerNaam(u, null)));
        // wijkteams of their own on the gemeente's sociale kaart (for a referral or a warm handover)
        for (nl.wegwijs.socialekaart.Dienst d : kaart.wijkteamsInWegwijs(g)) {
            UUID o = java.util.Objects.requireNonNull(d.organisatieId());
            if (lijst.stream().noneMatch(x -> x.organisatieId().equals(o))) {
                lijst.add(new Ontvangerkeuze(o, Rol.WIJKTEAM, d.naam()));
            }
        }
        return lijst;
    }

    /** The language of the consent conversation: the interpreter language of an adult who needs one, else theirs. */
    private static @Nullable String taal(Huishouden h, LocalDate vandaag) {
        for (Persoon p : h.personen()) {
            if (p.volwassen(vandaag) && p.tolkNodig() && p.tolkTaal() != null && !p.tolkTaal().isBlank()) {
                return p.tolkTaal();
            }
        }
        for (Persoon p : h.personen()) {
            if (p.volwassen(vandaag) && !p.talen().isEmpty()) {
                return p.talen().get(0);
            }
        }
        return null;
    }

    /** Records one consent per chosen person (all of this household), as one act. */
    @Transactional
    public List<Toestemming> legVast(Medewerker ik, HuishoudenId huishouden, NieuweToestemming nieuw) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        vereisVastleggen(inzage);
        Set<UUID> leden = new HashSet<>(inzage.huishouden().personen().stream().map(Persoon::id).toList());
        if (nieuw.personen().isEmpty() || !leden.containsAll(nieuw.personen())) {
            throw new DomeinFout("toestemming.persoon.onbekend");
        }
        if (nieuw.gegevens().isEmpty()) {
            throw new DomeinFout("toestemming.gegevens.leeg");
        }
        if (nieuw.tot() != null && nieuw.tot().isBefore(nieuw.vanaf())) {
            throw new DomeinFout("toestemming.periode.ongeldig");
        }
        if (nieuw.controleOp() != null && nieuw.controleOp().isBefore(nieuw.vanaf())) {
            throw new DomeinFout("toestemming.controle.ongeldig");
        }
        boolean eigen = nieuw.ontvangerOrganisatieId().equals(inzage.toegang().gemeenteId())
                || nieuw.ontvangerOrganisatieId().equals(inzage.toegang().uitvoerderId());
        // a move names the gemeente the file goes to: any gemeente, never another organisation
        boolean nieuweGemeente = nieuw.doel() == Doel.VERHUIZING
                && organisaties.gemeente(nieuw.ontvangerOrganisatieId()).isPresent();
        // a referral or a warm handover may go to a wijkteam with Wegwijs accounts on the gemeente's sociale kaart,
        // an organisation of its own: its wijkteam is the receiver
        boolean wijkteam = !eigen && (nieuw.doel() == Doel.OVERDRACHT || nieuw.doel() == Doel.DOORVERWIJZING)
                && (nieuw.ontvangerRol() == null || nieuw.ontvangerRol() == Rol.WIJKTEAM)
                && kaart.wijkteamsInWegwijs(inzage.toegang().gemeenteId()).stream()
                    .anyMatch(d -> nieuw.ontvangerOrganisatieId().equals(d.organisatieId()));
        if (!eigen && !nieuweGemeente && !wijkteam) {
            throw new DomeinFout("toestemming.ontvanger.onbekend");
        }
        String naam = wijkteam ? kaart.wijkteamsInWegwijs(inzage.toegang().gemeenteId()).stream()
            .filter(d -> nieuw.ontvangerOrganisatieId().equals(d.organisatieId())).map(d -> d.naam()).findFirst()
            .orElseGet(() -> ontvangerNaam(nieuw.ontvangerOrganisatieId(), nieuw.ontvangerRol()))
                : ontvangerNaam(nieuw.ontvangerOrganisatieId(), nieuw.ontvangerRol());
        Instant nu = Instant.now(clock);
        List<Toestemming> vastgelegd = new ArrayList<>();
        for (UUID p : nieuw.personen()) {
            Toestemming t = new Toestemming(UUID.randomUUID(), huishouden.value(), p, nieuw.ontvangerOrganisatieId(),
                    nieuw.ontvangerRol(), naam, Set.copyOf(nieuw.gegevens()), nieuw.doel(), nieuw.vanaf(),
                    nieuw.tot(), nieuw.wijze(), leeg(nieuw.taal()), ik.id(), nu, nieuw.controleOp(), null, null,
                    null, 0);
            toestemmingen.voegToe(t);
            inzage.log(Actie.AANMAKEN, "toestemming", t.id(), List.of(p));
            vastgelegd.add(t);
        }
        return vastgelegd;
    }

    /**
     * Revokes a consent at the version the user saw; the row stays, with when, by whom and why. Publishes
     * {@link ToestemmingIngetrokken} in this transaction, so what rested on the consent (e.g. an open referral) is
     * withdrawn with it.
     */
    @Transactional
    public Toestemming trekIn(Medewerker ik, UUID id, long versie, @Nullable String reden) {
        Toestemming t = toestemmingen.find(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(t.huishoudenId()));
        vereisVastleggen(inzage);
        if (reden == null || reden.isBlank()) {
            throw new DomeinFout("toestemming.intrekken.reden");
        }
        if (t.ingetrokkenOp() != null) {
            throw new DomeinFout("toestemming.al-ingetrokken");
        }
        if (!toestemmingen.trekIn(id, versie, ik.id(), Instant.now(clock), reden.strip())) {
            throw new GelijktijdigGewijzigd();
        }
        inzage.log(Actie.WIJZIGEN, "toestemming", id, List.of(t.persoonId()));
        events.publishEvent(new ToestemmingIngetrokken(id, new HuishoudenId(t.huishoudenId()), t.persoonId(),
                t.doel(), t.ontvangerOrganisatieId(), t.ontvangerRol(), ik.id(), ik.organisatieId()));
        return toestemmingen.find(id).orElseThrow(NietGevonden::new);
    }

    /**
     * "Still agreed": the person confirmed the consent; ask again on {@code volgendeControle} (default in
     * {@value #CONTROLE_MAANDEN} months). At the version the user saw; logged.
     */
    @Transactional
    public Toestemming nogAkkoord(Medewerker ik, UUID id, long versie, @Nullable LocalDate volgendeControle) {
        Toestemming t = toestemmingen.find(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(t.huishoudenId()));
        vereisVastleggen(inzage);
        LocalDate vandaag = vandaag();
        LocalDate volgende = volgendeControle == null ? vandaag.plusMonths(CONTROLE_MAANDEN) : volgendeControle;
        if (!volgende.isAfter(vandaag)) {
            throw new DomeinFout("toestemming.controle.verleden");
        }
        if (t.ingetrokkenOp() != null) {
            throw new DomeinFout("toestemming.al-ingetrokken");
        }
        if (!toestemmingen.nogAkkoord(id, versie, volgende)) {
            throw new GelijktijdigGewijzigd();
        }
        inzage.log(Actie.WIJZIGEN, "toestemming", id, List.of(t.persoonId()));
        return toestemmingen.find(id).orElseThrow(NietGevonden::new);
    }

    /**
     * The "do you still agree?" list: current consents whose check is due within {@value #CONTROLE_VOORUIT} days, in
     * the households this medewerker may see, by date (keyset after {@code naDatum, naId}). Logs a read of every
     * person shown.
     */
    @Transactional
    public ControlePagina teControleren(Medewerker ik, @Nullable LocalDate naDatum, @Nullable UUID naId, int aantal) {
        int n = Paginering.grootte(aantal);
        LocalDate vandaag = vandaag();
        List<ControleRegel> rijen = toestemmingen.teControleren(zichtbaarheid.filter(ik, "t.huishouden_id"),
                vandaag, vandaag.plusDays(CONTROLE_VOORUIT), naDatum, naId, n);
        List<ControleRegel> pagina = Paginering.eerste(rijen, n);
        List<Verwerking> regels = new ArrayList<>();
        Set<UUID> gelogd = new HashSet<>();
        for (ControleRegel r : pagina) {
            if (gelogd.add(r.persoonId())) {
                regels.add(new Verwerking(ik.id(), ik.organisatieId(), Actie.LEZEN, ik.rol().doel(), r.persoonId(),
                        r.huishoudenId(), "toestemming", r.id()));
            }
        }
        log.leg(regels);
        return new ControlePagina(pagina, rijen.size() > n ? pagina.get(pagina.size() - 1) : null, vandaag);
    }

    /** A page of due checks; {@code laatste} is the keyset of the next page, or null on the last. */
    public record ControlePagina(List<ControleRegel> regels, @Nullable ControleRegel laatste, LocalDate vandaag) {
    }

    /**
     * How many checks are due within {@value #CONTROLE_VOORUIT} days in the households this medewerker may see: one
     * statement, no personal data (the worklist's reminder).
     */
    public int aantalTeControleren(Medewerker ik) {
        if (ik.heeftRol(Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            return 0;
        }
        LocalDate vandaag = vandaag();
        return toestemmingen.aantalTeControleren(zichtbaarheid.filter(ik, "t.huishouden_id"), vandaag,
                vandaag.plusDays(CONTROLE_VOORUIT));
    }

    // --- emergency override

    /**
     * Declares an emergency override (acute danger): this medewerker sees all of the household for the configured
     * time (24 hours by default). Needs a role that may break through and a reason of at least {@value #REDEN_MIN}
     * characters; logged under purpose DOORBRAAK and shown to the teamleider and the privacy officer.
     */
    @Transactional
    public UUID doorbreek(Medewerker ik, HuishoudenId huishouden, @Nullable String reden) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        if (!inzage.magDoorbreken()) {
            throw new DomeinFout("toestemming.doorbraak.niet-toegestaan");
        }
        if (reden == null || reden.strip().length() < REDEN_MIN) {
            throw new DomeinFout("toestemming.doorbraak.reden", REDEN_MIN);
        }
        UUID id = UUID.randomUUID();
        Instant nu = Instant.now(clock);
        toestemmingen.voegDoorbraakToe(id, huishouden.value(), ik.id(), reden.strip(), nu, nu.plus(doorbraakDuur));
        trajecten.inzage(ik, huishouden).log(Actie.AANMAKEN, "doorbraak", id);
        return id;
    }

    /** Whether this medewerker may declare an override here (for the confirm page). */
    @Transactional
    public Huishouden voorDoorbraak(Medewerker ik, HuishoudenId huishouden) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        if (!inzage.magDoorbreken()) {
            throw new DomeinFout("toestemming.doorbraak.niet-toegestaan");
        }
        return inzage.huishouden();
    }

    /** How long an override lasts. */
    public Duration doorbraakDuur() {
        return doorbraakDuur;
    }

    /**
     * The privacy page: the overrides on the households of the teamleider's uitvoerder, or of the privacy officer's
     * gemeente or uitvoerder, newest first (keyset), and the register's figures. Others: 404. The page names the
     * household by id only, so it reads no personal data of the persons.
     */
    public Privacy privacy(Medewerker ik, @Nullable Instant naVanaf, @Nullable UUID naId, int aantal) {
        vereisPrivacy(ik);
        int n = Paginering.grootte(aantal);
        List<DoorbraakRegel> rijen = toestemmingen.doorbraken(ik.organisatieId(), ik.id(), naVanaf, naId, n);
        List<DoorbraakRegel> pagina = Paginering.eerste(rijen, n);
        LocalDate vandaag = vandaag();
        return new Privacy(pagina, rijen.size() > n ? pagina.get(pagina.size() - 1) : null,
                toestemmingen.perGegevenssoort(ik.organisatieId(), vandaag),
                toestemmingen.perDoel(ik.organisatieId(), vandaag),
                toestemmingen.controlesVan(ik.organisatieId(), vandaag, vandaag.plusDays(CONTROLE_VOORUIT)));
    }

    /** See {@link #privacy}. */
    public record Privacy(List<DoorbraakRegel> doorbraken, @Nullable DoorbraakRegel laatste,
            Map<Gegevenssoort, Integer> perGegevenssoort, Map<Doel, Integer> perDoel, int controles) {

        public int aantal(Gegevenssoort s) {
            return perGegevenssoort.getOrDefault(s, 0);
        }

        public int aantal(Doel d) {
            return perDoel.getOrDefault(d, 0);
        }
    }

    /** "Gezien": the teamleider or privacy officer acknowledges an override on one of their households. */
    @Transactional
    public void gezien(Medewerker ik, UUID doorbraak) {
        vereisPrivacy(ik);
        if (!toestemmingen.doorbraakVan(doorbraak, ik.organisatieId())) {
            throw new NietGevonden();
        }
        toestemmingen.gezien(doorbraak, ik.id(), Instant.now(clock));
    }

    /** Whether this medewerker has the privacy page (teamleider, privacy officer). */
    public static boolean heeftPrivacy(Medewerker ik) {
        return ik.heeftRol(Rol.TEAMLEIDER, Rol.PRIVACYFUNCTIONARIS);
    }

    private static void vereisPrivacy(Medewerker ik) {
        if (!heeftPrivacy(ik)) {
            throw new NietGevonden();
        }
    }

    // --- rules

    /** Whoever meets the statushouder may record: the guiding roles on a running trajectory, and the wijkteam. */
    static boolean magVastleggen(Inzage inzage) {
        return inzage.magBegeleiden() || inzage.medewerker().heeftRol(Rol.WIJKTEAM);
    }

    private static void vereisVastleggen(Inzage inzage) {
        if (!magVastleggen(inzage)) {
            throw new DomeinFout("toestemming.niet-toegestaan");
        }
    }

    /** "gemeente Woerden — regievoerder": the organisation's name and, when the consent is for one role, the role. */
    private String ontvangerNaam(UUID organisatie, @Nullable Rol rol) {
        String naam = organisaties.gemeente(organisatie).map(g -> "gemeente " + g.naam())
            .or(() -> organisaties.uitvoerder(organisatie).map(Uitvoerder::naam))
            .orElseThrow(() -> new DomeinFout("toestemming.ontvanger.onbekend"));
        return rol == null ? naam : naam + " — " + rolNaam(rol);
    }

    private static String rolNaam(Rol rol) {
        return switch (rol) {
            case WIJKTEAM -> "sociaal wijkteam";
            default -> rol.name().toLowerCase(Locale.ROOT);
        };
    }

    private static @Nullable String leeg(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Today, in Wegwijs's zone (for forms that default to it). */
    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }
}
