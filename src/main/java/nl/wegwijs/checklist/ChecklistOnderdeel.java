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

/**
 * The checklist's section of the household file, below the fold: loaded lazily (issue 21), so the file reads nothing
 * for it and shows its heading and a link until htmx fetches it from {@code /huishoudens/{id}/onderdelen/checklist}
 * (without JavaScript the link opens the section alone, where its tick buttons return). One statement (the household's
 * items), whatever the household's size, showing the items the reader may see ({@link ChecklistLezer}); a reader who
 * sees none gets the "toestemming nodig" notice. Read through the file's {@link Inzage}: reading the file has already
 * logged every person shown, so the section adds no row (and writes none itself).
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

    /** Below the fold and about a quarter of the file's HTML: loaded when it scrolls into view (issue 21). */
    @Override
    public boolean lui() {
        return true;
    }

    /** The placeholder says what the section's own heading says. */
    @Override
    public String kop() {
        return "checklist.dossier.titel";
    }

    /**
     * A trajectory that closed without ever running (from its aanmelding: never accepted, so never in a status in
     * which a household gets items, {@link ChecklistService#LOPEND}) never had a checklist: the file leaves the
     * section out, told by the status history read with the file. A file without its history shows it; should the
     * section still come back empty ({@link #model} {@code null}), it goes when it loads.
     */
    @Override
    public boolean toont(Dossier dossier) {
        return !dossier.traject().status().isAfgesloten() || dossier.historie().isEmpty()
                || dossier.historie().stream().anyMatch(s -> ChecklistService.LOPEND.contains(s.status()));
    }

    /** Left out for a trajectory that closed before it ever had a checklist. */
    @Override
    public @Nullable Object model(Inzage inzage, Dossier dossier) {
        LocalDate vandaag = LocalDate.now(clock);
        List<ChecklistItem> alle = items.vanHuishouden(dossier.huishouden().id());
        if (alle.isEmpty() && dossier.traject().status().isAfgesloten()) {
            return null;
        }
        List<ChecklistItem> lijst = ChecklistLezer.zichtbaar(inzage, alle);
        LocalDate start = dossier.traject().praktischeStart() != null ? dossier.traject().praktischeStart()
                : dossier.traject().aangemeldOp();
        boolean historie = dossier.traject().status().isAfgesloten();
        List<ChecklistRegel> volgende = historie ? List.of() : lijst.stream().filter(ChecklistItem::isOpen)
            .sorted(Comparator.comparing(ChecklistItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ChecklistItem::volgorde))
            .limit(ChecklistDossier.VOLGENDE)
            .map(i -> ChecklistLezer.regel(inzage, i, i.persoonId() == null ? null : dossier.persoonNaam(i.persoonId()),
                    null, false))
            .toList();
        return new ChecklistDossier(dossier.huishouden().id(), inzage.magBegeleiden(),
                ChecklistOverzicht.van(lijst, start, vandaag, historie), volgende, vandaag, historie, inzage);
    }
}
