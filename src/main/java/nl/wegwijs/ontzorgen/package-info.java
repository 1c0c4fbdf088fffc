/**
 * Financieel ontzorgen by the budgetcoach: the fixed costs paid on the household's behalf during the first months
 * of bijstand, the monthly status, the end (the regime's period or earlier) and the transition to paying themselves.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie", "huishouden", "traject", "notificatie" })
package nl.wegwijs.ontzorgen;
