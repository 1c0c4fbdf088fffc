package nl.wegwijs.pip;

import java.time.LocalDate;
import java.util.UUID;

/** A progress talk (voortgangsgesprek) on a person's PIP: when, who were there, and what came out of it. */
public record Gesprek(UUID id, UUID pipId, LocalDate op, String wie, String uitkomst, UUID door) {

    public static final int WIE_MAX = 200;
    public static final int UITKOMST_MAX = 2000;
}
