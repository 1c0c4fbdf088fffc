package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.List;

import nl.wegwijs.demo.Plan.Bijzonder;
import nl.wegwijs.demo.Plan.Stadium;
import nl.wegwijs.traject.EindeReden;

import static nl.wegwijs.demo.Herkomst.AFGHANISTAN;
import static nl.wegwijs.demo.Herkomst.ERITREA;
import static nl.wegwijs.demo.Herkomst.ETHIOPIE;
import static nl.wegwijs.demo.Herkomst.IRAK;
import static nl.wegwijs.demo.Herkomst.IRAN;
import static nl.wegwijs.demo.Herkomst.JEMEN;
import static nl.wegwijs.demo.Herkomst.SOEDAN;
import static nl.wegwijs.demo.Herkomst.SOMALIE;
import static nl.wegwijs.demo.Herkomst.SYRIE;
import static nl.wegwijs.demo.Herkomst.TURKIJE;
import static nl.wegwijs.demo.Plan.Stadium.AANGEMELD;
import static nl.wegwijs.demo.Plan.Stadium.AFGEROND;
import static nl.wegwijs.demo.Plan.Stadium.BEEINDIGD;
import static nl.wegwijs.demo.Plan.Stadium.FASE1;
import static nl.wegwijs.demo.Plan.Stadium.FASE2;
import static nl.wegwijs.demo.Plan.Stadium.FASE3;
import static nl.wegwijs.demo.Plan.Stadium.INTAKE;
import static nl.wegwijs.demo.Plan.Stadium.OVERGEDRAGEN;
import static nl.wegwijs.demo.Plan.Stadium.VERLENGD;

/**
 * The demo households. Dates count back from today (the number is days before today of the BRP registration, or of
 * the aanmelding for one not yet accepted), except where a regime change fixes them: Haarlem around 1 January 2020,
 * Heerenveen before 1 January 2024.
 */
final class DemoPlannen {

    private final LocalDate vandaag;

    private DemoPlannen(LocalDate vandaag) {
        this.vandaag = vandaag;
    }

