package nl.wegwijs.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How often a household must be seen under a contract: at most {@code weken} weeks between contacts (a group session
 * attended counts). The next contact is due by the last contact plus the norm; before any contact, the norm runs from
 * the practical start of guidance, or from the aanmelding when guidance has not started yet.
 */
public final class Contactnorm {

    /** The norm of a contract that has not set its own. */
    public static final int STANDAARD_WEKEN = 4;
    public static final int MIN_WEKEN = 1;
    public static final int MAX_WEKEN = 52;

    private Contactnorm() {
    }

    /** The date by which the next contact is due; null without any date to count from. */
    public static @Nullable LocalDate uiterlijk(@Nullable LocalDate laatsteContact, @Nullable LocalDate praktischeStart,
            @Nullable LocalDate aangemeldOp, int weken) {
        LocalDate vanaf = laatsteContact != null ? laatsteContact
                : praktischeStart != null ? praktischeStart : aangemeldOp;
        return vanaf == null ? null : vanaf.plusWeeks(weken);
    }

    /** Overdue: the due date has passed (today itself is still on time). */
    public static boolean achterstallig(@Nullable LocalDate uiterlijk, LocalDate vandaag) {
        return uiterlijk != null && uiterlijk.isBefore(vandaag);
    }
}
