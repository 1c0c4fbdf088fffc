/**
 * The synthetic data generator: fills the configured PostgreSQL deterministically at a chosen scale (up to a national
 * one) by streaming rows with COPY, computing the worklist read model with the real deadline rules and the
 * checklist with the checklist module's own rules.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "verwerkingslog", "organisatie",
        "huishouden", "traject", "werklijst", "checklist", "post", "signaal" })
package nl.wegwijs.generator;
