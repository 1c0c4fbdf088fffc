/**
 * The checklist's screens: a household's checklist with one-tap ticking (htmx swaps the row; without JavaScript a
 * plain post and redirect), the edit form of one item, and the contract's template editor.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.checklist.web;
