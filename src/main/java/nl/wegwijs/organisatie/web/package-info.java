/**
 * The beheerder's screens: gemeenten, uitvoerders, teams, medewerkers, contracts and their versioned regimes, and the
 * processing-log browser (here, not in verwerkingslog, because it shows who acted: names come from organisatie, and
 * verwerkingslog may depend on nothing but system).
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.organisatie.web;
