package nl.wegwijs.system;

/** One option of a select list: the submitted value and the shown text (see templates/fragments/forms.html). */
public record Keuze(String waarde, String tekst) {
}
