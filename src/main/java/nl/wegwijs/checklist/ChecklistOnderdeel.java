package nl.wegwijs.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Toegang;

/**
 * The checklist's section of the household file, near the top: one statement (the household's items), whatever the
 * household's size. Not logged separately: the file itself is logged as a read of every person.
 */
@Component
class ChecklistOnderdeel implements DossierOnderdeel {

    private final ChecklistItems items;
    private final Clock clock;

    ChecklistOnderdeel(ChecklistItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    @Override
    public int volgorde() {
        return 300;
    }

    @Override
    public String template() {
        return "checklist/dossier";
    }

    /** Left out for a trajectory that closed before it ever had a checklist. */
    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        Toegang toegang = inzage.toegang();
        LocalDate vandaag = LocalDate.now(clock);
        List<ChecklistItem> lijst = items.vanHuishouden(dossier.huishouden().id());
        if (lijst.isEmpty() && dossier.traject().status().isAfgesloten()) {
            return null;
        }
        LocalDate start = dossier.traject().praktischeStart() != null ? dossier.traject().praktischeStart()
                : dossier.traject().aangemeldOp();
        boolean historie = dossier.traject().status().isAfgesloten();
        List<ChecklistRegel> volgende = historie ? List.of() : lijst.stream().filter(ChecklistItem::isOpen)
            .sorted(Comparator.comparing(ChecklistItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ChecklistItem::volgorde))
            .limit(ChecklistDossier.VOLGENDE)
            .map(i -> new ChecklistRegel(i.voorLezer(toegang),
                    i.persoonId() == null ? null : dossier.persoonNaam(i.persoonId()), null,
                    i.notitieVerborgenVoor(toegang)))
            .toList();
        return new ChecklistDossier(dossier.huishouden().id(), toegang.magBegeleiden(),
                ChecklistOverzicht.van(lijst, start, vandaag, historie), volgende, vandaag, historie);
    }
}
