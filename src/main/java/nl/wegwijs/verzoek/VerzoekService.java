package nl.wegwijs.verzoek;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.notificatie.Ontvanger;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point of the verzoek module: requests to the gemeente to extend guidance or add a product.
 * <ul>
 * <li>Every read and write starts from the acting medewerker's {@link Inzage} of the household (404 when not
 * visible); a request is progress of the guidance ({@link Gegevenssoort#VOORTGANG}), its reason included: the
 * teamleider writes it for the gemeente, with the client's agreement (403 without that category).</li>
 * <li>Submitting: the teamleider of the household's uitvoerder, on a trajectory that is not closed, with the client's
 * agreement recorded. Deciding: the regievoerder of the household's gemeente; an approved extension goes through
 * {@link TrajectService#verleng} in the same transaction (the contract's maximum applies: when it refuses, nothing
 * changes). Withdrawing: the requester.</li>
 * <li>A new request notifies the gemeente's regievoerders, a decision the requester; a decision publishes
 * {@link VerzoekBesloten}. Every read and write is logged through the Inzage, lists with
 * {@link Verwerkingslog#legLijst}.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class VerzoekService {

    /** Requests per page of a list across households. */
    public static final int PAGINA = 25;

    /** At most this many of one household's requests are shown (a household has a few). */
    static final int PER_HUISHOUDEN = 50;

    private final Verzoeken verzoeken;
    private final TrajectService trajecten;
    private final Zichtbaarheid zichtbaarheid;
    private final Notificaties notificaties;
    private final Verwerkingslog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VerzoekService(Verzoeken verzoeken, TrajectService trajecten, Zichtbaarheid zichtbaarheid,
            Notificaties notificaties, Verwerkingslog log, ApplicationEventPublisher events, Clock clock) {
        this.verzoeken = verzoeken;
        this.trajecten = trajecten;
        this.zichtbaarheid = zichtbaarheid;
        this.notificaties = notificaties;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    // --- the rules

    /** May submit a request for this household: the teamleider of its uitvoerder, while guidance runs. */
    public static boolean magIndienen(Medewerker ik, Toegang toegang) {
        return ik.heeftRol(Rol.TEAMLEIDER) && toegang.uitvoerderId().equals(ik.organisatieId())
                && !toegang.status().isAfgesloten();
    }

    /** May decide on requests for this household: the regievoerder of its gemeente. */
    public static boolean magBesluiten(Medewerker ik, Toegang toegang) {
        return ik.heeftRol(Rol.REGIEVOERDER) && toegang.gemeenteId().equals(ik.organisatieId());
    }

    // --- reads

    /**
     * A household's requests, newest first: 404 when the household is not visible; none (and
     * {@link VerzoekenVanHuishouden#magZien()} false) without {@link Gegevenssoort#VOORTGANG}. Logged when any is shown.
     */
    @Transactional
    public VerzoekenVanHuishouden vanHuishouden(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        boolean zien = inzage.magZien(Gegevenssoort.VOORTGANG);
        List<Verzoek> lijst = zien ? verzoeken.vanHuishouden(id, PER_HUISHOUDEN) : List.of();
        if (!lijst.isEmpty()) {
            inzage.log(Actie.LEZEN, "verzoeken", id.value());
        }
        return new VerzoekenVanHuishouden(inzage, lijst);
    }

    /**
     * One request with its household and, for the decision, the trajectory's planned end and how much of the
     * contract's extension is left: 404 when the household is not visible, 403 without progress; logged.
     */
    @Transactional
    public Optional<VerzoekInzage> find(Medewerker ik, VerzoekId id) {
        return verzoeken.findById(id).map(v -> {
            Inzage inzage = trajecten.inzage(ik, v.huishouden());
            inzage.vereis(Gegevenssoort.VOORTGANG);
            Dossier d = trajecten.dossier(inzage);
            inzage.log(Actie.LEZEN, "verzoek", v.id().value());
            return new VerzoekInzage(v, inzage, geplandEinde(d), d.traject().verlengdMaanden(),
                    d.voorwaarden().verlengingMaxMaanden(), d.voorwaarden().heeftFormeelEinde());
        });
    }

    /**
     * A page of requests across households: for a regievoerder the open requests of their gemeente, oldest first;
     * for a teamleider the requests they submitted, newest first; both only of households they may see now (in the
     * SQL). Other roles: 404. The rows show the household's name: one log row per hoofdpersoon shown.
     */
    @Transactional
    public Lijst lijst(Medewerker ik, @Nullable VerzoekId na, int aantal) {
        return lijst(ik, Selectie.ALLES, na, aantal);
    }

    /**
     * Which requests a list asks for, on top of what the medewerker may see (it only narrows): any of these kinds and
     * statuses, submitted from {@code vanaf} (inclusive) until {@code tot} (exclusive), dates in Dutch time.
     */
    public record Selectie(List<VerzoekSoort> soort, List<VerzoekStatus> status, @Nullable LocalDate vanaf,
            @Nullable LocalDate tot) {

        public static final Selectie ALLES = new Selectie(List.of(), List.of(), null, null);

        public Selectie {
            soort = soort == null ? List.of() : List.copyOf(soort);
            status = status == null ? List.of() : List.copyOf(status);
        }

        Zichtbaarheid.Filter filter() {
            List<String> waar = new java.util.ArrayList<>();
            java.util.Map<String, Object> p = new java.util.HashMap<>();
            if (!soort.isEmpty()) {
                waar.add("v.soort = any(:fSoort)");
                p.put("fSoort", soort.stream().map(Enum::name).toArray(String[]::new));
            }
            if (!status.isEmpty()) {
                waar.add("v.status = any(:fStatus)");
                p.put("fStatus", status.stream().map(Enum::name).toArray(String[]::new));
            }
            if (vanaf != null) {
                waar.add("v.ingediend_op >= (cast(:fVanaf as date) at time zone 'Europe/Amsterdam')");
                p.put("fVanaf", vanaf);
            }
            if (tot != null) {
                waar.add("v.ingediend_op < (cast(:fTot as date) at time zone 'Europe/Amsterdam')");
                p.put("fTot", tot);
            }
            return new Zichtbaarheid.Filter(waar.isEmpty() ? "true" : String.join(" and ", waar), p);
        }
    }

    /** A page of requests that match the selection, as {@link #lijst(Medewerker, VerzoekId, int)}. */
    @Transactional
    public Lijst lijst(Medewerker ik, Selectie selectie, @Nullable VerzoekId na, int aantal) {
        int n = Paginering.grootte(aantal);
        Zichtbaarheid.Filter filter = zichtbaarheid.filter(ik, "v.huishouden_id").en(selectie.filter());
        List<VerzoekRegel> regels;
        if (ik.heeftRol(Rol.REGIEVOERDER)) {
            regels = verzoeken.openVanGemeente(ik.organisatieId(), filter, na, n + 1);
        }
        else if (ik.heeftRol(Rol.TEAMLEIDER)) {
            regels = verzoeken.vanIndiener(ik.id(), filter, na, n + 1);
        }
        else {
            throw new NietGevonden();
        }
        boolean meer = regels.size() > n;
        List<VerzoekRegel> pagina = Paginering.eerste(regels, n);
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.HOOFDPERSOON,
                pagina.stream().map(r -> new Verwerkingslog.Lijstregel(r.verzoek().huishouden().value(), "verzoek",
                        r.verzoek().id().value())).toList());
        return new Lijst(pagina, meer ? pagina.get(n - 1).verzoek().id() : null,
                ik.heeftRol(Rol.REGIEVOERDER));
    }

    // --- writes

    /** The teamleider submits a request with the client's agreement; the gemeente's regievoerders are notified. */
    @Transactional
    public Verzoek dienIn(Medewerker ik, HuishoudenId huishouden, NieuwVerzoek nieuw) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        inzage.vereis(Gegevenssoort.VOORTGANG);
        Toegang toegang = inzage.toegang();
        if (!magIndienen(ik, toegang)) {
            throw new DomeinFout(toegang.status().isAfgesloten() ? "verzoek.traject-afgesloten"
                    : "verzoek.niet-toegestaan");
        }
        Verzoek v = Verzoek.dienIn(huishouden, toegang.traject(), toegang.gemeenteId(), nieuw, ik.id(), ik.naam(),
                Instant.now(clock), LocalDate.now(clock));
        verzoeken.insert(v);
        inzage.log(Actie.AANMAKEN, "verzoek", v.id().value());
        notificaties.stuur(Ontvanger.rol(toegang.gemeenteId(), Rol.REGIEVOERDER), huishouden,
                notificatie(v, "nieuw"), List.of(wat(v)), link(v));
        return verzoeken.findById(v.id()).orElseThrow();
    }

    /**
     * The gemeente's regievoerder decides. Approving an extension extends the trajectory through
     * {@link TrajectService#verleng} first: when the trajectory's rules refuse (the contract's maximum, a closed
     * trajectory), the approval is refused with that message and nothing changes. A request decided or withdrawn
     * already: {@link AlBesloten}; a stale version: {@link GelijktijdigGewijzigd}.
     */
    @Transactional
    public Verzoek besluit(Medewerker ik, VerzoekId id, long versie, Uitkomst uitkomst,
            @Nullable String toelichting) {
        Verzoek v = verzoeken.findById(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, v.huishouden());
        inzage.vereis(Gegevenssoort.VOORTGANG);
        if (!magBesluiten(ik, inzage.toegang())) {
            throw new DomeinFout("verzoek.niet-toegestaan");
        }
        if (!v.status().isOpen()) {
            throw new AlBesloten();
        }
        if (v.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        v.besluit(uitkomst, toelichting, ik.id(), ik.naam(), Instant.now(clock));
        if (uitkomst == Uitkomst.GOEDGEKEURD && v.soort() == VerzoekSoort.VERLENGING) {
            Dossier d = trajecten.dossier(inzage);
            trajecten.verleng(ik, v.traject(), d.traject().versie(), java.util.Objects.requireNonNull(v.maanden()),
                    v.reden());
        }
        verzoeken.update(v);
        inzage.log(Actie.WIJZIGEN, "verzoek", v.id().value());
        notificaties.stuur(Ontvanger.medewerker(v.ingediendDoor()), v.huishouden(),
                notificatie(v, uitkomst == Uitkomst.GOEDGEKEURD ? "goedgekeurd" : "afgewezen"), List.of(wat(v)),
                link(v));
        events.publishEvent(new VerzoekBesloten(v.id(), v.traject(), v.huishouden(), v.soort(), uitkomst));
        return verzoeken.findById(id).orElseThrow();
    }

    /** The requester withdraws an open request. */
    @Transactional
    public Verzoek trekIn(Medewerker ik, VerzoekId id, long versie) {
        Verzoek v = verzoeken.findById(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, v.huishouden());
        inzage.vereis(Gegevenssoort.VOORTGANG);
        if (!v.status().isOpen()) {
            throw new AlBesloten();
        }
        if (v.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        v.trekIn(ik.id(), ik.naam(), Instant.now(clock));
        verzoeken.update(v);
        inzage.log(Actie.WIJZIGEN, "verzoek", v.id().value());
        return verzoeken.findById(id).orElseThrow();
    }

    // --- helpers

    private static String link(Verzoek v) {
        return "/verzoeken/" + v.id();
    }

    /** The message key of a notification: {@code verzoek.notificatie.<verlenging|product>.<wat>}. */
    private static String notificatie(Verzoek v, String wat) {
        return "verzoek.notificatie." + (v.soort() == VerzoekSoort.VERLENGING ? "verlenging." : "product.") + wat;
    }

    /** What was asked, for a notification: the months, or the product's name (never a person's). */
    private static String wat(Verzoek v) {
        if (v.soort() == VerzoekSoort.VERLENGING) {
            return String.valueOf(v.maanden());
        }
        if (v.productNaam() != null) {
            return v.productNaam();
        }
        return switch (java.util.Objects.requireNonNull(v.product())) {
            case EUROWIJZER -> "Eurowijzer";
            case MINDFIT -> "Mindfit";
            case OUDERSCHAPSONDERSTEUNING -> "Ouderschapsondersteuning";
            case ANDERS -> "?";
        };
    }

    private static @Nullable LocalDate geplandEinde(Dossier d) {
        return d.huishoudenTermijnen().stream().filter(t -> t.soort() == TermijnSoort.EINDE_BEGELEIDING)
            .map(Termijn::uiterlijk).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    // --- results

    /** A household's requests with what the reader may do. */
    public record VerzoekenVanHuishouden(Inzage inzage, List<Verzoek> verzoeken) {

        public Huishouden huishouden() {
            return inzage.huishouden();
        }

        public boolean magZien() {
            return inzage.magZien(Gegevenssoort.VOORTGANG);
        }

        public boolean magIndienen() {
            return magZien() && VerzoekService.magIndienen(inzage.medewerker(), inzage.toegang());
        }
    }

    /**
     * One request with its household, and for the decision: the trajectory's planned end (null when none), the
     * months extended so far and the contract's maximum.
     */
    public record VerzoekInzage(Verzoek verzoek, Inzage inzage, @Nullable LocalDate geplandEinde,
            int verlengdMaanden, int verlengingMaxMaanden, boolean formeelEinde) {

        public Huishouden huishouden() {
            return inzage.huishouden();
        }

        public boolean magBesluiten() {
            return verzoek.status().isOpen() && VerzoekService.magBesluiten(inzage.medewerker(), inzage.toegang());
        }

        public boolean magIntrekken() {
            return verzoek.status().isOpen() && verzoek.ingediendDoor().equals(inzage.medewerker().id());
        }

        /** The planned end should this extension be approved (null when there is none to move). */
        public @Nullable LocalDate geplandEindeNa() {
            Integer m = verzoek.maanden();
            return geplandEinde == null || m == null ? null : geplandEinde.plusMonths(m);
        }

        /** Whether approving the months asked would go beyond the contract's maximum. */
        public boolean bovenMaximum() {
            Integer m = verzoek.maanden();
            return m != null && verlengdMaanden + m > verlengingMaxMaanden;
        }
    }

    /**
     * A page of a list across households.
     *
     * @param volgende the {@code na} of the next page, or null on the last page
     * @param open whether these are the gemeente's open requests (the regievoerder's list), or the reader's own
     */
    public record Lijst(List<VerzoekRegel> regels, @Nullable VerzoekId volgende, boolean open) {
    }
}
