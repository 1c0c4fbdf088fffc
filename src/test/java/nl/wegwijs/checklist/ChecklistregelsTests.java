package nl.wegwijs.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.wegwijs.checklist.Checklistregels.Gewenst;
import nl.wegwijs.checklist.Checklistregels.Invoer;
import nl.wegwijs.checklist.Checklistregels.PersoonInvoer;

import static org.assertj.core.api.Assertions.assertThat;

/** Which items a household and its persons get, their due dates, yearly items and when to look again. */
class ChecklistregelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 5, 20);
    static final LocalDate BRP = LocalDate.of(2025, 3, 2);
    static final LocalDate VERHUIZING = BRP.plusDays(14);
    static final LocalDate START = LocalDate.of(2025, 3, 10);

    static final PersoonInvoer MOEDER = persoon(LocalDate.of(1990, 3, 1), BRP, false, false);
    static final PersoonInvoer VADER = persoon(LocalDate.of(1988, 7, 12), BRP, false, false);
    static final PersoonInvoer KIND_8 = persoon(LocalDate.of(2017, 9, 1), BRP, false, false);
    static final PersoonInvoer PEUTER = persoon(LocalDate.of(2024, 1, 15), BRP, false, false);

    static PersoonInvoer persoon(LocalDate geboren, @Nullable LocalDate brp, boolean nareiziger, boolean migrant) {
        return new PersoonInvoer(UUID.randomUUID(), geboren, brp, nareiziger, migrant, null, null);
    }

    static Invoer invoer(List<PersoonInvoer> personen) {
        return new Invoer(VANDAAG, START, BRP, BRP.minusMonths(2), BRP.minusDays(14), BRP, VERHUIZING,
                START.plusYears(1), personen);
    }

    static SjabloonItem item(String code, Reikwijdte r, @Nullable Integer van, @Nullable Integer tot, Referentie ref,
            int dagen, boolean jaarlijks, @Nullable Doelgroep doelgroep) {
        return new SjabloonItem(UUID.randomUUID(), code, 10, code, Thema.WONEN, null, r, van, tot, ref, dagen,
                jaarlijks, Uitvoerende.FASE1, doelgroep, null, false);
    }

    static final SjabloonItem SCHOOL = item("school", Reikwijdte.PERSOON, 4, 17, Referentie.VERHUIZING, 14, false, null);
    static final SjabloonItem ZORGVERZEKERING = item("zorgverzekering", Reikwijdte.PERSOON, 18, null,
            Referentie.PERSOON_BRP, 7, false, null);
    static final SjabloonItem CONSULTATIEBUREAU = item("consultatiebureau", Reikwijdte.PERSOON, 0, 3,
            Referentie.PERSOON_BRP, 30, false, null);
    static final SjabloonItem KINDERBIJSLAG = item("kinderbijslag", Reikwijdte.HUISHOUDEN, 0, 17,
            Referentie.BRP_INSCHRIJVING, 30, false, null);
    static final SjabloonItem HUURCONTRACT = item("huurcontract", Reikwijdte.HUISHOUDEN, null, null,
            Referentie.REGELDAG, 0, false, null);
    static final SjabloonItem NAREIZIGER = item("nareiziger", Reikwijdte.PERSOON, null, null, Referentie.PERSOON_BRP,
            14, false, Doelgroep.NAREIZIGER);
    static final SjabloonItem AANGIFTE = item("aangifte", Reikwijdte.HUISHOUDEN, null, null, Referentie.KALENDERJAAR,
            120, true, null);
    static final SjabloonItem HEFFINGEN = item("heffingen", Reikwijdte.HUISHOUDEN, null, null,
            Referentie.KALENDERJAAR, 60, true, null);
    static final SjabloonItem METERSTANDEN = item("meterstanden", Reikwijdte.HUISHOUDEN, null, null,
            Referentie.VERHUIZING, 14, true, null);

    static List<Gewenst> van(SjabloonItem item, List<PersoonInvoer> personen) {
        return Checklistregels.gewenst(List.of(item), invoer(personen));
    }

    // --- applicability

    @Test
    void schoolGoesToEachChildOfSchoolAgeOnly() {
        assertThat(van(SCHOOL, List.of(MOEDER, VADER, KIND_8, PEUTER))).extracting(Gewenst::persoonId)
            .containsExactly(KIND_8.id());
    }

    @Test
    void healthInsuranceGoesToEachAdult() {
        assertThat(van(ZORGVERZEKERING, List.of(MOEDER, VADER, KIND_8))).extracting(Gewenst::persoonId)
            .containsExactlyInAnyOrder(MOEDER.id(), VADER.id());
    }

    @Test
    void ageBoundsAreInclusive() {
        PersoonInvoer drie = persoon(VANDAAG.minusYears(3), BRP, false, false);
        PersoonInvoer vier = persoon(VANDAAG.minusYears(4), BRP, false, false);
        assertThat(van(CONSULTATIEBUREAU, List.of(drie, vier, PEUTER))).extracting(Gewenst::persoonId)
            .containsExactlyInAnyOrder(drie.id(), PEUTER.id());
        assertThat(van(SCHOOL, List.of(drie, vier))).extracting(Gewenst::persoonId).containsExactly(vier.id());
    }

    @Test
    void aHouseholdItemWithAnAgeConditionNeedsSomeoneOfThatAge() {
        assertThat(van(KINDERBIJSLAG, List.of(MOEDER, VADER))).isEmpty();
        assertThat(van(KINDERBIJSLAG, List.of(MOEDER, KIND_8, PEUTER))).singleElement()
            .satisfies(g -> assertThat(g.persoonId()).isNull());
    }

    @Test
    void aNareizigerVariantGoesOnlyToNareizigers() {
        PersoonInvoer nareiziger = persoon(LocalDate.of(1992, 1, 1), VANDAAG.minusDays(10), true, false);
        assertThat(van(NAREIZIGER, List.of(MOEDER, VADER))).isEmpty();
        assertThat(van(NAREIZIGER, List.of(MOEDER, nareiziger))).extracting(Gewenst::persoonId)
            .containsExactly(nareiziger.id());
    }

    @Test
    void retiredItemsAreNotGiven() {
        SjabloonItem vervallen = new SjabloonItem(HUURCONTRACT.id(), "oud", 10, "Oud", Thema.WONEN, null,
                Reikwijdte.HUISHOUDEN, null, null, Referentie.REGELDAG, 0, false, Uitvoerende.FASE1, null, null, true);
        assertThat(Checklistregels.gewenst(List.of(vervallen, HUURCONTRACT), invoer(List.of(MOEDER))))
            .extracting(Gewenst::code).containsExactly("huurcontract");
    }

    // --- due dates

    @Test
    void aDueDateIsTheReferenceDatePlusTheOffset() {
        // registered a month before the BRP registration: every trigger falls within guidance
        Invoer vroeg = new Invoer(VANDAAG, BRP.minusMonths(1), BRP, BRP.minusMonths(2), BRP.minusDays(14), BRP,
                VERHUIZING, null, List.of(MOEDER, KIND_8));
        assertThat(Checklistregels.gewenst(List.of(HUURCONTRACT, SCHOOL, ZORGVERZEKERING), vroeg))
            .extracting(Gewenst::code, Gewenst::deadline)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("huurcontract", BRP),
                    org.assertj.core.groups.Tuple.tuple("school", VERHUIZING.plusDays(14)),
                    org.assertj.core.groups.Tuple.tuple("zorgverzekering", BRP.plusDays(7)));
    }

    @Test
    void whatFellDueBeforeGuidanceBeganGetsItsOwnOffsetFromTheStart() {
        // guidance began 10 March 2025, eight days after the regeldag and BRP registration of 2 March
        assertThat(van(HUURCONTRACT, List.of(MOEDER))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(START));
        assertThat(van(ZORGVERZEKERING, List.of(MOEDER))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(START.plusDays(7)));
        // a trigger after the start keeps its own date
        assertThat(van(SCHOOL, List.of(KIND_8))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(VERHUIZING.plusDays(14)));
    }

    // --- the first day of a household

    static final LocalDate AANMELDING = LocalDate.of(2026, 5, 20);
    static final SjabloonItem BRP_ITEM = item("brp", Reikwijdte.PERSOON, null, null, Referentie.REGELDAG, 0, false,
            null);
    static final SjabloonItem REGELDAG = item("regeldag", Reikwijdte.HUISHOUDEN, null, null, Referentie.HUISVESTING,
            7, false, null);
    static final SjabloonItem WELKOM = item("welkom", Reikwijdte.HUISHOUDEN, null, null, Referentie.HUISVESTING, 14,
            false, null);
    static final SjabloonItem UITKERING = item("uitkering", Reikwijdte.HUISHOUDEN, null, null,
            Referentie.BRP_INSCHRIJVING, 7, false, null);
    static final SjabloonItem BREDE_INTAKE = item("brede-intake", Reikwijdte.PERSOON, 18, 66, Referentie.PIP, -21,
            false, null);
    static final SjabloonItem SLEUTELOVERDRACHT = item("sleuteloverdracht", Reikwijdte.HUISHOUDEN, null, null,
            Referentie.VERHUIZING, 0, false, null);
    static final List<SjabloonItem> EERSTE_DAG = List.of(REGELDAG, HUURCONTRACT, WELKOM, BRP_ITEM, UITKERING,
            ZORGVERZEKERING, BREDE_INTAKE, SLEUTELOVERDRACHT, SCHOOL, NAREIZIGER);

    /**
     * Registered on {@code aanmelding}, with what the regievoerder knew: housing allocated a month ago, regeldag and
     * BRP registration three days ago, the move in eleven days, the PIP due in ten days.
     */
    static Invoer registratie(LocalDate aanmelding, List<PersoonInvoer> personen) {
        LocalDate brp = AANMELDING.minusDays(3);
        return new Invoer(AANMELDING, aanmelding, brp, AANMELDING.minusMonths(3), AANMELDING.minusMonths(1), brp,
                AANMELDING.plusDays(11), AANMELDING.plusMonths(18), personen);
    }

    static PersoonInvoer volwassene(LocalDate brp) {
        return new PersoonInvoer(UUID.randomUUID(), LocalDate.of(1990, 3, 1), brp, false, false,
                AANMELDING.plusDays(10), brp.plusYears(3));
    }

    @Test
    void onTheDayAHouseholdIsRegisteredNothingIsOverdue() {
        LocalDate brp = AANMELDING.minusDays(3);
        List<Gewenst> gewenst = Checklistregels.gewenst(EERSTE_DAG,
                registratie(AANMELDING, List.of(volwassene(brp), persoon(LocalDate.of(2017, 9, 1), brp, false, false))));
        assertThat(gewenst).hasSizeGreaterThan(8);
        assertThat(gewenst).allSatisfy(g -> assertThat(g.deadline()).as(g.code()).isAfterOrEqualTo(AANMELDING));
    }

    @Test
    void aBackdatedAanmeldingKeepsWhatIsReallyOverdue() {
        LocalDate brp = AANMELDING.minusDays(3);
        List<Gewenst> gewenst = Checklistregels.gewenst(EERSTE_DAG,
                registratie(AANMELDING.minusMonths(2), List.of(volwassene(brp))));
        assertThat(gewenst).filteredOn(g -> g.voldaan() == null && g.deadline() != null
                && g.deadline().isBefore(AANMELDING))
            .extracting(Gewenst::code, Gewenst::deadline)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("huurcontract", brp),
                    org.assertj.core.groups.Tuple.tuple("welkom", AANMELDING.minusMonths(1).plusDays(14)),
                    org.assertj.core.groups.Tuple.tuple("brede-intake", AANMELDING.minusDays(11)));
        // (the regeldag and the BRP registration, due before as well, are settled by the data: see below)
    }

    @Test
    void aNareizigerWhoHasNotArrivedGetsNothingUntilHerOwnBrpDate() {
        LocalDate brp = AANMELDING.minusDays(3);
        PersoonInvoer moeder = volwassene(brp);
        PersoonInvoer onderweg = persoon(LocalDate.of(1993, 6, 1), null, true, false);
        PersoonInvoer kindOnderweg = persoon(LocalDate.of(2015, 6, 1), null, true, false);
        Invoer in = registratie(AANMELDING, List.of(moeder, onderweg, kindOnderweg));
        assertThat(Checklistregels.gewenst(EERSTE_DAG, in)).extracting(Gewenst::persoonId)
            .doesNotContain(onderweg.id(), kindOnderweg.id());
        // a household item only a child would bring does not come for a child still on her way
        assertThat(Checklistregels.gewenst(List.of(KINDERBIJSLAG), in)).isEmpty();

        // her arrival is known ahead: still nothing, and the nightly job looks again that day
        LocalDate komt = AANMELDING.plusDays(40);
        PersoonInvoer verwacht = new PersoonInvoer(onderweg.id(), onderweg.geboortedatum(), komt, true, false, null,
                null);
        Invoer aangekondigd = registratie(AANMELDING, List.of(moeder, verwacht));
        assertThat(Checklistregels.gewenst(EERSTE_DAG, aangekondigd)).extracting(Gewenst::persoonId)
            .doesNotContain(verwacht.id());
        assertThat(Checklistregels.volgendeControle(EERSTE_DAG, aangekondigd)).isEqualTo(AANMELDING.plusDays(11));
        assertThat(Checklistregels.volgendeControle(EERSTE_DAG, new Invoer(AANMELDING.plusDays(20), AANMELDING,
                brp, null, null, brp, AANMELDING.plusDays(11), null, List.of(moeder, verwacht))))
            .isEqualTo(komt);

        // the day she arrives: her own items, due from her own BRP date
        Invoer aangekomen = new Invoer(komt, AANMELDING, brp, null, null, brp, AANMELDING.plusDays(11), null,
                List.of(moeder, verwacht));
        assertThat(Checklistregels.gewenst(List.of(ZORGVERZEKERING, NAREIZIGER), aangekomen))
            .filteredOn(g -> verwacht.id().equals(g.persoonId())).extracting(Gewenst::code, Gewenst::deadline)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("zorgverzekering", komt.plusDays(7)),
                    org.assertj.core.groups.Tuple.tuple("nareiziger", komt.plusDays(14)));
    }

    @Test
    void recordedFactsSettleItemsWithTheirDate() {
        LocalDate brp = AANMELDING.minusDays(3);
        PersoonInvoer moeder = volwassene(brp);
        PersoonInvoer zonderBrp = new PersoonInvoer(UUID.randomUUID(), LocalDate.of(1991, 1, 1), null, false, false,
                null, null);
        List<Gewenst> gewenst = Checklistregels.gewenst(EERSTE_DAG, registratie(AANMELDING, List.of(moeder,
                zonderBrp)));
        assertThat(gewenst).filteredOn(g -> g.voldaan() != null)
            .extracting(Gewenst::code, Gewenst::persoonId, Gewenst::voldaan)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("brp", moeder.id(), brp),
                    org.assertj.core.groups.Tuple.tuple("regeldag", null, brp));
        // the move lies ahead: the key handover is still to do; once it has come, the data settle it
        Invoer verhuisd = new Invoer(AANMELDING.plusDays(12), AANMELDING, brp, null, AANMELDING.minusMonths(1), brp,
                AANMELDING.plusDays(11), null, List.of(moeder));
        assertThat(Checklistregels.gewenst(List.of(SLEUTELOVERDRACHT, WELKOM), verhuisd))
            .extracting(Gewenst::code, Gewenst::voldaan)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("sleuteloverdracht", AANMELDING.plusDays(11)),
                    org.assertj.core.groups.Tuple.tuple("welkom", null));
        // a regeldag planned ahead settles nothing yet (geregeld is never dated ahead): the nightly job looks again then
        Invoer gepland = new Invoer(AANMELDING, AANMELDING, null, null, AANMELDING.minusMonths(1),
                AANMELDING.plusDays(5), null, null, List.of(zonderBrp));
        assertThat(Checklistregels.gewenst(List.of(REGELDAG), gepland)).extracting(Gewenst::voldaan)
            .containsOnlyNulls();
        assertThat(Checklistregels.volgendeControle(List.of(REGELDAG), gepland)).isEqualTo(AANMELDING.plusDays(5));
        // yearly items are never settled by a fact
        assertThat(van(AANGIFTE, List.of(MOEDER))).extracting(Gewenst::voldaan).containsOnlyNulls();
    }

    @Test
    void anItemSettledByTheDataAloneGoesWhenNoLongerWanted() {
        var doorGegevens = new Checklistregels.Bestaand(UUID.randomUUID(), "zorgverzekering", VADER.id(), null,
                ItemStatus.GEREGELD, false, false, true);
        var doorPersoon = bestaand("zorgverzekering", VADER.id(), null, ItemStatus.GEREGELD, true, false);
        assertThat(Checklistregels.overbodig(List.of(ZORGVERZEKERING), List.of(), List.of(doorGegevens, doorPersoon)))
            .containsExactly(doorGegevens.id());
    }

    @Test
    void aNareizigerCountsFromTheirOwnBrpDate() {
        LocalDate later = LocalDate.of(2026, 4, 1);
        PersoonInvoer nareiziger = persoon(LocalDate.of(1992, 1, 1), later, true, false);
        assertThat(van(ZORGVERZEKERING, List.of(nareiziger))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(later.plusDays(7)));
        // a household date (move-in) long before they came does not make their school overdue at once
        PersoonInvoer kind = persoon(LocalDate.of(2015, 1, 1), later, true, false);
        assertThat(van(SCHOOL, List.of(kind))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(later.plusDays(14)));
    }

    @Test
    void aChildReachingAnItemsAgeCountsFromThatDay() {
        PersoonInvoer bijna18 = persoon(LocalDate.of(2008, 5, 1), BRP, false, false);
        assertThat(van(ZORGVERZEKERING, List.of(bijna18))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(LocalDate.of(2026, 5, 1).plusDays(7)));
    }

    @Test
    void aHouseholdItemForChildrenCountsFromTheFirstChildThatCame() {
        PersoonInvoer kindLater = persoon(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 2, 1), true, false);
        assertThat(van(KINDERBIJSLAG, List.of(MOEDER, kindLater))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(LocalDate.of(2026, 3, 3)));
    }

    @Test
    void anUnknownReferenceDateGivesNoDueDate() {
        Invoer zonderVerhuizing = new Invoer(VANDAAG, START, BRP, null, null, BRP, null, null, List.of(KIND_8));
        assertThat(Checklistregels.gewenst(List.of(SCHOOL), zonderVerhuizing)).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isNull());
    }

    @Test
    void aNegativeOffsetFallsBeforeTheReferenceDate() {
        SjabloonItem eindgesprek = item("eindgesprek", Reikwijdte.HUISHOUDEN, null, null,
                Referentie.EINDE_BEGELEIDING, -42, false, null);
        assertThat(van(eindgesprek, List.of(MOEDER))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(START.plusYears(1).minusDays(42)));
    }

    @Test
    void personalLegalDeadlinesCountPerPerson() {
        PersoonInvoer metPip = new PersoonInvoer(UUID.randomUUID(), LocalDate.of(1990, 1, 1), BRP, false, false,
                BRP.plusWeeks(10), BRP.plusYears(3));
        SjabloonItem intake = item("brede-intake", Reikwijdte.PERSOON, 18, 66, Referentie.PIP, -21, false, null);
        SjabloonItem examens = item("examens", Reikwijdte.PERSOON, 18, 66, Referentie.INBURGERINGSTERMIJN, -180,
                false, null);
        assertThat(van(intake, List.of(metPip))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(BRP.plusWeeks(10).minusDays(21)));
        assertThat(van(examens, List.of(metPip))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(BRP.plusYears(3).minusDays(180)));
    }

    // --- yearly items

    @Test
    void aYearlyItemComesForEveryYearFromTheStartYearToThisYear() {
        assertThat(van(AANGIFTE, List.of(MOEDER))).extracting(Gewenst::jaar).containsExactly(2025, 2026);
        assertThat(van(AANGIFTE, List.of(MOEDER))).extracting(Gewenst::deadline)
            .containsExactly(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 1));
    }

    @Test
    void aYearlyItemWhoseMomentPassedBeforeGuidanceBeganSkipsThatYear() {
        // municipal levies are due 2 March; guidance began 10 March 2025
        assertThat(van(HEFFINGEN, List.of(MOEDER))).extracting(Gewenst::jaar).containsExactly(2026);
    }

    @Test
    void anAnniversaryItemStartsOnTheFirstAnniversary() {
        assertThat(van(METERSTANDEN, List.of(MOEDER))).singleElement().satisfies(g -> {
            assertThat(g.jaar()).isEqualTo(2026);
            assertThat(g.deadline()).isEqualTo(VERHUIZING.withYear(2026).plusDays(14));
        });
    }

    @Test
    void noYearlyItemsBeyondThisYear() {
        Invoer beginDitJaar = new Invoer(VANDAAG, LocalDate.of(2026, 1, 5), BRP, null, null, BRP, VERHUIZING, null,
                List.of(MOEDER));
        assertThat(Checklistregels.gewenst(List.of(AANGIFTE), beginDitJaar)).extracting(Gewenst::jaar)
            .containsExactly(2026);
    }

    @Test
    void aCalendarYearOffsetIsTheSameDayInALeapYear() {
        Invoer schrikkeljaar = new Invoer(LocalDate.of(2028, 6, 1), LocalDate.of(2028, 1, 5), BRP, null, null, BRP,
                VERHUIZING, null, List.of(MOEDER));
        SjabloonItem oudjaar = item("oudjaar", Reikwijdte.HUISHOUDEN, null, null, Referentie.KALENDERJAAR, 364, true,
                null);
        assertThat(Checklistregels.gewenst(List.of(AANGIFTE, oudjaar), schrikkeljaar)).extracting(Gewenst::deadline)
            .containsExactly(LocalDate.of(2028, 5, 1), LocalDate.of(2028, 12, 31));
    }

    // --- when to look again

    @Test
    void theNextCheckIsNewYearOrEarlierWhenSomeoneReachesAnItemsAge() {
        assertThat(Checklistregels.volgendeControle(List.of(AANGIFTE), invoer(List.of(MOEDER))))
            .isEqualTo(LocalDate.of(2027, 1, 1));
        PersoonInvoer wordtVier = persoon(LocalDate.of(2022, 8, 3), BRP, false, false);
        assertThat(Checklistregels.volgendeControle(List.of(SCHOOL, AANGIFTE), invoer(List.of(MOEDER, wordtVier))))
            .isEqualTo(LocalDate.of(2026, 8, 3));
    }

    @Test
    void someoneBornOnLeapDayReachesTheirAgeOnFirstMarch() {
        assertThat(Checklistregels.leeftijdBereikt(LocalDate.of(2020, 2, 29), 4)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Checklistregels.leeftijdBereikt(LocalDate.of(2020, 2, 29), 5)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(Checklistregels.leeftijd(LocalDate.of(2020, 2, 29), LocalDate.of(2025, 3, 1))).isEqualTo(5);
    }

    // --- yearly items wait for their date

    @Test
    void anAnniversaryItemWaitsUntilItsDateIsKnown() {
        // intake in November 2025, move-in date unknown: no meter readings "for 2025" without a due date
        Invoer intake = new Invoer(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 10), BRP, null, null, null,
                null, null, List.of(MOEDER));
        assertThat(Checklistregels.gewenst(List.of(METERSTANDEN), intake)).isEmpty();
        // the move in February 2026 is recorded: the first anniversary is in 2027
        Invoer verhuisd = new Invoer(LocalDate.of(2026, 2, 20), LocalDate.of(2025, 11, 10), BRP, null, null, null,
                LocalDate.of(2026, 2, 10), null, List.of(MOEDER));
        assertThat(Checklistregels.gewenst(List.of(METERSTANDEN), verhuisd)).isEmpty();
        Invoer jaarLater = new Invoer(LocalDate.of(2027, 3, 1), LocalDate.of(2025, 11, 10), BRP, null, null, null,
                LocalDate.of(2026, 2, 10), null, List.of(MOEDER));
        assertThat(Checklistregels.gewenst(List.of(METERSTANDEN), jaarLater)).singleElement().satisfies(g -> {
            assertThat(g.jaar()).isEqualTo(2027);
            assertThat(g.deadline()).isEqualTo(LocalDate.of(2027, 2, 24));
        });
    }

    // --- what may go

    static Checklistregels.Bestaand bestaand(Gewenst g) {
        return new Checklistregels.Bestaand(UUID.randomUUID(), g.code(), g.persoonId(), g.jaar(), ItemStatus.TE_DOEN,
                false, false);
    }

    static Checklistregels.Bestaand bestaand(String code, @Nullable UUID persoon, @Nullable Integer jaar,
            ItemStatus status, boolean vastgelegd, boolean notitie) {
        return new Checklistregels.Bestaand(UUID.randomUUID(), code, persoon, jaar, status, vastgelegd, notitie);
    }

    @Test
    void whatIsStillWantedStays() {
        List<SjabloonItem> sjabloon = List.of(ZORGVERZEKERING, AANGIFTE, HUURCONTRACT);
        List<Gewenst> gewenst = Checklistregels.gewenst(sjabloon, invoer(List.of(MOEDER, VADER)));
        assertThat(Checklistregels.overbodig(sjabloon, gewenst, gewenst.stream().map(ChecklistregelsTests::bestaand)
            .toList())).isEmpty();
    }

    @Test
    void anUntouchedItemNoLongerWantedGoesOneWithRecordedWorkStays() {
        // the father's birth date is corrected: he is a child, no health insurance of his own
        PersoonInvoer gecorrigeerd = new PersoonInvoer(VADER.id(), LocalDate.of(2012, 7, 12), BRP, false, false,
                null, null);
        List<SjabloonItem> sjabloon = List.of(ZORGVERZEKERING, SCHOOL);
        List<Gewenst> gewenst = Checklistregels.gewenst(sjabloon, invoer(List.of(MOEDER, gecorrigeerd)));
        var moeder = bestaand("zorgverzekering", MOEDER.id(), null, ItemStatus.TE_DOEN, false, false);
        var onaangeroerd = bestaand("zorgverzekering", VADER.id(), null, ItemStatus.TE_DOEN, false, false);
        var geregeld = bestaand("zorgverzekering", VADER.id(), null, ItemStatus.GEREGELD, true, false);
        var bezig = bestaand("zorgverzekering", VADER.id(), null, ItemStatus.BEZIG, true, false);
        var metNotitie = bestaand("zorgverzekering", VADER.id(), null, ItemStatus.TE_DOEN, true, true);
        var nietVanToepassing = bestaand("zorgverzekering", VADER.id(), null, ItemStatus.NIET_VAN_TOEPASSING, true,
                false);
        assertThat(Checklistregels.overbodig(sjabloon, gewenst,
                List.of(moeder, onaangeroerd, geregeld, bezig, metNotitie, nietVanToepassing)))
            .containsExactly(onaangeroerd.id());
        assertThat(gewenst).extracting(Gewenst::code, Gewenst::persoonId)
            .contains(org.assertj.core.groups.Tuple.tuple("school", VADER.id()));
    }

    @Test
    void aYearBeforeThePracticalStartGoesWhenUntouched() {
        // during intake (registered November 2025) the health insurance check of 2025 was wanted ...
        SjabloonItem zorgJaarlijks = item("jaarlijks-zorgverzekering", Reikwijdte.HUISHOUDEN, null, null,
                Referentie.KALENDERJAAR, 364, true, null);
        Invoer intake = new Invoer(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 10), BRP, null, null, null,
                null, null, List.of(MOEDER));
        List<Gewenst> toen = Checklistregels.gewenst(List.of(zorgJaarlijks), intake);
        assertThat(toen).extracting(Gewenst::jaar).containsExactly(2025);
        // ... guidance started in practice in February 2026: 2025 no longer applies
        Invoer gestart = new Invoer(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 2), BRP, null, null, null,
                LocalDate.of(2026, 2, 10), null, List.of(MOEDER));
        List<Gewenst> nu = Checklistregels.gewenst(List.of(zorgJaarlijks), gestart);
        var van2025 = bestaand(toen.get(0));
        assertThat(Checklistregels.overbodig(List.of(zorgJaarlijks), nu, List.of(van2025)))
            .containsExactly(van2025.id());
    }

    @Test
    void itemsOfATemplateItemOutOfUseOrUnknownStay() {
        SjabloonItem vervallen = new SjabloonItem(UUID.randomUUID(), "zorgverzekering", 10, "Oud", Thema.WONEN, null,
                Reikwijdte.PERSOON, 18, null, Referentie.PERSOON_BRP, 7, false, Uitvoerende.FASE1, null, null, true);
        var oud = bestaand("zorgverzekering", MOEDER.id(), null, ItemStatus.TE_DOEN, false, false);
        var onbekend = bestaand("eigen-fietsles", MOEDER.id(), null, ItemStatus.TE_DOEN, false, false);
        assertThat(Checklistregels.overbodig(List.of(vervallen), List.of(), List.of(oud, onbekend))).isEmpty();
    }
}
