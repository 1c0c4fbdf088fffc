package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.zelfredzaamheid.Actie;
import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instelling;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.Meting;
import nl.wegwijs.zelfredzaamheid.Metingsoort;
import nl.wegwijs.zelfredzaamheid.NieuweMeting;
import nl.wegwijs.zelfredzaamheid.Score;
import nl.wegwijs.zelfredzaamheid.Scorestatus;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

/**
 * Self-reliance for the running households of the demo gemeente (Den Haag: measured at 3, 8 and 12 months), recorded
 * by the uitvoerder's teamleider, in turn in every state the worklist and the file show: baseline only, progress,
 * stagnation, a domain at the lowest level, self-reliant enough, a measurement overdue (and, for the households not
 * reached, no measurement yet, overdue once the baseline's six weeks have passed). A begeleidingsplan follows each
 * household's latest measurement, one action ticked off; the first household with progress consents that the gemeente
 * sees the results. A baseline-only household's measurement was corrected once, with a reason.
 */
@Component
class DemoZelfredzaamheid implements DemoAanvulling {

    /** The states in turn; households beyond them get none (no measurement yet). */
    enum Staat {
        NULMETING, VOORUITGANG, STAGNATIE, LAAGSTE, GENOEG, TE_LAAT
    }

    private final ZelfredzaamheidService zelf;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final ToestemmingService toestemmingen;
    private final JdbcClient jdbc;
    private final Set<UUID> ingesteld = new HashSet<>();
    private int beurt;
    private boolean toestemming;

    DemoZelfredzaamheid(ZelfredzaamheidService zelf, TrajectService trajecten, HuishoudenService huishoudens,
            OrganisatieService organisaties, ToestemmingService toestemmingen, JdbcClient jdbc) {
        this.zelf = zelf;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.toestemmingen = toestemmingen;
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 190;
    }

    @Override
    public void speel(Gespeeld g, Context c) {
        Huishouden h = huishoudens.intern(g.huishouden()).orElse(null);
        Traject t = h == null ? null : trajecten.samenvatting(g.traject(), h).map(s -> s.traject()).orElse(null);
        if (h == null || t == null || t.praktischeStart() == null
                || (t.status() != TrajectStatus.ACTIEF && t.status() != TrajectStatus.VERLENGD)) {
            return;
        }
        Medewerker rv = c.regievoerders().get(t.contractId());
        if (rv == null || !"regievoerder".equals(rv.gebruikersnaam())) {
            return;
        }
        LocalDate vandaag = c.vandaag();
        LocalDate start = t.praktischeStart();
        if (start.isAfter(vandaag.minusMonths(5)) || beurt >= Staat.values().length * 2) {
            return;
        }
        Optional<Medewerker> tl = teamleider(t.uitvoerderId());
        if (tl.isEmpty()) {
            return;
        }
        if (ingesteld.add(t.contractId())) {
            Instelling i = zelf.instelling(rv, t.contractId());
            zelf.bewaar(rv, new Instelling(t.contractId(), i.instrumentId(), Set.of(), List.of(3, 8, 12), 6, true,
                    null, 0, i.versie(), false), i.standaard() ? 0 : i.versie());
        }
        Staat staat = Staat.values()[beurt++ % Staat.values().length];
        Instrument vw = zelf.instrumenten().get(0);
        Persoon p = h.personen().stream().filter(x -> x.volwassen(vandaag)).findFirst().orElse(h.hoofdpersoon());
        Medewerker ik = tl.get();
        LocalDate nul = min(start.plusWeeks(5), vandaag);
        LocalDate later = min(start.plusMonths(3), vandaag);
        Meting laatste = switch (staat) {
            case NULMETING -> corrigeer(ik, h, meet(ik, h, p, vandaag.minusDays(10), vw, 2, 0,
                    "Eerste kennismaking met de meting."));
            case VOORUITGANG -> {
                meet(ik, h, p, nul, vw, 2, 0, "Samen met tolk ingevuld.");
                yield meet(ik, h, p, later, vw, 3, 1, "Regelt de post nu grotendeels zelf.");
            }
            case STAGNATIE -> {
                meet(ik, h, p, nul, vw, 2, 0, "Veel zorgen over gezinshereniging.");
                yield meet(ik, h, p, later, vw, 2, 0, "Nog weinig ruimte om zelf te oefenen.");
            }
            case LAAGSTE -> {
                meet(ik, h, p, nul, vw, 2, 0, null);
                yield meet(ik, h, p, later, vw, 3, -2, "Administratie loopt vast: eerst aandacht.");
            }
            case GENOEG -> {
                meet(ik, h, p, nul, vw, 3, 0, null);
                yield meet(ik, h, p, later, vw, 4, 1, "Weet de weg; vraagt zelf om advies.");
            }
            case TE_LAAT -> meet(ik, h, p, nul, vw, 2, 0, "Nulmeting; de vervolgmeting is blijven liggen.");
        };
        plan(ik, h, laatste, vw, staat);
        if (staat == Staat.VOORUITGANG && !toestemming) {
            toestemming = true;
            Set<UUID> volwassenen = new HashSet<>(h.personen().stream().filter(x -> x.volwassen(vandaag))
                .map(Persoon::id).toList());
            toestemmingen.legVast(ik, h.id(), new NieuweToestemming(volwassenen, rv.organisatieId(), Rol.REGIEVOERDER,
                    Set.of(Gegevenssoort.ZELFREDZAAMHEID), Doel.ZELFREDZAAMHEID, laatste.gemetenOp(), null,
                    Wijze.SCHRIFTELIJK, null, null));
        }
    }

