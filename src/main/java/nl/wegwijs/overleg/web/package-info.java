/** Screens of the casuïstiekoverleg: series and meetings, the meeting page with agenda and minutes, my agreements. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.overleg.web;
