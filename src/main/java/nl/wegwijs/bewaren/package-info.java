/**
 * Retention and erasure (issue 18, point 7): per gemeente a retention period after a trajectory ended; a nightly job
 * (ShedLock) that first reports which households it would anonymise (a dry run with ids, dates and counts, never
 * names) and, when configured or confirmed by the beheerder or privacy officer, carries out exactly that run; every
 * module then scrubs its own tables on {@link nl.wegwijs.huishouden.HuishoudenGeanonimiseerd}. And the file following
 * a person who moves to another gemeente, with their consent: an export as a versioned JSON document and its import.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "toestemming" })
package nl.wegwijs.bewaren;
