package nl.wegwijs.ontzorgen.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.wegwijs.system.DomeinFout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Amounts as a Dutch budgetcoach types them. */
class BedragTests {

    @Test
    void readsDutchAndPlainAmounts() {
        assertThat(OntzorgenController.bedrag("612,50")).isEqualByComparingTo(new BigDecimal("612.50"));
        assertThat(OntzorgenController.bedrag("612.50")).isEqualByComparingTo(new BigDecimal("612.50"));
        assertThat(OntzorgenController.bedrag("€ 1.250,75")).isEqualByComparingTo(new BigDecimal("1250.75"));
        assertThat(OntzorgenController.bedrag("12.000")).isEqualByComparingTo(new BigDecimal("12000"));
        assertThat(OntzorgenController.bedrag("24.8")).isEqualByComparingTo(new BigDecimal("24.8"));
        assertThat(OntzorgenController.bedrag(" ")).isNull();
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> OntzorgenController.bedrag("twaalf"));
    }
}
