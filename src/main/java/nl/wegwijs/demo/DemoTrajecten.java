package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.demo.DemoOrganisatie.Afspraak;
import nl.wegwijs.demo.DemoOrganisatie.Ploeg;
import nl.wegwijs.demo.Plan.Bijzonder;
import nl.wegwijs.demo.Plan.Stadium;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Termijnregels;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

/**
 * Plays one {@link Plan} through the public services, in the order it would have happened: aanmelding by the
 * gemeente's regievoerder, acceptance by the teamleider, the practical start, the phase-1 worker handing over to the
 * begeleider, a volunteer, phases, an extension, closing. Every step that would lie after {@code horizon} (today, or
 * the plan's own horizon) is left out. The caller runs each household in its own transaction.
 */
final class DemoTrajecten {

    private static final List<String> STRATEN = List.of("Lindelaan", "Esdoornstraat", "Populierenweg",
            "Kastanjehof", "Meidoornstraat", "Goudsbloemlaan", "Zonnebloemstraat", "Klaverweg", "Vlierstraat",
            "Hazelaarstraat", "Berkenplein", "Wilgenhof");
    private static final List<String> AZC = List.of("azc Ter Apel", "azc Budel", "azc Zwolle", "azc Gilze",
            "azc Musselkanaal", "azc Assen", "azc Den Helder", "azc Almere", "azc Amersfoort", "azc Rijswijk");
    private static final Map<String, String> WOONPLAATS = Map.of("Tynaarlo", "Zuidlaren", "Tholen",
            "Sint-Annaland");

    /** Where a played trajectory stands, for a later continuation. */
    record Gespeeld(TrajectId traject, HuishoudenId huishouden, long versie, long huishoudenVersie,
            @Nullable String fase, @Nullable LocalDate faseStart, int personen) {
    }

    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final DemoOrganisatie organisatie;
    private final Random random;
    private final DemoPersonen personen;
    private final LocalDate vandaag;
    private final Map<String, Integer> beurt = new HashMap<>();

    DemoTrajecten(TrajectService trajecten, HuishoudenService huishoudens, DemoOrganisatie organisatie, Random random,
            LocalDate vandaag) {
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisatie = organisatie;
        this.random = random;
        this.personen = new DemoPersonen(random);
        this.vandaag = vandaag;
    }

    Gespeeld speel(Plan plan) {
        Afspraak afspraak = organisatie.afspraken.get(plan.contract());
        Ploeg ploeg = organisatie.ploegen.get(plan.team());
        ContractVoorwaarden eerste = afspraak.versies().get(0);
        Startmoment trigger = eerste.starttrigger();
        boolean aangemeld = plan.stadium() == Stadium.AANGEMELD;

        // The household's dates: koppeling, housing allocation, regeldag = BRP registration, move-in two weeks later.
        LocalDate brp = plan.brp();
        LocalDate koppeling;
        @Nullable LocalDate huisvesting;
        LocalDate aangemeldOp;
        if (aangemeld) {
            aangemeldOp = brp;
            koppeling = trigger == Startmoment.KOPPELING ? brp : brp.minusDays(20 + random.nextInt(40));
            huisvesting = trigger == Startmoment.KOPPELING ? null : brp;
        }
        else {
            koppeling = brp.minusDays(30 + random.nextInt(60));
            huisvesting = brp.minusDays(7 + random.nextInt(14));
            aangemeldOp = trigger == Startmoment.KOPPELING ? koppeling : huisvesting;
        }
        HuishoudenDatums datums = new HuishoudenDatums(koppeling, huisvesting, aangemeld ? null : brp,
                aangemeld ? null : brp.plusDays(10 + random.nextInt(7)));
        ContractVoorwaarden v = Termijnregels.kiesVoorwaarden(afspraak.versies(),
                switch (afspraak.contract().peildatum()) {
                    case BRP_INSCHRIJVING -> aangemeld ? null : brp;
                    case KOPPELING -> koppeling;
                    case HUISVESTING -> huisvesting;
                    case VERHUIZING -> datums.verhuizing();
                }, vandaag);

        List<NieuwePersoon> leden = personen.huishouden(plan.herkomst(), plan.samenstelling(),
                aangemeld ? null : brp, koppeling.minusDays(14 + random.nextInt(100)), brp,
                plan.is(Bijzonder.GEZINSMIGRANT) ? Verblijfsstatus.GEZINSMIGRANT : Verblijfsstatus.ASIELSTATUSHOUDER);
        String gemeente = afspraak.contract().gemeenteNaam();
        Adres adres = aangemeld ? Adres.ONBEKEND
                : new Adres(personen.kies(STRATEN), String.valueOf(1 + random.nextInt(180)), null,
                        WOONPLAATS.getOrDefault(gemeente, gemeente));
        Traject traject = trajecten.meldAan(afspraak.regievoerder(), new Aanmelding(afspraak.contract().id(),
                adres, datums, personen.kies(AZC), leden, aangemeldOp));
        TrajectId id = traject.id();
        HuishoudenId huishouden = traject.huishouden();
        Stand s = new Stand(id, leden.size());
        if (!aangemeld) {
            LocalDate startTrigger = trigger == Startmoment.KOPPELING ? koppeling : java.util.Objects.requireNonNull(
                    huisvesting);
            speel(plan, afspraak, ploeg, v, s, startTrigger, einde(v, brp, koppeling, huisvesting,
                    datums.verhuizing()), aangemeldOp);
        }
        long huishoudenVersie = 1;
        if (plan.is(Bijzonder.NAREIZIGERS) || plan.is(Bijzonder.NAREIZIGER_PARTNER)) {
            huishoudenVersie = nareizigers(plan, afspraak.regievoerder(), huishouden, leden, s);
        }
        tijdlijnFeiten(afspraak.regievoerder(), id, huishouden);
        return new Gespeeld(id, huishouden, s.versie, huishoudenVersie, s.fase, s.faseStart, s.personen);
    }

