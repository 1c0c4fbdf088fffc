/** The JSON API of contacts and group sessions under /api/v1, with the same authorization as the pages. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.contact.api;
