/**
 * The sociale kaart: per gemeente a directory of local services (huisarts, GGZ, schuldhulp, sociaal wijkteam, Wmo,
 * zelforganisaties, ...) with contact, languages, typical waiting time and how to refer; a service may name the
 * Wegwijs organisation that has accounts for it (a wijkteam), which then receives referrals in Wegwijs. Maintained by
 * the beheerder, the teamleiders of the uitvoerders working in the gemeente and the gemeente's regievoerder; read by
 * everyone who works for the gemeente's households. Holds no personal data.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "organisatie" })
package nl.wegwijs.socialekaart;
