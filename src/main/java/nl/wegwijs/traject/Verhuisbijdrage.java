package nl.wegwijs.traject;

import java.util.List;
import java.util.Map;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * What a daily-guidance module adds to the file that follows a household to another gemeente (issue 18, point 7):
 * plain rows (names of fields to values: strings, numbers, dates, person ids) that the export writes as they are and
 * the new gemeente shows read-only. Called only after the caller checked access and the persons' consent; it logs
 * nothing itself. One statement.
 */
public interface Verhuisbijdrage {

    /** The key of this part in the document, e.g. {@code checklist}. */
    String sleutel();

    List<Map<String, Object>> gegevens(HuishoudenId huishouden);
}
