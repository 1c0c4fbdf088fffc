package nl.wegwijs.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.wegwijs.contact.Bijeenkomstsoort;
import nl.wegwijs.contact.ContactInvoer;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.contact.Contactsoort;
import nl.wegwijs.contact.Groepsbijeenkomst;
import nl.wegwijs.contact.GroepsbijeenkomstInvoer;
import nl.wegwijs.contact.GroepsbijeenkomstService;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.contact.Tolk;
import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.post.AfgehandeldDoor;
import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.BriefGegevens;
import nl.wegwijs.post.BriefStatus;
import nl.wegwijs.post.PostService;
import nl.wegwijs.signaal.ActiepuntGegevens;
import nl.wegwijs.signaal.Aan;
import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Eigenaar;
import nl.wegwijs.signaal.NieuwSignaal;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.signaal.Urgentie;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * The daily guidance of the demo households, recorded through the public services by whoever is assigned: contacts
 * over the last months (home visits, calls, accompanying to appointments), letters at every stage (open, overdue,
 * handled by the guide, together or alone), a few signals with a short conversation and a plan van aanpak (school
 * absence raised by the gemeente to the guide by name, the rest by the guide to the regievoerder), and a group session per uitvoerder with attendance.
 */
final class DemoDagelijks {

    private static final String[][] BRIEVEN = {
            { "BELASTINGDIENST_TOESLAGEN", "Voorschotbeschikking zorgtoeslag", "Controleren of het inkomen klopt" },
            { "GEMEENTE", "Aanslag gemeentelijke belastingen", "Kwijtschelding aanvragen" },
            { "DUO", "Inburgeringsplicht en lening", "Taalschool kiezen" },
            { "ZORGVERZEKERAAR", "Polisblad zorgverzekering", "Controleren en bewaren" },
            { "VERHUURDER", "Huurverhoging per 1 juli", "Huurtoeslag laten aanpassen" },
            { "ENERGIELEVERANCIER", "Jaarafrekening energie", "Termijnbedrag aanpassen" },
            { "UWV", "Informatie over werk en uitkering", "Lezen en bespreken" },
            { "SCHOOL", "Uitnodiging oudergesprek", "Afspraak bevestigen" },
            { "CJIB", "Beschikking verkeersboete", "Betalen of bezwaar maken" } };
    private static final String[] AFSPRAKEN = { "Zorgtoeslag samen gecontroleerd", "DigiD geactiveerd",
            "Huisarts ingeschreven", "Budgetplan doorgenomen", "School gebeld over de inschrijving",
            "Meterstanden samen opgenomen", "Volgende keer de brief van DUO bespreken" };

    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final ContactService contacten;
    private final GroepsbijeenkomstService bijeenkomsten;
    private final PostService post;
    private final SignaalService signalen;
    private final Random random;
    private final LocalDate vandaag;
    private final java.util.Map<UUID, Medewerker> regievoerders;

    DemoDagelijks(TrajectService trajecten, HuishoudenService huishoudens, OrganisatieService organisaties,
            ContactService contacten, GroepsbijeenkomstService bijeenkomsten, PostService post,
            SignaalService signalen, Random random, LocalDate vandaag, java.util.Map<UUID, Medewerker> regievoerders) {
        this.regievoerders = regievoerders;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.contacten = contacten;
        this.bijeenkomsten = bijeenkomsten;
        this.post = post;
        this.signalen = signalen;
        this.random = random;
        this.vandaag = vandaag;
    }

    /** One household's contacts, letters and perhaps a signal; returns who guides it, if anyone does today. */
    Optional<Medewerker> speel(Gespeeld g) {
        Optional<Huishouden> h = huishoudens.intern(g.huishouden());
        Optional<Traject> t = h.flatMap(x -> trajecten.samenvatting(g.traject(), x)).map(s -> s.traject());
        if (h.isEmpty() || t.isEmpty() || t.get().status().isAfgesloten() || t.get().praktischeStart() == null) {
            return Optional.empty();
        }
        List<Toewijzing> actief = t.get().actieveToewijzingen(vandaag);
        if (actief.isEmpty()) {
            return Optional.empty();
        }
        Medewerker gids = organisaties.medewerker(actief.get(actief.size() - 1).medewerkerId()).orElseThrow();
        Huishouden huis = h.get();
        contacten(gids, huis, t.get().praktischeStart());
        brieven(gids, huis);
        if (random.nextInt(4) == 0) {
            signaal(gids, huis, t.get());
        }
        return Optional.of(gids);
    }

