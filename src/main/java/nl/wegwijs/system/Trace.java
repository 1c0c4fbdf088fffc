package nl.wegwijs.system;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The trace id of the current request (W3C Trace Context): taken from a valid {@code traceparent} header of the
 * caller, or made new, by {@link TraceFilter}, and kept in the SLF4J MDC under {@value #MDC_SLEUTEL} (32 lower-case
 * hex digits) so log lines and processing-log rows of one request carry the same id.
 */
public final class Trace {

    /** The MDC key of the trace id. */
    public static final String MDC_SLEUTEL = "traceId";
    /** The request and response header of W3C Trace Context. */
    public static final String HEADER = "traceparent";

    private static final Pattern TRACEPARENT = Pattern.compile(
            "^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$");
    private static final String NUL_TRACE = "0".repeat(32);
    private static final String NUL_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Trace() {
    }

    /** The trace id of the current request, or null outside one. */
    public static @Nullable UUID huidig() {
        String id = MDC.get(MDC_SLEUTEL);
        return id == null ? null : alsUuid(id);
    }

    /**
     * The trace id of a {@code traceparent} header, or null when the header is missing or invalid (W3C Trace Context
     * level 1: version {@code ff} is invalid, an all-zero trace or parent id is invalid, a version {@code 00} header
     * has exactly four parts).
     */
    static @Nullable String uitHeader(@Nullable String header) {
        if (header == null) {
            return null;
        }
        var m = TRACEPARENT.matcher(header.strip());
        if (!m.matches() || "ff".equals(m.group(1)) || NUL_TRACE.equals(m.group(2)) || NUL_SPAN.equals(m.group(3))
                || "00".equals(m.group(1)) && m.group(5) != null) {
            return null;
        }
        return m.group(2);
    }

    /** A new random trace id, 32 hex digits. */
    static String nieuw() {
        return hex(16);
    }

    /** A {@code traceparent} for the answer: this trace, a new span id of ours. */
    static String traceparent(String traceId) {
        return "00-" + traceId + "-" + hex(8) + "-01";
    }

    /** 32 hex digits as a UUID (the column type of the processing log). */
    static UUID alsUuid(String hex) {
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        do {
            RANDOM.nextBytes(b);
        } while (allNul(b));
        return HexFormat.of().formatHex(b);
    }

    private static boolean allNul(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
