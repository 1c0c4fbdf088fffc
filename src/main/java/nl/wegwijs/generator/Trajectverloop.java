package nl.wegwijs.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.generator.Stelsel.Afspraak;
import nl.wegwijs.generator.Stelsel.GemeentePlan;
import nl.wegwijs.generator.Stelsel.TeamPlan;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Termijnregels;
import nl.wegwijs.traject.TijdlijnInvoer;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.traject.Verlenging;

/**
 * Plays one household's trajectory against today, by the same steps the traject module allows: aanmelding, intake
 * by a team, practical start in the first phase at the contract's start trigger, further phases after their
 * indicative weeks, assignments (a paid begeleider, a phase-1 worker who hands over, vrijwilligers who come and go),
 * an extension within the contract's maximum, and the end (planned duration, early, or a warm handover). A gemeente
 * that changed uitvoerder moves running trajectories to the new contract on the day of the change.
 * <p>
 * What has not happened by today is left open: so recent aanmeldingen are still AANGEMELD or in INTAKE, and those
 * past their planned end are mostly closed, some not yet (their end is overdue).
 */
final class Trajectverloop {

    /** One save of the trajectory: its day, who did it, the status it moved to (if any), and whether it is logged. */
    record Stap(LocalDate op, Medewerker door, @Nullable TrajectStatus status, boolean logt) {
    }

    record FasePeriode(String code, LocalDate vanaf, @Nullable LocalDate tot) {
    }

    record ContractPeriode(UUID contractId, LocalDate vanaf, @Nullable LocalDate tot) {
    }

    /** The result: the trajectory as stored, with its history. */
    static final class Verloop {
        final UUID id;
        final LocalDate aangemeldOp;
        final Medewerker aangemeldDoor;
        Afspraak afspraak;
        @Nullable Afspraak eerdere;
        @Nullable LocalDate wissel;
        @Nullable TeamPlan team;
        TrajectStatus status = TrajectStatus.AANGEMELD;
        @Nullable LocalDate praktischeStart;
        @Nullable String faseCode;
        @Nullable LocalDate faseStart;
        @Nullable LocalDate einde;
        @Nullable EindeReden eindeReden;
        @Nullable String eindeToelichting;
        final List<Toewijzing> toewijzingen = new ArrayList<>();
        final Map<UUID, Medewerker> wie = new HashMap<>();
        final List<Verlenging> verlengingen = new ArrayList<>();
        final List<FasePeriode> fasen = new ArrayList<>();
        final List<ContractPeriode> contracten = new ArrayList<>();
        final List<Stap> stappen = new ArrayList<>();

        Verloop(UUID id, LocalDate aangemeldOp, Medewerker aangemeldDoor, Afspraak afspraak) {
            this.id = id;
            this.aangemeldOp = aangemeldOp;
            this.aangemeldDoor = aangemeldDoor;
            this.afspraak = afspraak;
        }

        /** The contract (and so uitvoerder and team) on a day. */
        Afspraak afspraakOp(LocalDate dag) {
            return eerdere != null && wissel != null && dag.isBefore(wissel) ? eerdere : afspraak;
        }

        List<Toewijzing> actief(LocalDate dag) {
            return toewijzingen.stream().filter(t -> t.actiefOp(dag)).toList();
        }
    }

    /** When things happen, decided before the staff is chosen. */
    private record Plan(@Nullable LocalDate intake, @Nullable LocalDate start, List<FasePeriode> fasen,
            @Nullable LocalDate verlengd, int verlengMaanden, @Nullable LocalDate einde,
            @Nullable TrajectStatus eindStatus, @Nullable EindeReden reden) {

        static Plan tot(@Nullable LocalDate intake) {
            return new Plan(intake, null, List.of(), null, 0, null, null, null);
        }
    }

    private static final int LOTEN = 24;

    private final LocalDate vandaag;

    Trajectverloop(LocalDate vandaag) {
        this.vandaag = vandaag;
    }

