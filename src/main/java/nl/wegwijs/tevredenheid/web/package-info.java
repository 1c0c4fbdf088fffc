/**
 * The screens of the tevredenheid module: the questionnaire of a household ({@code /huishoudens/{id}/tevredenheid},
 * linked from the file when due) and the aggregate report ({@code /tevredenheid}) for teamleider, regievoerder and
 * beleid.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.tevredenheid.web;
