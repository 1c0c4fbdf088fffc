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
        t.nieuweHistorie.add(new Historie.Status(TrajectStatus.AANGEMELD, op));
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
     * ends the day before. Vrijwilligers can be several at once.
     */
    Toewijzing wijsToe(UUID medewerker, ToewijzingRol rol, LocalDate vanaf) {
        vereisOpen();
        if (vanaf.isBefore(aangemeldOp)) {
            throw new DomeinFout("traject.toewijzing.voor-aanmelding");
        }
        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            if (t.tot() != null && t.tot().isBefore(vanaf)) {
                continue;
            }
            if (t.medewerkerId().equals(medewerker) && t.rol() == rol) {
                throw new DomeinFout("traject.toewijzing.al-toegewezen");
            }
            if (rol != ToewijzingRol.VRIJWILLIGER && t.rol() == rol) {
                if (!t.vanaf().isBefore(vanaf)) {
                    throw new DomeinFout("traject.toewijzing.overlap");
                }
                toewijzingen.set(i, t.beeindigd(vanaf.minusDays(1)));
            }
        }
        Toewijzing nieuw = new Toewijzing(UUID.randomUUID(), medewerker, rol, vanaf, null);
        toewijzingen.add(nieuw);
        return nieuw;
    }

    void beeindigToewijzing(UUID toewijzing, LocalDate tot) {
        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            if (t.id().equals(toewijzing)) {
                if (t.tot() != null) {
                    throw new DomeinFout("traject.toewijzing.al-beeindigd");
                }
                if (tot.isBefore(t.vanaf())) {
                    throw new DomeinFout("traject.toewijzing.einde-voor-start");
                }
                toewijzingen.set(i, t.beeindigd(tot));
                return;
            }
        }
        throw new nl.wegwijs.system.NietGevonden();
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
        naarStatus(eind, op);
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

    private void naarStatus(TrajectStatus naar, LocalDate per) {
        if (!status.magNaar(naar)) {
            if (status.isAfgesloten()) {
                throw new TrajectAfgesloten();
            }
            throw new DomeinFout("traject.status.overgang", status, naar);
        }
        this.status = naar;
        nieuweHistorie.add(new Historie.Status(naar, per));
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
        record Status(TrajectStatus status, LocalDate per) implements Historie {
        }

        record Fase(String code, LocalDate vanaf) implements Historie {
        }

        record ContractWissel(UUID contractId, LocalDate vanaf) implements Historie {
        }
    }
}
