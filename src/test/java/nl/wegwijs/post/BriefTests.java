package nl.wegwijs.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The rules of a letter, without Spring and with a fixed today. */
class BriefTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);
    static final UUID IK = UUID.randomUUID();
    static final Instant NU = Instant.parse("2026-03-10T09:00:00Z");

    static BriefGegevens brief(LocalDate ontvangen, LocalDate deadline, BriefStatus status, AfgehandeldDoor door) {
        return new BriefGegevens(null, Afzender.BELASTINGDIENST_TOESLAGEN, null, ontvangen, "Voorschot zorgtoeslag",
                "Inkomen doorgeven", deadline, status, door, null);
    }

    static Brief open() {
        return Brief.nieuw(new HuishoudenId(UUID.randomUUID()), brief(VANDAAG.minusDays(3), VANDAAG.plusDays(7),
                BriefStatus.OPEN, null), IK, NU, VANDAAG);
    }

    private static void geweigerd(String code, BriefGegevens g) {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> Brief.controleer(g, VANDAAG))
            .satisfies(f -> assertThat(f.code()).isEqualTo(code));
    }

    @Test
    void refusesADeadlineBeforeTheDayReceived() {
        geweigerd("post.deadline.voor-ontvangst",
                brief(VANDAAG.minusDays(2), VANDAAG.minusDays(3), BriefStatus.OPEN, null));
        assertThatNoException().isThrownBy(() -> Brief.controleer(
                brief(VANDAAG.minusDays(2), VANDAAG.minusDays(2), BriefStatus.OPEN, null), VANDAAG));
    }

    @Test
    void refusesALetterReceivedInTheFuture() {
        geweigerd("post.ontvangen.toekomst", brief(VANDAAG.plusDays(1), null, BriefStatus.OPEN, null));
    }

    @Test
    void aHandledLetterSaysWhoHandledIt() {
        geweigerd("post.afgehandeld-door.leeg", brief(VANDAAG, null, BriefStatus.AFGEHANDELD, null));
        assertThatNoException().isThrownBy(() -> Brief.controleer(
                brief(VANDAAG, null, BriefStatus.AFGEHANDELD, AfgehandeldDoor.SAMEN), VANDAAG));
        // "no action needed" is done without anyone handling it
        assertThatNoException().isThrownBy(() -> Brief.controleer(
                brief(VANDAAG, null, BriefStatus.GEEN_ACTIE, null), VANDAAG));
    }

    @Test
    void anOtherSenderIsNamed() {
        geweigerd("post.afzender-naam.leeg", new BriefGegevens(null, Afzender.ANDERS, "  ", VANDAAG, "Brief", null,
                null, BriefStatus.OPEN, null, null));
    }

    @Test
    void aSubjectIsRequiredAndTextsAreBounded() {
        geweigerd("post.onderwerp.leeg", new BriefGegevens(null, Afzender.DUO, null, VANDAAG, "   ", null, null,
                BriefStatus.OPEN, null, null));
        geweigerd("post.tekst.te-lang", new BriefGegevens(null, Afzender.DUO, null, VANDAAG, "Lening",
                "x".repeat(BriefGegevens.ACTIE_MAX + 1), null, BriefStatus.OPEN, null, null));
    }

    @Test
    void handlingInOneTapRecordsWhoAndToday() {
        Brief b = open();
        b.handelAf(AfgehandeldDoor.STATUSHOUDER, IK, NU, VANDAAG);
        assertThat(b.status()).isEqualTo(BriefStatus.AFGEHANDELD);
        assertThat(b.afgehandeldDoor()).isEqualTo(AfgehandeldDoor.STATUSHOUDER);
        assertThat(b.afgehandeldOp()).isEqualTo(VANDAAG);
        assertThat(b.onderwerp()).isEqualTo("Voorschot zorgtoeslag");
    }

    @Test
    void reopeningClearsTheDayItWasDone() {
        Brief b = open();
        b.handelAf(AfgehandeldDoor.SAMEN, IK, NU, VANDAAG);
        b.wijzig(brief(VANDAAG.minusDays(3), VANDAAG.plusDays(7), BriefStatus.IN_BEHANDELING, AfgehandeldDoor.SAMEN),
                IK, NU, VANDAAG);
        assertThat(b.afgehandeldOp()).isNull();
        assertThat(b.status().isOpen()).isTrue();
    }

    @Test
    void anOpenLetterPastItsDeadlineIsOverdueAHandledOneIsNot() {
        Brief b = Brief.nieuw(new HuishoudenId(UUID.randomUUID()),
                brief(VANDAAG.minusDays(20), VANDAAG.minusDays(1), BriefStatus.IN_BEHANDELING, null), IK, NU, VANDAAG);
        assertThat(b.isVerlopen(VANDAAG)).isTrue();
        assertThat(b.isVerlopen(VANDAAG.minusDays(1))).isFalse();
        b.handelAf(AfgehandeldDoor.BEGELEIDER, IK, NU, VANDAAG);
        assertThat(b.isVerlopen(VANDAAG)).isFalse();
    }

    @Test
    void aRefusedChangeLeavesTheLetterAsItWas() {
        Brief b = open();
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> b.wijzig(
                brief(VANDAAG, VANDAAG.minusDays(1), BriefStatus.OPEN, null), IK, NU, VANDAAG));
        assertThat(b.deadline()).isEqualTo(VANDAAG.plusDays(7));
        assertThat(b.gewijzigdDoor()).isNull();
    }
}
