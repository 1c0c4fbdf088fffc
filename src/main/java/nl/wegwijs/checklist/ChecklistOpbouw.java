package nl.wegwijs.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TrajectStatus;

/**
 * How a household's checklist is made up, for code that builds checklists without running the synchronisation: the
 * synthetic data generator writes millions of items with COPY and must give every household exactly the items, due
 * dates and next synchronisation day that {@link ChecklistService#synchroniseer} would, so that running it afterwards
 * changes nothing. Same rules ({@link Checklistregels}), same input: built here from plain values, because the
 * generator has no stored {@code Huishouden} or {@code Traject} at hand. Pure, apart from reading the template.
 */
public final class ChecklistOpbouw {

    /** The template of every contract without one of its own (shipped by the migration). */
    public static final UUID STANDAARD_SJABLOON = Sjablonen.STANDAARD;

    private ChecklistOpbouw() {
    }

    /**
     * One item as synchronisation creates it.
     *
     * @param voldaan the day a recorded fact settled it (geregeld volgens de gegevens, nobody ticked it), or none: open
     */
    public record Item(UUID sjabloonItemId, String code, @Nullable UUID persoonId, @Nullable Integer jaar,
            @Nullable LocalDate deadline, @Nullable LocalDate voldaan) {
    }

    /**
     * What synchronisation on a day gives a household.
     *
     * @param trajectStart what {@code checklist_huishouden} keeps to count years of guidance: the practical start, or
     *        the aanmelding before it
     * @param items every item the household should have that day, in template order
     * @param volgendeSynchronisatie the day the nightly job looks again (1 January, or someone reaching an item's age)
     */
    public record Opbouw(LocalDate trajectStart, List<Item> items, LocalDate volgendeSynchronisatie) {
    }

    /** Whether synchronisation gives a household whose trajectory has this status (new) items. */
    public static boolean krijgtItems(TrajectStatus status) {
        return ChecklistService.LOPEND.contains(status);
    }

    /** The items of the default template in template order, vervallen ones included (the rules skip them). */
    public static List<SjabloonItem> standaardSjabloon(JdbcClient jdbc) {
        return new Sjablonen(jdbc).items(Sjablonen.STANDAARD);
    }

    /**
     * The items, trajectory start and next synchronisation day that synchronising on {@code vandaag} gives a
     * household with these persons and dates under a template, with the timeline {@code termijnen} as
     * {@code TrajectService} computes it for that day. The input is built as {@link ChecklistService#synchroniseer}
     * builds it from the stored household and trajectory.
     */
    public static Opbouw bereken(List<SjabloonItem> sjabloon, List<Persoon> personen, HuishoudenDatums datums,
            @Nullable LocalDate praktischeStart, LocalDate aangemeldOp, List<Termijn> termijnen, LocalDate vandaag) {
        // as Huishouden.brpDatum(): the earliest registration of a person who is not a nareiziger
        LocalDate brp = personen.stream().filter(p -> !p.nareiziger()).map(Persoon::brpDatum)
            .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Checklistregels.Invoer invoer = invoer(personen, brp, datums, praktischeStart, aangemeldOp, termijnen,
                vandaag);
        List<Checklistregels.Gewenst> gewenst = Checklistregels.gewenst(sjabloon, invoer);
        List<Item> items = new ArrayList<>(gewenst.size());
        for (Checklistregels.Gewenst g : gewenst) {
            items.add(new Item(g.sjabloonItemId(), g.code(), g.persoonId(), g.jaar(), g.deadline(), g.voldaan()));
        }
        return new Opbouw(invoer.trajectStart(), items, Checklistregels.volgendeControle(sjabloon, invoer));
    }

    /**
     * The rules' input from the values a {@code Huishouden} and a {@code Traject} hold; the synchronisation builds
     * its input here too, so generator and synchronisation cannot drift apart.
     */
    static Checklistregels.Invoer invoer(List<Persoon> personen, @Nullable LocalDate brp, HuishoudenDatums datums,
            @Nullable LocalDate praktischeStart, LocalDate aangemeldOp, List<Termijn> termijnen, LocalDate vandaag) {
        Map<UUID, LocalDate> pip = new HashMap<>();
        Map<UUID, LocalDate> inburgering = new HashMap<>();
        LocalDate einde = null;
        for (Termijn termijn : termijnen) {
            if (termijn.uiterlijk() == null) {
                continue;
            }
            if (termijn.soort() == TermijnSoort.PIP && termijn.persoonId() != null) {
                pip.put(termijn.persoonId(), termijn.uiterlijk());
            }
            else if (termijn.soort() == TermijnSoort.INBURGERINGSTERMIJN && termijn.persoonId() != null) {
                inburgering.put(termijn.persoonId(), termijn.uiterlijk());
            }
            else if (termijn.soort() == TermijnSoort.EINDE_BEGELEIDING) {
                einde = termijn.uiterlijk();
            }
        }
        List<Checklistregels.PersoonInvoer> invoer = personen.stream()
            .map(p -> new Checklistregels.PersoonInvoer(p.id(), p.geboortedatum(), p.brpDatum(), p.nareiziger(),
                    p.status() == Verblijfsstatus.GEZINSMIGRANT, pip.get(p.id()), inburgering.get(p.id())))
            .toList();
        LocalDate start = praktischeStart != null ? praktischeStart : aangemeldOp;
        return new Checklistregels.Invoer(vandaag, start, brp, datums.koppeling(), datums.huisvesting(),
                datums.regeldag(), datums.verhuizing(), einde, invoer);
    }
}
