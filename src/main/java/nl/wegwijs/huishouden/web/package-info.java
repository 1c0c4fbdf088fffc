/**
 * The household's edit screens: correcting the household (address, dates, place of origin) and its persons after the
 * aanmelding, and adding a person later (a nareiziger). Plain form posts with redirect-after-post; the rules, the
 * optimistic locking and the processing log are {@link nl.wegwijs.huishouden.HuishoudenService}'s.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.huishouden.web;
