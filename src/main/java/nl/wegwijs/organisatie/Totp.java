package nl.wegwijs.organisatie;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, 6 digits, a new code every
 * 30 seconds. The codes themselves come from the java-otp library; this class only chooses the parameters, accepts a
 * code of the previous or next 30 seconds too (a phone's clock may be a little off), and says which time step it was,
 * so that a code once used can be refused.
 */
final class Totp {

    static final int STAP_SECONDEN = 30;
    private static final int GEHEIM_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
    }

    /** The time step of a code that is right now (or 30 seconds before or after), or empty when it is wrong. */
    OptionalLong controleer(String geheim, String code) {
        String cijfers = code.replaceAll("\\s", "");
        if (!cijfers.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long nu = clock.instant().getEpochSecond() / STAP_SECONDEN;
        for (long stap = nu - 1; stap <= nu + 1; stap++) {
            String verwacht = code(geheim, Instant.ofEpochSecond(stap * STAP_SECONDEN));
            if (MessageDigest.isEqual(verwacht.getBytes(StandardCharsets.US_ASCII),
                    cijfers.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(stap);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a Base32 secret at a moment, as the authenticator app shows it. */
    String code(String geheim, Instant op) {
        try {
            return generator.generateOneTimePasswordString(sleutel(geheim), op, Locale.ROOT);
        }
        catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new random secret of 160 bits, in Base32 as the apps expect (no padding). */
    static String nieuwGeheim() {
        byte[] bytes = new byte[GEHEIM_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The otpauth URI an authenticator app reads from the QR code. */
    static String uri(String uitgever, String account, String geheim) {
        String label = encode(uitgever) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + geheim + "&issuer=" + encode(uitgever)
                + "&algorithm=SHA1&digits=6&period=" + STAP_SECONDEN;
    }

    private static SecretKeySpec sleutel(String geheim) {
        return new SecretKeySpec(new Base32().decode(geheim), "HmacSHA1");
    }

    private static String encode(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
