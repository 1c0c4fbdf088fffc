/**
 * The JSON API for the PIP: {@code /api/v1/huishoudens/{id}/pip} with the persons' PIPs, their draft, goals,
 * vaststelling, bijstelling, versions and progress reports, with the same authorization as the screens; own request
 * and response records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.pip.api;
