/**
 * Guidance trajectories: one per household under a contract, with status lifecycle, phases, assignments of guides,
 * extensions and the legal timeline computed from the applicable regime version.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden" })
package nl.wegwijs.traject;
