/** The closing page, the handover pages of guide and wijkteam, and the per-contract settings. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.afsluiting.web;
