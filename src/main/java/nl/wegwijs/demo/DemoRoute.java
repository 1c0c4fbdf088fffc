package nl.wegwijs.demo;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.route.Afspraken;
import nl.wegwijs.route.Dag;
import nl.wegwijs.route.Kanaal;
import nl.wegwijs.route.Ontmoeting;
import nl.wegwijs.route.RouteService;
import nl.wegwijs.route.Taal;
import nl.wegwijs.route.ZelfTaak;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.tevredenheid.Invulwijze;
import nl.wegwijs.tevredenheid.TevredenheidService;
import nl.wegwijs.tevredenheid.Vraag;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;

/**
 * Route cards and satisfaction answers, recorded through the services as the uitvoerder's teamleider would: a card
 * with agreements and two or three partners from the gemeente's sociale kaart for every third household in
 * guidance (the first in Arabic, the second in Tigrinya, then the household's own language), and the satisfaction
 * questionnaire for three of four households whose moment has come (so the aggregate report has groups of five and
 * more, and some files show it as still to do). A gemeente without services on its sociale kaart gets a small set
 * first (synthetic names).
 */
@Component
class DemoRoute implements DemoAanvulling {

    private final RouteService route;
    private final TevredenheidService tevredenheid;
    private final SocialeKaart socialeKaart;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final JdbcClient jdbc;
    private final Random random = new Random(4711);
    private final Map<UUID, Optional<Medewerker>> teamleiders = new HashMap<>();
    private final Set<Taal> gehad = EnumSet.noneOf(Taal.class);
    private int n;
    private int peilingen;

    DemoRoute(RouteService route, TevredenheidService tevredenheid, SocialeKaart socialeKaart,
            TrajectService trajecten, OrganisatieService organisaties, JdbcClient jdbc) {
        this.route = route;
        this.tevredenheid = tevredenheid;
        this.socialeKaart = socialeKaart;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 400;
    }

    @Override
    public void speel(Gespeeld g, Context context) {
        Medewerker tl = teamleider(g.huishouden());
        if (tl == null) {
            return;
        }
        Inzage inzage = trajecten.inzage(tl, g.huishouden());
        if (!inzage.magBegeleiden()) {
            return;
        }
        if (n++ % 3 == 0) {
            kaart(tl, g.huishouden(), inzage.toegang().gemeenteId());
        }
        TevredenheidService.Stand stand = tevredenheid.lees(tl, g.huishouden());
        if (stand.magAfnemen() && peilingen++ % 4 != 3) {
            Map<Vraag, @Nullable Integer> antwoorden = new EnumMap<>(Vraag.class);
            int basis = 3 + random.nextInt(3);
            for (Vraag v : Vraag.values()) {
                int w = Math.max(1, Math.min(5, basis + random.nextInt(3) - 1));
                antwoorden.put(v, random.nextInt(12) == 0 ? null : w);
            }
            String[] opmerkingen = { null, null, "Ik weet nu waar de huisarts is en hoe ik zelf een afspraak maak.",
                    null, "Soms duurde het lang voordat ik antwoord kreeg.", null,
                    "De kaart met de afspraken hangt bij ons op de koelkast." };
            tevredenheid.legVast(tl, g.huishouden(), new TevredenheidService.Invoer(
                    random.nextBoolean() ? Invulwijze.SAMEN : Invulwijze.ZELF, antwoorden,
                    opmerkingen[random.nextInt(opmerkingen.length)]));
        }
    }