    Verloop speel(GemeentePlan g, LocalDate aangemeld, TijdlijnInvoer invoer, Willekeur w) {
        Afspraak eerste = g.bij(aangemeld, w);
        Medewerker door = w.kans(0.7) ? w.kies(g.regievoerders) : w.kies(eerste.uitvoerder.teamleiders);
        Verloop v = new Verloop(w.uuid(), aangemeld, door, eerste);
        double[] r = new double[LOTEN];
        for (int i = 0; i < LOTEN; i++) {
            r[i] = w.fractie();
        }
        Plan plan = plan(eerste, aangemeld, invoer, r, null);
        Afspraak opvolger = eerste.opvolger;
        if (opvolger != null) {
            LocalDate per = opvolger.contract.ingang();
            if (!per.isAfter(vandaag) && aangemeld.isBefore(per) && (plan.einde() == null
                    || !plan.einde().isBefore(per))) {
                v.eerdere = eerste;
                v.afspraak = opvolger;
                v.wissel = per;
                plan = plan(opvolger, aangemeld, invoer, r, per);
            }
        }
        vul(v, plan, g, r, w);
        return v;
    }

    private Plan plan(Afspraak a, LocalDate aangemeld, TijdlijnInvoer invoer, double[] r,
            @Nullable LocalDate nietVoor) {
        ContractVoorwaarden vw = Termijnregels.kiesVoorwaarden(a.voorwaarden,
                Termijnregels.datum(invoer, a.contract.peildatum()), vandaag);
        LocalDate intake = aangemeld.plusDays((long) (r[0] * 22));
        if (intake.isAfter(vandaag)) {
            return Plan.tot(null);
        }
        if (r[1] < 0.015) {
            LocalDate stop = na(intake.plusDays(1 + (long) (r[2] * 28)), nietVoor, r[3]);
            if (!stop.isAfter(vandaag)) {
                return new Plan(intake, null, List.of(), null, 0, stop, TrajectStatus.BEEINDIGD,
                        r[3] < 0.7 ? EindeReden.AFGEZIEN : EindeReden.GEEN_RECHT);
            }
        }
        LocalDate trigger = Termijnregels.datum(invoer, vw.starttrigger());
        if (trigger == null) {
            return Plan.tot(intake);
        }
        LocalDate start = max(intake.plusDays(1 + (long) (r[4] * 14)),
                trigger.plusWeeks(vw.startNaWeken()).plusDays((long) (r[5] * 8)));
        if (start.isAfter(vandaag)) {
            return Plan.tot(intake);
        }
        Integer maanden = vw.begeleidingMaanden();
        LocalDate telVanaf = Termijnregels.datum(invoer, vw.telVanaf());
        LocalDate gepland = maanden == null || telVanaf == null ? null : telVanaf.plusMonths(maanden);

        LocalDate vroeg = null;
        if (r[6] < (maanden == null ? 0.35 : 0.10)) {
            long duur = gepland == null ? 3 * 365 : Math.max(30, ChronoUnit.DAYS.between(start, gepland));
            vroeg = na(start.plusDays(15 + (long) (r[7] * duur)), nietVoor, r[14]);
        }
        LocalDate verlengd = null;
        int extra = 0;
        if (gepland != null && vw.verlengingMaxMaanden() > 0 && r[8] < 0.18) {
            LocalDate besluit = gepland.minusDays(14 + (long) (r[9] * 43));
            if (besluit.isAfter(start) && !besluit.isAfter(vandaag) && (vroeg == null || vroeg.isAfter(besluit))) {
                extra = Math.min(vw.verlengingMaxMaanden(), r[10] < 0.2 ? 3 : r[10] < 0.85 ? 6 : 12);
                verlengd = besluit;
            }
        }
        LocalDate eindGepland = gepland == null ? null : telVanaf.plusMonths(maanden + extra);

        LocalDate einde = null;
        TrajectStatus eind = null;
        EindeReden reden = null;
        if (vroeg != null && (eindGepland == null || vroeg.isBefore(eindGepland)) && !vroeg.isAfter(vandaag)) {
            einde = vroeg;
            if (r[11] < (maanden == null ? 0.7 : 0.4)) {
                eind = TrajectStatus.AFGEROND;
                reden = EindeReden.DOELEN_BEREIKT;
            }
            else {
                eind = TrajectStatus.BEEINDIGD;
                reden = r[12] < 0.55 ? EindeReden.VERHUISD : r[12] < 0.85 ? EindeReden.AFGEZIEN
                        : r[12] < 0.97 ? EindeReden.ANDERS : EindeReden.OVERLEDEN;
            }
        }
        else if (eindGepland != null && r[13] < 0.93) {
            LocalDate sluit = eindGepland.plusDays((long) (r[14] * 43) - 21);
            if (verlengd != null && !sluit.isAfter(verlengd)) {
                sluit = verlengd.plusDays(1);
            }
            sluit = na(max(sluit, start.plusDays(1)), nietVoor, r[14]);
            if (!sluit.isAfter(vandaag)) {
                einde = sluit;
                if (r[15] < a.overdrachtKans) {
                    eind = TrajectStatus.OVERGEDRAGEN;
                    reden = EindeReden.WARME_OVERDRACHT;
                }
                else {
                    eind = TrajectStatus.AFGEROND;
                    reden = r[16] < 0.85 ? EindeReden.DUUR_VERSTREKEN : EindeReden.DOELEN_BEREIKT;
                }
            }
        }
        return new Plan(intake, start, fasen(vw, start, eindGepland, einde, r), verlengd, extra, einde, eind,
                reden);
    }

