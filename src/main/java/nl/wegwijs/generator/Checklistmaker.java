package nl.wegwijs.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.checklist.ChecklistOpbouw;
import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.SjabloonItem;
import nl.wegwijs.checklist.Uitvoerende;
import nl.wegwijs.checklist.WieDeedHet;
import nl.wegwijs.generator.Begeleidingsdagen.Venster;
import nl.wegwijs.generator.Trajectverloop.Stap;
import nl.wegwijs.generator.Trajectverloop.Verloop;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Termijn;

/**
 * The checklist of basisvoorzieningen of one generated household, as the checklist module keeps it. Every household
 * whose trajectory runs (intake, active, extended: exactly those {@code ChecklistService.synchroniseer} gives items)
 * gets exactly the items, due dates and next synchronisation day that synchronising gives it today
 * ({@link ChecklistOpbouw#bereken}, the module's own rules), so that synchronising afterwards changes nothing. It also
 * keeps the items the synchronisation at its intake made and today's no longer would, when someone worked on them (a
 * child who has since turned 4 kept its ticked consultatiebureau item): synchronising keeps items with recorded work
 * and removes untouched ones that no longer apply, so those are not made. A closed trajectory gets none:
 * synchronising gives it nothing (leaving them out also saves almost half the rows).
 * <p>
 * Items a recorded fact settles (a BRP date, the regeldag, the move-in) are geregeld volgens de gegevens, by nobody, as
 * synchronising makes them. Then the other items are worked through as guides do: most items whose due date has passed are geregeld around that date
 * (the longer ago, the surer; some households lag behind, so overdue items exist), some niet van toepassing with a
 * reason, a few done early. Who did it shows leren door te doen: in year 1 of guidance mostly the begeleider, in
 * year 2 mostly together, from year 3 mostly the statushouder alone (yearly tasks by their calendar year). Every
 * change is recorded by someone assigned to the trajectory on that day. About 80 items per household, 2.2 million at
 * national scale.
 */
final class Checklistmaker {

    /** The stand the worklist shows: open items (te doen, bezig) and the earliest due date among them. */
    record Stand(int open, @Nullable LocalDate vroegste) {

        static final Stand GEEN = new Stand(0, null);
    }

    /** The unique key of a household's item: template code, person (none: household) and year (none: one-off). */
    private record Sleutel(String code, @Nullable UUID persoon, @Nullable Integer jaar) {
    }

    /** Who did it in year 1, 2 and 3+ of guidance: begeleider, samen, zelf. */
    private static final double[][] WIE = { { 65, 28, 7 }, { 25, 55, 20 }, { 10, 30, 60 } };
    private static final WieDeedHet[] WIE_WAARDEN = WieDeedHet.values();

    /** Items that are often not needed (asked for, or only when there is a need); others 5%. */
    private static final Map<String, Double> VAAK_NIET_NODIG = Map.ofEntries(Map.entry("voedselbank", 0.5),
            Map.entry("gezinshereniging", 0.55), Map.entry("kinderopvangtoeslag", 0.5), Map.entry("paramedisch", 0.45),
            Map.entry("voorschot", 0.4), Map.entry("taalmaatje", 0.35), Map.entry("ziekenhuis", 0.3),
            Map.entry("psychisch", 0.25), Map.entry("inrichtingskrediet", 0.15), Map.entry("schoolkosten", 0.2),
            Map.entry("zorgtoeslag-coa", 0.1));
    private static final Map<String, String> REDEN = Map.ofEntries(
            Map.entry("voedselbank", "Niet nodig: het huishouden komt rond met de uitkering"),
            Map.entry("gezinshereniging", "Er zijn geen gezinsleden die nog moeten komen"),
            Map.entry("kinderopvangtoeslag", "Geen opvang nodig: een ouder is overdag thuis"),
            Map.entry("paramedisch", "Geen paramedische zorg nodig"),
            Map.entry("voorschot", "De eerste uitkering kwam op tijd"),
            Map.entry("taalmaatje", "Cliënt wil geen taalmaatje"),
            Map.entry("ziekenhuis", "Geen ziekenhuisbezoek nodig geweest"),
            Map.entry("psychisch", "Geen klachten; besproken en niet nodig"),
            Map.entry("inrichtingskrediet", "Woning gemeubileerd opgeleverd"),
            Map.entry("schoolkosten", "School vraagt geen bijdrage"),
            Map.entry("zorgtoeslag-coa", "COA heeft de zorgtoeslag niet aangevraagd; zelf aangevraagd"));
    private static final String[] REDENEN = { "Niet van toepassing op dit huishouden",
            "Al geregeld door COA in het azc", "Cliënt had dit zelf al geregeld", "Cliënt wil dit niet",
            "Geregeld door de gemeente", "Past niet bij de situatie van het huishouden" };
    private static final String[] NOTITIES = { "Samen via de website gedaan", "Bevestiging gezien en in de map gedaan",
            "Met tolk telefonisch geregeld", "Cliënt heeft zelf gebeld; bevestiging bewaard",
            "Eerst uitgelegd, de volgende keer samen ingevuld", "Formulier samen ingevuld en opgestuurd" };

