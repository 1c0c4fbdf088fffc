/**
 * The screens of the participatie module: a household's page with per person the Piëzo phases (a timeline that reads
 * without colour, dual routes marked) and placements, forms to add and end them, and the lazy section of the household
 * file. Every action works as a plain form post with redirect-after-post.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.participatie.web;
