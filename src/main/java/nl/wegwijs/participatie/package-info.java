/**
 * Participation per person: the Piëzo phase (0-4) over time, dual routes included, and placements (volunteer work,
 * internship, work-experience place) with host organisation, hours, start and end.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie", "huishouden", "traject" })
package nl.wegwijs.participatie;
