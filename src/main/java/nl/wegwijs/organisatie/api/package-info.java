/**
 * The JSON API of beheer under /api/v1: gemeenten with their regime versions, taakstelling and retention period,
 * uitvoerders with teams and identification policy, contracts with their voorwaarden, medewerkers, and the processing
 * log (read only). The same service methods as the beheer pages; the API refuses another role with 403 itself,
 * because the URL rule {@code /beheer/**} does not cover {@code /api/v1}.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.organisatie.api;
