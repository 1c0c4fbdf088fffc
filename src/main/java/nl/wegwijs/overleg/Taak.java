package nl.wegwijs.overleg;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One of my open agreements (tasks), with the date of the meeting it was made in and the household's name when I may
 * see the household (a task owner who does not guide it sees the task only).
 */
public record Taak(Afspraak afspraak, LocalDate overlegDatum, @Nullable String huishoudenNaam) {
}