    private final Tabellen t;
    private final List<SjabloonItem> sjabloon;
    private final Map<UUID, SjabloonItem> perId = new HashMap<>();
    private final Begeleidingsdagen dagen;

    /** @param sjabloon the template every generated contract uses: the default one of the database */
    Checklistmaker(Tabellen t, List<SjabloonItem> sjabloon, Begeleidingsdagen dagen) {
        this.t = t;
        this.sjabloon = List.copyOf(sjabloon);
        this.dagen = dagen;
        sjabloon.forEach(i -> perId.put(i.id(), i));
    }

    Stand maak(Verloop v, UUID huishouden, List<Persoon> personen, HuishoudenDatums datums, List<Termijn> termijnen,
            Willekeur w) {
        Venster venster = dagen.venster(v);
        if (!ChecklistOpbouw.krijgtItems(v.status) || venster == null) {
            return Stand.GEEN;
        }
        LocalDate laatste = venster.laatste();
        // exactly what synchronising today gives, and what the synchronisation at the intake gave that today's no
        // longer would (it stays when someone worked on it, as in the real checklist)
        ChecklistOpbouw.Opbouw opbouw = ChecklistOpbouw.bereken(sjabloon, personen, datums, v.praktischeStart,
                v.aangemeldOp, termijnen, laatste);
        ChecklistOpbouw.Opbouw eerder = ChecklistOpbouw.bereken(sjabloon, aanwezig(personen, venster.eerste()),
                datums, gestart(v, venster.eerste()), v.aangemeldOp, termijnen, venster.eerste());
        Map<Sleutel, ChecklistOpbouw.Item> items = new LinkedHashMap<>();
        for (ChecklistOpbouw.Item i : opbouw.items()) {
            items.put(new Sleutel(i.code(), i.persoonId(), i.jaar()), i);
        }
        int gewenst = items.size();
        for (ChecklistOpbouw.Item i : eerder.items()) {
            items.putIfAbsent(new Sleutel(i.code(), i.persoonId(), i.jaar()), i);
        }

        // some households (and their guides) lag behind: their open share of items past due is higher
        double achterstand = 0.3 + 2.0 * Math.pow(w.fractie(), 2);
        LocalDate start = opbouw.trajectStart();
        int open = 0;
        LocalDate vroegste = null;
        int n = 0;
        for (ChecklistOpbouw.Item i : items.values()) {
            ItemStatus status = schrijf(v, huishouden, personen, i, venster, start, achterstand, n++ < gewenst, w);
            if (status != null && status.isOpen()) {
                open++;
                if (i.deadline() != null && (vroegste == null || i.deadline().isBefore(vroegste))) {
                    vroegste = i.deadline();
                }
            }
        }
        LocalDate bijgewerkt = Begeleidingsdagen.max(venster.eerste(), LocalDate.of(laatste.getYear(), 1, 1));
        for (Stap s : v.stappen) {
            if (!s.op().isAfter(laatste) && s.op().isAfter(bijgewerkt)) {
                bijgewerkt = s.op();
            }
        }
        t.checklistHuishouden.uuid(huishouden).uuid(v.afspraak.contract.id()).datum(start).waarOnwaar(true)
            .datum(opbouw.volgendeSynchronisatie())
            .tijd(dagen.moment(bijgewerkt, w.fractie())).einde();
        return new Stand(open, vroegste);
    }

