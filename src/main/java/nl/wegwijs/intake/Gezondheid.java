package nl.wegwijs.intake;

import org.jspecify.annotations.Nullable;

/**
 * The health finding of the brede intake: whether health needs attention, and what. For the regievoerder alone: the
 * service hands it to nobody else (not to guides, not with a consent); elsewhere it is absent (null).
 */
public record Gezondheid(boolean aandacht, @Nullable String toelichting) {

    public static final Gezondheid GEEN = new Gezondheid(false, null);

    public Gezondheid {
        toelichting = IntakeGegevens.tekst(toelichting);
    }
}
