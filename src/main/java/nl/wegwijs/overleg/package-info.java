/**
 * The casuïstiekoverleg: a recurring meeting of the gemeente and its partners with an agenda generated from open
 * signals, overdue items and cases put forward, and minutes per household whose agreements become tasks with an
 * owner and a date.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie", "huishouden", "traject", "signaal", "werklijst", "notificatie" })
package nl.wegwijs.overleg;
