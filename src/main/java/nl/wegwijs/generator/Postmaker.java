package nl.wegwijs.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.generator.Begeleidingsdagen.Venster;
import nl.wegwijs.generator.Trajectverloop.Verloop;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.post.AfgehandeldDoor;
import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.BriefStatus;

/**
 * The letters (post) of one generated household, as guides register them in the post module: from the BRP
 * registration (mail comes to the new address) up to today or the end of guidance, most in the first months
 * (toeslagen, uitkering, insurance, energy), then a few a month; about 8 to 12 over a trajectory of a year or more.
 * Senders: Belastingdienst/Toeslagen most, then the gemeente, the zorgverzekeraar, the energy supplier, the landlord,
 * DUO, UWV, school, CJIB and others (SVB, waterschap, bank). Most are handled, by the guide, together or by the
 * statushouder alone, shifting from the first to the third year as on the checklist; recent ones are often still
 * open, and some open ones are past their deadline. A closed trajectory leaves no letter open.
 */
final class Postmaker {

    /** The stand the worklist shows: letters that still need action and the earliest deadline among them. */
    record Stand(int open, @Nullable LocalDate vroegste) {

        static final Stand GEEN = new Stand(0, null);
    }

    /** Who the letter is addressed to. */
    private enum Aan {
        HUISHOUDEN, VOLWASSENE, KIND
    }

    /** A kind of letter: sender, subject, what to do and in how many days (none: no deadline). */
    private record Soort(Afzender afzender, @Nullable String naam, String onderwerp, @Nullable String actie,
            @Nullable Integer dagen, Aan aan) {
    }

