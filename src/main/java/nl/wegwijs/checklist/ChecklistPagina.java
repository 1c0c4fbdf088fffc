package nl.wegwijs.checklist;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Inzage;

/**
 * A household's whole checklist as its page shows it: first what is due now (overdue or due within
 * {@link #BINNENKORT} days), then the rest in groups (per theme or per person, open first, folded with their counts),
 * and what they add up to. A new household sees a handful of items, not all of them.
 *
 * @param magBegeleiden whether the reader may tick and change items
 * @param nu the open items due now, earliest first (none for a closed trajectory)
 * @param groepen every other item
 * @param historie the trajectory is closed: what is still open is history, not overdue
 * @param inzage the reader's access decision: which items they see, and which consent the page says is missing
 */
public record ChecklistPagina(HuishoudenId huishouden, String naam, boolean magBegeleiden, boolean perPersoon,
        ChecklistOverzicht overzicht, List<ChecklistRegel> nu, List<Groep> groepen,
        java.util.Map<UUID, String> personen, boolean historie, Inzage inzage) {

    /** How many days ahead an open item counts as due now: the week ahead. */
    public static final int BINNENKORT = 7;

    public int binnenkort() {
        return BINNENKORT;
    }

    /** How many open items wait for later (in the groups). */
    public long later() {
        return groepen.stream().mapToLong(Groep::open).sum();
    }

    /** One group of items: a theme, or a person (none: the household's own items). */
    public record Groep(@Nullable Thema thema, @Nullable UUID persoonId, @Nullable String persoonNaam,
            List<ChecklistRegel> regels) {

        public long open() {
            return openRegels().size();
        }

        /** The items still to do, in template order. */
        public List<ChecklistRegel> openRegels() {
            return regels.stream().filter(r -> r.item().isOpen()).toList();
        }

        /** The items done or not applicable, in template order. */
        public List<ChecklistRegel> afgehandeld() {
            return regels.stream().filter(r -> !r.item().isOpen()).toList();
        }
    }

    public String persoonNaam(@Nullable UUID persoon) {
        return persoon == null ? "" : personen.getOrDefault(persoon, "?");
    }
}
