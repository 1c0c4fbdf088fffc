package nl.wegwijs.verwijzing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.Toestemming;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;

import static nl.wegwijs.verwijzing.VerwijzingStatus.AANGEMAAKT;
import static nl.wegwijs.verwijzing.VerwijzingStatus.AFGEROND;
import static nl.wegwijs.verwijzing.VerwijzingStatus.AFGEWEZEN;
import static nl.wegwijs.verwijzing.VerwijzingStatus.GEACCEPTEERD;
import static nl.wegwijs.verwijzing.VerwijzingStatus.INGETROKKEN;
import static nl.wegwijs.verwijzing.VerwijzingStatus.VERSTUURD;
import static nl.wegwijs.verwijzing.VerwijzingStatus.WACHTLIJST;
import static org.assertj.core.api.Assertions.assertThat;

/** The referral state machine and the consent rule, as pure rules. */
class VerwijzingStatusTests {

    @Test
    void theFullTransitionTable() {
        assertThat(AANGEMAAKT.volgende()).containsExactlyInAnyOrder(VERSTUURD, AFGEROND, INGETROKKEN);
        assertThat(VERSTUURD.volgende()).containsExactlyInAnyOrder(GEACCEPTEERD, AFGEWEZEN, WACHTLIJST, AFGEROND,
                INGETROKKEN);
        assertThat(WACHTLIJST.volgende()).containsExactlyInAnyOrder(GEACCEPTEERD, AFGEWEZEN, AFGEROND, INGETROKKEN);
        assertThat(GEACCEPTEERD.volgende()).containsExactly(AFGEROND);
        assertThat(AFGEWEZEN.volgende()).containsExactly(AFGEROND);
        assertThat(AFGEROND.volgende()).isEmpty();
        assertThat(INGETROKKEN.volgende()).isEmpty();
    }

    @Test
    void aRevokedConsentWithdrawsExactlyTheOpenStates() {
        assertThat(EnumSet.allOf(VerwijzingStatus.class).stream().filter(s -> s.magNaar(INGETROKKEN)))
            .containsExactlyInAnyOrder(AANGEMAAKT, VERSTUURD, WACHTLIJST);
        assertThat(EnumSet.allOf(VerwijzingStatus.class).stream().filter(VerwijzingStatus::isOpen))
            .containsExactlyInAnyOrder(AANGEMAAKT, VERSTUURD, WACHTLIJST);
        // an accepted, rejected or finished referral stays what it is
        assertThat(GEACCEPTEERD.magNaar(INGETROKKEN)).isFalse();
        assertThat(AFGEWEZEN.magNaar(INGETROKKEN)).isFalse();
        assertThat(AFGEROND.magNaar(INGETROKKEN)).isFalse();
    }

    @Test
    void withdrawnIsFinalClosedAndNoLongerWaiting() {
        assertThat(INGETROKKEN.isGesloten()).isTrue();
        assertThat(AFGEROND.isGesloten()).isTrue();
        assertThat(EnumSet.allOf(VerwijzingStatus.class).stream().filter(VerwijzingStatus::isGesloten))
            .containsExactlyInAnyOrder(AFGEROND, INGETROKKEN);
        assertThat(INGETROKKEN.wachtOpAntwoord()).isFalse();
        assertThat(INGETROKKEN.isAntwoord()).as("nobody answers with a withdrawal").isFalse();
        assertThat(INGETROKKEN.isOpen()).isFalse();
        // the guide cannot finish, send or answer a withdrawn referral
        assertThat(INGETROKKEN.magNaar(AFGEROND)).isFalse();
        assertThat(INGETROKKEN.magNaar(VERSTUURD)).isFalse();
        assertThat(INGETROKKEN.magNaar(GEACCEPTEERD)).isFalse();
    }

