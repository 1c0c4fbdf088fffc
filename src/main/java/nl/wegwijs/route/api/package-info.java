/**
 * The JSON API of the route card: {@code /api/v1/huishoudens/{id}/route} (the card's data: the steps of the route with
 * months behind and ahead, the agreements, the partners) and its partners, through the same service methods as the
 * route card page; own request and response records, mapped by hand. The printed card and services list (PDF) have no
 * operation: they print this data.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.route.api;
