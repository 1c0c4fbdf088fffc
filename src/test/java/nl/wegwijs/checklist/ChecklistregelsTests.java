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
        assertThat(van(HUURCONTRACT, List.of(MOEDER))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(BRP));
        assertThat(van(SCHOOL, List.of(KIND_8))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(VERHUIZING.plusDays(14)));
        assertThat(van(ZORGVERZEKERING, List.of(MOEDER))).singleElement()
            .satisfies(g -> assertThat(g.deadline()).isEqualTo(BRP.plusDays(7)));
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
}