    /** The phases from the start: each next one after the indicative weeks of the one before, a closing phase
     * {@code afsluitingVoorloopWeken} before the planned end; none after today or after the end. */
    private List<FasePeriode> fasen(ContractVoorwaarden vw, LocalDate start, @Nullable LocalDate eindGepland,
            @Nullable LocalDate einde, double[] r) {
        List<FaseNorm> normen = vw.fasen();
        List<FasePeriode> fasen = new ArrayList<>();
        fasen.add(new FasePeriode(normen.get(0).code(), start, null));
        LocalDate vorige = start;
        for (int i = 1; i < normen.size(); i++) {
            Integer weken = normen.get(i - 1).indicatieWeken();
            LocalDate volgende;
            if (weken != null) {
                volgende = vorige.plusDays(Math.round(weken * 7 * (0.8 + 0.5 * r[17 + i])));
            }
            else if (i == normen.size() - 1 && normen.size() >= 3 && eindGepland != null) {
                volgende = eindGepland.minusWeeks(vw.afsluitingVoorloopWeken());
            }
            else {
                break;
            }
            if (!volgende.isAfter(vorige) || volgende.isAfter(vandaag) || einde != null && !volgende.isBefore(einde)) {
                break;
            }
            FasePeriode laatste = fasen.remove(fasen.size() - 1);
            fasen.add(new FasePeriode(laatste.code(), laatste.vanaf(), volgende.minusDays(1)));
            fasen.add(new FasePeriode(normen.get(i).code(), volgende, null));
            vorige = volgende;
        }
        return fasen;
    }

    // --- filling in who did what

