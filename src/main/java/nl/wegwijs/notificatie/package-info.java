/**
 * Notifications (notificaties) on the start page: short in-app messages to a medewerker or to a role in an
 * organisation, sent by other modules when something of theirs changed (a PIP goal they own, an agreement made for
 * them in a meeting). They carry a message key, short arguments and a link, never a person's name.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "organisatie", "huishouden" })
package nl.wegwijs.notificatie;
