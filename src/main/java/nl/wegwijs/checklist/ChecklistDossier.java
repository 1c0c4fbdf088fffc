package nl.wegwijs.checklist;

import java.util.List;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Inzage;

/**
 * The checklist's section of the household file: the next open items with one-tap tick buttons, how many wait for
 * later, progress per theme (folded) and the "who did it" shift. For a closed trajectory ({@code historie}) no item is
 * next and none overdue: what is still open is history.
 */
public record ChecklistDossier(HuishoudenId huishouden, boolean magBegeleiden, ChecklistOverzicht overzicht,
        List<ChecklistRegel> volgende, java.time.LocalDate vandaag, boolean historie, Inzage inzage) {

    /** Whether the reader sees any part of the checklist; else the section only says which consent is missing. */
    public boolean zichtbaar() {
        return ChecklistLezer.zietIets(inzage);
    }

    /** The open items not shown as next. */
    public int later() {
        return Math.max(0, overzicht.open() - volgende.size());
    }

    /** How many open items the section shows with tick buttons. */
    public static final int VOLGENDE = 5;

    public boolean leeg() {
        return overzicht.themas().isEmpty();
    }
}
