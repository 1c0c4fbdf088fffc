/**
 * The JSON API of the consent register: {@code /api/v1/huishoudens/{id}/toestemmingen} and
 * {@code /api/v1/toestemmingen/{id}/intrekking}, with the same authorization as the screens; own request and
 * response records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.toestemming.api;
