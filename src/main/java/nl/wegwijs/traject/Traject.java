package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;

/**
 * A household's guidance trajectory under a contract gemeente × uitvoerder. It keeps its own rules: which status may
 * follow which, who is assigned in which role and when, how far it may be extended. Changes are package-private and
 * named for what happens; every change is kept as history.
 */
public class Traject implements AggregateRoot<Traject, TrajectId> {

    private final TrajectId id;
    private final HuishoudenId huishouden;
    private UUID contractId;
    private final UUID gemeenteId;
    private UUID uitvoerderId;
    private @Nullable UUID teamId;
    private TrajectStatus status;
    private final LocalDate aangemeldOp;
    private final UUID aangemeldDoor;
    private @Nullable LocalDate praktischeStart;
    private @Nullable String faseCode;
    private @Nullable LocalDate faseStart;
    private @Nullable LocalDate eindeDatum;
    private @Nullable EindeReden eindeReden;
    private @Nullable String eindeToelichting;
    private final List<Toewijzing> toewijzingen;
    private final List<Verlenging> verlengingen;
    private final long versie;
    private final List<Historie> nieuweHistorie = new ArrayList<>();

    Traject(TrajectId id, HuishoudenId huishouden, UUID contractId, UUID gemeenteId, UUID uitvoerderId,
            @Nullable UUID teamId, TrajectStatus status, LocalDate aangemeldOp, UUID aangemeldDoor,
            @Nullable LocalDate praktischeStart, @Nullable String faseCode, @Nullable LocalDate faseStart,
            @Nullable LocalDate eindeDatum, @Nullable EindeReden eindeReden, @Nullable String eindeToelichting,
            List<Toewijzing> toewijzingen, List<Verlenging> verlengingen, long versie) {
        this.id = id;
        this.huishouden = huishouden;
        this.contractId = contractId;
        this.gemeenteId = gemeenteId;
        this.uitvoerderId = uitvoerderId;
        this.teamId = teamId;
        this.status = status;
        this.aangemeldOp = aangemeldOp;
        this.aangemeldDoor = aangemeldDoor;
        this.praktischeStart = praktischeStart;
        this.faseCode = faseCode;
        this.faseStart = faseStart;
        this.eindeDatum = eindeDatum;
        this.eindeReden = eindeReden;
        this.eindeToelichting = eindeToelichting;
        this.toewijzingen = new ArrayList<>(toewijzingen);
        this.verlengingen = new ArrayList<>(verlengingen);
        this.versie = versie;
    }

    /** Aanmelding: a household is registered for guidance with an uitvoerder under a contract. */
    static Traject meldAan(HuishoudenId huishouden, UUID contractId, UUID gemeenteId, UUID uitvoerderId,
            LocalDate op, UUID door) {
        Traject t = new Traject(TrajectId.nieuw(), huishouden, contractId, gemeenteId, uitvoerderId, null,
                TrajectStatus.AANGEMELD, op, door, null, null, null, null, null, null, List.of(), List.of(), 0);
        t.nieuweHistorie.add(new Historie.Status(TrajectStatus.AANGEMELD, op, null, null));
        t.nieuweHistorie.add(new Historie.ContractWissel(contractId, op));
        return t;
    }

    // --- transitions

    /** The teamleider accepts the aanmelding for a team: the intake can start. */
    void accepteer(UUID team, LocalDate op) {
        naarStatus(TrajectStatus.INTAKE, op);
        this.teamId = team;
    }

    /** The teamleider places a running trajectory in (another) team, e.g. after a change of uitvoerder. */
    void kiesTeam(UUID team) {
        vereisOpen();
        if (status == TrajectStatus.AANGEMELD) {
            throw new DomeinFout("traject.team.eerst-accepteren");
        }
        this.teamId = team;
    }

    /** Guidance really begins (the practical start), in the first phase. */
    void start(LocalDate praktischeStart, String eersteFase) {
        naarStatus(TrajectStatus.ACTIEF, praktischeStart);
        this.praktischeStart = praktischeStart;
        naarFase(eersteFase, praktischeStart);
    }

    void naarFase(String code, LocalDate vanaf) {
        vereisOpen();
        if (status != TrajectStatus.ACTIEF && status != TrajectStatus.VERLENGD) {
            throw new DomeinFout("traject.fase.niet-actief");
        }
        if (code.equals(faseCode)) {
            return;
        }
        if (faseStart != null && vanaf.isBefore(faseStart)) {
            throw new DomeinFout("traject.fase.voor-vorige");
        }
        this.faseCode = code;
        this.faseStart = vanaf;
        nieuweHistorie.add(new Historie.Fase(code, vanaf));
    }