    @Test
    void anAnswerNeedsASentReferral() {
        assertThat(AANGEMAAKT.magNaar(GEACCEPTEERD)).isFalse();
        assertThat(AANGEMAAKT.magNaar(WACHTLIJST)).isFalse();
        assertThat(GEACCEPTEERD.magNaar(AFGEWEZEN)).isFalse();
        assertThat(AFGEWEZEN.magNaar(GEACCEPTEERD)).isFalse();
        assertThat(WACHTLIJST.magNaar(WACHTLIJST)).isFalse();
        assertThat(GEACCEPTEERD.magNaar(WACHTLIJST)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(VerwijzingStatus.class)
    void noStateMovesToItselfOrBackToAangemaakt(VerwijzingStatus s) {
        assertThat(s.magNaar(s)).isFalse();
        assertThat(s.magNaar(AANGEMAAKT)).isFalse();
    }

    @Test
    void waitingForAnAnswerIsSentOrWaitingList() {
        assertThat(EnumSet.allOf(VerwijzingStatus.class).stream().filter(VerwijzingStatus::wachtOpAntwoord))
            .containsExactlyInAnyOrder(VERSTUURD, WACHTLIJST);
        assertThat(EnumSet.allOf(VerwijzingStatus.class).stream().filter(VerwijzingStatus::isAntwoord))
            .containsExactlyInAnyOrder(GEACCEPTEERD, AFGEWEZEN, WACHTLIJST);
    }

    @Test
    void waitingDaysRunFromSentToAccepted() {
        // (a withdrawn referral waits no longer either: see withdrawnIsFinalClosedAndNoLongerWaiting)
        LocalDate d = LocalDate.of(2026, 3, 2);
        Verwijzing v = new Verwijzing(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), "Wijkteam",
                nl.wegwijs.socialekaart.Dienstsoort.SOCIAAL_WIJKTEAM, "reden", true, AFGEROND, d, d.plusDays(1),
                d.plusDays(10), d.plusDays(40), null, 5, null, d.plusDays(3), d.plusDays(10), true, null, null);
        assertThat(v.wachtdagen()).isEqualTo(9);
        assertThat(v.wachtSinds(d.plusDays(50))).isNull();
    }

    // --- the consent rule

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);
    final UUID org = UUID.randomUUID();
    final UUID p1 = UUID.randomUUID();
    final UUID p2 = UUID.randomUUID();

    Toestemming t(UUID persoon, UUID organisatie, Rol rol, Doel doel, LocalDate vanaf, LocalDate tot,
            Instant ingetrokken) {
        return new Toestemming(UUID.randomUUID(), UUID.randomUUID(), persoon, organisatie, rol, "ontvanger",
                Set.of(Gegevenssoort.SIGNALEN), doel, vanaf, tot, Wijze.MONDELING, null, UUID.randomUUID(),
                Instant.now(), null, ingetrokken, null, null, 0);
    }

    @Test
    void everyPersonConcernedNeedsAValidReferralConsentForTheOrganisation() {
        Toestemming geldig = t(p1, org, Rol.WIJKTEAM, Doel.DOORVERWIJZING, VANDAAG.minusDays(3), null, null);
        Verwijzingregels.Toetsing een = Verwijzingregels.toets(List.of(geldig), List.of(p1), org, VANDAAG);
        assertThat(een.geldig()).isTrue();
        assertThat(een.gebruikt()).containsExactly(geldig.id());
        Verwijzingregels.Toetsing twee = Verwijzingregels.toets(List.of(geldig), List.of(p1, p2), org, VANDAAG);
        assertThat(twee.geldig()).isFalse();
        assertThat(twee.zonder()).containsExactly(p2);
    }

    @Test
    void revokedExpiredFutureOtherPurposeOtherOrganisationOrOtherRoleDoNotCount() {
        List<Toestemming> niet = List.of(
                t(p1, org, Rol.WIJKTEAM, Doel.DOORVERWIJZING, VANDAAG.minusDays(3), null, Instant.now()),
                t(p1, org, Rol.WIJKTEAM, Doel.DOORVERWIJZING, VANDAAG.minusDays(30), VANDAAG.minusDays(1), null),
                t(p1, org, Rol.WIJKTEAM, Doel.DOORVERWIJZING, VANDAAG.plusDays(1), null, null),
                t(p1, org, Rol.WIJKTEAM, Doel.REGIE, VANDAAG.minusDays(3), null, null),
                t(p1, UUID.randomUUID(), Rol.WIJKTEAM, Doel.DOORVERWIJZING, VANDAAG.minusDays(3), null, null),
                t(p1, org, Rol.REGIEVOERDER, Doel.DOORVERWIJZING, VANDAAG.minusDays(3), null, null));
        assertThat(Verwijzingregels.toets(niet, List.of(p1), org, VANDAAG).geldig()).isFalse();
        assertThat(Verwijzingregels.toets(
                List.of(t(p1, org, null, Doel.DOORVERWIJZING, VANDAAG, VANDAAG, null)), List.of(p1), org, VANDAAG)
            .geldig()).as("the organisation as a whole, valid today").isTrue();
    }
}
