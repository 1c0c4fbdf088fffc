/**
 * The route card (praatplaat) of a household: the goal of guidance, the steps of the route with months behind and
 * ahead, the agreements between the guide and the household, and who does what among the partners of the gemeente's
 * sociale kaart; shown in the file and printed (A3, A5) in plain Dutch and the household's language, as is the
 * printable list of local services.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "socialekaart" })
package nl.wegwijs.route;