    private void vul(Verloop v, Plan p, GemeentePlan g, double[] r, Willekeur w) {
        Afspraak eerste = v.afspraakOp(v.aangemeldOp);
        v.stappen.add(new Stap(v.aangemeldOp, v.aangemeldDoor, TrajectStatus.AANGEMELD, true));
        v.contracten.add(new ContractPeriode(eerste.contract.id(), v.aangemeldOp,
                v.wissel == null ? null : v.wissel.minusDays(1)));
        if (v.wissel != null) {
            v.contracten.add(new ContractPeriode(v.afspraak.contract.id(), v.wissel, null));
            // the beheerder's wisselContract saves the trajectory without logging a processing of personal data
            v.stappen.add(new Stap(v.wissel, v.aangemeldDoor, null, false));
        }
        LocalDate intake = p.intake();
        if (intake == null) {
            return;
        }
        v.status = TrajectStatus.INTAKE;
        v.team = v.afspraak.team;
        v.stappen.add(new Stap(intake, teamleider(v, intake, w), TrajectStatus.INTAKE, true));

        LocalDate grens = p.einde() != null ? p.einde() : vandaag;
        List<Gebeurtenis> plan = new ArrayList<>();
        boolean betaald = !v.afspraakOp(intake).uitvoerder.alleenVrijwilligers();
        LocalDate eersteBegeleider = min(intake.plusDays((long) (r[20] * 8)), grens);
        LocalDate fase2 = p.fasen().size() > 1 ? p.fasen().get(1).vanaf() : null;
        if (betaald) {
            // a phase-1 worker (regeldag specialist, start team) until phase 2, then the begeleider
            boolean overdracht = r[21] < v.afspraak.fase1Kans;
            if (overdracht) {
                plan.add(new Gebeurtenis(eersteBegeleider, Soort.FASE1_START, 0));
                if (fase2 != null) {
                    plan.add(new Gebeurtenis(fase2, Soort.FASE1_OVERDRACHT, 0));
                }
            }
            else {
                plan.add(new Gebeurtenis(eersteBegeleider, Soort.BEGELEIDER, 0));
            }
            long span = ChronoUnit.DAYS.between(fase2 != null ? fase2 : eersteBegeleider, grens);
            if ((!overdracht || fase2 != null) && w.kans(0.1) && span > 90) {
                plan.add(new Gebeurtenis((fase2 != null ? fase2 : eersteBegeleider).plusDays(w.tussen(30,
                        (int) span - 30)), Soort.BEGELEIDER, 0));
            }
        }
        LocalDate start = p.start();
        if (start != null && w.kans(0.8)) {
            LocalDate vanaf = start.plusDays(w.tussen(7, 56));
            if (!vanaf.isAfter(vandaag) && vanaf.isBefore(grens)) {
                plan.add(new Gebeurtenis(vanaf, Soort.VRIJWILLIGER_START, 1));
                if (w.kans(0.25)) {
                    LocalDate stop = vanaf.plusDays(w.tussen(30, 300));
                    if (stop.isBefore(grens) && !stop.isAfter(vandaag)) {
                        plan.add(new Gebeurtenis(stop, Soort.VRIJWILLIGER_STOP, 1));
                        LocalDate opvolger = stop.plusDays(w.tussen(1, 30));
                        if (w.kans(0.6) && opvolger.isBefore(grens) && !opvolger.isAfter(vandaag)) {
                            plan.add(new Gebeurtenis(opvolger, Soort.VRIJWILLIGER_START, 2));
                        }
                    }
                }
            }
        }
        if (v.wissel != null && v.wissel.isAfter(intake)) {
            plan.add(new Gebeurtenis(v.wissel, Soort.CONTRACTWISSEL, 0));
        }
        plan.sort(Comparator.comparing(Gebeurtenis::op).thenComparing(x -> x.soort() != Soort.CONTRACTWISSEL));
        Map<Integer, UUID> vrijwilligers = new HashMap<>();
        for (Gebeurtenis e : plan) {
            speel(v, e, vrijwilligers, w);
        }

        if (start != null) {
            v.status = TrajectStatus.ACTIEF;
            v.praktischeStart = start;
            v.stappen.add(new Stap(start, begeleiding(v, start, w), TrajectStatus.ACTIEF, true));
            for (int i = 0; i < p.fasen().size(); i++) {
                FasePeriode f = p.fasen().get(i);
                v.fasen.add(f);
                v.faseCode = f.code();
                v.faseStart = f.vanaf();
                if (i > 0) {
                    v.stappen.add(new Stap(f.vanaf(), begeleiding(v, f.vanaf(), w), null, true));
                }
            }
        }
        LocalDate verlengd = p.verlengd();
        if (verlengd != null) {
            Medewerker besluit = w.kans(0.6) ? w.kies(g.regievoerders) : teamleider(v, verlengd, w);
            v.verlengingen.add(new Verlenging(w.uuid(), p.verlengMaanden(), verlengd, besluit.naam(),
                    w.kies(Namen.VERLENGING_REDENEN)));
            v.status = TrajectStatus.VERLENGD;
            v.stappen.add(new Stap(verlengd, besluit, TrajectStatus.VERLENGD, true));
        }
        LocalDate einde = p.einde();
        if (einde != null) {
            TrajectStatus eind = java.util.Objects.requireNonNull(p.eindStatus());
            v.status = eind;
            v.einde = einde;
            v.eindeReden = p.reden();
            v.eindeToelichting = w.kans(0.3) ? toelichting(p.reden()) : null;
            for (int i = 0; i < v.toewijzingen.size(); i++) {
                Toewijzing t = v.toewijzingen.get(i);
                if (t.tot() == null || t.tot().isAfter(einde)) {
                    v.toewijzingen.set(i, met(t, t.vanaf().isAfter(einde) ? t.vanaf() : einde));
                }
            }
            Medewerker sluiter = w.kans(0.6) ? teamleider(v, einde, w) : w.kies(g.regievoerders);
            v.stappen.add(new Stap(einde, sluiter, eind, true));
        }
        v.stappen.sort(Comparator.comparing(Stap::op));
    }

