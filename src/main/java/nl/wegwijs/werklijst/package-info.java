/**
 * The worklist ("Mijn huishoudens"): a read model of what is due for whom, one row per trajectory, kept current in
 * the writer's transaction, scoped per role in its queries and sorted by urgency.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "checklist", "contact", "post", "signaal", "zelfredzaamheid", "toestemming" })
package nl.wegwijs.werklijst;