    private static final List<Soort> SOORTEN = List.of(
            new Soort(Afzender.BELASTINGDIENST_TOESLAGEN, null, "Voorschotbeschikking zorgtoeslag",
                    "Controleren of inkomen en rekeningnummer kloppen", 28, Aan.HUISHOUDEN),
            new Soort(Afzender.BELASTINGDIENST_TOESLAGEN, null, "Voorschotbeschikking huurtoeslag",
                    "Controleren of huur en inkomen kloppen", 28, Aan.HUISHOUDEN),
            new Soort(Afzender.BELASTINGDIENST_TOESLAGEN, null, "Definitieve berekening toeslagen",
                    "Controleren; bij terugbetalen een betalingsregeling vragen", 42, Aan.HUISHOUDEN),
            new Soort(Afzender.BELASTINGDIENST_TOESLAGEN, null, "Vragen over uw toeslagpartner",
                    "Gegevens doorgeven via Mijn toeslagen", 21, Aan.VOLWASSENE),
            new Soort(Afzender.BELASTINGDIENST_TOESLAGEN, null, "Uitnodiging aangifte inkomstenbelasting",
                    "Aangifte doen vóór 1 mei", 60, Aan.VOLWASSENE),
            new Soort(Afzender.GEMEENTE, null, "Besluit Participatiewet-uitkering",
                    "Samen lezen: rechten en plichten uitleggen", null, Aan.HUISHOUDEN),
            new Soort(Afzender.GEMEENTE, null, "Aanslag gemeentelijke belastingen", "Kwijtschelding aanvragen", 90,
                    Aan.HUISHOUDEN),
            new Soort(Afzender.GEMEENTE, null, "Uitnodiging brede intake inburgering",
                    "Afspraak bevestigen en een tolk regelen", 14, Aan.VOLWASSENE),
            new Soort(Afzender.GEMEENTE, null, "Uitnodiging gesprek met de werkconsulent",
                    "Afspraak in de agenda zetten", 10, Aan.VOLWASSENE),
            new Soort(Afzender.GEMEENTE, null, "Inlichtingenplicht: wijzigingen doorgeven",
                    "Nieuwe gezinsleden en inkomsten doorgeven", 14, Aan.HUISHOUDEN),
            new Soort(Afzender.DUO, null, "Informatie over de inburgeringsplicht", null, null, Aan.VOLWASSENE),
            new Soort(Afzender.DUO, null, "Herinnering: termijn inburgering", "Voortgang bespreken met de consulent",
                    30, Aan.VOLWASSENE),
            new Soort(Afzender.UWV, null, "Inschrijving werk.nl", "Inschrijving controleren", 21, Aan.VOLWASSENE),
            new Soort(Afzender.UWV, null, "Uitnodiging voorlichting over werk", "Aanmelden voor de voorlichting", 14,
                    Aan.VOLWASSENE),
            new Soort(Afzender.ZORGVERZEKERAAR, null, "Welkomstbrief en polisblad", null, null, Aan.HUISHOUDEN),
            new Soort(Afzender.ZORGVERZEKERAAR, null, "Betalingsherinnering premie",
                    "Betalen of een automatische incasso regelen", 14, Aan.VOLWASSENE),
            new Soort(Afzender.ZORGVERZEKERAAR, null, "Nota eigen risico",
                    "Betalen of een betalingsregeling aanvragen", 30, Aan.VOLWASSENE),
            new Soort(Afzender.ZORGVERZEKERAAR, null, "Uw polis voor volgend jaar",
                    "Vergelijken en zo nodig overstappen", 45, Aan.HUISHOUDEN),
            new Soort(Afzender.VERHUURDER, null, "Huurverhoging per 1 juli", "Huurtoeslag laten aanpassen", 30,
                    Aan.HUISHOUDEN),
            new Soort(Afzender.VERHUURDER, null, "Afrekening servicekosten", "Controleren en betalen", 30,
                    Aan.HUISHOUDEN),
            new Soort(Afzender.VERHUURDER, null, "Aankondiging onderhoud", "Thuis zijn of de sleutel afgeven", 14,
                    Aan.HUISHOUDEN),
            new Soort(Afzender.VERHUURDER, null, "Herinnering huurachterstand",
                    "Direct betalen of een regeling afspreken", 7, Aan.HUISHOUDEN),
            new Soort(Afzender.ENERGIELEVERANCIER, null, "Welkomstbrief en termijnbedrag",
                    "Termijnbedrag controleren", 14, Aan.HUISHOUDEN),
            new Soort(Afzender.ENERGIELEVERANCIER, null, "Jaarafrekening energie", "Termijnbedrag aanpassen", 30,
                    Aan.HUISHOUDEN),
            new Soort(Afzender.ENERGIELEVERANCIER, null, "Betalingsherinnering",
                    "Betalen of een regeling afspreken", 14, Aan.HUISHOUDEN),
            new Soort(Afzender.CJIB, null, "Beschikking verkeersboete", "Betalen of bezwaar maken", 42,
                    Aan.VOLWASSENE),
            new Soort(Afzender.CJIB, null, "Aanmaning", "Direct betalen of een betalingsregeling vragen", 14,
                    Aan.VOLWASSENE),
            new Soort(Afzender.SCHOOL, null, "Uitnodiging oudergesprek", "Afspraak bevestigen", 10, Aan.KIND),
            new Soort(Afzender.SCHOOL, null, "Ouderbijdrage en schoolreis",
                    "Een fonds of de gemeente om een bijdrage vragen", 30, Aan.KIND),
            new Soort(Afzender.SCHOOL, null, "Melding verzuim", "Contact opnemen met de school", 5, Aan.KIND),
            new Soort(Afzender.ANDERS, "SVB", "Kinderbijslag: gegevens aanvullen", "Formulier invullen en opsturen",
                    21, Aan.KIND),
            new Soort(Afzender.ANDERS, "Waterschap", "Aanslag waterschapsbelasting", "Kwijtschelding aanvragen", 60,
                    Aan.HUISHOUDEN),
            new Soort(Afzender.ANDERS, "Waterbedrijf", "Welkomstbrief en voorschotbedrag", null, null,
                    Aan.HUISHOUDEN),
            new Soort(Afzender.ANDERS, "Bank", "Betaalpas en pincode", "Pas activeren", 14, Aan.VOLWASSENE),
            new Soort(Afzender.ANDERS, "Incassobureau", "Aanmaning van een incassobureau",
                    "Direct contact opnemen; zo nodig schuldhulp", 7, Aan.HUISHOUDEN));
    /** Weight of each kind: per sender about Belastingdienst/Toeslagen 22%, gemeente 20%, zorgverzekeraar 12%,
     * energieleverancier 10%, verhuurder 8%, DUO 8%, other 7%, UWV 5%, school 5%, CJIB 3%. */
    private static final double[] GEWICHT = { 7, 6, 4, 2, 3, 6, 5, 4, 2, 3, 5, 3, 3, 2, 4, 3, 3, 2, 3, 2, 2, 1, 4,
            4, 2, 2, 1, 2, 2, 1, 2, 2, 1, 1, 1 };
    /** Who handled it in year 1, 2 and 3+ of guidance: begeleider, samen, statushouder. */
    private static final double[][] DOOR = { { 55, 35, 10 }, { 20, 50, 30 }, { 8, 32, 60 } };
    private static final AfgehandeldDoor[] DOOR_WAARDEN = AfgehandeldDoor.values();
    private static final String[] NOTITIES = { "Samen gelezen; cliënt weet wat er moet gebeuren",
            "Kopie in de map gedaan", "Met tolk besproken", "Cliënt heeft zelf gebeld",
            "Betalingsregeling aangevraagd", "Bezwaar samen opgesteld" };

