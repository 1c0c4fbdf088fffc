/**
 * The brede intake (broad intake) per inburgeringsplichtige person: held by the gemeente's regievoerder, with who
 * attended, the interpreter and structured findings over every area of life; the health finding is for the
 * regievoerder alone.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie", "huishouden", "traject", "signaal" })
package nl.wegwijs.intake;
