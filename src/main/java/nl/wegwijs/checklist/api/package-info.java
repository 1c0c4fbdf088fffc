/**
 * The JSON API for checklist items under {@code /api/v1}: a household's items (keyset pages), one item, and changing
 * one with a JSON merge patch at the version last read (409 when someone else changed it first).
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.checklist.api;
