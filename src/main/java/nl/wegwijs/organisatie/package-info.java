/**
 * Gemeenten, uitvoerders and their teams, the contracts between them, the versioned regimes that fix deadlines and
 * the shape of guidance, and the medewerkers with their roles.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog" })
package nl.wegwijs.organisatie;