    private void speel(Plan plan, Afspraak afspraak, Ploeg ploeg, ContractVoorwaarden v, Stand s, LocalDate trigger,
            @Nullable LocalDate einde, LocalDate aangemeldOp) {
        LocalDate horizon = plan.horizon() != null ? plan.horizon() : vandaag;
        Stadium doel = plan.stadium();
        Medewerker teamleider = ploeg.teamleider();
        trajecten.accepteer(teamleider, s.id, s.versie++, ploeg.team().id());
        if (doel == Stadium.INTAKE) {
            return;
        }
        LocalDate start = max(aangemeldOp, trigger.plusWeeks(v.startNaWeken()).plusDays(random.nextInt(5)));
        @Nullable LocalDate sluit = !doel.afgesloten() ? null
                : plan.sluitOp() != null ? plan.sluitOp() : einde != null ? einde : plan.brp().plusDays(900);
        LocalDate grens = sluit != null && sluit.isBefore(horizon) ? sluit : horizon;
        if (start.isAfter(grens)) {
            sluit(plan, teamleider, s, sluit);
            return;
        }
        Medewerker uitvoerend = ploeg.begeleiders().get(0);
        trajecten.start(uitvoerend, s.id, s.versie++, start);
        s.fase(v.fasen().get(0).code(), start);
        Medewerker begeleider = volgende(plan.team(), ploeg.begeleiders(), 0);
        @Nullable Toewijzing fase1 = ploeg.fase1() == null ? null
                : wijsToe(teamleider, s, ploeg.fase1(), ToewijzingRol.FASE1, start);
        if (fase1 == null) {
            wijsToe(teamleider, s, begeleider, ToewijzingRol.BEGELEIDER, start);
        }

        // Phase 2 (and a closing phase) when its indicative start has come; the phase-1 worker hands over.
        List<FaseNorm> fasen = v.fasen();
        LocalDate vrijwilligerVanaf = start.plusDays(7 + random.nextInt(14));
        if (doel.ordinal() >= Stadium.FASE2.ordinal() && !plan.is(Bijzonder.VASTGELOPEN) && fasen.size() > 1) {
            LocalDate fase2 = start.plusWeeks(weken(fasen.get(0))).plusDays(random.nextInt(10));
            if (!fase2.isAfter(grens)) {
                trajecten.naarFase(uitvoerend, s.id, s.versie++, fasen.get(1).code(), fase2);
                s.fase(fasen.get(1).code(), fase2);
                if (fase1 != null) {
                    wijsToe(teamleider, s, begeleider, ToewijzingRol.BEGELEIDER, fase2);
                    trajecten.beeindigToewijzing(teamleider, s.id, s.versie++, fase1.id(), fase2.minusDays(1));
                    vrijwilligerVanaf = fase2.plusDays(random.nextInt(14));
                }
                LocalDate fase3 = fase2.plusWeeks(weken(fasen.get(1)));
                if (fasen.size() > 2 && doel.ordinal() >= Stadium.FASE3.ordinal() && !fase3.isAfter(grens)) {
                    trajecten.naarFase(uitvoerend, s.id, s.versie++, fasen.get(2).code(), fase3);
                    s.fase(fasen.get(2).code(), fase3);
                }
            }
        }
        vrijwilliger(plan, ploeg, s, vrijwilligerVanaf, grens);

        if (plan.horizon() != null) {
            return;
        }
        if (doel == Stadium.VERLENGD && v.verlengingMaxMaanden() > 0) {
            trajecten.verleng(afspraak.regievoerder(), s.id, s.versie++, v.verlengingMaxMaanden(),
                    "Inburgering en financiën nog niet op orde; verlenging in overleg met de statushouder.");
            einde = einde == null ? null : einde.plusMonths(v.verlengingMaxMaanden());
        }
        if (sluit == null && einde != null && einde.isBefore(vandaag)) {
            // A planned end that has passed by now (e.g. when the demo is started years later): afgerond.
            sluit = einde;
        }
        sluit(plan, teamleider, s, sluit);
    }

