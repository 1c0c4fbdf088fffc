/**
 * The JSON API for financieel ontzorgen: {@code /api/v1/huishoudens/{id}/ontzorgen} with its fixed costs, months and
 * coaching sessions, with the same authorization as the screens; own request and response records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.ontzorgen.api;