    private void kaart(Medewerker tl, HuishoudenId h, UUID gemeente) {
        List<Dienst> diensten = socialeKaart.diensten(tl, gemeente);
        if (diensten.isEmpty()) {
            diensten = vulKaart(tl, gemeente);
        }
        RouteService.Kaart k = route.lees(tl, h, null);
        if (k.routekaart() != null) {
            return;
        }
        Taal taal = !gehad.contains(Taal.AR) ? Taal.AR : !gehad.contains(Taal.TI) ? Taal.TI : k.taal();
        gehad.add(taal);
        int i = n;
        Set<Dag> dagen = i % 2 == 0 ? Set.of(Dag.MA, Dag.WO, Dag.DO) : Set.of(Dag.DI, Dag.VR);
        Set<Kanaal> kanalen = i % 3 == 0 ? Set.of(Kanaal.TELEFOON, Kanaal.WHATSAPP)
                : Set.of(Kanaal.TELEFOON, Kanaal.SPREEKUUR);
        Ontmoeting[] ontmoetingen = Ontmoeting.values();
        Set<ZelfTaak> zelf = EnumSet.of(ZelfTaak.POST_OPENEN, ZelfTaak.TAALLES);
        zelf.add(ZelfTaak.values()[2 + i % 6]);
        route.legVast(tl, h, null, taal, new Afspraken(dagen, LocalTime.of(9, 0), LocalTime.of(i % 2 == 0 ? 12 : 16, 30),
                kanalen, "06 " + (20000000 + (i * 7919) % 9000000), ontmoetingen[i % 4], zelf,
                i % 2 == 0 ? "Neem brieven die u niet begrijpt mee naar de afspraak." : null));
        long versie = 1;
        int aantal = 0;
        for (Dienst d : diensten) {
            if (aantal == 3 || d.soort() != Dienstsoort.HUISARTS && d.soort() != Dienstsoort.TAALMAATJE
                    && d.soort() != Dienstsoort.SOCIAAL_WIJKTEAM && d.soort() != Dienstsoort.ZELFORGANISATIE) {
                continue;
            }
            if (aantal > 0 && random.nextInt(4) == 0) {
                continue;
            }
            route.voegPartnerToe(tl, h, versie++, d.id(), d.soort() == Dienstsoort.TAALMAATJE
                    ? "Oefent elke week een uur Nederlands met u." : null);
            aantal++;
        }
    }

    private List<Dienst> vulKaart(Medewerker tl, UUID gemeente) {
        socialeKaart.voegToe(tl, gemeente, new DienstGegevens("Huisartsenpraktijk Zonnehof", Dienstsoort.HUISARTS,
                "070 311 22 40", "assistente@zonnehof.example", "Zonnehof 12", null,
                List.of("Nederlands", "Engels", "Arabisch"), null, "Inschrijven met verblijfsdocument en zorgpas.", null));
        socialeKaart.voegToe(tl, gemeente, new DienstGegevens("Taalhuis De Brug", Dienstsoort.TAALMAATJE,
                "070 311 55 10", "taalhuis@debrug.example", null, "https://debrug.example",
                List.of("Nederlands", "Engels"), 4, "Aanmelden via het formulier op de website.", null));
        socialeKaart.voegToe(tl, gemeente, new DienstGegevens("Sociaal wijkteam Centrum",
                Dienstsoort.SOCIAAL_WIJKTEAM, "14 070", "centrum@wijkteam.example", "Stationsplein 3", null,
                List.of("Nederlands", "Arabisch", "Tigrinya"), 2, "Bellen; warme overdracht in een driegesprek.", null));
        socialeKaart.voegToe(tl, gemeente, new DienstGegevens("Stichting Habesha Samen", Dienstsoort.ZELFORGANISATIE,
                "06 4411 2290", null, "Buurthuis De Linde, Lindelaan 8", null, List.of("Tigrinya", "Amhaars", "Nederlands"),
                null, "Elke zaterdag inloop; zelf langsgaan.", null));
        socialeKaart.voegToe(tl, gemeente, new DienstGegevens("Voedselbank Oost", Dienstsoort.VOEDSELBANK,
                "070 311 90 90", "intake@voedselbank-oost.example", null, null, List.of("Nederlands", "Engels"), 3,
                "Aanmelden door de begeleider met inkomensgegevens.", null));
        return socialeKaart.diensten(tl, gemeente);
    }

    /** The teamleider of the household's uitvoerder, if it has one. */
    private @Nullable Medewerker teamleider(HuishoudenId h) {
        UUID uitvoerder = jdbc.sql("select uitvoerder_id from traject where huishouden_id = ?").param(h.value())
            .query(UUID.class).single();
        return teamleiders.computeIfAbsent(uitvoerder, u -> jdbc.sql("""
                select id from medewerker where rol = 'TEAMLEIDER' and uitvoerder_id = ? and actief
                 order by gebruikersnaam limit 1""").param(u).query(UUID.class).optional()
            .flatMap(organisaties::medewerker)).orElse(null);
    }
}
