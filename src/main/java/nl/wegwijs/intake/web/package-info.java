/**
 * The screens of the intake module: the household file's intake section (loaded when it scrolls into view), the
 * household's intake page listing its inburgeringsplichtige persons, and the intake form per person (the
 * regievoerder's; read-only for guides, without the health finding). Every action works without JavaScript.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.intake.web;
