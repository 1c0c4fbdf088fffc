package nl.wegwijs.afsluiting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.Toestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the warm handover. The guide (begeleider, teamleider) makes a concept from what was recorded,
 * reviews and completes it, and shares it — only with a valid OVERDRACHT consent of every person it is about for the
 * receiving organisation (otherwise refused, nothing written); the guide or the wijkteam plans the driegesprek; the
 * receiving wijkteam (role WIJKTEAM of that organisation) sees it in its inbox, reads the summary (logged per
 * person) and accepts it, which closes the trajectory with reason WARME_OVERDRACHT through {@link TrajectService},
 * or refuses it with a reason: then nothing closes, the guide who shared it is notified and reads the refusal on the
 * handover page, and starts a new handover (the refused one is final and stays as history). Afterwards the wijkteam
 * records the household's later hulpvragen, while the consent holds.
 */
@Service
@Transactional(readOnly = true)
public class OverdrachtService {

    public static final int PAGINA = 25;

    private final TrajectService trajecten;
    private final ToestemmingService toestemmingen;
    private final OrganisatieService organisaties;
    private final SocialeKaart kaart;
    private final Afsluitingen opslag;
    private final SamenvattingMaker maker;
    private final Verwerkingslog log;
    private final Overdrachtdruk druk;
    private final Notificaties notificaties;
    private final Clock clock;

    OverdrachtService(TrajectService trajecten, ToestemmingService toestemmingen, OrganisatieService organisaties,
            SocialeKaart kaart, Afsluitingen opslag, SamenvattingMaker maker, Verwerkingslog log, Overdrachtdruk druk,
            Notificaties notificaties, Clock clock) {
        this.trajecten = trajecten;
        this.toestemmingen = toestemmingen;
        this.organisaties = organisaties;
        this.kaart = kaart;
        this.opslag = opslag;
        this.maker = maker;
        this.log = log;
        this.druk = druk;
        this.notificaties = notificaties;
        this.clock = clock;
    }

    /** Makes and shares a handover: the begeleider or teamleider of a running trajectory. */
    public static boolean magOverdragen(Inzage inzage) {
        return inzage.magBegeleiden() && inzage.medewerker().heeftRol(Rol.BEGELEIDER, Rol.TEAMLEIDER);
    }

    // --- the guide's side

    /**
     * The handover page for the guide: the running (or accepted) handover, or — without one — a fresh summary to
     * start from, with the receivers to choose and whether each has the consent it needs; and the most recent
     * refusal by a wijkteam, with its reason (logged as a read when shown).
     */
    @Transactional
    public GidsPagina pagina(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        Dossier d = trajecten.dossier(inzage);
        Overdracht o = opslag.huidige(inzage.trajectId().value()).orElse(null);
        if (o != null) {
            inzage.log(Actie.LEZEN, "overdracht", o.id());
        }
        Overdracht afgewezen = opslag.laatsteAfwijzing(inzage.trajectId().value()).orElse(null);
        if (afgewezen != null) {
            inzage.log(Actie.LEZEN, "overdracht", afgewezen.id());
        }
        Samenvatting voorbeeld = o == null ? maker.maak(inzage, d) : o.samenvatting();
        List<Ontvanger> ontvangers = ontvangers(ik, inzage);
        Map<UUID, Set<Gegevenssoort>> toestemming = new HashMap<>();
        List<Toestemming> alle = toestemmingen.lijst(inzage);
        for (Ontvanger r : ontvangers) {
            Set<Gegevenssoort> s = toegestaan(inzage, alle, r.organisatieId()).soorten();
            if (s != null) {
                toestemming.put(r.organisatieId(), s);
            }
        }
        return new GidsPagina(inzage, d.huishouden().naam(), d.traject().status(), d.traject().versie(), o,
                voorbeeld, ontvangers, toestemming, magOverdragen(inzage),
                opslag.instelling(d.traject().contractId()), LocalDate.now(clock), afgewezen);
    }

    /**
     * The guide's page. {@code toestemming}: per receiver with a valid consent, the categories it allows;
     * {@code afgewezen}: the most recently refused handover of this trajectory, or null.
     */
    public record GidsPagina(Inzage inzage, String naam, nl.wegwijs.traject.TrajectStatus status, long trajectVersie,
            @Nullable Overdracht overdracht, Samenvatting samenvatting, List<Ontvanger> ontvangers,
            Map<UUID, Set<Gegevenssoort>> toestemming, boolean magOverdragen, AfsluitInstelling instelling,
            LocalDate vandaag, @Nullable Overdracht afgewezen) {

        public HuishoudenId huishouden() {
            return inzage.huishoudenId();
        }

        public boolean heeftToestemming(UUID organisatie) {
            return toestemming.containsKey(organisatie);
        }
    }

