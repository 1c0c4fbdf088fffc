package nl.wegwijs.contact;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.DomeinFout;

/**
 * The rules every contact and group session keeps, as plain functions of their input and today's date: a contact
 * took place (not in the future) and not longer ago than a year; it lasted at least a minute and at most twelve
 * hours; a next contact is planned for today or later, within a year; a group session lies within a year either side
 * of today. Refusals carry a message key, so the form and the API say the same in Dutch.
 */
public final class Contactregels {

    /** The longest contact or session: twelve hours. */
    public static final int MAX_MINUTEN = 12 * 60;

    /** How far back a contact can still be recorded or moved to. */
    public static final Period MAX_TERUG = Period.ofYears(1);

    /** How far ahead a next contact or a group session can be planned. */
    public static final Period MAX_VOORUIT = Period.ofYears(1);

    /** The longest free text (agreements, note). */
    public static final int MAX_TEKST = 4000;

    private Contactregels() {
    }

    /**
     * A held contact's date: not after today, not more than {@link #MAX_TERUG} before it. An unchanged date of an
     * existing contact ({@code huidige}) stays allowed, so an old contact can still be corrected.
     */
    public static void vereisContactdatum(LocalDate datum, LocalDate vandaag, @Nullable LocalDate huidige) {
        if (datum.equals(huidige)) {
            return;
        }
        if (datum.isAfter(vandaag)) {
            throw new DomeinFout("contact.datum.toekomst");
        }
        if (datum.isBefore(vandaag.minus(MAX_TERUG))) {
            throw new DomeinFout("contact.datum.te-oud");
        }
    }

    /** A duration of at least one minute and at most {@link #MAX_MINUTEN}. */
    public static void vereisMinuten(int minuten) {
        if (minuten < 1 || minuten > MAX_MINUTEN) {
            throw new DomeinFout("contact.minuten.bereik", MAX_MINUTEN / 60);
        }
    }

    /** A planned next contact: today or later, within {@link #MAX_VOORUIT}; an unchanged date stays allowed. */
    public static void vereisVolgendContact(@Nullable LocalDate volgend, LocalDate vandaag,
            @Nullable LocalDate huidige) {
        if (volgend == null || volgend.equals(huidige)) {
            return;
        }
        if (volgend.isBefore(vandaag)) {
            throw new DomeinFout("contact.volgend.verleden");
        }
        if (volgend.isAfter(vandaag.plus(MAX_VOORUIT))) {
            throw new DomeinFout("contact.volgend.te-ver");
        }
    }

    /** A group session's date: within {@link #MAX_TERUG} before and {@link #MAX_VOORUIT} after today. */
    public static void vereisBijeenkomstdatum(LocalDate datum, LocalDate vandaag, @Nullable LocalDate huidige) {
        if (datum.equals(huidige)) {
            return;
        }
        if (datum.isBefore(vandaag.minus(MAX_TERUG))) {
            throw new DomeinFout("contact.groep.datum.te-oud");
        }
        if (datum.isAfter(vandaag.plus(MAX_VOORUIT))) {
            throw new DomeinFout("contact.groep.datum.te-ver");
        }
    }

    /** Free text within {@link #MAX_TEKST} characters; blank becomes null. */
    static @Nullable String tekst(@Nullable String tekst, int max) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String t = tekst.strip();
        if (t.length() > max) {
            throw new DomeinFout("contact.tekst.te-lang", max);
        }
        return t;
    }
}
