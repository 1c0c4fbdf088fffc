/**
 * Signals about a household, both ways between guide and gemeente, to a chosen addressee (regievoerder, teamleider,
 * the household's guidance or one named guide), with urgency and a plan van aanpak of actions with owner and date,
 * followed to closure as a conversation: the report never changes; replies, changes of stand and plan actions are
 * entries of its thread with author and time. Who may manage a signal is a rule of {@link SignaalService}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject" })
package nl.wegwijs.signaal;
