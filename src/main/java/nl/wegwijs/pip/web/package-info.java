/**
 * The screens of the PIP: a household's PIPs per person (current version, goals per leefgebied with owner, status and
 * latest progress), the regievoerder's forms (draft, goals, vaststellen, bijstellen, approval, sharing, talks, actual
 * dates), the progress report of the goal's owner, the version history and the PDF. Every action works without
 * JavaScript (plain form post, redirect after post).
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.pip.web;