    /** Every household except Heerenveen's under VluchtelingenWerk (see {@link #heerenveenVoor2024()}). */
    static List<Plan> alle(LocalDate vandaag) {
        DemoPlannen d = new DemoPlannen(vandaag);
        return List.of(
                // Den Haag, VluchtelingenWerk: 1 year, phase 1 about 4 months by the regeldagspecialist.
                d.p("denhaag", "Den Haag Centrum", AANGEMELD, SYRIE, "M", 4),
                d.p("denhaag", "Den Haag Escamp", AANGEMELD, ERITREA, "V1", 9),
                d.p("denhaag", "Den Haag Centrum", INTAKE, AFGHANISTAN, "MV4", 12),
                d.p("denhaag", "Den Haag Escamp", INTAKE, JEMEN, "M", 20),
                d.p("denhaag", "Den Haag Centrum", FASE1, ERITREA, "M", 30, Bijzonder.DEMO_VRIJWILLIGER),
                d.p("denhaag", "Den Haag Centrum", FASE1, SYRIE, "MV3", 75, Bijzonder.DEMO_VRIJWILLIGER),
                d.p("denhaag", "Den Haag Escamp", FASE1, SOMALIE, "V3", 50),
                d.p("denhaag", "Den Haag Centrum", FASE1, IRAN, "MV", 160, Bijzonder.VASTGELOPEN),
                d.p("denhaag", "Den Haag Centrum", FASE2, SYRIE, "M", 240, Bijzonder.DEMO_VRIJWILLIGER,
                        Bijzonder.NAREIZIGERS),
                d.p("denhaag", "Den Haag Centrum", FASE2, AFGHANISTAN, "MV6", 200, Bijzonder.DEMO_VRIJWILLIGER),
                d.p("denhaag", "Den Haag Centrum", FASE2, TURKIJE, "M", 300, Bijzonder.VRIJWILLIGER_WISSEL),
                d.p("denhaag", "Den Haag Centrum", FASE2, ERITREA, "V2", 180),
                d.p("denhaag", "Den Haag Centrum", FASE2, SYRIE, "M", 130),
                d.p("denhaag", "Den Haag Centrum", FASE2, JEMEN, "MV5", 345),
                d.p("denhaag", "Den Haag Escamp", FASE2, IRAK, "MV2", 260),
                d.p("denhaag", "Den Haag Escamp", FASE2, SOEDAN, "M", 140, Bijzonder.GEEN_VRIJWILLIGER),
                d.p("denhaag", "Den Haag Escamp", FASE2, ETHIOPIE, "V", 330),
                d.p("denhaag", "Den Haag Centrum", AFGEROND, SYRIE, "MV2", 500),
                d.p("denhaag", "Den Haag Escamp", AFGEROND, ERITREA, "M", 700),
                d.p("denhaag", "Den Haag Centrum", OVERGEDRAGEN, AFGHANISTAN, "V4", 420),
                d.p("denhaag", "Den Haag Escamp", OVERGEDRAGEN, SOMALIE, "MV3", 600),
                d.p("denhaag", "Den Haag Centrum", BEEINDIGD, TURKIJE, "V", 90, Bijzonder.GEZINSMIGRANT)
                    .einde(EindeReden.GEEN_RECHT, 40),
                d.p("denhaag", "Den Haag Escamp", BEEINDIGD, IRAN, "M", 400).einde(EindeReden.VERHUISD, 210),
                // Groningen, Humanitas: 3 years from the koppeling.
                d.p("groningen", "Groningen", AANGEMELD, ERITREA, "M", 10),
                d.p("groningen", "Groningen", FASE1, SYRIE, "MV2", 40),
                d.p("groningen", "Groningen", FASE2, ERITREA, "M", 400, Bijzonder.NAREIZIGER_PARTNER),
                d.p("groningen", "Groningen", FASE2, AFGHANISTAN, "MV3", 800),
                d.p("groningen", "Groningen", AFGEROND, IRAK, "V", 1000).einde(EindeReden.DOELEN_BEREIKT, 900),
                // Heerenveen, the gemeente itself since 2024.
                d.p("heerenveen", "Integratiecoaches", FASE2, SOMALIE, "V2", 200),
                d.p("heerenveen", "Integratiecoaches", FASE1, IRAK, "MV", 40),
                // Roermond, VluchtelingenWerk: 6 months.
                d.p("roermond", "Roermond", FASE1, SOEDAN, "M", 25),
                d.p("roermond", "Roermond", FASE2, SYRIE, "MV1", 100),
                d.p("roermond", "Roermond", AFGEROND, ERITREA, "V", 400),
                // Rotterdam, VluchtelingenWerk and Gro-Up: 2 years, with a closing phase.
                d.p("rotterdam-vwn", "Rotterdam", INTAKE, TURKIJE, "MV2", 15),
                d.p("rotterdam-vwn", "Rotterdam", FASE1, SYRIE, "M", 60),
                d.p("rotterdam-vwn", "Rotterdam", FASE2, ERITREA, "MV3", 300),
                d.p("rotterdam-vwn", "Rotterdam", FASE3, SOMALIE, "V", 680),
                d.p("rotterdam-group", "Rotterdam-Zuid", FASE2, AFGHANISTAN, "MV5", 420),
                d.p("rotterdam-group", "Rotterdam-Zuid", AFGEROND, IRAN, "M", 800),
                // Tholen, the gemeente itself: no formal end.
                d.p("tholen", "Maatschappelijke begeleiding Tholen", FASE1, SYRIE, "MV2", 20),
                d.p("tholen", "Maatschappelijke begeleiding Tholen", FASE2, ERITREA, "M", 500),
                d.p("tholen", "Maatschappelijke begeleiding Tholen", FASE2, AFGHANISTAN, "MV4", 1000),
                // Woerden, VluchtelingenWerk: 1 year, +6 months in exceptional cases.
                d.p("woerden", "Woerden", FASE1, JEMEN, "M", 20),
                d.p("woerden", "Woerden", FASE2, TURKIJE, "V", 150, Bijzonder.GEZINSMIGRANT),
                d.p("woerden", "Woerden", VERLENGD, SYRIE, "MV3", 350),
                d.p("woerden", "Woerden", AFGEROND, ERITREA, "V1", 450),
                // Tynaarlo, VluchtelingenWerk: 18 months from housing.
                d.p("tynaarlo", "Tynaarlo", AANGEMELD, ERITREA, "V2", 6),
                d.p("tynaarlo", "Tynaarlo", FASE1, SYRIE, "M", 45),
                d.p("tynaarlo", "Tynaarlo", FASE2, ERITREA, "MV2", 330),
                d.p("tynaarlo", "Tynaarlo", AFGEROND, AFGHANISTAN, "M", 700),
                // Haarlem, VluchtelingenWerk: 2 years for households housed before 2020, 1 year after.
                Plan.van("haarlem", "Haarlem", AFGEROND, ERITREA, "M", LocalDate.of(2018, 6, 11)),
                Plan.van("haarlem", "Haarlem", AFGEROND, SYRIE, "MV2", LocalDate.of(2019, 10, 1)),
                Plan.van("haarlem", "Haarlem", AFGEROND, AFGHANISTAN, "V3", LocalDate.of(2020, 2, 24)),
                d.p("haarlem", "Haarlem", OVERGEDRAGEN, SOMALIE, "MV1", 430),
                d.p("haarlem", "Haarlem", FASE2, IRAN, "MV1", 200),
                d.p("haarlem", "Haarlem", FASE1, SOMALIE, "M", 30),
                // Zaffier (Alkmaar, Castricum), INOVA: 1 year, paid staff, a start team for phase 1.
                d.p("alkmaar", "Alkmaar", FASE1, ERITREA, "MV1", 30),
                d.p("alkmaar", "Alkmaar", VERLENGD, SYRIE, "V4", 355),
                d.p("castricum", "Castricum", FASE2, AFGHANISTAN, "M", 200),
                d.p("castricum", "Castricum", AANGEMELD, JEMEN, "MV2", 3));
    }

