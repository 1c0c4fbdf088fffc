/**
 * The JSON API for requests to the gemeente: {@code /api/v1/huishoudens/{id}/verzoeken}, {@code /api/v1/verzoeken}
 * and {@code /api/v1/verzoeken/{id}/besluit}, with the same authorization as the screens; own request and response
 * records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.verzoek.api;
