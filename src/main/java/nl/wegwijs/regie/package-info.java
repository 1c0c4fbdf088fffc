/**
 * The regievoerder's overview of their gemeente across all uitvoerders: a read model per person, kept current by
 * the events of the trajectory, intake, PIP, ontzorgen and signals, counted per gemeente with every number linking to
 * the households behind it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie", "huishouden", "traject", "signaal", "intake", "pip", "ontzorgen" })
package nl.wegwijs.regie;
