/**
 * The basisvoorzieningen checklist: templates per contract (themes, phase-1 categories, per household or per
 * person, due offsets, yearly recurrence) and each household's items with status and who did it (leren door te doen).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject" })
package nl.wegwijs.checklist;
