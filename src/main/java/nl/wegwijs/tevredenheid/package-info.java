/**
 * Client satisfaction (tevredenheid): a short plain-language questionnaire on a smiley scale, once per household after
 * the first year of guidance (or at its end when guidance is shorter), recorded by the guide with the person or filled
 * in by the person on the guide's device, and reported in aggregate only (groups smaller than five suppressed).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject" })
package nl.wegwijs.tevredenheid;