    /**
     * Writes one item, worked through, and returns its status; draws the same number of times whatever it decides.
     * An item today's synchronisation no longer gives ({@code gewenst} false) is written only when someone worked on
     * it: synchronising would remove it otherwise (null).
     */
    private @Nullable ItemStatus schrijf(Verloop v, UUID huishouden, List<Persoon> personen, ChecklistOpbouw.Item i,
            Venster venster, LocalDate start, double achterstand, boolean gewenst, Willekeur w) {
        UUID id = w.uuid();
        double rStatus = w.fractie();
        double rOpen = w.fractie();
        double rDag = w.fractie();
        double rWie = w.fractie();
        double rGids = w.fractie();
        double rTekst = w.fractie();
        double rTijd = w.fractie();
        SjabloonItem s = perId.get(i.sjabloonItemId());
        LocalDate laatste = venster.laatste();
        LocalDate gemaakt = gemaakt(s, i, personen, venster);
        LocalDate deadline = i.deadline();
        double nietNodig = VAAK_NIET_NODIG.getOrDefault(s.code(), 0.05);
        if (gewenst && i.voldaan() != null) {
            // settled by the household's data (a BRP date, the regeldag, the move-in): geregeld on that date by
            // nobody, exactly as synchronising writes it
            t.checklistItem.uuid(id).uuid(huishouden).uuid(i.persoonId()).uuid(i.sjabloonItemId()).tekst(i.code())
                .getal(i.jaar()).tekst(ItemStatus.GEREGELD.name()).tekst(null).datum(i.voldaan()).datum(deadline)
                .tekst(null).tekst(null).uuid(null).uuid(null).nul()
                .tijd(gemaakt.equals(venster.eerste()) ? dagen.moment(gemaakt, 1 - rTijd) : dagen.nacht(gemaakt, rTijd))
                .getal(1).einde();
            return ItemStatus.GEREGELD;
        }

        ItemStatus status;
        LocalDate dag;
        if (deadline != null && deadline.isBefore(laatste)) {
            long oud = ChronoUnit.DAYS.between(deadline, laatste);
            double openKans = Math.min(0.9, achterstand
                    * (oud <= 14 ? 0.3 : oud <= 60 ? 0.12 : oud <= 180 ? 0.04 : 0.015));
            status = rStatus < nietNodig ? ItemStatus.NIET_VAN_TOEPASSING
                    : rStatus < nietNodig + openKans * (1 - nietNodig)
                            ? (rOpen < 0.35 ? ItemStatus.BEZIG : ItemStatus.TE_DOEN)
                            : ItemStatus.GEREGELD;
            // done around the due date, or soon after the item appeared when it appeared late
            dag = gemaakt.isAfter(deadline) ? gemaakt.plusDays((long) (rDag * 30))
                    : deadline.plusDays((long) (rDag * 41) - 20);
        }
        else {
            long vooruit = deadline == null ? 60 : ChronoUnit.DAYS.between(laatste, deadline);
            double vroeg = vooruit <= 30 ? 0.3 : vooruit <= 120 ? 0.1 : 0.03;
            double bezig = vooruit <= 30 ? 0.2 : vooruit <= 120 ? 0.08 : 0.02;
            double nvt = nietNodig / 2;
            status = rStatus < nvt ? ItemStatus.NIET_VAN_TOEPASSING
                    : rStatus < nvt + vroeg ? ItemStatus.GEREGELD
                            : rStatus < nvt + vroeg + bezig ? ItemStatus.BEZIG : ItemStatus.TE_DOEN;
            dag = Begeleidingsdagen.dag(gemaakt, laatste, rDag);
        }
        dag = Begeleidingsdagen.min(Begeleidingsdagen.max(dag, gemaakt), laatste);

        Medewerker door = null;
        if (status != ItemStatus.TE_DOEN) {
            boolean fase1 = s.uitvoerende() == Uitvoerende.FASE1;
            door = Begeleidingsdagen.gids(v, dag, rGids, fase1);
            if (door == null) {
                LocalDate later = Begeleidingsdagen.eersteMetGids(v, dag, laatste);
                if (later != null) {
                    dag = later;
                    door = Begeleidingsdagen.gids(v, dag, rGids, fase1);
                }
            }
            if (door == null) {
                status = ItemStatus.TE_DOEN; // nobody assigned yet to do anything
            }
        }
        if (!gewenst && status == ItemStatus.TE_DOEN) {
            return null;
        }
        WieDeedHet wie = null;
        if (status == ItemStatus.GEREGELD) {
            int jaar = s.jaarlijks() && i.jaar() != null ? i.jaar() - start.getYear() + 1
                    : Begeleidingsdagen.trajectjaar(start, dag);
            wie = WIE_WAARDEN[Begeleidingsdagen.kies(WIE[Math.max(0, Math.min(jaar, 3) - 1)], rWie)];
        }
        String reden = status != ItemStatus.NIET_VAN_TOEPASSING ? null
                : REDEN.containsKey(s.code()) && rTekst < 0.7 ? REDEN.get(s.code())
                        : REDENEN[(int) (rTekst * REDENEN.length)];
        String notitie = status == ItemStatus.GEREGELD && rTekst < 0.06
                ? NOTITIES[(int) (rTekst / 0.06 * NOTITIES.length)] : null;
        Instant vastgelegd = door == null ? null : dagen.moment(dag, rTijd);
        Instant aangemaakt = gemaakt.equals(venster.eerste()) ? dagen.moment(gemaakt, 1 - rTijd)
                : dagen.nacht(gemaakt, rTijd);
        if (vastgelegd != null && aangemaakt.isAfter(vastgelegd)) {
            aangemaakt = vastgelegd.minusSeconds(60);
        }
        t.checklistItem.uuid(id).uuid(huishouden).uuid(i.persoonId()).uuid(i.sjabloonItemId()).tekst(i.code())
            .getal(i.jaar()).tekst(status.name()).tekst(wie == null ? null : wie.name())
            .datum(status == ItemStatus.GEREGELD ? dag : null).datum(deadline).tekst(reden).tekst(notitie)
            .uuid(notitie == null || door == null ? null : door.id()).uuid(door == null ? null : door.id());
        if (vastgelegd == null) {
            t.checklistItem.nul();
        }
        else {
            t.checklistItem.tijd(vastgelegd);
        }
        t.checklistItem.tijd(aangemaakt).getal(door == null ? 1 : 2).einde();
        return status;
    }

