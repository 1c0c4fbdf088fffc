/**
 * The screens of the route module: a household's route card ({@code /huishoudens/{id}/route}, with its agreements and
 * partners to edit, linked from the file), its PDFs ({@code route.pdf?taal=&formaat=A3|A5}) and the printable list of
 * local services ({@code dienstenlijst.pdf?taal=}). Every form posts the version it was rendered with and works
 * without JavaScript (redirect after post).
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.route.web;
