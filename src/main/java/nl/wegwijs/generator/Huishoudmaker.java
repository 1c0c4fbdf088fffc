package nl.wegwijs.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.checklist.SjabloonItem;
import nl.wegwijs.generator.Gezinnen.Gezin;
import nl.wegwijs.generator.Stelsel.GemeentePlan;
import nl.wegwijs.generator.Trajectverloop.ContractPeriode;
import nl.wegwijs.generator.Trajectverloop.FasePeriode;
import nl.wegwijs.generator.Trajectverloop.Stap;
import nl.wegwijs.generator.Trajectverloop.Verloop;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.InburgeringAfronding;
import nl.wegwijs.traject.PersoonFeiten;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.Termijnregels;
import nl.wegwijs.traject.TijdlijnInvoer;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.traject.Verlenging;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Makes one household with its trajectory and writes every row that belongs to it: the household and its persons,
 * the trajectory with its contract, phase and status history, assignments and extensions, its daily guidance
 * (contacts, checklist, letters, signals), its worklist row, and the processing log of everything done to the
 * trajectory (each save and each read, one row per person).
 * <p>
 * The worklist row is computed as {@code WerklijstBijwerker} does, with the real deadline rules
 * ({@link Termijnregels#bereken} and {@link Termijnregels#eerstvolgende}) on the same input as
 * {@code TrajectService} builds, and with the stand of contacts, checklist, letters and signals as their services
 * publish it, so the worklist is right for generated data.
 */
final class Huishoudmaker {

    /** As the property {@code wegwijs.termijn.binnenkort-dagen}; it changes no stored value. */
    private static final int BINNENKORT_DAGEN = 14;

    /** PostgreSQL orders uuids by their bytes, unsigned; the worklist lists assignments in (vanaf, id) order. */
    static final Comparator<UUID> UUID_VOLGORDE = (a, b) -> {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final Tabellen t;
    private final LocalDate vandaag;
    private final Instant nu;
    private final ZoneId zone;
    private final double leesPerWeek;
    private final Gezinnen gezinnen;
    private final Trajectverloop trajecten;
    private final Contactmaker contacten;
    private final Checklistmaker checklists;
    private final Postmaker brieven;
    private final Signaalmaker signalen;

    /** @param sjabloon the checklist template of every generated contract (the database's default one) */
    Huishoudmaker(Tabellen t, LocalDate vandaag, Instant nu, ZoneId zone, double leesPerWeek, Gezinnen gezinnen,
            List<SjabloonItem> sjabloon) {
        this.t = t;
        this.vandaag = vandaag;
        this.nu = nu;
        this.zone = zone;
        this.leesPerWeek = leesPerWeek;
        this.gezinnen = gezinnen;
        this.trajecten = new Trajectverloop(vandaag);
        this.contacten = new Contactmaker(t, vandaag, zone);
        Begeleidingsdagen dagen = new Begeleidingsdagen(vandaag, nu, zone);
        this.checklists = new Checklistmaker(t, sjabloon, dagen);
        this.brieven = new Postmaker(t, dagen);
        this.signalen = new Signaalmaker(t, dagen);
    }

    void maak(GemeentePlan g, Willekeur w) {
        LocalDate aangemeld = Stelsel.aanmelddag(w, vandaag);
        LocalDate koppeling = aangemeld.minusDays(w.tussen(0, 14));
        LocalDate toegewezen = koppeling.plusDays(w.tussen(14, 90));
        LocalDate regeldag = toegewezen.plusDays(w.tussen(7, 28));
        LocalDate verhuisd = regeldag.plusDays(w.tussen(7, 21));
        LocalDate vergunning = koppeling.minusDays(w.tussen(7, 60));
        LocalDate huisvesting = bekend(toegewezen);
        LocalDate brp = bekend(regeldag);
        LocalDate verhuizing = bekend(verhuisd);

        Gezin gezin = gezinnen.maak(w, aangemeld, brp, vergunning, vandaag);
        List<Persoon> personen = gezin.personen();
        UUID huishouden = w.uuid();
        Verloop v = trajecten.speel(g, aangemeld, invoer(koppeling, huisvesting, verhuizing, personen, List.of(),
                null, null, null, java.util.Map.of()), w);
        // the PIP dates and ended inburgering draw from a stream of their own (issue 17)
        java.util.Map<UUID, PersoonFeiten> feiten = feiten(personen, v.aangemeldDoor.id(), w.splits());

        List<Instant> momenten = momenten(v.stappen, w);
        int nareizigers = (int) personen.stream().filter(Persoon::nareiziger).count();
        schrijfHuishouden(g, huishouden, w, personen, koppeling, huisvesting, huisvesting == null ? null : regeldag,
                verhuizing, momenten.get(0), nareizigers);
        schrijfTraject(v, huishouden, g, momenten);
        schrijfFeiten(v, feiten);
        TijdlijnInvoer invoer = invoer(koppeling, huisvesting, verhuizing, personen,
                v.verlengingen.stream().map(Verlenging::maanden).toList(), v.faseCode, v.faseStart,
                v.status.isAfgesloten() ? v.einde : null, feiten);
        List<Termijn> termijnen = Termijnregels.bereken(invoer, g.regimes, v.afspraak.voorwaarden,
                v.afspraak.contract.peildatum(), vandaag, BINNENKORT_DAGEN);
        Contactmaker.Stand contact = contacten.maak(v, huishouden, personen, w);
        // checklist, letters and signals each draw from a stream of their own: a change in one leaves the others
        HuishoudenDatums datums = new HuishoudenDatums(koppeling, huisvesting, huisvesting == null ? null : regeldag,
                verhuizing);
        Checklistmaker.Stand checklist = checklists.maak(v, huishouden, personen, datums, termijnen, w.splits());
        Postmaker.Stand post = brieven.maak(v, huishouden, personen, brp,
                v.praktischeStart != null ? v.praktischeStart : v.aangemeldOp, w.splits());
        Signaalmaker.Stand signaal = signalen.maak(v, huishouden, naam(personen), personen, g, w.splits());
        schrijfWerklijstRegel(v, huishouden, g, personen, invoer, termijnen, contact, checklist, post, signaal);
        schrijfRegie(v, huishouden, g, personen, invoer, termijnen, signaal);
        logboek(v, huishouden, g, personen, momenten, brp, w);
    }

    private @Nullable LocalDate bekend(LocalDate datum) {
        return datum.isAfter(vandaag) ? null : datum;
    }

    /**
     * Issue 17: what the gemeente recorded of each inburgeringsplichtige person's legal timeline, at realistic rates.
     * The PIP is set 5 to 12 weeks after BRP registration (due after 10), unless that is still to come; one in twelve
     * whose PIP fell due in the last half year still waits for it, one in fifty of the older ones. Of those past the
     * 3-year inburgeringstermijn 85% ended it (80% afgerond, 12% ontheffing, 8% vrijstelling) 20 to 36 months after
     * registration; a quarter of those between 18 and 36 months already did.
     */
    private java.util.Map<UUID, PersoonFeiten> feiten(List<Persoon> personen, UUID door, Willekeur w) {
        java.util.Map<UUID, PersoonFeiten> feiten = new java.util.HashMap<>();
        for (Persoon p : personen) {
            LocalDate brp = p.brpDatum();
            if (brp == null || !p.inburgeringsplichtig(brp)) {
                continue;
            }
            LocalDate pip = brp.plusWeeks(w.tussen(5, 12));
            boolean recent = brp.plusWeeks(10).isAfter(vandaag.minusMonths(6));
            if (pip.isAfter(vandaag) || w.kans(recent ? 1 / 12.0 : 1 / 50.0)) {
                pip = null;
            }
            LocalDate inburgering = null;
            InburgeringAfronding hoe = null;
            long maanden = ChronoUnit.MONTHS.between(brp, vandaag);
            if (maanden >= 36 && w.kans(0.85)) {
                inburgering = brp.plusMonths(w.tussen(20, 36));
            }
            else if (maanden >= 18 && maanden < 36 && w.kans(0.25)) {
                inburgering = brp.plusMonths(w.tussen(18, (int) maanden));
            }
            if (inburgering != null && inburgering.isAfter(vandaag)) {
                inburgering = null;
            }
            if (inburgering != null) {
                int soort = w.gewogen(new double[] { 0.80, 0.12, 0.08 });
                hoe = InburgeringAfronding.values()[soort];
            }
            if (pip != null || inburgering != null) {
                feiten.put(p.id(), new PersoonFeiten(p.id(), pip, pip == null ? null : door, inburgering, hoe,
                        inburgering == null ? null : door, 0));
            }
        }
        return feiten;
    }

    private void schrijfFeiten(Verloop v, java.util.Map<UUID, PersoonFeiten> feiten) {
        for (PersoonFeiten f : feiten.values().stream()
                .sorted(Comparator.comparing(PersoonFeiten::persoonId, UUID_VOLGORDE)).toList()) {
            t.trajectPersoonFeit.uuid(v.id).uuid(f.persoonId()).datum(f.pipVastgesteldOp())
                .uuid(f.pipVastgelegdDoor()).datum(f.inburgeringAfgerondOp())
                .tekst(f.inburgeringAfronding() == null ? null : f.inburgeringAfronding().name())
                .uuid(f.inburgeringVastgelegdDoor()).tijd(nu).einde();
        }
    }

    /** The input of the deadline rules, as {@code TrajectService} builds it from the stored household. */
    private TijdlijnInvoer invoer(LocalDate koppeling, @Nullable LocalDate huisvesting,
            @Nullable LocalDate verhuizing, List<Persoon> personen, List<Integer> verlengingen,
            @Nullable String faseCode, @Nullable LocalDate faseStart, @Nullable LocalDate afgerondOp,
            java.util.Map<UUID, PersoonFeiten> feiten) {
        List<TijdlijnInvoer.PersoonInvoer> invoer = personen.stream()
            .map(p -> {
                PersoonFeiten f = feiten.getOrDefault(p.id(), PersoonFeiten.leeg(p.id()));
                return new TijdlijnInvoer.PersoonInvoer(p.id(), p.nareiziger(),
                        p.inburgeringsplichtig(p.brpDatum() != null ? p.brpDatum() : vandaag), p.brpDatum(),
                        f.pipVastgesteldOp(), f.inburgeringAfgerondOp());
            })
            .toList();
        return new TijdlijnInvoer(koppeling, huisvesting, verhuizing, invoer, verlengingen, faseCode, faseStart,
                afgerondOp);
    }

    // --- rows

    private void schrijfHuishouden(GemeentePlan g, UUID id, Willekeur w, List<Persoon> personen, LocalDate koppeling,
            @Nullable LocalDate huisvesting, @Nullable LocalDate regeldag, @Nullable LocalDate verhuizing,
            Instant aangemaakt, int nareizigers) {
        boolean adres = huisvesting != null;
        t.huishouden.uuid(id).uuid(g.gemeente.id());
        if (adres) {
            int cijfers = Math.min(9999, g.postcode + w.tussen(0, 9));
            t.huishouden.tekst(w.kies(Namen.STRATEN)).tekst(String.valueOf(w.tussen(1, 240)))
                .tekst(cijfers + " " + (char) ('A' + w.tussen(0, 25)) + (char) ('A' + w.tussen(0, 25)))
                .tekst(g.gemeente.naam());
        }
        else {
            t.huishouden.nul().nul().nul().nul();
        }
        t.huishouden.datum(koppeling).datum(huisvesting).datum(regeldag).datum(verhuizing)
            .tekst(w.kies(Namen.AZC)).tekst(zoeknaam(personen)).tijd(aangemaakt).getal(1 + nareizigers).einde();
        for (int i = 0; i < personen.size(); i++) {
            Persoon p = personen.get(i);
            t.persoon.uuid(p.id()).uuid(id).tekst(p.rol().name()).tekst(p.voornaam()).tekst(p.achternaam())
                .datum(p.geboortedatum()).tekst(p.geslacht().name()).tekst(p.landVanHerkomst()).teksten(p.talen())
                .waarOnwaar(p.tolkNodig()).tekst(p.tolkTaal()).tekst(p.geletterdheid().name()).tekst(p.vNummer())
                .tekst(p.bsn()).datum(p.vergunningDatum()).datum(p.brpDatum()).tekst(p.status().name()).getal(i)
                .einde();
        }
    }

    private void schrijfTraject(Verloop v, UUID huishouden, GemeentePlan g, List<Instant> momenten) {
        t.traject.uuid(v.id).uuid(huishouden).uuid(v.afspraak.contract.id()).uuid(g.gemeente.id())
            .uuid(v.afspraak.uitvoerder.uitvoerder.id()).uuid(v.team == null ? null : v.team.team.id())
            .tekst(v.status.name()).datum(v.aangemeldOp).uuid(v.aangemeldDoor.id()).datum(v.praktischeStart)
            .tekst(v.faseCode).datum(v.faseStart).datum(v.einde)
            .tekst(v.eindeReden == null ? null : v.eindeReden.name()).tekst(v.eindeToelichting)
            .getal(v.stappen.size()).einde();
        for (ContractPeriode c : v.contracten) {
            t.trajectContract.uuid(v.id).uuid(c.contractId()).datum(c.vanaf()).datum(c.tot()).einde();
        }
        for (FasePeriode f : v.fasen) {
            t.trajectFase.uuid(v.id).tekst(f.code()).datum(f.vanaf()).datum(f.tot()).einde();
        }
        for (int i = 0; i < v.stappen.size(); i++) {
            Stap s = v.stappen.get(i);
            if (s.status() != null) {
                t.trajectStatus.uuid(v.id).tekst(s.status().name()).datum(s.op()).uuid(s.door().id())
                    .tijd(momenten.get(i)).einde();
            }
        }
        for (Toewijzing w : v.toewijzingen) {
            t.toewijzing.uuid(w.id()).uuid(v.id).uuid(w.medewerkerId()).tekst(w.rol().name()).datum(w.vanaf())
                .datum(w.tot()).einde();
        }
        for (Verlenging x : v.verlengingen) {
            t.verlenging.uuid(x.id()).uuid(v.id).getal(x.maanden()).datum(x.besluitOp()).tekst(x.beslotenDoor())
                .tekst(x.reden()).einde();
        }
    }

    /** The worklist row, as {@code WerklijstBijwerker.schrijf} computes it. */
    private void schrijfWerklijstRegel(Verloop v, UUID huishouden, GemeentePlan g, List<Persoon> personen,
            TijdlijnInvoer invoer, List<Termijn> termijnen, Contactmaker.Stand contact, Checklistmaker.Stand checklist,
            Postmaker.Stand post, Signaalmaker.Stand signaal) {
        List<ContractVoorwaarden> voorwaarden = v.afspraak.voorwaarden;
        var peildatum = v.afspraak.contract.peildatum();
        ContractVoorwaarden vw = Termijnregels.kiesVoorwaarden(voorwaarden, Termijnregels.datum(invoer, peildatum),
                vandaag);
        String faseNaam = vw.fasen().stream().filter(f -> f.code().equals(v.faseCode)).map(FaseNorm::naam)
            .findFirst().orElse(v.faseCode);
        List<Toewijzing> actief = v.status.isAfgesloten() ? List.of()
                : v.toewijzingen.stream()
                    .sorted(Comparator.comparing(Toewijzing::vanaf).thenComparing(Toewijzing::id, UUID_VOLGORDE))
                    .filter(x -> x.actiefOp(vandaag)).toList();
        List<UUID> medewerkers = actief.stream().map(Toewijzing::medewerkerId).distinct().toList();
        String namen = String.join(", ", actief.stream()
            .map(x -> v.wie.containsKey(x.medewerkerId()) ? v.wie.get(x.medewerkerId()).naam() : "?").distinct()
            .toList());
        List<LocalDate> open = termijnen.stream().filter(Termijn::isOpen).map(Termijn::uiterlijk).sorted().toList();
        Optional<Termijn> eerst = Termijnregels.eerstvolgende(termijnen);
        t.werklijstRegel.uuid(v.id).uuid(huishouden).uuid(g.gemeente.id()).uuid(v.afspraak.uitvoerder.uitvoerder.id())
            .uuid(v.team == null ? null : v.team.team.id()).tekst(v.status.name()).tekst(v.faseCode).tekst(faseNaam)
            .tekst(naam(personen)).tekst(zoeknaam(personen)).getal(personen.size())
            .reeks(medewerkers).tekst(namen).reeks(open).datum(eerst.map(Termijn::uiterlijk).orElse(null))
            .tekst(eerst.map(x -> x.soort().name()).orElse(null))
            .datum(contact.laatste()).datum(contact.volgende()).datum(contact.uiterlijk())
            .getal(checklist.open()).datum(checklist.vroegste()).getal(post.open()).datum(post.vroegste())
            .getal(signaal.open()).waarOnwaar(signaal.urgent()).datum(signaal.vroegste())
            .einde();
    }

    /**
     * The regievoerder's overview rows (module regie), as {@code RegieBijwerker} computes them from the trajectory and
     * the signals; the generator makes no brede intake, PIP module or ontzorgen, so their columns stay empty.
     */
    private void schrijfRegie(Verloop v, UUID huishouden, GemeentePlan g, List<Persoon> personen,
            TijdlijnInvoer invoer, List<Termijn> termijnen, Signaalmaker.Stand signaal) {
        ContractVoorwaarden vw = Termijnregels.kiesVoorwaarden(v.afspraak.voorwaarden,
                Termijnregels.datum(invoer, v.afspraak.contract.peildatum()), vandaag);
        String faseNaam = vw.fasen().stream().filter(f -> f.code().equals(v.faseCode)).map(FaseNorm::naam)
            .findFirst().orElse(v.faseCode);
        boolean open = !v.status.isAfgesloten();
        boolean voorbij = open && v.faseCode != null && v.afspraak.voorwaarden.stream()
            .filter(x -> !x.fasen().isEmpty()).noneMatch(x -> x.fasen().get(0).code().equals(v.faseCode));
        UUID uitvoerder = v.afspraak.uitvoerder.uitvoerder.id();
        t.regieHuishouden.uuid(v.id).uuid(huishouden).uuid(g.gemeente.id()).uuid(uitvoerder).tekst(v.status.name())
            .tekst(v.faseCode).tekst(faseNaam).waarOnwaar(voorbij).tekst(naam(personen)).datum(v.aangemeldOp)
            .getal(signaal.open()).einde();
        for (Persoon p : personen) {
            Optional<Termijn> pip = termijnen.stream()
                .filter(x -> x.soort() == nl.wegwijs.traject.TermijnSoort.PIP && p.id().equals(x.persoonId()))
                .findFirst();
            boolean klaar = termijnen.stream()
                .anyMatch(x -> x.soort() == nl.wegwijs.traject.TermijnSoort.INBURGERINGSTERMIJN
                        && p.id().equals(x.persoonId()) && x.status() == nl.wegwijs.traject.TermijnStatus.AFGEROND);
            t.regiePersoon.uuid(p.id()).uuid(v.id).uuid(huishouden).uuid(g.gemeente.id()).uuid(uitvoerder)
                .waarOnwaar(p.inburgeringsplichtig(p.brpDatum() != null ? p.brpDatum() : vandaag)).waarOnwaar(open)
                .waarOnwaar(voorbij).waarOnwaar(klaar).datum(p.brpDatum())
                .datum(pip.map(Termijn::uiterlijk).orElse(null)).datum(pip.map(Termijn::afgerondOp).orElse(null))
                .einde();
        }
    }

    /** As {@code Huishouden.naam()}: the hoofdpersoon, surname first. */
    private static String naam(List<Persoon> personen) {
        Persoon hoofd = personen.get(0);
        return hoofd.achternaam() + ", " + hoofd.voornaam();
    }

    /** As {@code Huishouden.zoeknaam()}. */
    private static String zoeknaam(List<Persoon> personen) {
        return personen.stream().map(p -> p.voornaam() + " " + p.achternaam()).collect(Collectors.joining(" "))
            .toLowerCase(Locale.ROOT);
    }

    // --- the processing log

    /**
     * Logs every save as the services do (the aanmelding as AANMAKEN of each person and of the trajectory, later
     * saves as WIJZIGEN, a nareiziger's arrival as AANMAKEN of that person) and reads of the file by those who work on
     * it, about {@link Schaal#leesPerWeek()} a week while guidance runs and a few weeks after.
     */
    private void logboek(Verloop v, UUID huishouden, GemeentePlan g, List<Persoon> personen, List<Instant> momenten,
            @Nullable LocalDate brp, Willekeur w) {
        for (int i = 0; i < v.stappen.size(); i++) {
            Stap s = v.stappen.get(i);
            if (!s.logt()) {
                continue;
            }
            for (Persoon p : personen) {
                if (aanwezig(p, s.op())) {
                    if (i == 0) {
                        log(momenten.get(i), s.door(), Actie.AANMAKEN, p, huishouden, "persoon", p.id(), w);
                    }
                    log(momenten.get(i), s.door(), i == 0 ? Actie.AANMAKEN : Actie.WIJZIGEN, p, huishouden,
                            "traject", v.id, w);
                }
            }
        }
        for (Persoon p : personen) {
            if (p.nareiziger() && p.brpDatum() != null) {
                LocalDate op = aankomst(p);
                Medewerker door = lezer(v, g, op, brp, w);
                log(moment(op, w), door, Actie.AANMAKEN, p, huishouden, "persoon", p.id(), w);
            }
        }
        LocalDate tot = v.einde == null ? vandaag : min(vandaag, v.einde.plusWeeks(6));
        long dagen = ChronoUnit.DAYS.between(v.aangemeldOp, tot);
        double verwacht = leesPerWeek * dagen / 7.0;
        long keer = (long) verwacht + (w.kans(verwacht - Math.floor(verwacht)) ? 1 : 0);
        for (long k = 0; k < keer; k++) {
            LocalDate op = v.aangemeldOp.plusDays(w.tussen(0, (int) dagen));
            Medewerker door = lezer(v, g, op, brp, w);
            Instant moment = moment(op, w);
            for (Persoon p : personen) {
                if (aanwezig(p, op)) {
                    log(moment, door, Actie.LEZEN, p, huishouden, "huishouden", huishouden, w);
                }
            }
        }
    }

    /** Who reads the file on a day: mostly those assigned, else the teamleider, regievoerder or budgetcoach; after
     * a warm handover the wijkteam. */
    private Medewerker lezer(Verloop v, GemeentePlan g, LocalDate op, @Nullable LocalDate brp, Willekeur w) {
        if (v.einde != null && op.isAfter(v.einde)) {
            return v.status == TrajectStatus.OVERGEDRAGEN ? w.kies(g.wijkteam) : w.kies(g.regievoerders);
        }
        double r = w.fractie();
        List<Toewijzing> actief = v.actief(op);
        if (r < 0.6 && !actief.isEmpty()) {
            Toewijzing x = w.kies(actief);
            Medewerker m = v.wie.get(x.medewerkerId());
            if (m != null) {
                return m;
            }
        }
        if (r < 0.75) {
            return w.kies(v.afspraakOp(op).uitvoerder.teamleiders);
        }
        if (r < 0.93 || brp == null || op.isAfter(brp.plusMonths(6))) {
            return w.kies(g.regievoerders);
        }
        return w.kies(g.budgetcoaches);
    }

    private static boolean aanwezig(Persoon p, LocalDate op) {
        return !p.nareiziger() || p.brpDatum() != null && !op.isBefore(aankomst(p));
    }

    /** The day a nareiziger was added to the household: a few days before their own BRP registration. */
    private static LocalDate aankomst(Persoon p) {
        return java.util.Objects.requireNonNull(p.brpDatum()).minusDays(Math.floorMod(p.id().hashCode(), 8));
    }

    private void log(Instant tijd, Medewerker door, Actie actie, Persoon p, UUID huishouden, String soort,
            UUID record, Willekeur w) {
        t.verwerking.uuid(w.uuid()).tijd(tijd).uuid(door.id()).uuid(door.organisatieId()).tekst(actie.name())
            .tekst(door.rol().doel()).uuid(p.id()).uuid(huishouden).tekst(soort).uuid(record).einde();
    }

    // --- moments

    /** An instant during office hours on each step's day, strictly increasing, never after now (steps of today that
     * would be, move back to just before now). */
    private List<Instant> momenten(List<Stap> stappen, Willekeur w) {
        List<Instant> momenten = new ArrayList<>(stappen.size());
        Instant vorige = Instant.MIN;
        for (Stap s : stappen) {
            Instant m = moment(s.op(), w);
            int later = w.tussen(60, 1800);
            if (!m.isAfter(vorige)) {
                m = vorige.plusSeconds(later);
            }
            momenten.add(m);
            vorige = m;
        }
        Instant grens = nu;
        for (int i = momenten.size() - 1; i >= 0 && momenten.get(i).isAfter(grens); i--) {
            momenten.set(i, grens);
            grens = grens.minusSeconds(1);
        }
        return momenten;
    }

    /** A moment during office hours that day; on today, if that is still to come, a moment in the last hour. The
     * same draws either way, so the time of day of a run changes only those moments. */
    private Instant moment(LocalDate op, Willekeur w) {
        Instant m = op.atTime(8, 0).plusSeconds(w.tussen(0, 9 * 3600 + 1800)).atZone(zone).toInstant();
        int eerder = w.tussen(1, 3600);
        return m.isAfter(nu) ? nu.minusSeconds(eerder) : m;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
