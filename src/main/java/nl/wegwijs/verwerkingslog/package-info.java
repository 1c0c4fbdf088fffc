/**
 * The processing log: one row per data subject for every read and write of personal data, written in the caller's
 * transaction, browsable by a beheerder.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system" })
package nl.wegwijs.verwerkingslog;
