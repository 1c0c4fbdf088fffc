package nl.wegwijs.checklist.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.WieDeedHet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edit form leaves "not in the future" to the item, which asks the application's clock (Amsterdam): Bean
 * Validation would ask the JVM's zone, a day behind just after midnight when the server runs in UTC.
 */
class ItemFormTests {

    /** 00:30 on 2 March in Amsterdam; a validator in a UTC JVM still thinks it is 1 March. */
    static final Clock UTC_NA_MIDDERNACHT = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);

    static ValidatorFactory fabriek;
    static Validator validator;

    @BeforeAll
    static void validator() {
        fabriek = Validation.byDefaultProvider().configure().clockProvider(() -> UTC_NA_MIDDERNACHT)
            .buildValidatorFactory();
        validator = fabriek.getValidator();
    }

    @AfterAll
    static void sluit() {
        fabriek.close();
    }

    @Test
    void todayInAmsterdamIsAcceptedWhateverTheJvmsZone() {
        ItemForm form = new ItemForm();
        form.setStatus(ItemStatus.GEREGELD);
        form.setWie(WieDeedHet.SAMEN);
        form.setDatum(LocalDate.of(2026, 3, 2));
        assertThat(validator.validate(form)).isEmpty();
    }
}
