package nl.wegwijs.organisatie;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Code verification with a fixed clock, against the test vectors of RFC 6238 (SHA-1, last 6 of the 8 digits). */
class TotpTests {

    // the RFC's SHA-1 secret, the ASCII text "12345678901234567890"
    static final String GEHEIM = new Base32().encodeToString("12345678901234567890".getBytes()).replace("=", "");

    static Totp op(long epochSeconde) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSeconde), ZoneOffset.UTC));
    }

    @Test
    void makesTheCodesOfRfc6238() {
        Totp totp = op(0);
        assertThat(totp.code(GEHEIM, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(totp.code(GEHEIM, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(totp.code(GEHEIM, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(totp.code(GEHEIM, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsTheCodeOfNowAndSaysItsTimeStep() {
        assertThat(op(1234567890).controleer(GEHEIM, "005924")).hasValue(1234567890L / 30);
        assertThat(op(1234567890).controleer(GEHEIM, " 005 924 ")).hasValue(1234567890L / 30);
    }

    @Test
    void acceptsTheCodeOfThirtySecondsBeforeOrAfterButNotFurther() {
        assertThat(op(59 + 30).controleer(GEHEIM, "287082")).hasValue(1);
        assertThat(op(59 - 30).controleer(GEHEIM, "287082")).hasValue(1);
        assertThat(op(59 + 60).controleer(GEHEIM, "287082")).isEmpty();
        assertThat(op(59 - 60 + 30 * 100).controleer(GEHEIM, "287082")).isEmpty();
    }

    @Test
    void refusesAWrongCodeAndAnythingThatIsNotSixDigits() {
        Totp totp = op(59);
        assertThat(totp.controleer(GEHEIM, "287083")).isEmpty();
        assertThat(totp.controleer(GEHEIM, "94287082")).isEmpty();
        assertThat(totp.controleer(GEHEIM, "28708")).isEmpty();
        assertThat(totp.controleer(GEHEIM, "")).isEmpty();
        assertThat(totp.controleer(GEHEIM, "abcdef")).isEmpty();
    }

    @Test
    void aNewSecretIs160BitsInBase32AndTheUriNamesWegwijs() {
        String geheim = Totp.nieuwGeheim();
        assertThat(geheim).matches("[A-Z2-7]{32}");
        assertThat(new Base32().decode(geheim)).hasSize(20);
        assertThat(Totp.nieuwGeheim()).isNotEqualTo(geheim);
        assertThat(Totp.uri("Wegwijs", "f.amrani", geheim)).isEqualTo("otpauth://totp/Wegwijs:f.amrani?secret="
                + geheim + "&issuer=Wegwijs&algorithm=SHA1&digits=6&period=30");
    }
}