    /**
     * Heerenveen after 1 January 2024: the trajectory moved to the gemeente's own contract without a team, an
     * integratiecoach takes over, the spreekuur phase follows after a year, and the planned end is extended or closed.
     */
    Gespeeld vervolgHeerenveen(Plan plan, Gespeeld g, Medewerker regievoerder) {
        Ploeg ploeg = organisatie.ploegen.get("Integratiecoaches");
        Medewerker teamleider = ploeg.teamleider();
        Stand s = new Stand(g.traject(), g.personen());
        s.versie = g.versie() + 1; // the change of contract was one save
        s.fase(g.fase(), g.faseStart());
        LocalDate per = DemoOrganisatie.HEERENVEEN_ZELF;
        wijsToe(teamleider, s, volgende("Integratiecoaches", ploeg.begeleiders(), 0), ToewijzingRol.BEGELEIDER, per);
        LocalDate fase2 = max(per, plan.brp().plusWeeks(8));
        if ("FASE1".equals(s.fase) && !fase2.isAfter(vandaag)) {
            trajecten.naarFase(teamleider, s.id, s.versie++, "FASE2", fase2);
            s.fase("FASE2", fase2);
        }
        LocalDate fase3 = plan.brp().plusWeeks(52);
        if (s.faseStart != null && fase3.isAfter(s.faseStart) && !fase3.isAfter(vandaag)) {
            trajecten.naarFase(teamleider, s.id, s.versie++, "FASE3", fase3);
            s.fase("FASE3", fase3);
        }
        LocalDate einde = plan.brp().plusMonths(36);
        if (plan.stadium() == Stadium.VERLENGD && !einde.plusMonths(6).isBefore(vandaag)) {
            trajecten.verleng(regievoerder, s.id, s.versie++, 6,
                    "Inburgeringsexamen gepland; begeleiding bij de overstap naar werk loopt nog.");
        }
        else if (einde.isBefore(vandaag)) {
            trajecten.sluitAf(teamleider, s.id, s.versie++, TrajectStatus.AFGEROND, EindeReden.DUUR_VERSTREKEN,
                    plan.stadium() == Stadium.VERLENGD ? einde.plusMonths(6) : einde,
                    "Eindgesprek gevoerd; statushouder weet de weg naar het spreekuur.");
        }
        return new Gespeeld(s.id, g.huishouden(), s.versie, g.huishoudenVersie(), s.fase, s.faseStart, s.personen);
    }

    /** A grown-up son joins the household later, with his own BRP date (Heerenveen's checklist for nareizigers). */
    void nareizigerZoon(Gespeeld g, Medewerker regievoerder, Herkomst herkomst, LocalDate brp) {
        var h = huishoudens.intern(g.huishouden()).orElseThrow();
        var hoofd = h.hoofdpersoon();
        Set<String> gebruikt = h.personen().stream().map(p -> p.voornaam()).collect(Collectors.toSet());
        huishoudens.voegPersoonToe(regievoerder, g.huishouden(), g.huishoudenVersie(), personen.nareiziger(herkomst,
                Geslacht.MAN, 19, herkomst.patroniem ? hoofd.voornaam() : hoofd.achternaam(),
                hoofd.talen().get(0), brp, gebruikt));
    }