    private void contacten(Medewerker gids, Huishouden h, LocalDate start) {
        LocalDate van = start.isBefore(vandaag.minusMonths(10)) ? vandaag.minusMonths(10) : start;
        Set<UUID> iedereen = h.personen().stream().map(Persoon::id).collect(Collectors.toSet());
        LocalDate dag = van;
        List<LocalDate> dagen = new ArrayList<>();
        while (!dag.isAfter(vandaag)) {
            dagen.add(dag);
            long bezig = ChronoUnit.DAYS.between(start, dag);
            dag = dag.plusDays(bezig < 90 ? 7 + random.nextInt(3) : bezig < 180 ? 14 : 21 + random.nextInt(14));
        }
        // some households have not been seen for a while: their last weeks have no contacts
        if (random.nextInt(5) == 0 && dagen.size() > 2) {
            dagen = dagen.subList(0, dagen.size() - 2);
        }
        Contactsoort[] soorten = { Contactsoort.HUISBEZOEK, Contactsoort.HUISBEZOEK, Contactsoort.TELEFONISCH,
                Contactsoort.KANTOOR, Contactsoort.MEEGAAN, Contactsoort.BEELDBELLEN };
        for (int i = 0; i < dagen.size(); i++) {
            boolean laatste = i == dagen.size() - 1;
            Contactsoort soort = soorten[random.nextInt(soorten.length)];
            Set<Thema> themas = EnumSet.of(Thema.values()[random.nextInt(Thema.values().length)],
                    Thema.values()[random.nextInt(Thema.values().length)]);
            boolean tolk = h.personen().stream().anyMatch(Persoon::tolkNodig) && random.nextBoolean();
            String taal = h.personen().stream().filter(Persoon::tolkNodig).map(Persoon::tolkTaal)
                .filter(java.util.Objects::nonNull).findFirst().orElse("Arabisch");
            contacten.legVast(gids, h.id(), new ContactInvoer(dagen.get(i),
                    soort == Contactsoort.TELEFONISCH ? 20 : soort == Contactsoort.MEEGAAN ? 120 : 60, soort,
                    iedereen, Set.of(gids.id()), tolk ? Tolk.PROFESSIONEEL : Tolk.GEEN, tolk ? taal : null, themas,
                    AFSPRAKEN[random.nextInt(AFSPRAKEN.length)], null,
                    laatste && random.nextBoolean() ? vandaag.plusDays(3 + random.nextInt(14)) : null));
        }
    }

    private void brieven(Medewerker gids, Huishouden h) {
        int aantal = 1 + random.nextInt(4);
        for (int i = 0; i < aantal; i++) {
            String[] b = BRIEVEN[random.nextInt(BRIEVEN.length)];
            LocalDate ontvangen = vandaag.minusDays(random.nextInt(60));
            LocalDate deadline = ontvangen.plusDays(14 + random.nextInt(28));
            int stand = random.nextInt(4);
            BriefStatus status = stand == 0 ? BriefStatus.OPEN : stand == 1 ? BriefStatus.IN_BEHANDELING
                    : BriefStatus.AFGEHANDELD;
            AfgehandeldDoor door = status != BriefStatus.AFGEHANDELD ? null
                    : AfgehandeldDoor.values()[random.nextInt(AfgehandeldDoor.values().length)];
            post.registreer(gids, h.id(), new BriefGegevens(null, Afzender.valueOf(b[0]), null, ontvangen, b[1], b[2],
                    deadline, status, door, null));
        }
    }

