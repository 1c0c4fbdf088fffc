package nl.wegwijs.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;

/**
 * A sociale kaart for every demo gemeente with a regievoerder (who maintains it): thirteen invented services, one of
 * each kind, with contact, languages and waiting time; the sociaal wijkteam of Den Haag and Haarlem receives referrals
 * in Wegwijs (their demo wijkteam users), and one service of each gemeente is no longer active.
 */
@Component
class DemoSocialeKaart implements DemoAanvulling {

    private static final String[] BOMEN = { "De Linde", "De Eik", "De Beuk", "De Esdoorn", "De Wilg", "De Kastanje",
            "De Els", "De Plataan", "De Berk", "De Hazelaar", "De Iep", "De Vlier" };

    private final SocialeKaart kaart;
    private final OrganisatieService organisaties;
    /** The services made per gemeente id, by kind: for {@link DemoVerwijzing}. */
    final Map<UUID, Map<Dienstsoort, UUID>> diensten = new HashMap<>();

    DemoSocialeKaart(SocialeKaart kaart, OrganisatieService organisaties) {
        this.kaart = kaart;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 220;
    }

    @Override
    public void speel(Gespeeld g, Context context) {
        // everything happens once, in na()
    }

    @Override
    public void na(Context context) {
        Map<UUID, Medewerker> perGemeente = new HashMap<>();
        context.regievoerders().values().forEach(rv -> {
            if (rv.gemeenteId() != null) {
                perGemeente.putIfAbsent(rv.gemeenteId(), rv);
            }
        });
        int i = 0;
        for (Gemeente g : organisaties.gemeenten()) {
            Medewerker rv = perGemeente.get(g.id());
            if (rv != null && !diensten.containsKey(g.id())) {
                vul(rv, g, i++);
            }
        }
    }

