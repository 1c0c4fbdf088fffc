/**
 * Letters and administration (post): what came in, from whom, what has to be done by when, and who handled it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject" })
package nl.wegwijs.post;
