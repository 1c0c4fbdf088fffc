/** The regievoerder's overview as JSON under /api/v1: the figures, and the households behind each. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.regie.api;
