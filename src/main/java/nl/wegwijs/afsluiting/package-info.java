/**
 * Closing guidance (afsluiting): the closing checklist before the planned end (closing measurement, eindgesprek, open
 * items, a decision to end, extend or hand over), the warm handover (warme overdracht) to the sociaal wijkteam with a
 * summary generated from recorded data, shared only with consent and accepted by the wijkteam in Wegwijs, and the
 * wijkteam's later hulpvragen.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "toestemming", "checklist", "post", "signaal", "pip", "zelfredzaamheid",
        "verwijzing", "socialekaart" })
package nl.wegwijs.afsluiting;
