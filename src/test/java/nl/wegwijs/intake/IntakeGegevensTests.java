package nl.wegwijs.intake;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wegwijs.system.DomeinFout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a brede intake's findings, without Spring and with a fixed today. */
class IntakeGegevensTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);
    static final IntakeGegevens GOED = IntakeFixture.gegevens(VANDAAG.minusDays(3));

    private static void weigert(IntakeGegevens g, String code) {
        assertThatThrownBy(() -> g.controleer(VANDAAG)).isInstanceOf(DomeinFout.class).hasMessage(code);
    }

    @Test
    void acceptsValidFindings() {
        assertThatCode(() -> GOED.controleer(VANDAAG)).doesNotThrowAnyException();
        assertThatCode(() -> IntakeFixture.metGehoudenOp(GOED, VANDAAG).controleer(VANDAAG))
            .doesNotThrowAnyException();
    }

    @Test
    void refusesADayInTheFutureOrBeforeTheLawTookEffect() {
        weigert(IntakeFixture.metGehoudenOp(GOED, VANDAAG.plusDays(1)), "intake.gehouden.toekomst");
        weigert(IntakeFixture.metGehoudenOp(GOED, LocalDate.of(2021, 12, 31)), "intake.gehouden.te-vroeg");
        assertThatCode(() -> IntakeFixture.metGehoudenOp(GOED, IntakeGegevens.EERSTE_DAG).controleer(VANDAAG))
            .doesNotThrowAnyException();
    }

    @Test
    void refusesTheGuideWithoutThePersonsAgreement() {
        weigert(IntakeFixture.metAanwezig(GOED, new Aanwezigen(true, false, true, false, null)),
                "intake.instemming.nodig");
    }

    @Test
    void dropsAnAgreementWhenTheGuideWasNotThere() {
        IntakeGegevens g = IntakeFixture.metAanwezig(GOED, new Aanwezigen(true, false, false, true, null));
        assertThat(g.aanwezig().instemming()).isFalse();
    }

    @Test
    void refusesAnIntakeNobodyAttended() {
        weigert(IntakeFixture.metAanwezig(GOED, new Aanwezigen(false, false, false, false, "  ")),
                "intake.aanwezig.leeg");
        assertThatCode(() -> IntakeFixture.metAanwezig(GOED, new Aanwezigen(false, true, false, false, null))
            .controleer(VANDAAG)).doesNotThrowAnyException();
    }

    @Test
    void anInterpreterNeedsALanguageAndNoInterpreterHasNone() {
        weigert(IntakeFixture.metTolk(GOED, Tolk.INFORMEEL, " "), "intake.tolk-taal.leeg");
        assertThat(IntakeFixture.metTolk(GOED, Tolk.GEEN, "Arabisch").tolkTaal()).isNull();
    }

    @Test
    void healthMarkedForAttentionNeedsAnExplanationAndAWriteCarriesIt() {
        weigert(IntakeFixture.metGezondheid(GOED, new Gezondheid(true, "  ")), "intake.gezondheid.toelichting.leeg");
        weigert(GOED.zonderGezondheid(), "intake.gezondheid.ontbreekt");
        assertThatCode(() -> IntakeFixture.metGezondheid(GOED, Gezondheid.GEEN).controleer(VANDAAG))
            .doesNotThrowAnyException();
    }

    @Test
    void refusesSignalsInTheFutureWithoutTextOrTooMany() {
        weigert(IntakeFixture.metSignalen(GOED, List.of(new EerderSignaal(SignaalBron.HUISARTS, VANDAAG.plusDays(1),
                "Later"))), "intake.signaal.datum.toekomst");
        weigert(IntakeFixture.metSignalen(GOED, List.of(new EerderSignaal(SignaalBron.HUISARTS, VANDAAG, "  "))),
                "intake.signaal.tekst.leeg");
        weigert(IntakeFixture.metSignalen(GOED, Collections.nCopies(IntakeGegevens.SIGNALEN_MAX + 1,
                new EerderSignaal(SignaalBron.COA, VANDAAG, "Iets"))), "intake.signalen.te-veel");
    }

    @Test
    void refusesATextThatIsTooLong() {
        weigert(IntakeFixture.metVerwachtingen(GOED, "x".repeat(IntakeGegevens.TEKST_MAX + 1)), "intake.te-lang");
        assertThatCode(() -> IntakeFixture.metVerwachtingen(GOED, "x".repeat(IntakeGegevens.TEKST_MAX))
            .controleer(VANDAAG)).doesNotThrowAnyException();
    }

    @Test
    void blankTextsBecomeNullAndLanguagesAreUniqueInTheirOrder() {
        IntakeGegevens g = IntakeFixture.metVerwachtingen(GOED, "   ");
        assertThat(g.verwachtingen()).isNull();
        assertThat(IntakeGegevens.talen("Arabisch, engels; ; Engels ,Tigrinya")).containsExactly("Arabisch",
                "engels", "Engels", "Tigrinya");
        IntakeGegevens t = new IntakeGegevens(GOED.gehoudenOp(), GOED.aanwezig(), GOED.tolk(), GOED.tolkTaal(),
                GOED.opleidingsniveau(), null, IntakeGegevens.talen("Arabisch, engels; Engels"), GOED.geletterdheid(),
                null, GOED.gezondheid(), null, false, null, GOED.digitaal(), null, null, false, null, List.of());
        assertThat(t.talen()).containsExactly("Arabisch", "engels");
    }

    @Test
    void withoutHealthLeavesEverythingElse() {
        IntakeGegevens zonder = GOED.zonderGezondheid();
        assertThat(zonder.gezondheid()).isNull();
        assertThat(zonder.verwachtingen()).isEqualTo(GOED.verwachtingen());
        assertThat(zonder.signalen()).isEqualTo(GOED.signalen());
    }
}
