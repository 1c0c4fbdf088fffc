package nl.wegwijs.generator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.generator.Begeleidingsdagen.Venster;
import nl.wegwijs.generator.Stelsel.GemeentePlan;
import nl.wegwijs.generator.Trajectverloop.Verloop;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Eigenaar;
import nl.wegwijs.signaal.Richting;
import nl.wegwijs.signaal.SignaalStatus;
import nl.wegwijs.signaal.Urgentie;

/**
 * The signals of one generated household, as the signaal module keeps them: about one household in four has had one
 * (more the longer guidance ran), mostly money worries, psychological complaints, health and family reunification,
 * now and then school absence or domestic violence. Most are raised by the guide towards the gemeente; about a
 * quarter by the gemeente (a regievoerder, or the budgetcoach about money) towards the guide. Most get a plan van
 * aanpak of one to four actions (guide, regievoerder, a partner such as the GGZ or Veilig Thuis, or the statushouder).
 * Old signals are closed with a note; recent ones are often still open (about one running household in ten has an
 * open signal), a few of them urgent. A closed trajectory leaves no signal open. A signal from the guide goes to the
 * regievoerder; one from the gemeente to the household's guide by name (or its guidance when none is assigned). Each
 * has a short thread: the addressee's reply, the actions as they were added and ticked off, "in behandeling" and the
 * closing note, in the order of their moments (entry ids derive from the signal's id, so no random draw is added).
 */
final class Signaalmaker {

    /** The stand the worklist shows: open signals, whether one is urgent, the earliest open action among them. */
    record Stand(int open, boolean urgent, @Nullable LocalDate vroegste) {

        static final Stand GEEN = new Stand(0, false, null);
    }

    private static final Categorie[] CATEGORIEEN = { Categorie.GELDZORGEN, Categorie.PSYCHISCH,
            Categorie.GEZONDHEID, Categorie.GEZINSHERENIGING, Categorie.SCHOOLVERZUIM, Categorie.HUISELIJK_GEWELD,
            Categorie.ANDERS };
    private static final double[] CATEGORIE_GEWICHT = { 30, 20, 15, 12, 10, 4, 9 };
    private static final Urgentie[] URGENTIES = Urgentie.values();
    /** Urgency per category (laag, normaal, hoog, acuut), in the order of {@link #CATEGORIEEN}. */
    private static final double[][] URGENTIE = { { 20, 60, 18, 2 }, { 10, 55, 30, 5 }, { 15, 60, 22, 3 },
            { 25, 60, 15, 0 }, { 15, 60, 23, 2 }, { 0, 10, 50, 40 }, { 30, 55, 14, 1 } };
    private static final String[][] OMSCHRIJVING = {
            { "Huurachterstand van twee maanden en een aanmaning van de energieleverancier.",
                    "Toeslagen moeten worden terugbetaald; het gezin kan de vaste lasten niet meer betalen.",
                    "Er komen brieven van een incassobureau binnen; cliënt durft ze niet te openen." },
            { "Vader slaapt slecht en trekt zich terug sinds het bericht over zijn broer.",
                    "Cliënt heeft nachtmerries en piekert veel; wil wel hulp maar weet niet waar.",
                    "Moeder voelt zich somber en alleen sinds de verhuizing." },
            { "Moeder heeft al weken pijn en nog geen huisarts gezien.",
                    "Een kind heeft een chronische aandoening; medicatie is nog niet geregeld.",
                    "Achterstallige tandzorg: cliënt heeft veel pijn." },
            { "Onzekerheid over de nareis van de dochter geeft veel spanning.",
                    "De aanvraag gezinshereniging is afgewezen; cliënt wil in beroep.",
                    "De partner wacht nog op een visum; het gezin vraagt steeds naar de stand van zaken." },
            { "De oudste zoon is de afgelopen twee weken niet op school geweest.",
                    "School meldt dat een kind vaak te laat komt en moe is.",
                    "Een dochter gaat niet meer naar de schakelklas." },
            { "Zorgen over spanningen en geweld in het gezin; een kind vertelde erover op school.",
                    "Buren hoorden ruzie en geschreeuw; cliënt wil er niet over praten." },
            { "Zorgen over het huishouden; nader te bespreken met de regievoerder.",
                    "Cliënt dreigt de woning kwijt te raken door overlast.",
                    "Het huishouden heeft nog geen internet en mist daardoor berichten." } };
    private static final String[] PARTNERS = { "Schuldhulpverlening van de gemeente", "Huisarts (POH-GGZ)",
            "Huisarts", "VluchtelingenWerk juridische hulp", "Leerplichtambtenaar", "Veilig Thuis",
            "Sociaal wijkteam" };
    private static final String[] ACTIE_BEGELEIDER = { "Gesprek met het gezin over de situatie",
            "Samen de brieven en rekeningen op een rij zetten", "Meegaan naar de eerste afspraak",
            "Contact opnemen met de school", "Na twee weken navragen hoe het gaat" };
    private static final String[] ACTIE_REGIEVOERDER = { "Doorverwijzing bespreken in het casusoverleg",
            "Budgetcoach inschakelen", "Contact met de leerplichtambtenaar", "Bijzondere bijstand beoordelen" };
    private static final String[] ACTIE_STATUSHOUDER = { "Zelf een afspraak maken bij de huisarts",
            "Alle brieven van de schuldeiser bewaren en meenemen", "Zelf de school bellen bij ziekte" };
    private static final String[] REACTIE_GEMEENTE = { "Dank voor het melden. Ik neem het mee in het casusoverleg.",
            "Gezien. Ik bel het gezin deze week en laat het hier weten.",
            "Bekend bij ons; ik zoek uit wie dit oppakt." };
    private static final String[] REACTIE_BEGELEIDING = { "Gelezen. Ik ga deze week langs en bespreek het met het gezin.",
            "Dank. Ik bel het gezin morgen en laat hier weten hoe het gaat.",
            "Ik herken dit; bij het laatste huisbezoek kwam het ook ter sprake." };
    private static final String[] AFSLUITING = { "Doorverwezen; de hulp loopt nu daar.",
            "Betalingsregeling getroffen; de vaste lasten worden weer op tijd betaald.",
            "Situatie verbeterd; geen actie meer nodig.", "Overgedragen aan het sociaal wijkteam.",
            "Besproken met de regievoerder; afgesloten in overleg." };

