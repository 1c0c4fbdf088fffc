package nl.wegwijs.checklist.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.ItemWijziging;
import nl.wegwijs.checklist.WieDeedHet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge patch changes only what it names, clears what it sets to null, and leaves "not in the future" to the item
 * (the application's clock in Amsterdam, not the JVM's zone).
 */
class ChecklistItemWijzigingTests {

    static final LocalDate DEADLINE = LocalDate.of(2026, 4, 1);
    static final ItemWijziging HUIDIG = new ItemWijziging(ItemStatus.BEZIG, null, null, DEADLINE, "Brief bij de buren",
            null);

    @Test
    void whatThePatchLeavesOutStaysAndNullClears() {
        var alleenStand = new ChecklistItemWijziging();
        alleenStand.setVersie(1L);
        alleenStand.setStatus(ItemStatus.GEREGELD);
        alleenStand.setWieDeedHet(WieDeedHet.ZELF);
        assertThat(alleenStand.patch().apply(HUIDIG)).isEqualTo(new ItemWijziging(ItemStatus.GEREGELD, WieDeedHet.ZELF,
                null, DEADLINE, "Brief bij de buren", null));
        var leeg = new ChecklistItemWijziging();
        leeg.setVersie(1L);
        leeg.setDeadline(null);
        leeg.setNotitie(null);
        assertThat(leeg.patch().apply(HUIDIG)).isEqualTo(new ItemWijziging(ItemStatus.BEZIG, null, null, null, null,
                null));
    }

    @Test
    void todayInAmsterdamIsNotRefusedByAValidatorInAnotherZone() {
        Clock utc = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);
        try (ValidatorFactory fabriek = Validation.byDefaultProvider().configure().clockProvider(() -> utc)
            .buildValidatorFactory()) {
            var vandaagInAmsterdam = new ChecklistItemWijziging();
            vandaagInAmsterdam.setVersie(1L);
            vandaagInAmsterdam.setStatus(ItemStatus.GEREGELD);
            vandaagInAmsterdam.setWieDeedHet(WieDeedHet.SAMEN);
            vandaagInAmsterdam.setDatum(LocalDate.of(2026, 3, 2));
            assertThat(fabriek.getValidator().validate(vandaagInAmsterdam)).isEmpty();
        }
    }

    @Test
    void aLeftOutStatusStaysAStatusSetToNullIsRefused() {
        try (ValidatorFactory fabriek = Validation.buildDefaultValidatorFactory()) {
            var zonder = new ChecklistItemWijziging();
            zonder.setVersie(1L);
            assertThat(fabriek.getValidator().validate(zonder)).isEmpty();
            var leeg = new ChecklistItemWijziging();
            leeg.setVersie(1L);
            leeg.setStatus(null);
            assertThat(fabriek.getValidator().validate(leeg)).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("status"));
        }
    }
}
