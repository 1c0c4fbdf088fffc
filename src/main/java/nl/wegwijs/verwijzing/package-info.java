/**
 * Referrals (verwijzingen) of a household or one of its persons to a service on the sociale kaart of the household's
 * gemeente, from a signal or from the file: reason, warm or cold, a status lifecycle with the date of each step (so
 * waiting times are measured), sent only with a valid DOORVERWIJZING consent. A service with Wegwijs accounts (a
 * wijkteam) receives and answers its referrals in Wegwijs; for other services the guide records the answer.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "toestemming", "socialekaart", "notificatie" })
package nl.wegwijs.verwijzing;
