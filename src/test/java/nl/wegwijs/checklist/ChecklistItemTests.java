package nl.wegwijs.checklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of status and "who did it" on one item. */
class ChecklistItemTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 5, 20);
    static final Instant NU = Instant.parse("2026-05-20T10:00:00Z");
    static final UUID DOOR = UUID.randomUUID();
    /** Who wrote the note of {@link #item}. */
    static final UUID SCHRIJVER = UUID.randomUUID();
    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 1);

    static ChecklistItem item(ItemStatus status, @Nullable WieDeedHet wie, @Nullable LocalDate datum,
            @Nullable String reden) {
        return new ChecklistItem(new ChecklistItemId(UUID.randomUUID()), new HuishoudenId(UUID.randomUUID()), null,
                UUID.randomUUID(), "huurtoeslag", "Huurtoeslag aanvragen", Thema.FINANCIEN_ADMINISTRATIE,
                Categorie.FIN, null, false, Uitvoerende.FASE1, 270, null, status, wie, datum, DEADLINE, false, reden,
                "Brief ligt bij de buren", SCHRIJVER, null, null, 3);
    }

    static ChecklistItem open() {
        return item(ItemStatus.TE_DOEN, null, null, null);
    }

    static ItemWijziging wijziging(ItemStatus status, @Nullable WieDeedHet wie, @Nullable LocalDate datum,
            @Nullable String reden) {
        return new ItemWijziging(status, wie, datum, DEADLINE, null, reden);
    }

    @Test
    void tickingRecordsWhoDidItTodayAndKeepsDueDateAndNote() {
        ChecklistItem af = open().vinkAf(WieDeedHet.SAMEN, DOOR, NU, VANDAAG);
        assertThat(af.status()).isEqualTo(ItemStatus.GEREGELD);
        assertThat(af.wie()).isEqualTo(WieDeedHet.SAMEN);
        assertThat(af.datum()).isEqualTo(VANDAAG);
        assertThat(af.deadline()).isEqualTo(DEADLINE);
        assertThat(af.deadlineHandmatig()).isFalse();
        assertThat(af.notitie()).isEqualTo("Brief ligt bij de buren");
        assertThat(af.vastgelegdDoor()).isEqualTo(DOOR);
        assertThat(af.vastgelegdOp()).isEqualTo(NU);
        assertThat(af.versie()).isEqualTo(4);
        assertThat(af.isOpen()).isFalse();
    }

    @Test
    void geregeldNeedsWhoDidIt() {
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> open().wijzig(wijziging(ItemStatus.GEREGELD, null, VANDAAG, null), DOOR, NU, VANDAAG))
            .satisfies(f -> assertThat(f.code()).isEqualTo("checklist.wie.leeg"));
    }

    @Test
    void geregeldDefaultsToTodayAndCannotLieAhead() {
        assertThat(open().wijzig(wijziging(ItemStatus.GEREGELD, WieDeedHet.ZELF, null, null), DOOR, NU, VANDAAG)
            .datum()).isEqualTo(VANDAAG);
        assertThat(open().wijzig(wijziging(ItemStatus.GEREGELD, WieDeedHet.ZELF, VANDAAG.minusDays(3), null), DOOR,
                NU, VANDAAG).datum()).isEqualTo(VANDAAG.minusDays(3));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> open().wijzig(wijziging(ItemStatus.GEREGELD, WieDeedHet.ZELF, VANDAAG.plusDays(1), null),
                    DOOR, NU, VANDAAG))
            .satisfies(f -> assertThat(f.code()).isEqualTo("checklist.datum.toekomst"));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> open().wijzig(wijziging(ItemStatus.GEREGELD, WieDeedHet.ZELF, LocalDate.of(1926, 5, 1),
                    null), DOOR, NU, VANDAAG))
            .satisfies(f -> assertThat(f.code()).isEqualTo("checklist.datum.ongeldig"));
    }

    @Test
    void nietVanToepassingNeedsAReason() {
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> open().wijzig(wijziging(ItemStatus.NIET_VAN_TOEPASSING, null, null, "  "), DOOR, NU,
                    VANDAAG))
            .satisfies(f -> assertThat(f.code()).isEqualTo("checklist.reden.leeg"));
        ChecklistItem nvt = open().wijzig(wijziging(ItemStatus.NIET_VAN_TOEPASSING, WieDeedHet.SAMEN, VANDAAG,
                " Geen huurwoning "), DOOR, NU, VANDAAG);
        assertThat(nvt.redenNietVanToepassing()).isEqualTo("Geen huurwoning");
        assertThat(nvt.wie()).isNull();
        assertThat(nvt.datum()).isNull();
        assertThat(nvt.isOpen()).isFalse();
    }

    @Test
    void backToTeDoenDropsWhoDidItDateAndReason() {
        ChecklistItem geregeld = item(ItemStatus.GEREGELD, WieDeedHet.BEGELEIDER, VANDAAG, null);
        ChecklistItem terug = geregeld.wijzig(wijziging(ItemStatus.TE_DOEN, WieDeedHet.BEGELEIDER, VANDAAG, "x"), DOOR,
                NU, VANDAAG);
        assertThat(terug.status()).isEqualTo(ItemStatus.TE_DOEN);
        assertThat(terug.wie()).isNull();
        assertThat(terug.datum()).isNull();
        assertThat(terug.redenNietVanToepassing()).isNull();
        assertThat(terug.isOpen()).isTrue();
    }

    @Test
    void aDueDateChangedByHandStaysByHand() {
        ChecklistItem verzet = open().wijzig(new ItemWijziging(ItemStatus.BEZIG, null, null, DEADLINE.plusDays(7),
                null, null), DOOR, NU, VANDAAG);
        assertThat(verzet.deadlineHandmatig()).isTrue();
        assertThat(verzet.wijzig(new ItemWijziging(ItemStatus.BEZIG, null, null, DEADLINE.plusDays(7), "ok", null),
                DOOR, NU, VANDAAG).deadlineHandmatig()).isTrue();
        assertThat(open().wijzig(wijziging(ItemStatus.BEZIG, null, null, null), DOOR, NU, VANDAAG)
            .deadlineHandmatig()).isFalse();
    }

    @Test
    void anAbsurdDueDateIsRefused() {
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> open().wijzig(new ItemWijziging(ItemStatus.TE_DOEN, null, null, VANDAAG.plusYears(30),
                    null, null), DOOR, NU, VANDAAG))
            .satisfies(f -> assertThat(f.code()).isEqualTo("checklist.deadline.ongeldig"));
    }

    @Test
    void aNoteIsTrimmedEmptyIsNoneAndTooLongIsRefused() {
        assertThat(open().wijzig(new ItemWijziging(ItemStatus.TE_DOEN, null, null, DEADLINE, "   ", null), DOOR, NU,
                VANDAAG).notitie()).isNull();
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> open().wijzig(new ItemWijziging(ItemStatus.TE_DOEN, null, null, DEADLINE,
                    "x".repeat(2001), null), DOOR, NU, VANDAAG))
            .satisfies(f -> assertThat(f.code()).isEqualTo("checklist.notitie.lang"));
    }

    @Test
    void overdueMeansOpenAndPastItsDueDate() {
        assertThat(open().isVerlopen(DEADLINE)).isFalse();
        assertThat(open().isVerlopen(DEADLINE.plusDays(1))).isTrue();
        assertThat(item(ItemStatus.GEREGELD, WieDeedHet.ZELF, VANDAAG, null).isVerlopen(DEADLINE.plusDays(1)))
            .isFalse();
    }

    @Test
    void anEmptyDueDateIsNeverSetByHand() {
        ChecklistItem zonder = open().wijzig(new ItemWijziging(ItemStatus.BEZIG, null, null, null, null, null), DOOR,
                NU, VANDAAG);
        assertThat(zonder.deadline()).isNull();
        assertThat(zonder.deadlineHandmatig()).as("the rules give it its due date again").isFalse();
        ChecklistItem verzet = open().wijzig(new ItemWijziging(ItemStatus.BEZIG, null, null, DEADLINE.plusDays(7),
                null, null), DOOR, NU, VANDAAG);
        assertThat(verzet.wijzig(new ItemWijziging(ItemStatus.BEZIG, null, null, null, null, null), DOOR, NU,
                VANDAAG).deadlineHandmatig()).isFalse();
    }

    @Test
    void aChangedNoteIsItsWritersAndAnUnchangedOneKeepsItsAuthor() {
        ChecklistItem zelfde = open().wijzig(new ItemWijziging(ItemStatus.BEZIG, null, null, DEADLINE,
                " Brief ligt bij de buren ", null), DOOR, NU, VANDAAG);
        assertThat(zelfde.notitieDoor()).isEqualTo(SCHRIJVER);
        assertThat(open().vinkAf(WieDeedHet.ZELF, DOOR, NU, VANDAAG).notitieDoor()).isEqualTo(SCHRIJVER);
        ChecklistItem anders = open().wijzig(new ItemWijziging(ItemStatus.BEZIG, null, null, DEADLINE,
                "Brief is opgehaald", null), DOOR, NU, VANDAAG);
        assertThat(anders.notitieDoor()).isEqualTo(DOOR);
        ChecklistItem weg = open().wijzig(new ItemWijziging(ItemStatus.BEZIG, null, null, DEADLINE, null, null),
                DOOR, NU, VANDAAG);
        assertThat(weg.notitie()).isNull();
        assertThat(weg.notitieDoor()).isNull();
    }

    /**
     * The note rule: whoever may see notes (NOTITIES, by task or consent; which roles, see Inzagebeleid) sees it; who
     * may not sees only a note they wrote themselves. Was a rule per role side (the uitvoerder side saw every note, the
     * gemeente side none); it is now the reader's Inzage that decides.
     */
    @Test
    void aNoteIsSeenByWhoMaySeeNotesAndByWhoWroteIt() {
        assertThat(open().voorLezer(true, UUID.randomUUID()).notitie()).isEqualTo("Brief ligt bij de buren");
        assertThat(open().notitieVerborgenVoor(true, UUID.randomUUID())).isFalse();
        ChecklistItem gezien = open().voorLezer(false, UUID.randomUUID());
        assertThat(gezien.notitie()).isNull();
        assertThat(gezien.notitieDoor()).isNull();
        assertThat(open().notitieVerborgenVoor(false, UUID.randomUUID())).isTrue();
        assertThat(open().voorLezer(false, SCHRIJVER).notitie()).as("their own note")
            .isEqualTo("Brief ligt bij de buren");
        assertThat(open().notitieVerborgenVoor(false, SCHRIJVER)).isFalse();
    }

    @Test
    void theFinanceThemesItemsAreFinancialDataTheOthersProgress() {
        for (Thema thema : Thema.values()) {
            assertThat(ChecklistItem.gegevenssoort(thema)).as(thema.name())
                .isEqualTo(thema == Thema.FINANCIEN_ADMINISTRATIE ? nl.wegwijs.traject.Gegevenssoort.FINANCIEN
                        : nl.wegwijs.traject.Gegevenssoort.VOORTGANG);
        }
    }

    @Test
    void todayIsTheDayInAmsterdamAlsoJustAfterMidnight() {
        // 00:30 on 2 March in Amsterdam is still 1 March in UTC (and in a JVM running in UTC)
        Clock klok = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneId.of("Europe/Amsterdam"));
        LocalDate vandaag = LocalDate.now(klok);
        ChecklistItem af = open().wijzig(wijziging(ItemStatus.GEREGELD, WieDeedHet.ZELF, LocalDate.of(2026, 3, 2),
                null), DOOR, klok.instant(), vandaag);
        assertThat(af.datum()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> open().wijzig(wijziging(ItemStatus.GEREGELD, WieDeedHet.ZELF, LocalDate.of(2026, 3, 3),
                    null), DOOR, klok.instant(), vandaag))
            .satisfies(f -> assertThat(f.code()).isEqualTo("checklist.datum.toekomst"));
    }
}
