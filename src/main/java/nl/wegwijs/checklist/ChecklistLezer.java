package nl.wegwijs.checklist;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;

/**
 * What one reader sees of a household's checklist, decided by their {@link Inzage} alone: the items whose category
 * ({@link ChecklistItem#gegevenssoort()}: finance items FINANCIEN, the others VOORTGANG) they may see, and of those
 * the notes when they may see notes or wrote them. A budgetcoach so sees the finance items only; a regievoerder every
 * other item, and notes and finance items with consent.
 */
final class ChecklistLezer {

    private ChecklistLezer() {
    }

    static boolean ziet(Inzage inzage, ChecklistItem item) {
        return inzage.magZien(item.gegevenssoort());
    }

    /** Whether the reader sees any part of the checklist at all. */
    static boolean zietIets(Inzage inzage) {
        return inzage.magZien(Gegevenssoort.VOORTGANG) || inzage.magZien(Gegevenssoort.FINANCIEN);
    }

    /** Refuses (403) a reader who sees no part of the checklist, naming the progress consent they lack. */
    static void vereisIets(Inzage inzage) {
        if (!zietIets(inzage)) {
            inzage.vereis(Gegevenssoort.VOORTGANG);
        }
    }

    /** The themes whose items the reader sees. */
    static List<Thema> themas(Inzage inzage) {
        return Arrays.stream(Thema.values()).filter(t -> inzage.magZien(ChecklistItem.gegevenssoort(t))).toList();
    }

    /** The items the reader sees (their notes still in: see {@link #regel}). */
    static List<ChecklistItem> zichtbaar(Inzage inzage, List<ChecklistItem> items) {
        return items.stream().filter(i -> ziet(inzage, i)).toList();
    }

    /** An item as a screen shows it to the reader: without a note they may not see, and saying so. */
    static ChecklistRegel regel(Inzage inzage, ChecklistItem item, @Nullable String persoon,
            @Nullable String vastgelegdDoor, boolean historie) {
        return new ChecklistRegel(voorLezer(inzage, item), persoon, vastgelegdDoor, notitieVerborgen(inzage, item),
                historie);
    }

    static ChecklistItem voorLezer(Inzage inzage, ChecklistItem item) {
        return item.voorLezer(notities(inzage), inzage.medewerker().id());
    }

    static boolean notitieVerborgen(Inzage inzage, ChecklistItem item) {
        return item.notitieVerborgenVoor(notities(inzage), inzage.medewerker().id());
    }

    private static boolean notities(Inzage inzage) {
        return inzage.magZien(Gegevenssoort.NOTITIES);
    }
}