    private final Tabellen t;
    private final Begeleidingsdagen dagen;

    Postmaker(Tabellen t, Begeleidingsdagen dagen) {
        this.t = t;
        this.dagen = dagen;
        if (GEWICHT.length != SOORTEN.size()) {
            throw new IllegalStateException("a weight for every kind of letter");
        }
    }

    /**
     * @param brp the household's BRP registration: mail comes from then on
     * @param start the start of guidance as the checklist counts years (practical start, or the aanmelding)
     */
    Stand maak(Verloop v, UUID huishouden, List<Persoon> personen, @Nullable LocalDate brp, LocalDate start,
            Willekeur w) {
        Venster venster = dagen.venster(v);
        if (venster == null || brp == null || brp.isAfter(venster.laatste())) {
            return Stand.GEEN;
        }
        LocalDate van = Begeleidingsdagen.max(venster.eerste(), brp);
        LocalDate tot = venster.laatste();
        double maanden = ChronoUnit.DAYS.between(van, tot) / 30.44;
        double begin = 1.5 * Math.min(maanden, 3);
        double verwacht = begin + 0.6 * Math.max(0, Math.min(maanden, 12) - 3) + 0.35 * Math.max(0, maanden - 12);
        int aantal = (int) Math.round(verwacht * (0.6 + 0.8 * w.fractie()));
        LocalDate beginTot = Begeleidingsdagen.min(tot, van.plusMonths(3));
        int open = 0;
        LocalDate vroegste = null;
        for (int i = 0; i < aantal; i++) {
            double rDag = w.fractie();
            double rDeel = w.fractie();
            LocalDate ontvangen = rDeel < begin / verwacht ? Begeleidingsdagen.dag(van, beginTot, rDag)
                    : Begeleidingsdagen.dag(beginTot, tot, rDag);
            Geschreven b = schrijf(v, huishouden, personen, ontvangen, venster, start, w);
            if (b != null && b.status().isOpen()) {
                open++;
                if (b.deadline() != null && (vroegste == null || b.deadline().isBefore(vroegste))) {
                    vroegste = b.deadline();
                }
            }
        }
        return new Stand(open, vroegste);
    }

    /** What was written of a letter, for the stand. */
    private record Geschreven(BriefStatus status, @Nullable LocalDate deadline) {
    }

