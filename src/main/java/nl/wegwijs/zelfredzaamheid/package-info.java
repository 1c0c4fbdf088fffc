/**
 * Self-reliance (zelfredzaamheid) over time: configurable instruments (domains, optional components, an ordered scale
 * with level names and criteria), per contract which instrument, domains, measurement moments and "zelfredzaam
 * genoeg?" rule apply, measurements per person (or household) with a level per component or domain, the
 * begeleidingsplan made after each measurement, and the progress chart. Other modules read the latest state through
 * {@link nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService#stand}; the worklist listens to
 * {@link nl.wegwijs.zelfredzaamheid.ZelfredzaamheidStandGewijzigd}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "checklist" })
package nl.wegwijs.zelfredzaamheid;