    private long nareizigers(Plan plan, Medewerker regievoerder, HuishoudenId huishouden, List<NieuwePersoon> leden,
            Stand s) {
        NieuwePersoon hoofd = leden.get(0);
        Set<String> gebruikt = leden.stream().map(NieuwePersoon::voornaam).collect(Collectors.toSet());
        Herkomst herkomst = plan.herkomst();
        String taal = hoofd.talen().get(0);
        boolean gezin = plan.is(Bijzonder.NAREIZIGERS);
        LocalDate brp = vandaag.minusDays(gezin ? 45 : 35);
        Geslacht partner = hoofd.geslacht() == Geslacht.MAN ? Geslacht.VROUW : Geslacht.MAN;
        long versie = 1;
        huishoudens.voegPersoonToe(regievoerder, huishouden, versie++, personen.nareiziger(herkomst, partner,
                Math.max(19, hoofd.geboortedatum().until(brp).getYears() - 2), personen.kies(herkomst.achternamen),
                taal, brp, gebruikt));
        s.personen++;
        if (gezin) {
            String achternaam = herkomst.patroniem ? hoofd.voornaam() : hoofd.achternaam();
            for (int leeftijd : new int[] { 4, 8 }) {
                huishoudens.voegPersoonToe(regievoerder, huishouden, versie++, personen.nareiziger(herkomst,
                        random.nextBoolean() ? Geslacht.MAN : Geslacht.VROUW, leeftijd, achternaam, taal, brp,
                        gebruikt));
                s.personen++;
            }
        }
        return versie;
    }

    private void vrijwilliger(Plan plan, Ploeg ploeg, Stand s, LocalDate vanaf, LocalDate grens) {
        List<Medewerker> vrijwilligers = ploeg.vrijwilligers();
        boolean demo = plan.is(Bijzonder.DEMO_VRIJWILLIGER);
        if (vrijwilligers.isEmpty() || plan.is(Bijzonder.GEEN_VRIJWILLIGER) || vanaf.isAfter(grens)
                || !demo && random.nextInt(100) >= 80) {
            return;
        }
        // The demo user "vrijwilliger" (first of Den Haag Centrum) only where the plan says so.
        int van = plan.team().equals("Den Haag Centrum") ? 1 : 0;
        Medewerker wie = demo ? vrijwilligers.get(0) : volgende(plan.team() + "/v", vrijwilligers, van);
        Toewijzing eerste = wijsToe(ploeg.teamleider(), s, wie, ToewijzingRol.VRIJWILLIGER, vanaf);
        LocalDate wissel = vanaf.plusDays(100);
        if (plan.is(Bijzonder.VRIJWILLIGER_WISSEL) && !wissel.isAfter(grens)) {
            trajecten.beeindigToewijzing(ploeg.teamleider(), s.id, s.versie++, eerste.id(), wissel.minusDays(1));
            wijsToe(ploeg.teamleider(), s, volgende(plan.team() + "/v", vrijwilligers, van),
                    ToewijzingRol.VRIJWILLIGER, wissel);
        }
    }

    private void sluit(Plan plan, Medewerker teamleider, Stand s, @Nullable LocalDate op) {
        if (op == null || op.isAfter(vandaag)) {
            return;
        }
        TrajectStatus status = switch (plan.stadium()) {
            case OVERGEDRAGEN -> TrajectStatus.OVERGEDRAGEN;
            case BEEINDIGD -> TrajectStatus.BEEINDIGD;
            default -> TrajectStatus.AFGEROND;
        };
        EindeReden reden = plan.reden() != null ? plan.reden() : switch (status) {
            case OVERGEDRAGEN -> EindeReden.WARME_OVERDRACHT;
            case BEEINDIGD -> EindeReden.AFGEZIEN;
            default -> EindeReden.DUUR_VERSTREKEN;
        };
        trajecten.sluitAf(teamleider, s.id, s.versie++, status, reden, op, toelichting(reden));
    }

    private static String toelichting(EindeReden reden) {
        return switch (reden) {
            case WARME_OVERDRACHT -> "Driegesprek met statushouder, begeleider en sociaal wijkteam; hulpvraag: post, "
                    + "formulieren en geldzaken.";
            case DOELEN_BEREIKT -> "Zelfredzaam op alle leefgebieden; weet de weg naar het spreekuur.";
            case VERHUISD -> "Verhuisd naar een andere gemeente; overdracht aan de nieuwe gemeente.";
            case GEEN_RECHT -> "Gezinsmigrant: geen recht op maatschappelijke begeleiding (art. 13 Wi2021).";
            case AFGEZIEN -> "Wil geen begeleiding meer; kent het spreekuur.";
            default -> "Eindgesprek gevoerd; overdrachtsformulier naar de regievoerder.";
        };
    }

