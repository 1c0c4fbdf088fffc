/** JSON API of the casuïstiekoverleg under /api/v1/overleggen. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.overleg.api;
