/**
 * The trajectory's screens: aanmelding, the household file (dossier) and the forms that move a trajectory along.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.traject.web;
