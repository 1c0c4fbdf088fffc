/**
 * Contacts (contactmomenten) with a household and group sessions (groepsvoorlichting, themabijeenkomsten) with
 * attendance per person; hours per guide and per household are derived from them.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject" })
package nl.wegwijs.contact;