    /** A receiving organisation: the gemeente's sociaal wijkteam, or a wijkteam on the sociale kaart with accounts. */
    public record Ontvanger(UUID organisatieId, String naam) {
    }

    /**
     * Starts the handover (and records the decision to hand over): a concept with a summary generated now, for a
     * receiver of the household's gemeente; one running handover per trajectory.
     */
    @Transactional
    public Overdracht maakConcept(Medewerker ik, HuishoudenId id, @Nullable UUID ontvanger, boolean hulpvraag) {
        Inzage inzage = trajecten.inzage(ik, id);
        vereisOverdragen(inzage);
        Ontvanger r = ontvangers(ik, inzage).stream().filter(x -> x.organisatieId().equals(ontvanger)).findFirst()
            .orElseThrow(() -> new DomeinFout("afsluiting.overdracht.ontvanger"));
        if (opslag.huidige(inzage.trajectId().value()).isPresent()) {
            throw new DomeinFout("afsluiting.overdracht.al-lopend");
        }
        Dossier d = trajecten.dossier(inzage);
        Instant nu = Instant.now(clock);
        AfsluitInstelling instelling = opslag.instelling(d.traject().contractId());
        Overdracht o = new Overdracht(UUID.randomUUID(), id.value(), inzage.trajectId().value(),
                inzage.toegang().gemeenteId(), r.organisatieId(), r.naam(), OverdrachtStatus.CONCEPT, hulpvraag,
                instelling.driegesprekBijHulpvraag(), maker.maak(inzage, d), Map.of(), Set.of(), List.of(), null,
                null, ik.id(), ik.naam(), nu, null, null, null, null, null, null, null, null, null, null, null, 1);
        opslag.insert(o);
        opslag.voegToe(new Afsluitbesluit(UUID.randomUUID(), id.value(), inzage.trajectId().value(),
                Besluitsoort.OVERDRAGEN, null, null, null, null, null, false, ik.id(), ik.naam(), nu));
        inzage.log(Actie.AANMAKEN, "overdracht", o.id());
        return o;
    }

    /**
     * Completes the concept: need for support, the short additions per block; {@code vernieuw} generates the summary
     * again from what is recorded now.
     */
    @Transactional
    public Overdracht vulAan(Medewerker ik, UUID id, long versie, boolean hulpvraag, Map<Blok, String> aanvullingen,
            boolean vernieuw) {
        Gids g = voorGids(ik, id, versie);
        Overdrachtregels.toetsAanvullen(g.overdracht().status());
        Map<Blok, String> schoon = new EnumMap<>(Blok.class);
        aanvullingen.forEach((b, t) -> {
            String a = Overdrachtregels.aanvulling(t);
            if (a != null) {
                schoon.put(b, a);
            }
        });
        Samenvatting s = vernieuw ? maker.maak(g.inzage(), trajecten.dossier(g.inzage()))
                : g.overdracht().samenvatting();
        Overdracht nieuw = g.overdracht().metConcept(s, hulpvraag, schoon);
        opslag.update(nieuw, versie);
        g.inzage().log(Actie.WIJZIGEN, "overdracht", id);
        return opslag.overdracht(id).orElseThrow();
    }

    /**
     * Shares the reviewed concept with the receiver: only with a valid OVERDRACHT consent of every person it is
     * about (every adult; in a household without adults every person) for the receiving organisation; the blocks
     * whose category the consents do not name are left out. Without consent: refused, nothing written.
     */
    @Transactional
    public Overdracht deel(Medewerker ik, UUID id, long versie, boolean nagekeken) {
        Gids g = voorGids(ik, id, versie);
        Toegestaan t = toegestaan(g.inzage(), toestemmingen.lijst(g.inzage()), g.overdracht().ontvangerOrganisatieId());
        Set<Blok> blokken = Overdrachtregels.toetsDelen(g.overdracht().status(), nagekeken, t.soorten());
        Overdracht nieuw = g.overdracht().gedeeld(blokken, t.ids(), ik.id(), Instant.now(clock));
        opslag.update(nieuw, versie);
        g.inzage().log(Actie.WIJZIGEN, "overdracht", id);
        return opslag.overdracht(id).orElseThrow();
    }

