/** The self-reliance pages: the household's page (chart, words, measurements, plan), the measurement form, the printable plan, and the per-contract settings. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.zelfredzaamheid.web;