    private enum Soort {
        FASE1_START, FASE1_OVERDRACHT, BEGELEIDER, VRIJWILLIGER_START, VRIJWILLIGER_STOP, CONTRACTWISSEL
    }

    /** A planned change of assignments, played in date order so handoffs end the right predecessor. */
    private record Gebeurtenis(LocalDate op, Soort soort, int sleutel) {
    }

    private void speel(Verloop v, Gebeurtenis e, Map<Integer, UUID> vrijwilligers, Willekeur w) {
        TeamPlan team = v.afspraakOp(e.op()).team;
        switch (e.soort()) {
            case FASE1_START -> wijsToe(v, kiesBegeleider(team, null, w), ToewijzingRol.FASE1, e.op(), w);
            case FASE1_OVERDRACHT -> {
                Toewijzing fase1 = open(v, ToewijzingRol.FASE1);
                if (fase1 != null && fase1.vanaf().isBefore(e.op())) {
                    beeindig(v, fase1, e.op().minusDays(1), w);
                }
                wijsToe(v, kiesBegeleider(team, fase1 == null ? null : fase1.medewerkerId(), w),
                        ToewijzingRol.BEGELEIDER, e.op(), w);
            }
            case BEGELEIDER -> {
                Toewijzing nu = open(v, ToewijzingRol.BEGELEIDER);
                if (nu == null || nu.vanaf().isBefore(e.op())) {
                    wijsToe(v, kiesBegeleider(team, nu == null ? null : nu.medewerkerId(), w),
                            ToewijzingRol.BEGELEIDER, e.op(), w);
                }
            }
            case VRIJWILLIGER_START -> {
                Toewijzing t = wijsToe(v, w.kies(team.vrijwilligers), ToewijzingRol.VRIJWILLIGER, e.op(), w);
                vrijwilligers.put(e.sleutel(), t.id());
            }
            case VRIJWILLIGER_STOP -> {
                UUID id = vrijwilligers.get(e.sleutel());
                v.toewijzingen.stream().filter(t -> t.id().equals(id) && t.tot() == null && !t.vanaf().isAfter(e.op()))
                    .findFirst().ifPresent(t -> beeindig(v, t, e.op(), w));
            }
            case CONTRACTWISSEL -> {
                // TrajectService.wisselContract: the old uitvoerder's assignments end the day before; the new
                // uitvoerder's teamleider assigns its own people from the day of the change
                List<Toewijzing> lopend = v.toewijzingen.stream().filter(t -> t.tot() == null).toList();
                for (Toewijzing t : lopend) {
                    v.toewijzingen.set(v.toewijzingen.indexOf(t), met(t, t.vanaf().isBefore(e.op())
                            ? e.op().minusDays(1) : t.vanaf()));
                }
                for (Toewijzing t : lopend) {
                    if (t.rol() == ToewijzingRol.VRIJWILLIGER) {
                        if (w.kans(0.7)) {
                            Toewijzing nieuw = wijsToe(v, w.kies(team.vrijwilligers), ToewijzingRol.VRIJWILLIGER,
                                    e.op(), w);
                            vrijwilligers.replaceAll((k, id) -> id.equals(t.id()) ? nieuw.id() : id);
                        }
                    }
                    else if (!team.uitvoerder.alleenVrijwilligers()) {
                        wijsToe(v, kiesBegeleider(team, null, w), t.rol(), e.op(), w);
                    }
                }
            }
        }
    }