    /** Plans (or moves) the driegesprek: the guide, or the receiving wijkteam. */
    @Transactional
    public Overdracht planDriegesprek(Medewerker ik, UUID id, long versie, @Nullable LocalDate op,
            @Nullable String deelnemers) {
        Overdracht o = opslag.overdracht(id).orElseThrow(NietGevonden::new);
        boolean ontvanger = isOntvanger(ik, o);
        Inzage inzage = null;
        if (!ontvanger) {
            inzage = voorGids(ik, id, versie).inzage();
        }
        vereisVersie(o, versie);
        LocalDate gedeeld = o.gedeeldOp() == null ? LocalDate.now(clock) : datum(o.gedeeldOp());
        String wie = Overdrachtregels.toetsDriegesprek(o.status(), op, deelnemers, gedeeld, LocalDate.now(clock));
        opslag.update(o.driegesprek(op, wie), versie);
        if (inzage != null) {
            inzage.log(Actie.WIJZIGEN, "overdracht", id);
        }
        else {
            logOntvanger(ik, o, Actie.WIJZIGEN);
        }
        return opslag.overdracht(id).orElseThrow();
    }

    /** Withdraws the handover (the guide) until the wijkteam accepted it, with a reason. */
    @Transactional
    public Overdracht trekTerug(Medewerker ik, UUID id, long versie, @Nullable String reden) {
        Gids g = voorGids(ik, id, versie);
        String r = Overdrachtregels.toetsTerugtrekken(g.overdracht().status(), reden);
        opslag.update(g.overdracht().teruggetrokken(r, Instant.now(clock)), versie);
        g.inzage().log(Actie.WIJZIGEN, "overdracht", id);
        return opslag.overdracht(id).orElseThrow();
    }

    // --- the wijkteam's side