    /**
     * Assigns a medewerker. For the phase-1 worker and the begeleider this is a handoff: the current one in that role
     * ends the day before. Vrijwilligers can be several at once. Assigning the same person in the same role again
     * while their ended period still reaches the day before {@code vanaf} (e.g. ended today, assigned again today)
     * does not add a second, overlapping period: the end is undone and the one period continues.
     */
    Toewijzing wijsToe(UUID medewerker, ToewijzingRol rol, LocalDate vanaf) {
        vereisOpen();
        if (vanaf.isBefore(aangemeldOp)) {
            throw new DomeinFout("traject.toewijzing.voor-aanmelding");
        }
        for (Toewijzing t : toewijzingen) {
            if (t.medewerkerId().equals(medewerker) && t.rol() == rol && t.tot() != null
                    && !t.tot().isBefore(vanaf.minusDays(1)) && !t.vanaf().isAfter(vanaf)) {
                return herstel(t);
            }
        }
        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            if (t.tot() != null && t.tot().isBefore(vanaf)) {
                continue;
            }
            if (t.medewerkerId().equals(medewerker) && t.rol() == rol) {
                throw new DomeinFout("traject.toewijzing.al-toegewezen");
            }
            if (rol != ToewijzingRol.VRIJWILLIGER && t.rol() == rol && !t.vanaf().isBefore(vanaf)) {
                throw new DomeinFout("traject.toewijzing.overlap");
            }
        }
        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            if (rol != ToewijzingRol.VRIJWILLIGER && t.rol() == rol && (t.tot() == null || !t.tot().isBefore(vanaf))) {
                toewijzingen.set(i, t.beeindigd(vanaf.minusDays(1)));
            }
        }
        Toewijzing nieuw = new Toewijzing(UUID.randomUUID(), medewerker, rol, vanaf, null);
        toewijzingen.add(nieuw);
        return nieuw;
    }

    /**
     * Ends an assignment: {@code tot} is the last day the medewerker is assigned (ending "today" keeps today). An
     * end that was not meant can be undone with {@link #herstelToewijzing} while its last day is not before
     * yesterday.
     */
    void beeindigToewijzing(UUID toewijzing, LocalDate tot) {
        vereisOpen();
        Toewijzing t = toewijzing(toewijzing);
        if (t.tot() != null) {
            throw new DomeinFout("traject.toewijzing.al-beeindigd");
        }
        if (tot.isBefore(t.vanaf())) {
            throw new DomeinFout("traject.toewijzing.einde-voor-start");
        }
        toewijzingen.set(toewijzingen.indexOf(t), t.beeindigd(tot));
    }

    /**
     * The way back after ending an assignment: the end is undone and the assignment runs on, as long as its last day
     * is not before yesterday ({@code vandaag} − 1), no later period of the same person in that role exists and, for
     * the phase-1 worker and the begeleider, no one else took over the role after it.
     */
    Toewijzing herstelToewijzing(UUID toewijzing, LocalDate vandaag) {
        vereisOpen();
        Toewijzing t = toewijzing(toewijzing);
        if (t.tot() == null) {
            throw new DomeinFout("traject.toewijzing.niet-beeindigd");
        }
        if (t.tot().isBefore(vandaag.minusDays(1))) {
            throw new DomeinFout("traject.toewijzing.herstel-te-laat");
        }
        return herstel(t);
    }

    /** Whether {@link #herstelToewijzing} would be allowed today (for showing the button). */
    public boolean magHerstellen(Toewijzing t, LocalDate vandaag) {
        return !status.isAfgesloten() && t.tot() != null && !t.tot().isBefore(vandaag.minusDays(1))
                && toewijzingen.stream().noneMatch(ander -> botst(t, ander));
    }

    private Toewijzing herstel(Toewijzing t) {
        for (Toewijzing ander : toewijzingen) {
            if (botst(t, ander)) {
                throw new DomeinFout(ander.medewerkerId().equals(t.medewerkerId()) ? "traject.toewijzing.al-toegewezen"
                        : "traject.toewijzing.overlap");
            }
        }
        Toewijzing open = new Toewijzing(t.id(), t.medewerkerId(), t.rol(), t.vanaf(), null);
        toewijzingen.set(toewijzingen.indexOf(t), open);
        return open;
    }

    /** Whether another period would overlap {@code t} if {@code t} ran on without end. */
    private static boolean botst(Toewijzing t, Toewijzing ander) {
        if (ander.id().equals(t.id()) || ander.rol() != t.rol() || t.tot() == null) {
            return false;
        }
        boolean later = ander.tot() == null || ander.tot().isAfter(t.tot());
        return later && (ander.medewerkerId().equals(t.medewerkerId()) || t.rol() != ToewijzingRol.VRIJWILLIGER);
    }

    private Toewijzing toewijzing(UUID id) {
        return toewijzingen.stream().filter(t -> t.id().equals(id)).findFirst()
            .orElseThrow(nl.wegwijs.system.NietGevonden::new);
    }

    /** Extends guidance, within the contract's maximum. */
    Verlenging verleng(int maanden, LocalDate op, String beslotenDoor, String reden, int maxMaanden) {
        vereisOpen();
        if (status != TrajectStatus.ACTIEF && status != TrajectStatus.VERLENGD) {
            throw new DomeinFout("traject.verlenging.niet-actief");
        }
        if (maanden < 1) {
            throw new DomeinFout("traject.verlenging.maanden");
        }
        if (verlengdMaanden() + maanden > maxMaanden) {
            throw new DomeinFout("traject.verlenging.boven-maximum", maxMaanden);
        }
        Verlenging v = new Verlenging(UUID.randomUUID(), maanden, op, beslotenDoor, reden);
        verlengingen.add(v);
        if (status != TrajectStatus.VERLENGD) {
            naarStatus(TrajectStatus.VERLENGD, op);
        }
        return v;
    }

    /** Ends the trajectory (afgerond, overgedragen or beëindigd) and every running assignment with it. */
    void sluitAf(TrajectStatus eind, EindeReden reden, LocalDate op, @Nullable String toelichting) {
        if (!eind.isAfgesloten()) {
            throw new DomeinFout("traject.status.overgang", status, eind);
        }
        if (op.isBefore(aangemeldOp)) {
            throw new DomeinFout("traject.einde.voor-aanmelding");
        }
        naarStatus(eind, op, reden, toelichting);
        this.eindeDatum = op;
        this.eindeReden = reden;
        this.eindeToelichting = toelichting;
        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            if (t.tot() == null || t.tot().isAfter(op)) {
                toewijzingen.set(i, t.beeindigd(t.vanaf().isAfter(op) ? t.vanaf() : op));
            }
        }
    }

    /**
     * The gemeente changed uitvoerder: the trajectory continues under the new contract from {@code per}, keeping its
     * history; assignments of the old uitvoerder end the day before and the new uitvoerder assigns a team.
     */
    void wisselContract(UUID nieuwContract, UUID nieuweUitvoerder, LocalDate per) {
        vereisOpen();
        if (nieuwContract.equals(contractId)) {
            return;
        }
        boolean andereUitvoerder = !nieuweUitvoerder.equals(uitvoerderId);
        this.contractId = nieuwContract;
        this.uitvoerderId = nieuweUitvoerder;
        if (andereUitvoerder) {
            this.teamId = null;
            for (int i = 0; i < toewijzingen.size(); i++) {
                Toewijzing t = toewijzingen.get(i);
                if (t.tot() == null || !t.tot().isBefore(per)) {
                    toewijzingen.set(i, t.beeindigd(t.vanaf().isBefore(per) ? per.minusDays(1) : t.vanaf()));
                }
            }
        }
        nieuweHistorie.add(new Historie.ContractWissel(nieuwContract, per));
    }

    /**
     * The way back after closing: the teamleider reopens the trajectory within {@code binnenDagen} days after its end
     * date, with a reason. It returns to the active status it had before closing ({@code historie}: the statuses in
     * the order they were recorded), and the assignments the closing ended run on.
     */
    void heropen(LocalDate op, int binnenDagen, String reden, List<TrajectStatus> historie) {
        if (!status.isAfgesloten() || eindeDatum == null) {
            throw new DomeinFout("traject.heropenen.niet-afgesloten");
        }
        if (reden.isBlank()) {
            throw new DomeinFout("traject.heropenen.reden");
        }
        if (!magHeropenen(op, binnenDagen)) {
            throw new DomeinFout("traject.heropenen.te-laat", binnenDagen);
        }
        TrajectStatus vorige = vorigeStatus(historie);
        LocalDate einde = eindeDatum;
        this.status = vorige;
        this.eindeDatum = null;
        this.eindeReden = null;
        this.eindeToelichting = null;
        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            if (einde.equals(t.tot())) {
                toewijzingen.set(i, new Toewijzing(t.id(), t.medewerkerId(), t.rol(), t.vanaf(), null));
            }
        }
        nieuweHistorie.add(new Historie.Status(vorige, op, null, reden.strip()));
    }

    /** Whether the trajectory is closed and {@code op} is at most {@code binnenDagen} days after its end date. */
    public boolean magHeropenen(LocalDate op, int binnenDagen) {
        return status.isAfgesloten() && eindeDatum != null && !op.isAfter(eindeDatum.plusDays(binnenDagen));
    }

    /** The status before closing: the last recorded one that is not an end status. */
    private TrajectStatus vorigeStatus(List<TrajectStatus> historie) {
        for (int i = historie.size() - 1; i >= 0; i--) {
            if (!historie.get(i).isAfgesloten()) {
                return historie.get(i);
            }
        }
        if (!verlengingen.isEmpty()) {
            return TrajectStatus.VERLENGD;
        }
        return praktischeStart != null ? TrajectStatus.ACTIEF : teamId != null ? TrajectStatus.INTAKE
                : TrajectStatus.AANGEMELD;
    }

    private void naarStatus(TrajectStatus naar, LocalDate per) {
        naarStatus(naar, per, null, null);
    }

    private void naarStatus(TrajectStatus naar, LocalDate per, @Nullable EindeReden reden,
            @Nullable String toelichting) {
        if (!status.magNaar(naar)) {
            if (status.isAfgesloten()) {
                throw new TrajectAfgesloten();
            }
            throw new DomeinFout("traject.status.overgang", status, naar);
        }
        this.status = naar;
        nieuweHistorie.add(new Historie.Status(naar, per, reden, toelichting));
    }

    private void vereisOpen() {
        if (status.isAfgesloten()) {
            throw new TrajectAfgesloten();
        }
    }

    // --- reads

    @Override
    public TrajectId getId() {
        return id;
    }

    public TrajectId id() {
        return id;
    }

    public HuishoudenId huishouden() {
        return huishouden;
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID gemeenteId() {
        return gemeenteId;
    }

    public UUID uitvoerderId() {
        return uitvoerderId;
    }

    public @Nullable UUID teamId() {
        return teamId;
    }

    public TrajectStatus status() {
        return status;
    }

    public LocalDate aangemeldOp() {
        return aangemeldOp;
    }

    public UUID aangemeldDoor() {
        return aangemeldDoor;
    }

    public @Nullable LocalDate praktischeStart() {
        return praktischeStart;
    }

    public @Nullable String faseCode() {
        return faseCode;
    }

    public @Nullable LocalDate faseStart() {
        return faseStart;
    }

    public @Nullable LocalDate eindeDatum() {
        return eindeDatum;
    }

    public @Nullable EindeReden eindeReden() {
        return eindeReden;
    }

    public @Nullable String eindeToelichting() {
        return eindeToelichting;
    }

    public List<Toewijzing> toewijzingen() {
        return List.copyOf(toewijzingen);
    }

    public List<Toewijzing> actieveToewijzingen(LocalDate op) {
        return toewijzingen.stream().filter(t -> t.actiefOp(op)).toList();
    }

    public Optional<Toewijzing> actieve(ToewijzingRol rol, LocalDate op) {
        return toewijzingen.stream().filter(t -> t.rol() == rol && t.actiefOp(op)).findFirst();
    }

    public List<Verlenging> verlengingen() {
        return List.copyOf(verlengingen);
    }

    public int verlengdMaanden() {
        return verlengingen.stream().mapToInt(Verlenging::maanden).sum();
    }

    public long versie() {
        return versie;
    }

    List<Historie> nieuweHistorie() {
        return List.copyOf(nieuweHistorie);
    }

    /** History entries a change adds; the repository writes them once. */
    sealed interface Historie {
        /** A status from a day; closing names its reason, reopening its explanation. */
        record Status(TrajectStatus status, LocalDate per, @Nullable EindeReden reden, @Nullable String toelichting)
                implements Historie {
        }

        record Fase(String code, LocalDate vanaf) implements Historie {
        }

        record ContractWissel(UUID contractId, LocalDate vanaf) implements Historie {
        }
    }
}
