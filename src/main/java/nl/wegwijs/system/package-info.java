/**
 * Technical ground every module stands on: embedded database, security, locale, layout, error handling, API
 * conventions. No domain code.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.wegwijs.system;