    private void vul(Medewerker rv, Gemeente g, int n) {
        String plaats = g.naam();
        String slug = plaats.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        boolean wijkteamInWegwijs = "Den Haag".equals(plaats) || "Haarlem".equals(plaats);
        String boom = BOMEN[n % BOMEN.length];
        List<DienstGegevens> lijst = new ArrayList<>();
        lijst.add(d("Huisartsenpraktijk " + boom, Dienstsoort.HUISARTS, "070 555 0" + (100 + n), null,
                "Lindelaan " + (3 + n) + ", " + plaats, null, List.of("Nederlands", "Engels", "Arabisch"), 0,
                "Inschrijven aan de balie met verblijfsdocument en zorgpas; de assistente plant een kennismaking.", null,
                slug));
        lijst.add(d("GGZ-team Kompas " + plaats, Dienstsoort.GGZ, "070 555 0" + (200 + n), "aanmelden@kompas-" + slug
                + ".example", null, "https://kompas-" + slug + ".example", List.of("Nederlands", "Arabisch", "Dari"), 10,
                "Alleen met verwijsbrief van de huisarts. Een tolk via de tolkentelefoon kan.", null, slug));
        lijst.add(d("Budgetloket " + plaats, Dienstsoort.SCHULDHULP, "070 555 0" + (300 + n), "budget@" + slug
                + ".example", "Stadskantoor, " + plaats, null, List.of("Nederlands"), 4,
                "Aanmelden via het formulier van de gemeente; neem de laatste brieven van schuldeisers mee.", null, slug));
        lijst.add(d("Sociaal wijkteam " + plaats + " Centrum", Dienstsoort.SOCIAAL_WIJKTEAM, "070 555 0" + (400 + n),
                "wijkteam@" + slug + ".example", "Wijkcentrum De Kern, " + plaats, null,
                List.of("Nederlands", "Engels", "Turks", "Arabisch"), 2,
                wijkteamInWegwijs ? "Verwijzen in Wegwijs: het wijkteam antwoordt binnen een week."
                        : "Bellen met het wijkteam; warme overdracht in een driegesprek.",
                wijkteamInWegwijs ? g.id() : null, slug));
        lijst.add(d("Wmo-loket gemeente " + plaats, Dienstsoort.WMO, "14 0" + (70 + n % 20), null, null,
                "https://wmo-" + slug + ".example", List.of("Nederlands"), 6,
                "Melding doen bij het loket; een consulent komt op huisbezoek.", null, slug));
        lijst.add(d("Rechtswinkel " + plaats, Dienstsoort.JURIDISCHE_HULP, null, "spreekuur@rechtswinkel-" + slug
                + ".example", "Bibliotheek, " + plaats, null, List.of("Nederlands", "Engels", "Frans"), 1,
                "Inloopspreekuur op dinsdagavond; brieven en beschikkingen meenemen.", null, slug));
        lijst.add(d("Taalcafé De Brug " + plaats, Dienstsoort.TAALMAATJE, null, "taal@debrug-" + slug + ".example",
                null, null, List.of("Nederlands"), 8, "Aanmelden per e-mail; een taalmaatje belt binnen twee weken.",
                null, slug));
        lijst.add(d("Buddyproject Samen Verder " + plaats, Dienstsoort.BUDDY, "06 5550 " + (1000 + n), null, null,
                null, List.of("Nederlands", "Tigrinya", "Arabisch"), 12,
                "Aanmelden door de begeleider, met een korte beschrijving van de wens van de persoon.", null, slug));
        lijst.add(d("Voedselhulp De Schaal " + plaats, Dienstsoort.VOEDSELBANK, "070 555 0" + (500 + n), null,
                "Havenstraat " + (10 + n) + ", " + plaats, null, List.of("Nederlands", "Engels"), 1,
                "Verwijsbrief van een hulpverlener met inkomsten en vaste lasten; intake op vrijdag.", null, slug));
        lijst.add(d("Meedoenfonds " + plaats, Dienstsoort.FONDS_SPORT_CULTUUR, null, "aanvraag@meedoen-" + slug
                + ".example", null, "https://meedoen-" + slug + ".example", List.of("Nederlands"), 3,
                "De intermediair vraagt aan voor kinderen tot 18 jaar: contributie, zwemles of muziekles.", null, slug));
        lijst.add(d("Inloophuis De Waterput", Dienstsoort.INLOOP, null, null, "Kerkplein 2, " + plaats, null,
                List.of("Nederlands", "Arabisch", "Farsi"), 0, "Vrije inloop op werkdagen van 10 tot 16 uur.", null,
                slug));
        lijst.add(d("Vereniging Hidmona " + plaats, Dienstsoort.ZELFORGANISATIE, "06 5551 " + (2000 + n), null, null,
                null, List.of("Tigrinya", "Nederlands"), 0,
                "Eritrese zelforganisatie: ontmoeting, hulp bij post en een vraagbaak in de eigen taal.", null, slug));
        lijst.add(d("Stichting Al-Jasr " + plaats, Dienstsoort.ZELFORGANISATIE, null, "contact@aljasr-" + slug
                + ".example", null, null, List.of("Arabisch", "Koerdisch", "Nederlands"), 0,
                "Syrische en Irakese gezinnen: taalcafé, huiswerkbegeleiding en vrouwenochtend.", null, slug));
        lijst.add(d("Kledingbank Het Kastje " + plaats, Dienstsoort.ANDERS, null, null, "Marktweg 8, " + plaats, null,
                List.of("Nederlands"), null, "Afspraak maken via de begeleider.", null, slug));
        Map<Dienstsoort, UUID> gemaakt = new HashMap<>();
        for (DienstGegevens dg : lijst) {
            var dienst = kaart.voegToe(rv, g.id(), dg);
            gemaakt.putIfAbsent(dg.soort(), dienst.id());
            if (dg.soort() == Dienstsoort.ANDERS) {
                // the clothes bank closed: no new referrals, the old ones still point at it
                kaart.zetActief(rv, dienst.id(), dienst.versie(), false);
            }
        }
        diensten.put(g.id(), gemaakt);
    }

    private static DienstGegevens d(String naam, Dienstsoort soort, @Nullable String telefoon, @Nullable String email,
            @Nullable String adres, @Nullable String website, List<String> talen, @Nullable Integer wachttijd,
            String verwijzen, @Nullable UUID organisatie, String slug) {
        return new DienstGegevens(naam, soort, telefoon, email, adres, website, talen, wachttijd, verwijzen,
                organisatie);
    }
}