    /** The handovers waiting for the wijkteam's organisation, oldest first, keyset-paginated; the rows shown logged. */
    @Transactional
    public Inbox inbox(Medewerker ik, @Nullable UUID na, int aantal) {
        if (!ik.heeftRol(Rol.WIJKTEAM)) {
            throw new NietGevonden();
        }
        int n = Paginering.grootte(aantal);
        List<Overdracht> rijen = opslag.inbox(ik.organisatieId(), na, n + 1);
        List<Overdracht> pagina = Paginering.eerste(rijen, n);
        List<Inboxregel> regels = pagina.stream().map(o -> new Inboxregel(o.id(), o.samenvatting().huishouden(),
                o.status(), o.hulpvraag(), o.gedeeldOp() == null ? null : datum(o.gedeeldOp()), o.driegesprekOp(),
                o.samenvatting().uitvoerder())).toList();
        if (!regels.isEmpty()) {
            log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.IEDEREEN,
                    pagina.stream().flatMap(o -> o.samenvatting().personen().stream()
                        .map(p -> new Verwerkingslog.Lijstregel(o.huishoudenId(), "overdracht", o.id())))
                        .distinct().toList());
        }
        return new Inbox(regels, rijen.size() > n ? pagina.get(n - 1).id() : null);
    }

    public record Inbox(List<Inboxregel> regels, @Nullable UUID volgende) {
    }

    public record Inboxregel(UUID id, String huishouden, OverdrachtStatus status, boolean hulpvraag,
            @Nullable LocalDate gedeeldOp, @Nullable LocalDate driegesprekOp, String uitvoerder) {
    }

    /**
     * One handover as its receiver or its guide reads it (logged per person). The receiver sees it once shared
     * with their organisation, also after accepting it; anyone else gets 404.
     */
    @Transactional
    public Ontvangst open(Medewerker ik, UUID id) {
        Overdracht o = opslag.overdracht(id).orElseThrow(NietGevonden::new);
        if (isOntvanger(ik, o)) {
            logOntvanger(ik, o, Actie.LEZEN);
            List<Hulpvraag> vragen = o.status() == OverdrachtStatus.GEACCEPTEERD ? opslag.hulpvragen(id) : List.of();
            return new Ontvangst(o, true, o.status().wachtOpWijkteam(), o.status() == OverdrachtStatus.GEACCEPTEERD,
                    vragen, LocalDate.now(clock));
        }
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(o.huishoudenId()));
        if (!inzage.toegang().uitvoerderszijde() && !inzage.medewerker().heeftRol(Rol.REGIEVOERDER)) {
            throw new NietGevonden();
        }
        inzage.log(Actie.LEZEN, "overdracht", id);
        return new Ontvangst(o, false, false, false, opslag.hulpvragen(id), LocalDate.now(clock));
    }

    /** @param ontvanger read by the receiving wijkteam */
    public record Ontvangst(Overdracht overdracht, boolean ontvanger, boolean magAccepteren,
            boolean magHulpvraagVastleggen, List<Hulpvraag> hulpvragen, LocalDate vandaag) {
    }

    /**
     * The receiving wijkteam accepts: the handover is accepted and the trajectory closes as overgedragen with reason
     * WARME_OVERDRACHT (read-only from then on), in one transaction.
     */
    @Transactional
    public Overdracht accepteer(Medewerker ik, UUID id, long versie) {
        Overdracht o = opslag.overdracht(id).orElseThrow(NietGevonden::new);
        if (!isOntvanger(ik, o)) {
            throw new NietGevonden();
        }
        vereisVersie(o, versie);
        Overdrachtregels.toetsAccepteren(o.status(), o.hulpvraag(), o.driegesprekVereist());
        trajecten.sluitAfNaOverdracht(ik, new TrajectId(o.trajectId()), LocalDate.now(clock),
                "Warme overdracht geaccepteerd door " + o.ontvangerNaam());
        opslag.update(o.geaccepteerd(ik.id(), ik.naam(), Instant.now(clock)), versie);
        logOntvanger(ik, o, Actie.WIJZIGEN);
        return opslag.overdracht(id).orElseThrow();
    }

    /**
     * The receiving wijkteam refuses the handover, with a reason, wherever it could accept it (shared, or with a
     * driegesprek planned). Nothing closes: the trajectory stays open, the refused handover is final (kept as it was
     * shared, no longer in the inbox nor open to the wijkteam), and the guide who shared it gets a notification
     * that leads to the handover page, where the refusal and its reason are shown and a new handover can start.
     */
    @Transactional
    public Overdracht wijsAf(Medewerker ik, UUID id, long versie, @Nullable String reden) {
        Overdracht o = opslag.overdracht(id).orElseThrow(NietGevonden::new);
        if (!isOntvanger(ik, o)) {
            throw new NietGevonden();
        }
        vereisVersie(o, versie);
        String r = Overdrachtregels.toetsAfwijzen(o.status(), reden);
        opslag.update(o.afgewezen(ik.id(), ik.naam(), r, Instant.now(clock)), versie);
        logOntvanger(ik, o, Actie.WIJZIGEN);
        UUID gids = o.gedeeldDoor() != null ? o.gedeeldDoor() : o.aangemaaktDoor();
        notificaties.stuur(nl.wegwijs.notificatie.Ontvanger.medewerker(gids), new HuishoudenId(o.huishoudenId()),
                "afsluiting.notificatie.afgewezen", List.of(o.ontvangerNaam()),
                "/huishoudens/" + o.huishoudenId() + "/overdracht");
        return opslag.overdracht(id).orElseThrow();
    }

    /**
     * The wijkteam records a later hulpvraag of the household by kind, for the cohort comparison: only after
     * accepting, and only while a consent the handover rested on still holds.
     */
    @Transactional
    public Hulpvraag legHulpvraagVast(Medewerker ik, UUID id, @Nullable Hulpvraagsoort soort,
            @Nullable LocalDate op, @Nullable String toelichting) {
        Overdracht o = opslag.overdracht(id).orElseThrow(NietGevonden::new);
        if (!isOntvanger(ik, o)) {
            throw new NietGevonden();
        }
        if (o.status() != OverdrachtStatus.GEACCEPTEERD) {
            throw new DomeinFout("afsluiting.hulpvraag.eerst-accepteren");
        }
        if (soort == null) {
            throw new DomeinFout("afsluiting.hulpvraag.soort.leeg");
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (op == null) {
            throw new DomeinFout("afsluiting.hulpvraag.datum.leeg");
        }
        if (op.isAfter(vandaag)) {
            throw new DomeinFout("afsluiting.hulpvraag.datum.toekomst");
        }
        String t = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (t != null && t.length() > Blok.AANVULLING_MAX) {
            throw new DomeinFout("afsluiting.hulpvraag.toelichting.lang", Blok.AANVULLING_MAX);
        }
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(o.huishoudenId()));
        boolean geldig = toestemmingen.lijst(inzage).stream()
            .anyMatch(x -> o.toestemmingen().contains(x.id()) && x.geldig(vandaag));
        if (!geldig) {
            throw new DomeinFout("afsluiting.hulpvraag.geen-toestemming");
        }
        Hulpvraag h = new Hulpvraag(UUID.randomUUID(), id, o.huishoudenId(), soort, op, t, ik.id(), ik.naam(),
                Instant.now(clock));
        opslag.voegToe(h);
        inzage.log(Actie.AANMAKEN, "wijkteam_hulpvraag", h.id());
        return h;
    }

    /** The summary as PDF, for whoever may open it (logged as a read). */
    @Transactional
    public byte[] pdf(Medewerker ik, UUID id) {
        return druk.pdf(open(ik, id).overdracht());
    }

    // --- helpers

    /**
     * Whether this medewerker is the receiving wijkteam of a shared (or accepted) handover; not of one it refused or
     * that was withdrawn.
     */
    private static boolean isOntvanger(Medewerker ik, Overdracht o) {
        return ik.heeftRol(Rol.WIJKTEAM) && ik.organisatieId() != null
                && ik.organisatieId().equals(o.ontvangerOrganisatieId())
                && (o.status().wachtOpWijkteam() || o.status() == OverdrachtStatus.GEACCEPTEERD);
    }

    private void logOntvanger(Medewerker ik, Overdracht o, Actie actie) {
        log.leg(o.samenvatting().personen().stream()
            .map(p -> new Verwerking(ik.id(), ik.organisatieId(), actie, ik.rol().doel(), p, o.huishoudenId(),
                    "overdracht", o.id()))
            .toList());
    }

    private record Gids(Overdracht overdracht, Inzage inzage) {
    }

    private Gids voorGids(Medewerker ik, UUID id, long versie) {
        Overdracht o = opslag.overdracht(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(o.huishoudenId()));
        vereisOverdragen(inzage);
        vereisVersie(o, versie);
        return new Gids(o, inzage);
    }

    private static void vereisVersie(Overdracht o, long versie) {
        if (o.versie() != versie) {
            throw new nl.wegwijs.system.GelijktijdigGewijzigd();
        }
    }

    private static void vereisOverdragen(Inzage inzage) {
        if (inzage.toegang().status().isAfgesloten()) {
            throw new DomeinFout("traject.afgesloten");
        }
        if (!magOverdragen(inzage)) {
            throw new DomeinFout("afsluiting.overdracht.niet-toegestaan");
        }
    }

    /** The receivers: the gemeente's sociaal wijkteam, and wijkteams with Wegwijs accounts on its sociale kaart. */
    private List<Ontvanger> ontvangers(Medewerker ik, Inzage inzage) {
        UUID gemeente = inzage.toegang().gemeenteId();
        List<Ontvanger> lijst = new ArrayList<>();
        String naam = organisaties.gemeente(gemeente).map(g -> "Sociaal wijkteam " + g.naam())
            .orElse("Sociaal wijkteam");
        lijst.add(new Ontvanger(gemeente, naam));
        try {
            kaart.diensten(ik, gemeente).stream()
                .filter(x -> x.soort() == Dienstsoort.SOCIAAL_WIJKTEAM && x.organisatieId() != null
                        && !x.organisatieId().equals(gemeente))
                .forEach(x -> lijst.add(new Ontvanger(x.organisatieId(), x.naam())));
        }
        catch (RuntimeException geenKaart) {
            // the sociale kaart is not this reader's to read: the gemeente's wijkteam only
        }
        return lijst;
    }

    /** The consents that allow sharing with a receiver, and the categories every person consented to (or null). */
    record Toegestaan(@Nullable Set<Gegevenssoort> soorten, List<UUID> ids) {
    }

    private Toegestaan toegestaan(Inzage inzage, List<Toestemming> alle, UUID ontvanger) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Toestemming> geldig = alle.stream()
            .filter(t -> t.doel() == Doel.OVERDRACHT && t.ontvangerOrganisatieId().equals(ontvanger)
                    && (t.ontvangerRol() == null || t.ontvangerRol() == Rol.WIJKTEAM) && t.geldig(vandaag))
            .toList();
        List<Persoon> wie = inzage.huishouden().personen().stream().filter(p -> p.volwassen(vandaag)).toList();
        if (wie.isEmpty()) {
            wie = inzage.huishouden().personen();
        }
        Set<Gegevenssoort> samen = EnumSet.allOf(Gegevenssoort.class);
        for (Persoon p : wie) {
            Set<Gegevenssoort> van = EnumSet.noneOf(Gegevenssoort.class);
            geldig.stream().filter(t -> t.persoonId().equals(p.id())).forEach(t -> van.addAll(t.gegevens()));
            if (van.isEmpty()) {
                return new Toegestaan(null, List.of());
            }
            samen.retainAll(van);
        }
        return new Toegestaan(wie.isEmpty() ? null : samen, geldig.stream().map(Toestemming::id).toList());
    }

    private static LocalDate datum(Instant i) {
        return LocalDate.ofInstant(i, ZoneId.of("Europe/Amsterdam"));
    }
}
