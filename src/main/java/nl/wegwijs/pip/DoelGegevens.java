package nl.wegwijs.pip;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a PIP version says of one goal: its leefgebied, short or long term, the goal itself, its owner (with, for an
 * owner outside Wegwijs, whom to ask), the target date and its status when the version was made.
 */
public record DoelGegevens(Leefgebied leefgebied, Doeltermijn termijn, String omschrijving, Eigenaar eigenaar,
        @Nullable String contact, @Nullable LocalDate streefdatum, DoelStatus status) {

    public static final int OMSCHRIJVING_MAX = 300;
    public static final int CONTACT_MAX = 120;
}
