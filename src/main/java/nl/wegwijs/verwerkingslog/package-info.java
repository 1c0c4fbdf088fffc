/**
 * The processing log, after Logboek Dataverwerkingen: one row per data subject for every read and write of personal
 * data (list views included), written in the caller's transaction, naming a processing activity of the register kept
 * in Wegwijs ({@link nl.wegwijs.verwerkingslog.Verwerkingsactiviteit}), success or failure, and the trace id of the
 * request. Append-only (the database refuses changes), its own retention by whole monthly partitions, browsable by the
 * beheerder and the privacyfunctionaris.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system" })
package nl.wegwijs.verwerkingslog;
