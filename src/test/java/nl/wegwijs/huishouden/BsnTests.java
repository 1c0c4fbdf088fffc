package nl.wegwijs.huishouden;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The elfproef for BSN numbers. */
class BsnTests {

    @ParameterizedTest
    @ValueSource(strings = { "111222333", "123456782", "999999990" })
    void acceptsNumbersPassingTheElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "123456789", "111222334", "12345678", "1234567890", "12345678a", "000000000", "" })
    void refusesEverythingElse(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }
}