    private final Tabellen t;
    private final Begeleidingsdagen dagen;

    Signaalmaker(Tabellen t, Begeleidingsdagen dagen) {
        this.t = t;
        this.dagen = dagen;
    }

    Stand maak(Verloop v, UUID huishouden, String naam, List<Persoon> personen, GemeentePlan g, Willekeur w) {
        Venster venster = dagen.venster(v);
        if (venster == null) {
            return Stand.GEEN;
        }
        double maanden = venster.dagen() / 30.44;
        int aantal = 0;
        if (w.kans(Math.min(0.35, 0.03 + 0.018 * maanden))) {
            aantal = 1 + (w.kans(0.25) ? 1 : 0) + (w.kans(0.1) ? 1 : 0);
        }
        int open = 0;
        boolean urgent = false;
        LocalDate vroegste = null;
        for (int i = 0; i < aantal; i++) {
            Geschreven s = schrijf(v, huishouden, naam, personen, g, venster, w);
            if (s != null && s.status().isOpen()) {
                open++;
                urgent |= s.urgentie().isUrgent();
                if (s.vroegsteActie() != null && (vroegste == null || s.vroegsteActie().isBefore(vroegste))) {
                    vroegste = s.vroegsteActie();
                }
            }
        }
        return new Stand(open, urgent, vroegste);
    }

    /** What was written of a signal, for the stand. */
    private record Geschreven(SignaalStatus status, Urgentie urgentie, @Nullable LocalDate vroegsteActie) {
    }

