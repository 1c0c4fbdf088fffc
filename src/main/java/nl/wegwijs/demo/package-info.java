/**
 * The synthetic demo data set (gemeenten, uitvoerders, contracts, staff and households in every stage), loaded once
 * on the first start of an empty database when {@code wegwijs.demo=true}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "werklijst", "checklist", "contact", "post", "signaal", "toestemming", "notificatie", "intake", "pip",
        "participatie", "ontzorgen", "overleg", "verzoek", "regie", "afsluiting", "zelfredzaamheid",
        "socialekaart", "verwijzing", "route", "tevredenheid", "koppeling", "bewaren" })
package nl.wegwijs.demo;
