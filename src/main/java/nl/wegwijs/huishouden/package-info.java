/**
 * Households and the persons in them, each person with their own legal dates and status for guidance.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie" })
package nl.wegwijs.huishouden;
