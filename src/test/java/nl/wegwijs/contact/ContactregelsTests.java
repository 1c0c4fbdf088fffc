package nl.wegwijs.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The rules of contacts, group sessions, the contact norm and hours, with fixed dates and no Spring. */
class ContactregelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 16);
    static final UUID IK = UUID.randomUUID();
    static final UUID COLLEGA = UUID.randomUUID();
    static final UUID SAMIRA = UUID.randomUUID();

    static ContactInvoer invoer(LocalDate datum, int minuten, Tolk tolk, String taal, LocalDate volgend,
            Set<UUID> medewerkers) {
        return new ContactInvoer(datum, minuten, Contactsoort.HUISBEZOEK, Set.of(SAMIRA), medewerkers, tolk, taal,
                Set.of(Thema.WONEN), " Samen naar de huisarts. ", "  ", volgend);
    }

    static ContactInvoer invoer(LocalDate datum, int minuten) {
        return invoer(datum, minuten, Tolk.GEEN, null, null, Set.of(IK));
    }

    static Contactmoment legVast(ContactInvoer invoer) {
        return Contactmoment.legVast(new HuishoudenId(UUID.randomUUID()), invoer, IK, VANDAAG, Instant.EPOCH);
    }

    static void weigert(String code, Runnable actie) {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(actie::run).satisfies(f -> assertThat(f.code())
            .isEqualTo(code));
    }

    // --- dates

    @Test
    void refusesAContactInTheFutureEvenTomorrow() {
        weigert("contact.datum.toekomst", () -> legVast(invoer(VANDAAG.plusDays(1), 60)));
        weigert("contact.datum.toekomst", () -> legVast(invoer(VANDAAG.plusYears(3), 60)));
    }

    @Test
    void acceptsTodayAndUpToAYearBackButNotEarlier() {
        assertThatNoException().isThrownBy(() -> legVast(invoer(VANDAAG, 60)));
        assertThatNoException().isThrownBy(() -> legVast(invoer(VANDAAG.minusYears(1), 60)));
        weigert("contact.datum.te-oud", () -> legVast(invoer(VANDAAG.minusYears(1).minusDays(1), 60)));
    }

    @Test
    void anOldContactCanStillBeCorrectedWithoutMovingItsDate() {
        Contactmoment c = legVast(invoer(VANDAAG.minusMonths(11), 60));
        LocalDate veelLater = VANDAAG.plusMonths(3);
        assertThatNoException().isThrownBy(() -> c.wijzig(invoer(VANDAAG.minusMonths(11), 90), veelLater));
        assertThat(c.minuten()).isEqualTo(90);
        weigert("contact.datum.te-oud", () -> c.wijzig(invoer(VANDAAG.minusMonths(12), 90), veelLater));
    }

    @Test
    void theNextContactIsPlannedFromTodayWithinAYear() {
        weigert("contact.volgend.verleden",
                () -> legVast(invoer(VANDAAG, 60, Tolk.GEEN, null, VANDAAG.minusDays(1), Set.of(IK))));
        weigert("contact.volgend.te-ver",
                () -> legVast(invoer(VANDAAG, 60, Tolk.GEEN, null, VANDAAG.plusYears(1).plusDays(1), Set.of(IK))));
        assertThat(legVast(invoer(VANDAAG, 60, Tolk.GEEN, null, VANDAAG, Set.of(IK))).volgendContact())
            .isEqualTo(VANDAAG);
    }

    // --- duration, who, interpreter, text

    @Test
    void aDurationIsBetweenOneMinuteAndTwelveHours() {
        weigert("contact.minuten.bereik", () -> legVast(invoer(VANDAAG, 0)));
        weigert("contact.minuten.bereik", () -> legVast(invoer(VANDAAG, -30)));
        weigert("contact.minuten.bereik", () -> legVast(invoer(VANDAAG, 12 * 60 + 1)));
        assertThat(legVast(invoer(VANDAAG, 1)).minuten()).isEqualTo(1);
        assertThat(legVast(invoer(VANDAAG, 12 * 60)).minuten()).isEqualTo(720);
    }

    @Test
    void someoneOfTheHouseholdAndOfTheStaffWasThere() {
        weigert("contact.personen.leeg", () -> legVast(new ContactInvoer(VANDAAG, 60, Contactsoort.TELEFONISCH,
                Set.of(), Set.of(IK), Tolk.GEEN, null, Set.of(), null, null, null)));
        weigert("contact.medewerkers.leeg", () -> legVast(new ContactInvoer(VANDAAG, 60, Contactsoort.TELEFONISCH,
                Set.of(SAMIRA), Set.of(), Tolk.GEEN, null, Set.of(), null, null, null)));
    }

    @Test
    void anInterpreterNeedsALanguageAndNoInterpreterKeepsNone() {
        weigert("contact.tolk.taal", () -> legVast(invoer(VANDAAG, 60, Tolk.PROFESSIONEEL, " ", null, Set.of(IK))));
        assertThat(legVast(invoer(VANDAAG, 60, Tolk.INFORMEEL, " Tigrinya ", null, Set.of(IK))).tolkTaal())
            .isEqualTo("Tigrinya");
        assertThat(legVast(invoer(VANDAAG, 60, Tolk.GEEN, "Arabisch", null, Set.of(IK))).tolkTaal()).isNull();
    }

    @Test
    void freeTextIsTrimmedBlankIsNothingAndTooLongIsRefused() {
        Contactmoment c = legVast(invoer(VANDAAG, 60));
        assertThat(c.afspraken()).isEqualTo("Samen naar de huisarts.");
        assertThat(c.notitie()).isNull();
        weigert("contact.tekst.te-lang", () -> legVast(new ContactInvoer(VANDAAG, 60, Contactsoort.KANTOOR,
                Set.of(SAMIRA), Set.of(IK), Tolk.GEEN, null, Set.of(), "x".repeat(4001), null, null)));
    }

    // --- themes and codes

    @Test
    void anUnknownThemeIsRefusedByName() {
        assertThat(Thema.van(List.of("wonen", " GEZONDHEID "))).containsExactly(Thema.WONEN, Thema.GEZONDHEID);
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> Thema.van(List.of("WONEN", "ASTROLOGIE")))
            .satisfies(f -> {
                assertThat(f.code()).isEqualTo("contact.thema.onbekend");
                assertThat(f.argumenten()).containsExactly("ASTROLOGIE");
            });
        weigert("contact.soort.onbekend", () -> Contactsoort.van("POSTDUIF"));
        weigert("contact.tolk.onbekend", () -> Tolk.van("TOLKJE"));
        weigert("contact.groep.soort.onbekend", () -> Bijeenkomstsoort.van("FEEST"));
    }

    // --- hours

    @Test
    void eachStaffMemberPresentGetsTheDurationOnce() {
        Contactmoment c = legVast(invoer(VANDAAG, 90, Tolk.GEEN, null, null, Set.of(IK, COLLEGA)));
        assertThat(c.medewerkerMinuten()).isEqualTo(180);
        assertThat(c.medewerkers()).containsExactlyInAnyOrder(IK, COLLEGA);
    }

    @Test
    void hoursAreShownWithAtMostOneDecimalInTheReadersLanguage() {
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("nl"));
            assertThat(Uren.tekst(90)).isEqualTo("1,5");
            assertThat(Uren.tekst(120)).isEqualTo("2");
            assertThat(Uren.tekst(0)).isEqualTo("0");
            assertThat(Uren.tekst(50)).isEqualTo("0,8");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
            assertThat(Uren.tekst(750)).isEqualTo("12.5");
        }
        finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    // --- the contact norm

    @Test
    void theNextContactIsDueTheNormAfterTheLastContact() {
        assertThat(Contactnorm.uiterlijk(VANDAAG.minusWeeks(1), VANDAAG.minusMonths(6), VANDAAG.minusMonths(7), 4))
            .isEqualTo(VANDAAG.plusWeeks(3));
    }

    @Test
    void withoutContactTheNormRunsFromThePracticalStartElseFromTheAanmelding() {
        assertThat(Contactnorm.uiterlijk(null, VANDAAG.minusWeeks(2), VANDAAG.minusMonths(2), 4))
            .isEqualTo(VANDAAG.plusWeeks(2));
        assertThat(Contactnorm.uiterlijk(null, null, VANDAAG.minusWeeks(5), 4)).isEqualTo(VANDAAG.minusWeeks(1));
        assertThat(Contactnorm.uiterlijk(null, null, null, 4)).isNull();
    }

    @Test
    void overdueOnlyAfterTheDueDate() {
        assertThat(Contactnorm.achterstallig(VANDAAG, VANDAAG)).isFalse();
        assertThat(Contactnorm.achterstallig(VANDAAG.minusDays(1), VANDAAG)).isTrue();
        assertThat(Contactnorm.achterstallig(null, VANDAAG)).isFalse();
    }

    // --- group sessions

    static GroepsbijeenkomstInvoer sessie(LocalDate datum, int minuten) {
        return new GroepsbijeenkomstInvoer(" Budgetcursus ", Bijeenkomstsoort.BUDGETCURSUS,
                Thema.FINANCIEN_ADMINISTRATIE, datum, minuten, "Buurthuis", "Arabisch", null, null, null);
    }

    @Test
    void aSessionCanBePlannedAheadButAttendanceOnlyOnceHeld() {
        Groepsbijeenkomst g = Groepsbijeenkomst.registreer(sessie(VANDAAG.plusWeeks(2), 120), IK, UUID.randomUUID(),
                null, IK, VANDAAG);
        assertThat(g.titel()).isEqualTo("Budgetcursus");
        weigert("contact.groep.deelname.toekomst", () -> g.vereisGehouden(VANDAAG));
        assertThatNoException().isThrownBy(() -> g.vereisGehouden(VANDAAG.plusWeeks(2)));
    }

    @Test
    void aSessionWithAttendeesCannotMoveIntoTheFuture() {
        Groepsbijeenkomst g = Groepsbijeenkomst.registreer(sessie(VANDAAG.minusDays(3), 120), IK, UUID.randomUUID(),
                null, IK, VANDAAG);
        weigert("contact.groep.datum.deelnemers-toekomst",
                () -> g.wijzig(sessie(VANDAAG.plusDays(1), 120), IK, null, VANDAAG, true));
        assertThatNoException().isThrownBy(() -> g.wijzig(sessie(VANDAAG.plusDays(1), 120), IK, null, VANDAAG, false));
    }

    @Test
    void aSessionNeedsATitleAndASensibleDateAndDuration() {
        weigert("contact.groep.titel.leeg", () -> Groepsbijeenkomst.registreer(new GroepsbijeenkomstInvoer(" ",
                Bijeenkomstsoort.ANDERS, Thema.WONEN, VANDAAG, 60, null, null, null, null, null), IK,
                UUID.randomUUID(), null, IK, VANDAAG));
        weigert("contact.groep.datum.te-ver", () -> Groepsbijeenkomst.registreer(sessie(VANDAAG.plusYears(2), 60), IK,
                UUID.randomUUID(), null, IK, VANDAAG));
        weigert("contact.groep.datum.te-oud", () -> Groepsbijeenkomst.registreer(sessie(VANDAAG.minusYears(2), 60),
                IK, UUID.randomUUID(), null, IK, VANDAAG));
        weigert("contact.minuten.bereik", () -> Groepsbijeenkomst.registreer(sessie(VANDAAG, -10), IK,
                UUID.randomUUID(), null, IK, VANDAAG));
    }
}