    /**
     * A measurement of every component at {@code basis}, varied per domain: {@code extra} added to every other
     * domain (negative: those drop to the lowest level); the health domain's third component not applicable.
     */
    private Meting meet(Medewerker ik, Huishouden h, Persoon p, LocalDate op, Instrument vw, int basis, int extra,
            String notitie) {
        List<Score> scores = new ArrayList<>();
        int d = 0;
        for (Domein domein : vw.domeinen()) {
            int niveau = d % 2 == 1 ? (extra < 0 ? 1 : Math.min(5, basis + extra)) : basis;
            for (UUID item : domein.items()) {
                if (domein.volgorde() == 6 && item.equals(domein.items().get(domein.items().size() - 1))) {
                    scores.add(new Score(item, Scorestatus.NIET_VAN_TOEPASSING, null, null));
                }
                else {
                    scores.add(Score.niveau(item, niveau, niveau <= 2 ? nl.wegwijs.zelfredzaamheid.Wijze.HULP
                            : niveau == 3 ? nl.wegwijs.zelfredzaamheid.Wijze.NETWERK
                                    : nl.wegwijs.zelfredzaamheid.Wijze.ALLEEN));
                }
            }
            d++;
        }
        return zelf.meet(ik, h.id(), new NieuweMeting(p.id(), op, Metingsoort.VERVOLG, notitie, scores));
    }

    /** The baseline's first component was recorded a level too low: corrected, with the reason. */
    private Meting corrigeer(Medewerker ik, Huishouden h, Meting m) {
        List<Score> scores = new ArrayList<>(m.scores());
        Score eerste = scores.get(0);
        if (eerste.status() == Scorestatus.NIVEAU && eerste.niveau() != null && eerste.niveau() < 5) {
            scores.set(0, Score.niveau(eerste.item(), eerste.niveau() + 1, eerste.wijze()));
        }
        return zelf.wijzig(ik, h.id(), m.id(), m.versie(), m.gemetenOp(), m.notitie(), scores,
                "Bij het eerste onderdeel per ongeluk een niveau te laag aangeklikt.");
    }

    private void plan(Medewerker ik, Huishouden h, Meting m, Instrument vw, Staat staat) {
        UUID wonen = vw.domeinen().get(0).id();
        UUID geld = vw.domeinen().get(2).id();
        UUID netwerk = vw.domeinen().get(3).id();
        Actie a = zelf.voegActieToe(ik, h.id(), m.id(), geld, "Samen een overzicht maken van vaste lasten",
                Actie.Uitvoerder.BEGELEIDER, null, staat == Staat.LAAGSTE ? Actie.Prioriteit.URGENT
                        : Actie.Prioriteit.BELANGRIJK);
        zelf.voegActieToe(ik, h.id(), m.id(), wonen, "Meterstanden zelf doorgeven via de app",
                Actie.Uitvoerder.PERSOON, null, Actie.Prioriteit.BELANGRIJK);
        zelf.voegActieToe(ik, h.id(), m.id(), netwerk, "Aanmelden bij het taalcafé in de bibliotheek",
                Actie.Uitvoerder.PARTNER, "Bibliotheek Centrum", Actie.Prioriteit.LATER);
        if (staat == Staat.VOORUITGANG || staat == Staat.GENOEG) {
            zelf.vinkAf(ik, h.id(), a.id(), a.versie(), true);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private Optional<Medewerker> teamleider(UUID uitvoerder) {
        return jdbc.sql("""
                select id from medewerker where uitvoerder_id = ? and rol = 'TEAMLEIDER' and actief
                 order by gebruikersnaam = 'teamleider' desc, gebruikersnaam limit 1""")
            .param(uitvoerder).query(UUID.class).optional().flatMap(organisaties::medewerker);
    }
}
