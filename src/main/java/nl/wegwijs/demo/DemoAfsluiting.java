package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.afsluiting.AfsluitingService;
import nl.wegwijs.afsluiting.Blok;
import nl.wegwijs.afsluiting.Hulpvraagsoort;
import nl.wegwijs.afsluiting.Overdracht;
import nl.wegwijs.afsluiting.OverdrachtService;
import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

/**
 * Closing and warm handover in the demo, in Den Haag (the demo users' gemeente): among the running households whose
 * guidance ends within six months, one each with the eindgesprek held, extended on the person's request, a handover
 * shared and waiting for the wijkteam, one with a driegesprek planned (a need for support), one accepted by the
 * wijkteam (closed, with a later hulpvraag), one closed without a need, with the list of local services, and one
 * refused by the wijkteam with its reason (guidance still running, the guide to start again), so every handover state
 * shows. Those ending within the lead time show the closing as due.
 */
@Component
class DemoAfsluiting implements DemoAanvulling {

    /** The Den Haag states, in order; the extension is played apart, under a contract that allows one. */
    private enum Stand { EINDGESPREK, GEDEELD, DRIEGESPREK, GEACCEPTEERD, DIENSTENLIJST, AFGEWEZEN, VERLENGD }

    private final AfsluitingService afsluiting;
    private final OverdrachtService overdrachten;
    private final ToestemmingService toestemmingen;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final JdbcClient jdbc;
    private int gemaakt;
    private boolean verlengd;

    DemoAfsluiting(AfsluitingService afsluiting, OverdrachtService overdrachten, ToestemmingService toestemmingen,
            TrajectService trajecten, HuishoudenService huishoudens, OrganisatieService organisaties,
            JdbcClient jdbc) {
        this.afsluiting = afsluiting;
        this.overdrachten = overdrachten;
        this.toestemmingen = toestemmingen;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 230;
    }

    @Override
    public void speel(Gespeeld g, Context c) {
        if (gemaakt >= Stand.values().length - 1 && verlengd) {
            return;
        }
        huishoudens.intern(g.huishouden()).flatMap(h -> trajecten.samenvatting(g.traject(), h)).ifPresent(s -> {
            var t = s.traject();
            Medewerker rv = c.regievoerders().get(t.contractId());
            if (rv == null || (t.status() != TrajectStatus.ACTIEF && t.status() != TrajectStatus.VERLENGD)
                    || t.verlengdMaanden() > 0) {
                return;
            }
            boolean denHaag = "regievoerder".equals(rv.gebruikersnaam());
            LocalDate einde = s.termijnen().stream().filter(x -> x.soort() == TermijnSoort.EINDE_BEGELEIDING)
                .map(Termijn::uiterlijk).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (einde == null || einde.isBefore(c.vandaag()) || einde.isAfter(c.vandaag().plusMonths(6))) {
                return;
            }
            Optional<Medewerker> begeleider = t.actieve(ToewijzingRol.BEGELEIDER, c.vandaag())
                .flatMap(w -> organisaties.medewerker(w.medewerkerId()))
                .filter(m -> m.heeftRol(Rol.BEGELEIDER, Rol.TEAMLEIDER));
            Optional<Medewerker> tl = medewerker("select id from medewerker where uitvoerder_id = ? and rol ="
                    + " 'TEAMLEIDER' and actief order by gebruikersnaam = 'teamleider' desc, gebruikersnaam limit 1",
                    t.uitvoerderId());
            Optional<Medewerker> wijkteam = medewerker("select id from medewerker where gemeente_id = ? and rol ="
                    + " 'WIJKTEAM' and actief order by gebruikersnaam = 'wijkteam' desc, gebruikersnaam limit 1",
                    t.gemeenteId());
            if (begeleider.isEmpty() || tl.isEmpty()) {
                return;
            }
            if (!verlengd && trajecten.dossier(tl.get(), g.huishouden()).orElseThrow().voorwaarden()
                .verlengingMaxMaanden() >= 3) {
                verlengd = true;
                speel(Stand.VERLENGD, g, c.vandaag(), begeleider.get(), tl.get(), tl.get(), t.gemeenteId());
            }
            else if (denHaag && wijkteam.isPresent() && gemaakt < Stand.values().length - 1) {
                speel(Stand.values()[gemaakt++], g, c.vandaag(), begeleider.get(), tl.get(), wijkteam.get(),
                        t.gemeenteId());
            }
        });
    }