    /**
     * A signal with a short conversation. A school absence is raised by the regievoerder to the household's guide by
     * name, who replies; the regievoerder agrees a plan and thanks. Anything else the guide raises to the regievoerder,
     * who replies; the guide (as raiser) agrees the plan.
     */
    private void signaal(Medewerker gids, Huishouden h, Traject t) {
        // a vrijwilliger does not manage a sensitive signal (health, mental health), so raises none with a plan here
        Categorie[] soorten = gids.heeftRol(nl.wegwijs.organisatie.Rol.VRIJWILLIGER)
                ? new Categorie[] { Categorie.GELDZORGEN, Categorie.SCHOOLVERZUIM, Categorie.GEZINSHERENIGING }
                : new Categorie[] { Categorie.GELDZORGEN, Categorie.SCHOOLVERZUIM, Categorie.GEZONDHEID,
                        Categorie.PSYCHISCH, Categorie.GEZINSHERENIGING };
        Categorie categorie = soorten[random.nextInt(soorten.length)];
        Urgentie urgentie = random.nextBoolean() ? Urgentie.NORMAAL : Urgentie.HOOG;
        LocalDate gemeld = vandaag.minusDays(random.nextInt(20));
        Medewerker regievoerder = regievoerders.get(t.contractId());
        // a school absence is what a gemeente consultant notices first (001 L877-887)
        if (categorie == Categorie.SCHOOLVERZUIM && regievoerder != null) {
            Signaal s = signalen.meld(regievoerder, h.id(), new NieuwSignaal(null, categorie, urgentie,
                    omschrijving(categorie), gemeld, Aan.BEGELEIDING, gids.id()));
            signalen.reageer(gids, s.id(), "Gelezen. Ik ga deze week langs en bespreek het met de ouders; "
                    + "daarna bel ik de school.");
            signalen.voegActieToe(regievoerder, s.id(), new ActiepuntGegevens("Gesprek met het gezin en de school",
                    Eigenaar.BEGELEIDER, null, null, vandaag.plusDays(7), null));
            signalen.voegActieToe(regievoerder, s.id(), new ActiepuntGegevens(
                    "Contact met de leerplichtambtenaar", Eigenaar.REGIEVOERDER, null, null, vandaag.plusDays(14),
                    null));
            signalen.reageer(regievoerder, s.id(), "Dank. Ik zet het contact met de leerplichtambtenaar in gang.");
            return;
        }
        Signaal s = signalen.meld(gids, h.id(), new NieuwSignaal(null, categorie, urgentie, omschrijving(categorie),
                gemeld, Aan.REGIEVOERDER, null, nl.wegwijs.signaal.Deling.TOESTEMMING));
        if (regievoerder != null) {
            signalen.reageer(regievoerder, s.id(), "Dank voor het melden. Ik neem het mee in het casusoverleg; "
                    + "spreek met het gezin af wat jullie zelf kunnen doen.");
        }
        signalen.voegActieToe(gids, s.id(), new ActiepuntGegevens("Gesprek met het gezin over de situatie",
                Eigenaar.BEGELEIDER, null, null, vandaag.plusDays(7), null));
        signalen.voegActieToe(gids, s.id(), new ActiepuntGegevens("Doorverwijzing bespreken met de regievoerder",
                Eigenaar.REGIEVOERDER, null, null, vandaag.plusDays(14), null));
    }

    private static String omschrijving(Categorie c) {
        return switch (c) {
            case GELDZORGEN -> "Achterstand in de huur en een aanmaning van de energieleverancier.";
            case SCHOOLVERZUIM -> "De oudste zoon is de afgelopen twee weken niet op school geweest.";
            case GEZONDHEID -> "Moeder heeft al weken pijn en nog geen huisarts gezien.";
            case PSYCHISCH -> "Vader slaapt slecht en trekt zich terug sinds het bericht over zijn broer.";
            case GEZINSHERENIGING -> "Onzekerheid over de nareis van de dochter geeft veel spanning.";
            default -> "Zorgen over het huishouden.";
        };
    }

    /** A group session about money, given by a guide of each uitvoerder, attended by a few of its households. */
    void groepsbijeenkomst(Medewerker organisator, List<Huishouden> deelnemers) {
        Groepsbijeenkomst g = bijeenkomsten.registreer(organisator, new GroepsbijeenkomstInvoer(
                "Rondkomen in Nederland: toeslagen en vaste lasten", Bijeenkomstsoort.THEMABIJEENKOMST,
                Thema.FINANCIEN_ADMINISTRATIE, vandaag.minusDays(10), 120, "Buurthuis De Schakel", "Arabisch", null,
                null, null));
        for (Huishouden h : deelnemers) {
            List<UUID> volwassenen = h.personen().stream()
                .filter(p -> p.geboortedatum().isBefore(vandaag.minusYears(18))).map(Persoon::id).toList();
            if (!volwassenen.isEmpty()) {
                bijeenkomsten.voegDeelnemersToe(organisator, g.id(), h.id(), volwassenen);
            }
        }
    }
}
