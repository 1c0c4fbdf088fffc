/**
 * Signals about a household, both ways between guide and gemeente, with urgency and a plan van aanpak of
 * actions with owner and date, followed to closure.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject" })
package nl.wegwijs.signaal;
