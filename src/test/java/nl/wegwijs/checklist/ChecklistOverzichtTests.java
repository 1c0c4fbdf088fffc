package nl.wegwijs.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.wegwijs.huishouden.HuishoudenId;

import static org.assertj.core.api.Assertions.assertThat;

/** What a checklist adds up to: progress per theme and person, the phase-1 handoff, the "who did it" shift. */
class ChecklistOverzichtTests {

    static final LocalDate START = LocalDate.of(2024, 3, 1);
    static final LocalDate VANDAAG = LocalDate.of(2026, 5, 20);
    static final HuishoudenId HUISHOUDEN = new HuishoudenId(UUID.randomUUID());
    static final UUID LINA = UUID.randomUUID();

    static ChecklistItem item(Thema thema, @Nullable Categorie categorie, @Nullable UUID persoon, boolean jaarlijks,
            @Nullable Integer jaar, ItemStatus status, @Nullable WieDeedHet wie, @Nullable LocalDate datum,
            @Nullable LocalDate deadline) {
        return new ChecklistItem(new ChecklistItemId(UUID.randomUUID()), HUISHOUDEN, persoon, UUID.randomUUID(),
                "code-" + UUID.randomUUID(), "Titel", thema, categorie, null, jaarlijks, Uitvoerende.REGULIER, 10,
                jaar, status, wie, datum, deadline, false,
                status == ItemStatus.NIET_VAN_TOEPASSING ? "n.v.t." : null, null, null, null, null, 1);
    }

    static ChecklistItem gedaan(Thema thema, WieDeedHet wie, LocalDate datum) {
        return item(thema, null, null, false, null, ItemStatus.GEREGELD, wie, datum, null);
    }

    static ChecklistItem jaarlijks(int jaar, WieDeedHet wie) {
        return item(Thema.FINANCIEN_ADMINISTRATIE, Categorie.FIN, null, true, jaar, ItemStatus.GEREGELD, wie,
                LocalDate.of(jaar, 4, 20), LocalDate.of(jaar, 5, 1));
    }

    @Test
    void progressPerThemeLeavesOutWhatDoesNotApply() {
        var o = ChecklistOverzicht.van(List.of(
                gedaan(Thema.WONEN, WieDeedHet.BEGELEIDER, START.plusDays(3)),
                item(Thema.WONEN, Categorie.HV, null, false, null, ItemStatus.TE_DOEN, null, null,
                        VANDAAG.minusDays(1)),
                item(Thema.WONEN, Categorie.HV, null, false, null, ItemStatus.BEZIG, null, null, VANDAAG),
                item(Thema.WONEN, null, null, false, null, ItemStatus.NIET_VAN_TOEPASSING, null, null, null),
                item(Thema.GEZONDHEID, Categorie.INS, LINA, false, null, ItemStatus.TE_DOEN, null, null, null)),
                START, VANDAAG);
        assertThat(o.themas()).extracting(ChecklistOverzicht.ThemaStand::thema)
            .containsExactly(Thema.WONEN, Thema.GEZONDHEID);
        ChecklistOverzicht.ThemaStand wonen = o.themas().get(0);
        assertThat(wonen.geregeld()).isEqualTo(1);
        assertThat(wonen.vanToepassing()).isEqualTo(3);
        assertThat(wonen.open()).isEqualTo(2);
        assertThat(wonen.verlopen()).isEqualTo(1);
        assertThat(wonen.procent()).isEqualTo(33);
        assertThat(o.open()).isEqualTo(3);
        assertThat(o.verlopen()).isEqualTo(1);
        assertThat(o.geregeld()).isEqualTo(1);
        assertThat(o.vanToepassing()).isEqualTo(4);
        // household items first, then per person
        assertThat(o.personen()).extracting(ChecklistOverzicht.PersoonStand::persoonId).containsExactly(null, LINA);
    }

    @Test
    void theHandoffShowsDoneAndOpenPerCategory() {
        var o = ChecklistOverzicht.van(List.of(
                item(Thema.WONEN, Categorie.HV, null, false, null, ItemStatus.GEREGELD, WieDeedHet.SAMEN,
                        START.plusDays(2), null),
                item(Thema.WONEN, Categorie.HV, null, false, null, ItemStatus.TE_DOEN, null, null, null),
                item(Thema.GEZONDHEID, Categorie.INS, LINA, false, null, ItemStatus.GEREGELD, WieDeedHet.ZELF,
                        START.plusDays(20), null)),
                START, VANDAAG);
        assertThat(o.categorieen()).extracting(ChecklistOverzicht.CategorieStand::categorie)
            .containsExactly(Categorie.HV, Categorie.INS);
        assertThat(o.categorieen().get(0).geregeld()).isEqualTo(1);
        assertThat(o.categorieen().get(0).open()).isEqualTo(1);
        assertThat(o.categorieen().get(1).open()).isZero();
    }

    @Test
    void whoDidItShiftsFromGuideToTogetherToAloneOverTheYears() {
        var o = ChecklistOverzicht.van(List.of(
                gedaan(Thema.WONEN, WieDeedHet.BEGELEIDER, START.plusMonths(1)),
                gedaan(Thema.WONEN, WieDeedHet.SAMEN, START.plusMonths(2)),
                jaarlijks(2024, WieDeedHet.BEGELEIDER),
                jaarlijks(2025, WieDeedHet.SAMEN),
                jaarlijks(2026, WieDeedHet.ZELF)),
                START, VANDAAG);
        assertThat(o.jaarlijks()).extracting(ChecklistOverzicht.WieRij::periode).containsExactly(2024, 2025, 2026);
        assertThat(o.jaarlijks()).extracting(ChecklistOverzicht.WieRij::procentBegeleider).containsExactly(100, 0, 0);
        assertThat(o.jaarlijks()).extracting(ChecklistOverzicht.WieRij::procentSamen).containsExactly(0, 100, 0);
        assertThat(o.jaarlijks()).extracting(ChecklistOverzicht.WieRij::procentZelf).containsExactly(0, 0, 100);
        // per year of guidance (from 1 March 2024): year 1 has three items, year 2 one, year 3 one
        assertThat(o.perTrajectjaar()).extracting(ChecklistOverzicht.WieRij::periode).containsExactly(1, 2, 3);
        ChecklistOverzicht.WieRij jaar1 = o.perTrajectjaar().get(0);
        assertThat(jaar1.totaal()).isEqualTo(3);
        assertThat(jaar1.procentBegeleider()).isEqualTo(67);
        assertThat(jaar1.procentSamen()).isEqualTo(33);
    }

    @Test
    void aYearOfGuidanceRunsToTheAnniversaryAndEarlierWorkCountsAsYearOne() {
        assertThat(ChecklistOverzicht.trajectjaar(START, START.minusDays(10))).isEqualTo(1);
        assertThat(ChecklistOverzicht.trajectjaar(START, START.plusYears(1).minusDays(1))).isEqualTo(1);
        assertThat(ChecklistOverzicht.trajectjaar(START, START.plusYears(1))).isEqualTo(2);
        assertThat(ChecklistOverzicht.trajectjaar(null, VANDAAG)).isEqualTo(1);
    }
}
