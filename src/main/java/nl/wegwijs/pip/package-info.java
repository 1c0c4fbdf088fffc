/**
 * The Plan Inburgering en Participatie (PIP) per person as the one shared plan: versioned (vastgesteld, bijgesteld),
 * with learning route, modules, goals per leefgebied with an owner, the person's approval, the partners it was shared
 * with, and progress talks. Guides report progress on the goals their organisation owns; a change notifies the owner.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie", "huishouden", "traject", "checklist", "notificatie" })
package nl.wegwijs.pip;