    private Toewijzing wijsToe(Verloop v, Medewerker m, ToewijzingRol rol, LocalDate vanaf, Willekeur w) {
        if (rol != ToewijzingRol.VRIJWILLIGER) {
            Toewijzing vorige = open(v, rol);
            if (vorige != null) {
                v.toewijzingen.set(v.toewijzingen.indexOf(vorige), met(vorige, vanaf.minusDays(1)));
            }
        }
        Toewijzing t = new Toewijzing(w.uuid(), m.id(), rol, vanaf, null);
        v.toewijzingen.add(t);
        v.wie.put(m.id(), m);
        v.stappen.add(new Stap(vanaf, teamleider(v, vanaf, w), null, true));
        return t;
    }

    private void beeindig(Verloop v, Toewijzing t, LocalDate tot, Willekeur w) {
        v.toewijzingen.set(v.toewijzingen.indexOf(t), met(t, tot));
        v.stappen.add(new Stap(tot, teamleider(v, tot, w), null, true));
    }

    private static @Nullable Toewijzing open(Verloop v, ToewijzingRol rol) {
        return v.toewijzingen.stream().filter(t -> t.rol() == rol && t.tot() == null).findFirst().orElse(null);
    }

    private static Toewijzing met(Toewijzing t, LocalDate tot) {
        return new Toewijzing(t.id(), t.medewerkerId(), t.rol(), t.vanaf(), tot);
    }

    private static Medewerker kiesBegeleider(TeamPlan team, @Nullable UUID nietDeze, Willekeur w) {
        Medewerker m = w.kies(team.begeleiders);
        if (m.id().equals(nietDeze) && team.begeleiders.size() > 1) {
            m = team.begeleiders.get((team.begeleiders.indexOf(m) + 1) % team.begeleiders.size());
        }
        return m;
    }

    private static Medewerker teamleider(Verloop v, LocalDate dag, Willekeur w) {
        return w.kies(v.afspraakOp(dag).uitvoerder.teamleiders);
    }

    /** The begeleider or phase-1 worker on that day, else the teamleider. */
    private static Medewerker begeleiding(Verloop v, LocalDate dag, Willekeur w) {
        return v.actief(dag).stream().filter(t -> t.rol() != ToewijzingRol.VRIJWILLIGER).findFirst()
            .map(t -> v.wie.get(t.medewerkerId())).orElseGet(() -> teamleider(v, dag, w));
    }

    private static @Nullable String toelichting(@Nullable EindeReden reden) {
        if (reden == null) {
            return null;
        }
        return switch (reden) {
            case DOELEN_BEREIKT -> Namen.EINDE_TOELICHTINGEN.get(0);
            case VERHUISD -> Namen.EINDE_TOELICHTINGEN.get(1);
            case AFGEZIEN -> Namen.EINDE_TOELICHTINGEN.get(2);
            case WARME_OVERDRACHT -> Namen.EINDE_TOELICHTINGEN.get(3);
            case GEEN_RECHT -> Namen.EINDE_TOELICHTINGEN.get(4);
            default -> null;
        };
    }

    /** {@code datum}, or when it falls before {@code nietVoor} a day within a month after that. */
    private static LocalDate na(LocalDate datum, @Nullable LocalDate nietVoor, double lot) {
        return nietVoor == null || !datum.isBefore(nietVoor) ? datum : nietVoor.plusDays((long) (lot * 30));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