    private void speel(Stand stand, Gespeeld g, LocalDate vandaag, Medewerker gids, Medewerker tl,
            Medewerker wijkteam, UUID gemeente) {
        var h = g.huishouden();
        switch (stand) {
            case EINDGESPREK -> eindgesprek(gids, g, vandaag);
            case VERLENGD -> {
                eindgesprek(gids, g, vandaag);
                afsluiting.verleng(tl, h, versie(tl, g), 3, "De gezinshereniging loopt nog; er komt veel post van "
                        + "de IND die het gezin nog niet alleen afhandelt.", "Vroeg zelf om nog drie maanden hulp "
                                + "bij de post, tot de kinderen er zijn.", vandaag.minusDays(5));
            }
            case GEDEELD -> {
                toestemming(tl, g, vandaag, gemeente);
                Overdracht o = overdrachten.maakConcept(gids, h, gemeente, false);
                o = overdrachten.vulAan(gids, o.id(), o.versie(), false, Map.of(Blok.TALEN,
                        "Spreekt ook wat Engels; met de kinderen gaat het in het Nederlands.", Blok.CONTACTEN,
                        "Bereikbaar via de begeleider tot het einde van de maand."), false);
                overdrachten.deel(gids, o.id(), o.versie(), true);
            }
            case DRIEGESPREK -> {
                toestemming(tl, g, vandaag, gemeente);
                Overdracht o = overdrachten.maakConcept(gids, h, gemeente, true);
                o = overdrachten.vulAan(gids, o.id(), o.versie(), true, Map.of(Blok.BRIEVEN,
                        "Moeite met brieven van de Belastingdienst; vraagt hulp bij een betalingsregeling."), false);
                o = overdrachten.deel(gids, o.id(), o.versie(), true);
                overdrachten.planDriegesprek(gids, o.id(), o.versie(), vandaag.plusDays(9),
                        "de persoon, de begeleider en een medewerker van het wijkteam");
            }
            case GEACCEPTEERD -> {
                eindgesprek(gids, g, vandaag);
                toestemming(tl, g, vandaag, gemeente);
                Overdracht o = overdrachten.maakConcept(gids, h, gemeente, false);
                o = overdrachten.deel(gids, o.id(), o.versie(), true);
                o = overdrachten.accepteer(wijkteam, o.id(), o.versie());
                overdrachten.legHulpvraagVast(wijkteam, o.id(), Hulpvraagsoort.FORMULIEREN_BRIEVEN, vandaag,
                        "Hulp bij het formulier voor de huurtoeslag.");
            }
            case AFGEWEZEN -> {
                // the whole history of one household: a first handover withdrawn by the guide, a second refused by
                // the wijkteam, and a third in concept (CONCEPT, TERUGGETROKKEN and AFGEWEZEN all show)
                toestemming(tl, g, vandaag, gemeente);
                Overdracht o = overdrachten.maakConcept(gids, h, gemeente, false);
                overdrachten.trekTerug(gids, o.id(), o.versie(), "Eerst de eindmeting en het eindgesprek afronden.");
                o = overdrachten.maakConcept(gids, h, gemeente, false);
                o = overdrachten.deel(gids, o.id(), o.versie(), true);
                overdrachten.wijsAf(wijkteam, o.id(), o.versie(), "Het gezin is net verhuisd naar een wijk waar een "
                        + "ander wijkteam werkt. Draag over aan dat wijkteam; wij hebben hen al gebeld.");
                o = overdrachten.maakConcept(gids, h, gemeente, true);
                overdrachten.vulAan(gids, o.id(), o.versie(), true, Map.of(Blok.SIGNALEN,
                        "Zorgen om de schulden bij de energieleverancier; het nieuwe wijkteam kan helpen."), false);
            }
            case DIENSTENLIJST -> {
                eindgesprek(gids, g, vandaag);
                afsluiting.beeindig(tl, h, versie(tl, g), EindeReden.DOELEN_BEREIKT, true,
                        "Geen hulpvraag; de lijst met diensten in de buurt is meegegeven.");
            }
        }
    }

    private void eindgesprek(Medewerker gids, Gespeeld g, LocalDate vandaag) {
        afsluiting.legEindgesprekVast(gids, g.huishouden(), vandaag.minusDays(2), "de hoofdpersoon, de partner en "
                + "de begeleider (met tolk)", "Samen teruggekeken op het jaar: wonen, school en werk zijn geregeld. "
                        + "Besproken waar ze straks terechtkunnen met vragen.", "Voelt zich thuis in de wijk en wil "
                                + "de post voortaan zelf doen, met hulp van de buurvrouw als het nodig is.");
    }

    private long versie(Medewerker tl, Gespeeld g) {
        return trajecten.dossier(tl, g.huishouden()).orElseThrow().traject().versie();
    }

    private void toestemming(Medewerker tl, Gespeeld g, LocalDate vandaag, UUID gemeente) {
        Set<UUID> personen = new java.util.HashSet<>(trajecten.inzage(tl, g.huishouden()).huishouden().personen()
            .stream().map(Persoon::id).toList());
        toestemmingen.legVast(tl, g.huishouden(), new NieuweToestemming(personen, gemeente, Rol.WIJKTEAM,
                Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG, Gegevenssoort.SIGNALEN,
                        Gegevenssoort.ZELFREDZAAMHEID, Gegevenssoort.INBURGERING),
                Doel.OVERDRACHT, vandaag.minusDays(3), null, Wijze.MONDELING_MET_TOLK, null, null));
    }

    private Optional<Medewerker> medewerker(String sql, UUID organisatie) {
        return jdbc.sql(sql).param(organisatie).query(UUID.class).optional().flatMap(organisaties::medewerker);
    }
}
