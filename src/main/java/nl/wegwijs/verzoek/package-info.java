/**
 * Requests to the gemeente (verzoeken): the teamleider advises, with the client's agreement, to extend guidance or
 * to add a product; the regievoerder decides; an approved extension goes through the trajectory's extension rules.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie", "huishouden", "traject", "notificatie" })
package nl.wegwijs.verzoek;
