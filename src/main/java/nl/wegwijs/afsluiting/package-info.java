/**
 * Closing guidance (afsluiting): the closing checklist before the planned end (closing measurement, eindgesprek, open
 * items, a decision to end, extend or hand over), the warm handover (warme overdracht) to the sociaal wijkteam with a
 * summary generated from recorded data, shared only with consent and accepted by the wijkteam in Wegwijs, and the
 * wijkteam's later hulpvragen.
 * <p>
 * The receiving wijkteam can also refuse a handover (afgewezen), with a reason, wherever it could accept it. A refusal
 * is final, like a withdrawal: the refused handover stays as it was shared (history, no longer in the wijkteam's inbox
 * nor open to it), nothing closes, and the guide who shared it is notified (a notificatie) and reads the refusal with
 * its reason on the handover page. The guide then starts a new handover — a fresh summary, to the same or another
 * receiver — or closes the guidance another way. Going back to concept was not chosen: what was shared stays as it was
 * shared, and the wijkteam's refusal stays on record.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "toestemming", "checklist", "post", "signaal", "pip", "zelfredzaamheid",
        "verwijzing", "socialekaart", "notificatie" })
package nl.wegwijs.afsluiting;