    /** Writes one letter received on {@code ontvangen}; null when this household got no such letter. */
    private @Nullable Geschreven schrijf(Verloop v, UUID huishouden, List<Persoon> personen, LocalDate ontvangen,
            Venster venster, LocalDate start, Willekeur w) {
        UUID id = w.uuid();
        double rSoort = w.fractie();
        double rAan = w.fractie();
        double rStatus = w.fractie();
        double rAf = w.fractie();
        double rDoor = w.fractie();
        double rGids = w.fractie();
        double rTekst = w.fractie();
        double rTijd = w.fractie();
        Soort soort = SOORTEN.get(Begeleidingsdagen.kies(GEWICHT, rSoort));
        UUID aan = null;
        if (soort.aan() != Aan.HUISHOUDEN) {
            aan = geadresseerde(personen, ontvangen, soort.aan() == Aan.KIND, rAan);
            if (aan == null && soort.aan() == Aan.KIND) {
                return null; // no school-age child: this letter never came
            }
        }
        LocalDate tot = venster.laatste();
        LocalDate deadline = soort.dagen() == null ? null : ontvangen.plusDays(soort.dagen());
        long oud = ChronoUnit.DAYS.between(ontvangen, dagen.vandaag);
        boolean zonderActie = soort.actie() == null;
        BriefStatus status;
        if (!venster.loopt()) {
            status = zonderActie || rStatus < 0.12 ? BriefStatus.GEEN_ACTIE : BriefStatus.AFGEHANDELD;
        }
        else {
            double openKans = oud <= 7 ? 0.75 : oud <= 30 ? 0.4 : oud <= 90 ? 0.12 : 0.04;
            status = rStatus < openKans ? (rAf < 0.6 ? BriefStatus.OPEN : BriefStatus.IN_BEHANDELING)
                    : zonderActie || rStatus > 0.9 ? BriefStatus.GEEN_ACTIE : BriefStatus.AFGEHANDELD;
        }
        // registered within a few days of arrival; handled before the deadline mostly, some after it
        LocalDate geregistreerd = Begeleidingsdagen.min(ontvangen.plusDays((long) (rTijd * 4)), tot);
        Medewerker door = Begeleidingsdagen.gids(v, geregistreerd, rGids, false);
        if (door == null) {
            LocalDate later = Begeleidingsdagen.eersteMetGids(v, geregistreerd, tot);
            if (later == null) {
                return null; // nobody assigned to register it
            }
            geregistreerd = later;
            door = Begeleidingsdagen.gids(v, later, rGids, false);
        }
        if (door == null) {
            return null;
        }
        LocalDate afgehandeld = null;
        AfgehandeldDoor wie = null;
        Medewerker gewijzigdDoor = null;
        Instant gewijzigdOp = null;
        Instant vastgelegdOp;
        int versie = 1;
        if (!status.isOpen()) {
            long ruimte = deadline == null ? 14 : ChronoUnit.DAYS.between(ontvangen, deadline) + 7;
            afgehandeld = Begeleidingsdagen.min(Begeleidingsdagen.max(ontvangen.plusDays((long) (rAf * ruimte)),
                    geregistreerd), tot);
            if (status == BriefStatus.AFGEHANDELD) {
                int jaar = Begeleidingsdagen.trajectjaar(start, afgehandeld);
                wie = DOOR_WAARDEN[Begeleidingsdagen.kies(DOOR[Math.min(jaar, 3) - 1], rDoor)];
            }
            if (afgehandeld.equals(geregistreerd) || rTijd < 0.3) {
                // registered as done in one go (the day it was handled)
                Medewerker toen = Begeleidingsdagen.gids(v, afgehandeld, rGids, false);
                door = toen != null ? toen : door;
                vastgelegdOp = dagen.moment(afgehandeld, rTekst);
            }
            else {
                vastgelegdOp = dagen.moment(geregistreerd, rTekst);
                Medewerker toen = Begeleidingsdagen.gids(v, afgehandeld, 1 - rGids, false);
                gewijzigdDoor = toen != null ? toen : door;
                gewijzigdOp = dagen.moment(afgehandeld, 1 - rTekst);
                if (!gewijzigdOp.isAfter(vastgelegdOp)) {
                    gewijzigdOp = vastgelegdOp.plusSeconds(60);
                }
                versie = 2;
            }
        }
        else {
            vastgelegdOp = dagen.moment(geregistreerd, rTekst);
        }
        String notitie = rTekst < 0.08 ? NOTITIES[(int) (rTekst / 0.08 * NOTITIES.length)] : null;
        t.brief.uuid(id).uuid(huishouden).uuid(aan).tekst(soort.afzender().name()).tekst(soort.naam())
            .datum(ontvangen).tekst(soort.onderwerp()).tekst(soort.actie()).datum(deadline).tekst(status.name())
            .tekst(wie == null ? null : wie.name()).datum(afgehandeld).tekst(notitie).uuid(door.id())
            .tijd(vastgelegdOp).uuid(gewijzigdDoor == null ? null : gewijzigdDoor.id());
        if (gewijzigdOp == null) {
            t.brief.nul();
        }
        else {
            t.brief.tijd(gewijzigdOp);
        }
        t.brief.getal(versie).einde();
        return new Geschreven(status, deadline);
    }

    /** An adult (or a child of school age) in the household on that day, chosen by {@code lot}; or null. */
    private static @Nullable UUID geadresseerde(List<Persoon> personen, LocalDate op, boolean kind, double lot) {
        int aantal = 0;
        for (Persoon p : personen) {
            if (past(p, op, kind)) {
                aantal++;
            }
        }
        int keuze = (int) (lot * aantal);
        for (Persoon p : personen) {
            if (past(p, op, kind) && keuze-- == 0) {
                return p.id();
            }
        }
        return null;
    }

    private static boolean past(Persoon p, LocalDate op, boolean kind) {
        if (p.nareiziger() && (p.brpDatum() == null || p.brpDatum().isAfter(op))) {
            return false;
        }
        int leeftijd = p.leeftijd(op);
        return kind ? leeftijd >= 4 && leeftijd <= 17 : leeftijd >= 18;
    }
}
