/**
 * The JSON API for letters: {@code /api/v1/huishoudens/{id}/brieven} and {@code /api/v1/brieven/{id}}, with the
 * same authorization as the screens; own request and response records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.post.api;
