/**
 * The JSON API for trajectories under {@code /api/v1/trajecten}: the aanmelding, the dossier with its legal
 * timeline, and each change as a sub-resource; own request and response records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.traject.api;