    /**
     * The day synchronisation made the item: the intake (the first synchronisation that gave items), or later the
     * 1 January of a yearly item's year, a nareiziger's arrival, the day a person reached the item's age.
     */
    private static LocalDate gemaakt(SjabloonItem s, ChecklistOpbouw.Item i, List<Persoon> personen,
            Venster venster) {
        LocalDate dag = venster.eerste();
        if (i.jaar() != null) {
            dag = Begeleidingsdagen.max(dag, LocalDate.of(i.jaar(), 1, 1));
        }
        if (i.persoonId() != null) {
            for (Persoon p : personen) {
                if (p.id().equals(i.persoonId())) {
                    if (p.nareiziger() && p.brpDatum() != null) {
                        dag = Begeleidingsdagen.max(dag, p.brpDatum());
                    }
                    if (s.leeftijdVan() != null) {
                        dag = Begeleidingsdagen.max(dag, p.geboortedatum().plusYears(s.leeftijdVan()));
                    }
                }
            }
        }
        return Begeleidingsdagen.min(dag, venster.laatste());
    }

    /** The practical start if it had come by {@code dag}: before it, the checklist counts from the aanmelding. */
    private static @Nullable LocalDate gestart(Verloop v, LocalDate dag) {
        return v.praktischeStart != null && !v.praktischeStart.isAfter(dag) ? v.praktischeStart : null;
    }

    /** The persons in the household on {@code dag}: a nareiziger joins with their own BRP registration. */
    private static List<Persoon> aanwezig(List<Persoon> personen, LocalDate dag) {
        boolean allen = true;
        for (Persoon p : personen) {
            if (p.nareiziger() && (p.brpDatum() == null || p.brpDatum().isAfter(dag))) {
                allen = false;
                break;
            }
        }
        return allen ? personen : personen.stream()
            .filter(p -> !p.nareiziger() || p.brpDatum() != null && !p.brpDatum().isAfter(dag)).toList();
    }
}
