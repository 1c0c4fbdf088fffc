package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwijzing.ExterneToestemming;
import nl.wegwijs.verwijzing.NieuweVerwijzing;
import nl.wegwijs.verwijzing.Verwijzing;
import nl.wegwijs.verwijzing.VerwijzingService;
import nl.wegwijs.verwijzing.VerwijzingStatus;

/**
 * Referrals in the demo, in running households of Den Haag by their own guide, one per household and every state:
 * one to the sociaal wijkteam waiting for the demo wijkteam user (Karim El Amrani) to accept, one the wijkteam
 * accepted after nine days, one the wijkteam put on its waiting list; to services without Wegwijs accounts one not yet
 * sent, one on a waiting list, one rejected, one finished after acceptance; and one to the sociaal wijkteam withdrawn
 * because the person revoked the consent it was sent on. The dates are moved back so waiting times show.
 */
@Component
class DemoVerwijzing implements DemoAanvulling {

    private final VerwijzingService verwijzingen;
    private final ToestemmingService toestemmingen;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final DemoSocialeKaart kaart;
    private final JdbcClient jdbc;
    private int gemaakt;
    private LocalDate heden = LocalDate.EPOCH;

    DemoVerwijzing(VerwijzingService verwijzingen, ToestemmingService toestemmingen, TrajectService trajecten,
            HuishoudenService huishoudens, OrganisatieService organisaties, DemoSocialeKaart kaart, JdbcClient jdbc) {
        this.verwijzingen = verwijzingen;
        this.toestemmingen = toestemmingen;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.kaart = kaart;
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 221;
    }

    @Override
    public void speel(Gespeeld g, Context c) {
        // played after the sociale kaart exists: in na()
    }

    @Override
    public void na(Context c) {
        if (gemaakt > 0) {
            return;
        }
        heden = c.vandaag();
        Medewerker wijkteam = gebruiker("wijkteam").orElse(null);
        Medewerker rv = c.regievoerders().values().stream().filter(m -> "regievoerder".equals(m.gebruikersnaam()))
            .findFirst().orElse(null);
        if (wijkteam == null || rv == null || rv.gemeenteId() == null) {
            return;
        }
        Map<Dienstsoort, UUID> diensten = kaart.diensten.get(rv.gemeenteId());
        if (diensten == null) {
            return;
        }
        List<UUID> ids = jdbc.sql("""
                select h.id from huishouden h join traject t on t.huishouden_id = h.id
                 where h.gemeente_id = ? and t.status in ('ACTIEF', 'VERLENGD') order by h.id limit 40""")
            .param(rv.gemeenteId()).query(UUID.class).list();
        for (UUID id : ids) {
            if (gemaakt >= 8) {
                break;
            }
            Huishouden h = huishoudens.intern(new nl.wegwijs.huishouden.HuishoudenId(id)).orElse(null);
            Optional<Traject> t = h == null ? Optional.empty()
                    : trajecten.trajectVan(h.id()).flatMap(tr -> trajecten.samenvatting(tr, h)).map(s -> s.traject());
            if (h == null || t.isEmpty() || h.personen().isEmpty()) {
                continue;
            }
            var actief = t.get().actieveToewijzingen(c.vandaag());
            if (actief.isEmpty()) {
                continue;
            }
            Medewerker gids = organisaties.medewerker(actief.get(actief.size() - 1).medewerkerId()).orElse(null);
            if (gids == null) {
                continue;
            }
            speel(h, gids, wijkteam, diensten, c.vandaag());
        }
    }

