/**
 * The JSON API of the intake module: a household's brede intakes per person, and recording or changing one.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.intake.api;
