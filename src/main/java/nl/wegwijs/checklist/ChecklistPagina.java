package nl.wegwijs.checklist;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * A household's whole checklist as its page shows it: the items in groups (per theme or per person, open first) and
 * what they add up to.
 *
 * @param magBegeleiden whether the reader may tick and change items
 */
public record ChecklistPagina(HuishoudenId huishouden, String naam, boolean magBegeleiden, boolean perPersoon,
        ChecklistOverzicht overzicht, List<Groep> groepen, java.util.Map<UUID, String> personen) {

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