    private void speel(Huishouden h, Medewerker gids, Medewerker wijkteam, Map<Dienstsoort, UUID> d,
            LocalDate vandaag) {
        Persoon p = h.personen().get(0);
        switch (gemaakt++) {
            case 0 -> {
                toestemming(h, gids, p, vandaag.minusDays(20));
                Verwijzing v = maak(h, gids, p, d.get(Dienstsoort.SOCIAAL_WIJKTEAM), true,
                        "Vraagt hulp bij opvoeding van de twee jongste kinderen; de school maakt zich zorgen over "
                                + "verzuim. Graag een kennismaking samen met de begeleider.", null);
                terug(v.id(), 3, 2, null, null, null);
            }
            case 1 -> {
                toestemming(h, gids, p, vandaag.minusDays(60));
                Verwijzing v = maak(h, gids, p, d.get(Dienstsoort.SOCIAAL_WIJKTEAM), true,
                        "Eenzaamheid en weinig netwerk in de wijk; zoekt contact met buurtactiviteiten.", null);
                v = verwijzingen.beantwoord(wijkteam, v.id(), v.versie(), VerwijzingStatus.GEACCEPTEERD,
                        "Kennismaking gepland met de wijkcoach.");
                terug(v.id(), 30, 28, null, 19, 19);
            }
            case 2 -> {
                toestemming(h, gids, p, vandaag.minusDays(40));
                Verwijzing v = maak(h, gids, p, d.get(Dienstsoort.SOCIAAL_WIJKTEAM), false,
                        "Hulp bij het aanvragen van huishoudelijke ondersteuning voor de moeder.", null);
                v = verwijzingen.beantwoord(wijkteam, v.id(), v.versie(), VerwijzingStatus.WACHTLIJST,
                        "Er is een wachtlijst van ongeveer vier weken.");
                terug(v.id(), 16, 15, 12, null, null);
            }
            case 3 -> maak(h, gids, p, d.get(Dienstsoort.HUISARTS), true,
                    "Nog niet ingeschreven bij een huisarts; samen langs de balie gaan.", null, false);
            case 4 -> {
                Verwijzing v = maak(h, gids, p, d.get(Dienstsoort.SCHULDHULP), true,
                        "Achterstand bij de energieleverancier en de zorgverzekeraar.",
                        new ExterneToestemming(Wijze.MONDELING_MET_TOLK, vandaag.minusDays(21)));
                v = verwijzingen.beantwoord(gids, v.id(), v.versie(), VerwijzingStatus.WACHTLIJST,
                        "Het budgetloket belde: intake over drie weken.");
                terug(v.id(), 21, 21, 14, null, null);
            }
            case 5 -> {
                Verwijzing v = maak(h, gids, p, d.get(Dienstsoort.TAALMAATJE), false,
                        "Wil naast de taalles oefenen met praten.",
                        new ExterneToestemming(Wijze.MONDELING, vandaag.minusDays(35)));
                v = verwijzingen.beantwoord(gids, v.id(), v.versie(), VerwijzingStatus.AFGEWEZEN,
                        "Geen taalmaatjes beschikbaar op zaterdag; doorverwezen naar het inloophuis.");
                terug(v.id(), 35, 35, null, null, 25);
            }
            case 6 -> {
                Verwijzing v = maak(h, gids, p, d.get(Dienstsoort.VOEDSELBANK), true,
                        "Tijdelijk geen inkomen in afwachting van de uitkering.",
                        new ExterneToestemming(Wijze.SCHRIFTELIJK, vandaag.minusDays(70)));
                v = verwijzingen.beantwoord(gids, v.id(), v.versie(), VerwijzingStatus.GEACCEPTEERD, null);
                v = verwijzingen.rondAf(gids, v.id(), v.versie(),
                        "Drie maanden voedselpakketten gehad; de uitkering loopt nu.");
                terug(v.id(), 70, 70, null, 64, 64);
                jdbc.sql("update verwijzing set afgerond_op = ? where id = ?").params(vandaag.minusDays(5), v.id())
                    .update();
            }
            case 7 -> {
                // sent, then the person revoked the consent: the referral is withdrawn (INGETROKKEN)
                nl.wegwijs.toestemming.Toestemming t = toestemming(h, gids, p, vandaag.minusDays(12)).get(0);
                Verwijzing v = maak(h, gids, p, d.get(Dienstsoort.SOCIAAL_WIJKTEAM), false,
                        "Vraagt hulp bij het regelen van kinderopvang; wil eerst zelf rondkijken.", null);
                terug(v.id(), 10, 10, null, null, null);
                toestemmingen.trekIn(gids, t.id(), t.versie(),
                        "Wil de hulp van het wijkteam nu toch niet; probeert het eerst zelf.");
            }
            default -> {
            }
        }
    }

    private Verwijzing maak(Huishouden h, Medewerker gids, Persoon p, @Nullable UUID dienst, boolean warm,
            String reden, @Nullable ExterneToestemming extern) {
        return maak(h, gids, p, dienst, warm, reden, extern, true);
    }

    private Verwijzing maak(Huishouden h, Medewerker gids, Persoon p, @Nullable UUID dienst, boolean warm,
            String reden, @Nullable ExterneToestemming extern, boolean versturen) {
        return verwijzingen.maak(gids, h.id(), new NieuweVerwijzing(p.id(), java.util.Objects.requireNonNull(dienst),
                reden, warm, null, versturen, extern));
    }

    /** The person's DOORVERWIJZING consent for the gemeente's sociaal wijkteam. */
    private List<nl.wegwijs.toestemming.Toestemming> toestemming(Huishouden h, Medewerker gids, Persoon p,
            LocalDate vanaf) {
        return toestemmingen.legVast(gids, h.id(), new NieuweToestemming(Set.of(p.id()), h.gemeenteId(), Rol.WIJKTEAM,
                Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.SIGNALEN), Doel.DOORVERWIJZING, vanaf, null,
                Wijze.MONDELING_MET_TOLK, null, null));
    }

    /** Moves the dates back: created and sent days ago, waiting list, accepted and answered (days ago or null). */
    private void terug(UUID id, int aangemaakt, int verstuurd, @Nullable Integer wachtlijst,
            @Nullable Integer geaccepteerd, @Nullable Integer beantwoord) {
        LocalDate vandaag = heden;
        jdbc.sql("""
                update verwijzing set aangemaakt_op = cast(:a as date), verstuurd_op = cast(:v as date),
                       wachtlijst_op = case when wachtlijst_op is null then null else cast(:w as date) end,
                       geaccepteerd_op = case when geaccepteerd_op is null then null else cast(:g as date) end,
                       beantwoord_op = case when beantwoord_op is null then null else cast(:b as date) end,
                       toestemming_op = case when toestemming_op is null then null else least(toestemming_op, cast(:v as date)) end
                 where id = :id""")
            .param("a", vandaag.minusDays(aangemaakt)).param("v", vandaag.minusDays(verstuurd))
            .param("w", wachtlijst == null ? null : vandaag.minusDays(wachtlijst))
            .param("g", geaccepteerd == null ? null : vandaag.minusDays(geaccepteerd))
            .param("b", beantwoord == null ? null : vandaag.minusDays(beantwoord)).param("id", id).update();
    }

    private Optional<Medewerker> gebruiker(String naam) {
        return jdbc.sql("select id from medewerker where gebruikersnaam = ?").param(naam).query(UUID.class).optional()
            .flatMap(organisaties::medewerker);
    }
}
