/**
 * The JSON API for households and their persons under {@code /api/v1/huishoudens}: own request and response
 * records, mapped by hand; the aggregate never leaves the module as JSON.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.huishouden.api;
