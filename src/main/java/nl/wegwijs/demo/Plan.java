package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.EindeReden;

/**
 * One demo household: under which contract and team, how far its trajectory has come, where it is from and who is in
 * it. {@code brp} is the BRP date of the household, or for an aanmelding not yet accepted the day it was registered.
 *
 * @param samenstelling composition code, see {@link DemoPersonen}
 * @param reden why a closed trajectory ended (default per stage)
 * @param sluitOp the day a closed trajectory ended (default: the planned end)
 * @param horizon play only what happened up to this day; the rest is played later (Heerenveen's change of uitvoerder)
 */
record Plan(String contract, String team, Stadium stadium, Herkomst herkomst, String samenstelling, LocalDate brp,
        Set<Bijzonder> bijzonder, @Nullable EindeReden reden, @Nullable LocalDate sluitOp,
        @Nullable LocalDate horizon) {

    /** How far a trajectory has come. */
    enum Stadium {
        AANGEMELD, INTAKE, FASE1, FASE2, FASE3, VERLENGD, AFGEROND, OVERGEDRAGEN, BEEINDIGD;

        boolean afgesloten() {
            return ordinal() >= AFGEROND.ordinal();
        }
    }

    /** What makes a household special in the demo. */
    enum Bijzonder {
        /** The demo user "vrijwilliger" is its volunteer. */
        DEMO_VRIJWILLIGER,
        /** Partner and two children join six weeks ago as nareizigers. */
        NAREIZIGERS,
        /** The partner joins five weeks ago as nareiziger. */
        NAREIZIGER_PARTNER,
        /** Everyone is a gezinsmigrant (not entitled; some gemeenten guide anyway). */
        GEZINSMIGRANT,
        /** Still in phase 1 long after its indicative end (the brede intake waits). */
        VASTGELOPEN,
        /** The volunteer stopped and another one took over. */
        VRIJWILLIGER_WISSEL,
        /** No volunteer available: spreekuur only. */
        GEEN_VRIJWILLIGER
    }

    static Plan van(String contract, String team, Stadium stadium, Herkomst herkomst, String samenstelling,
            LocalDate brp, Bijzonder... bijzonder) {
        Set<Bijzonder> set = EnumSet.noneOf(Bijzonder.class);
        set.addAll(java.util.List.of(bijzonder));
        return new Plan(contract, team, stadium, herkomst, samenstelling, brp, set, null, null, null);
    }

    boolean is(Bijzonder b) {
        return bijzonder.contains(b);
    }

    Plan einde(EindeReden eindeReden, int dagenNaBrp) {
        return new Plan(contract, team, stadium, herkomst, samenstelling, brp, bijzonder, eindeReden,
                brp.plusDays(dagenNaBrp), horizon);
    }

    Plan tot(LocalDate dag) {
        return new Plan(contract, team, stadium, herkomst, samenstelling, brp, bijzonder, reden, sluitOp, dag);
    }
}