    private @Nullable Geschreven schrijf(Verloop v, UUID huishouden, String naam, List<Persoon> personen,
            GemeentePlan g, Venster venster, Willekeur w) {
        UUID id = w.uuid();
        double rDag = w.fractie();
        double rCategorie = w.fractie();
        double rUrgentie = w.fractie();
        double rMelder = w.fractie();
        double rPersoon = w.fractie();
        double rTekst = w.fractie();
        double rStatus = w.fractie();
        double rSluit = w.fractie();
        double rTijd = w.fractie();
        int acties = w.kans(0.65) ? w.tussen(1, 4) : 0;
        LocalDate laatste = venster.laatste();
        LocalDate gemeld = Begeleidingsdagen.dag(venster.eerste(), laatste, rDag);
        int c = Begeleidingsdagen.kies(CATEGORIE_GEWICHT, rCategorie);
        UUID persoon = null;
        if (CATEGORIEEN[c] == Categorie.SCHOOLVERZUIM) {
            persoon = iemand(personen, gemeld, 5, 17, rPersoon);
            if (persoon == null) {
                c = 0; // no child of school age: money worries instead
            }
        }
        else if ((CATEGORIEEN[c] == Categorie.PSYCHISCH || CATEGORIEEN[c] == Categorie.GEZONDHEID)
                && rPersoon < 0.6) {
            persoon = iemand(personen, gemeld, 18, 120, rPersoon / 0.6);
        }
        Categorie categorie = CATEGORIEEN[c];
        Urgentie urgentie = URGENTIES[Begeleidingsdagen.kies(URGENTIE[c], rUrgentie)];

        // the gemeente raises about a quarter, most of all about school absence and money (the budgetcoach)
        double gemeenteKans = categorie == Categorie.SCHOOLVERZUIM ? 0.6 : 0.22;
        Medewerker melder;
        if (rMelder < gemeenteKans) {
            List<Medewerker> gemeente = categorie == Categorie.GELDZORGEN && !g.budgetcoaches.isEmpty()
                    && rMelder < gemeenteKans / 2 ? g.budgetcoaches : g.regievoerders;
            melder = gemeente.get((int) (rMelder / gemeenteKans * gemeente.size()) % gemeente.size());
        }
        else {
            melder = Begeleidingsdagen.gids(v, gemeld, rMelder, false);
            if (melder == null) {
                List<Medewerker> leiders = v.afspraakOp(gemeld).uitvoerder.teamleiders;
                melder = leiders.get((int) (rMelder * leiders.size()) % leiders.size());
            }
        }
        Richting richting = Richting.van(melder.rol());
        // from the gemeente to the guide by name, when one is assigned; from the guide to the regievoerder
        Medewerker aanGids = richting == Richting.NAAR_BEGELEIDING ? Begeleidingsdagen.gids(v, gemeld, rMelder, false)
                : null;
        Medewerker regievoerder = g.regievoerders.get((int) (rTijd * g.regievoerders.size()) % g.regievoerders.size());
        Medewerker antwoorder = richting == Richting.NAAR_GEMEENTE ? regievoerder : aanGids;
        Instant vastgelegd = dagen.moment(Begeleidingsdagen.min(gemeld.plusDays((long) (rTijd * 3)), laatste),
                rTijd);

        long oud = ChronoUnit.DAYS.between(gemeld, dagen.vandaag);
        double openKans = !venster.loopt() ? 0 : oud <= 30 ? 0.9 : oud <= 90 ? 0.65 : oud <= 180 ? 0.4 : 0.16;
        SignaalStatus status = rStatus < openKans ? (rSluit < 0.45 ? SignaalStatus.OPEN : SignaalStatus.IN_BEHANDELING)
                : SignaalStatus.AFGESLOTEN;
        LocalDate afgesloten = null;
        Medewerker sluiter = null;
        int versie = status == SignaalStatus.OPEN ? 1 : 2;
        if (status == SignaalStatus.AFGESLOTEN) {
            afgesloten = Begeleidingsdagen.min(gemeld.plusDays(7 + (long) (rSluit * 113)), laatste);
            sluiter = rSluit < 0.7 ? Begeleidingsdagen.gids(v, afgesloten, rSluit / 0.7, false) : null;
            if (sluiter == null) {
                sluiter = richting == Richting.NAAR_BEGELEIDING ? melder
                        : g.regievoerders.get((int) (rSluit * g.regievoerders.size()) % g.regievoerders.size());
            }
            versie = rSluit < 0.5 ? 3 : 2; // some went through IN_BEHANDELING first
        }
        String[] teksten = OMSCHRIJVING[c];
        t.signaal.uuid(id).uuid(huishouden).tekst(naam).uuid(persoon).tekst(categorie.name()).tekst(urgentie.name())
            .tekst(teksten[(int) (rTekst * teksten.length)]).tekst(richting.name())
            .tekst(richting == Richting.NAAR_GEMEENTE ? "REGIEVOERDER" : "BEGELEIDING")
            .uuid(aanGids == null ? null : aanGids.id()).tekst(aanGids == null ? null : aanGids.naam())
            .uuid(melder.id())
            .tekst(melder.naam()).datum(gemeld).tijd(vastgelegd).tekst(status.name()).datum(afgesloten)
            .uuid(sluiter == null ? null : sluiter.id())
            .tekst(afgesloten == null ? null : AFSLUITING[(int) (rTekst * AFSLUITING.length)]).getal(versie).einde();

        LocalDate vroegste = null;
        LocalDate grens = afgesloten != null ? afgesloten : laatste;
        List<Bericht> gesprek = new ArrayList<>();
        if (antwoorder != null) {
            LocalDate dag = Begeleidingsdagen.min(gemeld.plusDays(1 + (long) (rTijd * 2)), grens);
            Instant op = dagen.moment(dag, rSluit);
            String[] reacties = richting == Richting.NAAR_GEMEENTE ? REACTIE_GEMEENTE : REACTIE_BEGELEIDING;
            gesprek.add(new Bericht("REACTIE", reacties[(int) (rSluit * reacties.length)], antwoorder,
                    op.isBefore(vastgelegd) ? vastgelegd.plusSeconds(60) : op));
        }
        Medewerker behandelaar = antwoorder != null ? antwoorder : melder;
        if (status == SignaalStatus.IN_BEHANDELING || status == SignaalStatus.AFGESLOTEN && versie == 3) {
            LocalDate dag = Begeleidingsdagen.min(gemeld.plusDays(2 + (long) (rTijd * 3)), grens);
            gesprek.add(new Bericht("IN_BEHANDELING", null, behandelaar,
                    later(dagen.moment(dag, rTijd), vastgelegd.plusSeconds(120))));
        }
        for (int i = 0; i < acties; i++) {
            LocalDate open = actie(v, id, c, melder, gemeld, grens, status == SignaalStatus.AFGESLOTEN, g, w, gesprek);
            if (open != null && (vroegste == null || open.isBefore(vroegste))) {
                vroegste = open;
            }
        }
        if (sluiter != null && afgesloten != null) {
            gesprek.add(new Bericht("AFGESLOTEN", AFSLUITING[(int) (rTekst * AFSLUITING.length)], sluiter,
                    dagen.moment(afgesloten, 0.99)));
        }
        gesprek.sort(Comparator.comparing(Bericht::op));
        int volgnummer = 0;
        for (Bericht b : gesprek) {
            volgnummer++;
            t.signaalBericht.uuid(UUID.nameUUIDFromBytes((id + "/" + volgnummer).getBytes(StandardCharsets.UTF_8)))
                .uuid(id).getal(volgnummer).tekst(b.soort()).tekst(b.tekst()).uuid(b.door().id())
                .tekst(b.door().naam()).tekst(b.door().rol().name()).tijd(b.op()).einde();
        }
        return new Geschreven(status, urgentie, vroegste);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** An entry of a signal's thread, before it is numbered in the order of its moment. */
    private record Bericht(String soort, @Nullable String tekst, Medewerker door, Instant op) {
    }

    /** Writes one action of the plan and its entries in the thread; returns its date when it is still open. */
    private @Nullable LocalDate actie(Verloop v, UUID signaal, int categorie, Medewerker melder, LocalDate gemeld,
            LocalDate grens, boolean gesloten, GemeentePlan g, Willekeur w, List<Bericht> gesprek) {
        UUID id = w.uuid();
        double rEigenaar = w.fractie();
        double rTekst = w.fractie();
        double rMedewerker = w.fractie();
        double rDag = w.fractie();
        double rGedaan = w.fractie();
        double rTijd = w.fractie();
        LocalDate vastgelegd = Begeleidingsdagen.min(gemeld.plusDays((long) (rDag * 8)), grens);
        LocalDate streef = vastgelegd.plusDays(7L * (1 + (int) (rDag * 6)));
        Eigenaar eigenaar = Eigenaar.values()[Begeleidingsdagen.kies(new double[] { 40, 25, 25, 10 }, rEigenaar)];
        String omschrijving;
        String partner = null;
        Medewerker van = null;
        switch (eigenaar) {
            case BEGELEIDER -> {
                omschrijving = ACTIE_BEGELEIDER[(int) (rTekst * ACTIE_BEGELEIDER.length)];
                van = rMedewerker < 0.6 ? Begeleidingsdagen.begeleider(v, vastgelegd) : null;
            }
            case REGIEVOERDER -> {
                omschrijving = ACTIE_REGIEVOERDER[(int) (rTekst * ACTIE_REGIEVOERDER.length)];
                van = rMedewerker < 0.6
                        ? g.regievoerders.get((int) (rMedewerker / 0.6 * g.regievoerders.size())
                                % g.regievoerders.size())
                        : null;
            }
            case PARTNER -> {
                partner = PARTNERS[categorie];
                omschrijving = "Aanmelden bij en afstemmen met " + partner;
            }
            default -> omschrijving = ACTIE_STATUSHOUDER[(int) (rTekst * ACTIE_STATUSHOUDER.length)];
        }
        // the guide or, for a signal from the gemeente, mostly its raiser adds the actions
        Medewerker door = melder.rol().gemeentezijde() && rTijd < 0.6 ? melder
                : Begeleidingsdagen.gids(v, vastgelegd, rTijd, false);
        if (door == null) {
            door = melder;
        }
        LocalDate gedaan = null;
        if (gesloten ? rGedaan < 0.9 : rGedaan < (streef.isBefore(dagen.vandaag) ? 0.55 : 0.15)) {
            LocalDate dag = streef.plusDays((long) (rGedaan * 20) - 10);
            gedaan = Begeleidingsdagen.min(Begeleidingsdagen.max(dag, vastgelegd), grens);
        }
        t.actiepunt.uuid(id).uuid(signaal).tekst(omschrijving).tekst(eigenaar.name()).tekst(partner)
            .uuid(van == null ? null : van.id()).tekst(van == null ? null : van.naam()).datum(streef).datum(gedaan)
            .uuid(door.id()).tijd(dagen.moment(vastgelegd, rTijd)).getal(gedaan == null ? 1 : 2).einde();
        gesprek.add(new Bericht("ACTIE_TOEGEVOEGD", omschrijving, door, dagen.moment(vastgelegd, rTijd)));
        if (gedaan != null) {
            gesprek.add(new Bericht("ACTIE_GEDAAN", omschrijving, van != null ? van : door,
                    dagen.moment(gedaan, Math.min(0.98, rTijd + 0.01))));
        }
        return gedaan == null && !gesloten ? streef : null;
    }

    /** Someone in the household aged {@code van} to {@code tot} on that day, chosen by {@code lot}; or null. */
    private static @Nullable UUID iemand(List<Persoon> personen, LocalDate op, int van, int tot, double lot) {
        int aantal = 0;
        for (Persoon p : personen) {
            if (past(p, op, van, tot)) {
                aantal++;
            }
        }
        int keuze = (int) (lot * aantal);
        for (Persoon p : personen) {
            if (past(p, op, van, tot) && keuze-- == 0) {
                return p.id();
            }
        }
        return null;
    }

    private static boolean past(Persoon p, LocalDate op, int van, int tot) {
        if (p.nareiziger() && (p.brpDatum() == null || p.brpDatum().isAfter(op))) {
            return false;
        }
        int leeftijd = p.leeftijd(op);
        return leeftijd >= van && leeftijd <= tot;
    }
}
