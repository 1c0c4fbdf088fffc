/**
 * The screens of the ontzorgen module: the budgetcoach's worklist ({@code /ontzorgen}, their start page) and a
 * household's finance part ({@code /huishoudens/{id}/ontzorgen}, also loaded lazily into the household file). Every
 * form posts the version it was rendered with and works without JavaScript (redirect after post).
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.ontzorgen.web;