    private Toewijzing wijsToe(Medewerker teamleider, Stand s, Medewerker wie, ToewijzingRol rol, LocalDate vanaf) {
        return trajecten.wijsToe(teamleider, s.id, s.versie++, wie.id(), rol, vanaf);
    }

    /** Round robin over a team's staff, from index {@code van} on. */
    private Medewerker volgende(String sleutel, List<Medewerker> lijst, int van) {
        int n = beurt.merge(sleutel, 1, Integer::sum) - 1;
        int keuze = lijst.size() > van ? van + n % (lijst.size() - van) : 0;
        return lijst.get(keuze);
    }

    /**
     * Issue 17: the facts of each person's legal timeline, as the gemeente's regievoerder records them. Most PIPs are
     * set on time (7 to 10 weeks after BRP registration); one person in nine whose PIP fell due in the last four
     * months still waits for it (a true overdue deadline). Inburgering: everyone past the 3-year term has ended it
     * (mostly afgerond, some ontheffing or vrijstelling), a third of those between 18 and 36 months already has.
     * Deterministic (no draws from the shared random), so the rest of the demo stays as it was.
     */
    private void tijdlijnFeiten(Medewerker regievoerder, TrajectId id, HuishoudenId huishouden) {
        var h = huishoudens.intern(huishouden).orElseThrow();
        for (int i = 0; i < h.personen().size(); i++) {
            var p = h.personen().get(i);
            LocalDate brp = p.brpDatum();
            if (brp == null || !p.inburgeringsplichtig(brp)) {
                continue;
            }
            int kenmerk = brp.getDayOfMonth() + i;
            LocalDate pip = brp.plusWeeks(7 + kenmerk % 4);
            boolean wachtNog = kenmerk % 9 == 0 && brp.plusWeeks(10).isAfter(vandaag.minusMonths(4));
            long versie = 0;
            if (!pip.isAfter(vandaag) && !wachtNog) {
                versie = trajecten.legPipVast(regievoerder, id, p.id(), versie, pip).versie();
            }
            LocalDate inburgering = null;
            if (brp.plusMonths(36).isBefore(vandaag)) {
                inburgering = brp.plusMonths(24 + (i * 5 + brp.getDayOfMonth()) % 12);
            }
            else if (brp.plusMonths(18).isBefore(vandaag) && kenmerk % 3 == 0) {
                inburgering = brp.plusMonths(18 + kenmerk % 6);
            }
            if (inburgering != null && !inburgering.isAfter(vandaag)) {
                nl.wegwijs.traject.InburgeringAfronding hoe = kenmerk % 7 == 0
                        ? nl.wegwijs.traject.InburgeringAfronding.VRIJSTELLING
                        : kenmerk % 7 == 1 ? nl.wegwijs.traject.InburgeringAfronding.ONTHEFFING
                                : nl.wegwijs.traject.InburgeringAfronding.AFGEROND;
                trajecten.legInburgeringVast(regievoerder, id, p.id(), versie, inburgering, hoe);
            }
        }
    }

    /** The planned end (without extensions), or null when the contract has no formal end. */
    private static @Nullable LocalDate einde(ContractVoorwaarden v, LocalDate brp, LocalDate koppeling,
            @Nullable LocalDate huisvesting, @Nullable LocalDate verhuizing) {
        LocalDate vanaf = switch (v.telVanaf()) {
            case KOPPELING -> koppeling;
            case HUISVESTING -> huisvesting;
            case VERHUIZING -> verhuizing;
            default -> brp;
        };
        return v.begeleidingMaanden() == null || vanaf == null ? null : vanaf.plusMonths(v.begeleidingMaanden());
    }

    private static int weken(FaseNorm fase) {
        return fase.indicatieWeken() == null ? 52 : fase.indicatieWeken();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The state of one trajectory while it is played: its version and current phase. */
    private static final class Stand {
        final TrajectId id;
        long versie = 1;
        @Nullable String fase;
        @Nullable LocalDate faseStart;
        int personen;

        Stand(TrajectId id, int personen) {
            this.id = id;
            this.personen = personen;
        }

        void fase(@Nullable String code, @Nullable LocalDate vanaf) {
            fase = code;
            faseStart = vanaf;
        }
    }
}
