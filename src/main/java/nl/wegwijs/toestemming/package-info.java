/**
 * The consent register (toestemming): per person, who may see which categories of their data, for what purpose, from
 * when until when, how it was given and by whom it was recorded; revocable, with history. It answers
 * {@link nl.wegwijs.traject.Toestemmingsbron}, so every {@link nl.wegwijs.traject.Inzage} enforces it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "socialekaart" })
package nl.wegwijs.toestemming;