    /**
     * Heerenveen's households from before it took guidance in-house on 1 January 2024: played under
     * VluchtelingenWerk up to the change, then continued by the gemeente.
     */
    static List<Plan> heerenveenVoor2024() {
        LocalDate wissel = DemoOrganisatie.HEERENVEEN_ZELF.minusDays(1);
        return List.of(
                Plan.van("heerenveen-vwn", "Heerenveen", BEEINDIGD, SYRIE, "MV1", LocalDate.of(2023, 2, 13))
                    .einde(EindeReden.VERHUISD, 230),
                Plan.van("heerenveen-vwn", "Heerenveen", FASE3, ERITREA, "M", LocalDate.of(2023, 6, 12)).tot(wissel),
                Plan.van("heerenveen-vwn", "Heerenveen", VERLENGD, AFGHANISTAN, "MV2", LocalDate.of(2023, 11, 20))
                    .tot(wissel));
    }

    /**
     * Households added for the satisfaction report (issue 22): in Rotterdam, a year and more into two years of
     * guidance, so their questionnaire of the first year is open. Played after all others, so no other household's
     * data changes; {@link DemoTevredenheid} records their answers: five under VluchtelingenWerk (with the others of
     * its uitvoerder enough for figures), two under Gro-Up (a group under five, shown without figures).
     */
    static List<Plan> tevredenheid(LocalDate vandaag) {
        DemoPlannen d = new DemoPlannen(vandaag);
        return List.of(
                d.p("rotterdam-vwn", "Rotterdam", FASE2, ERITREA, "MV2", 440),
                d.p("rotterdam-vwn", "Rotterdam", FASE2, AFGHANISTAN, "V3", 455),
                d.p("rotterdam-vwn", "Rotterdam", FASE2, IRAK, "M", 470),
                d.p("rotterdam-vwn", "Rotterdam", FASE2, SOEDAN, "MV4", 485),
                d.p("rotterdam-vwn", "Rotterdam", FASE2, ETHIOPIE, "V1", 500),
                d.p("rotterdam-group", "Rotterdam-Zuid", FASE2, SYRIE, "MV1", 445),
                d.p("rotterdam-group", "Rotterdam-Zuid", FASE2, SOMALIE, "V2", 480));
    }

    private Plan p(String contract, String team, Stadium stadium, Herkomst herkomst, String samenstelling,
            int dagenGeleden, Bijzonder... bijzonder) {
        return Plan.van(contract, team, stadium, herkomst, samenstelling, vandaag.minusDays(dagenGeleden),
                bijzonder);
    }
}
