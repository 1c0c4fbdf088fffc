/**
 * The JSON API for participation: {@code /api/v1/huishoudens/{id}/piezo-fasen} and
 * {@code /api/v1/huishoudens/{id}/plaatsingen}, with the same authorization as the screens; own request and response
 * records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.participatie.api;
