package nl.wegwijs.checklist;

import java.util.List;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * The checklist's section of the household file: progress per theme, overdue items, the next open items with
 * one-tap tick buttons, and the "who did it" shift.
 */
public record ChecklistDossier(HuishoudenId huishouden, boolean magBegeleiden, ChecklistOverzicht overzicht,
        List<ChecklistRegel> volgende, java.time.LocalDate vandaag) {

    /** How many open items the section shows with tick buttons. */
    public static final int VOLGENDE = 5;

    public boolean leeg() {
        return overzicht.themas().isEmpty();
    }
}
