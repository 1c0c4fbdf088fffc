/** The worklist as JSON under /api/v1: the same rows, scope, filters and order as the worklist page. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.werklijst.api;
