package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.pip.Akkoordwijze;
import nl.wegwijs.pip.Bijstelreden;
import nl.wegwijs.pip.Doel;
import nl.wegwijs.pip.DoelGegevens;
import nl.wegwijs.pip.DoelStatus;
import nl.wegwijs.pip.Doeltermijn;
import nl.wegwijs.pip.Eigenaar;
import nl.wegwijs.pip.Intensiteit;
import nl.wegwijs.pip.Leefgebied;
import nl.wegwijs.pip.Leerroute;
import nl.wegwijs.pip.Partner;
import nl.wegwijs.pip.Pip;
import nl.wegwijs.pip.PipService;
import nl.wegwijs.pip.Plan;
import nl.wegwijs.pip.Taalniveau;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * Issue 19: the PIP of every inburgeringsplichtig person whose PIP date the demo recorded (issue 17, 7 to 10 weeks
 * after BRP registration), set on that date by the gemeente's regievoerder, with four to six goals over the
 * leefgebieden and owners mixed (uitvoerder, taalschool with a contact, budgetcoach, werkconsulent, the person), the
 * person's approval and the uitvoerder it was shared with; the assigned guide and the regievoerder reported progress.
 * One in six is adjusted once (new circumstances). The persons whose PIP is still due or late have no PIP (one in
 * three of those not yet due has a draft), so the worklist shows the late ones. Most first language lessons followed
 * three to six weeks after the PIP; in one in five households past the first phase none has happened yet (the
 * timely-start gap). Deterministic; no draws from the shared random.
 */
@Component
class DemoPip implements DemoAanvulling {

    private final PipService pip;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private int nummer;

    DemoPip(PipService pip, TrajectService trajecten, HuishoudenService huishoudens, OrganisatieService organisaties) {
        this.pip = pip;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 20;
    }

    @Override
    public void speel(Gespeeld g, Context context) {
        Huishouden h = huishoudens.intern(g.huishouden()).orElse(null);
        Traject t = h == null ? null : trajecten.samenvatting(g.traject(), h).map(s -> s.traject()).orElse(null);
        if (t == null || t.status().isAfgesloten()) {
            return;
        }
        Medewerker rv = context.regievoerders().get(t.contractId());
        if (rv == null) {
            return;
        }
        LocalDate vandaag = context.vandaag();
        int n = nummer++;
        boolean gat = g.fase() != null && !"FASE1".equals(g.fase()) && n % 5 == 0;
        Medewerker gids = t.actieveToewijzingen(vandaag).stream().findFirst()
            .flatMap(x -> organisaties.medewerker(x.medewerkerId())).orElse(null);
        Dossier d = trajecten.dossier(rv, g.huishouden()).orElseThrow();
        boolean kinderen = h.personen().stream().anyMatch(p -> !p.volwassen(vandaag));
        int i = 0;
        for (Persoon p : h.personen()) {
            if (!p.inburgeringsplichtig(vandaag)) {
                continue;
            }
            int kenmerk = n + i++;
            LocalDate op = d.feiten(p.id()).pipVastgesteldOp();
            if (op != null) {
                vastgesteld(rv, gids, g, p, op, kenmerk, kinderen, gat, vandaag);
            }
            else if (p.brpDatum() != null && p.brpDatum().plusWeeks(10).isAfter(vandaag) && kenmerk % 3 == 0) {
                Pip concept = pip.maakConcept(rv, g.huishouden(), p.id(), plan(kenmerk, p));
                doelen(rv, g, p.id(), concept.versie(), kenmerk, kinderen);
            }
        }
    }

    private void vastgesteld(Medewerker rv, Medewerker gids, Gespeeld g, Persoon p, LocalDate op, int kenmerk,
            boolean kinderen, boolean gat, LocalDate vandaag) {
        UUID persoon = p.id();
        Pip x = pip.maakConcept(rv, g.huishouden(), persoon, plan(kenmerk, p));
        long versie = doelen(rv, g, persoon, x.versie(), kenmerk, kinderen);
        x = pip.stelVast(rv, g.huishouden(), persoon, versie, op);
        x = pip.legAkkoordVast(rv, g.huishouden(), persoon, x.versie(), op,
                kenmerk % 4 == 0 ? Akkoordwijze.SCHRIFTELIJK : Akkoordwijze.MONDELING_MET_TOLK);
        x = pip.deel(rv, g.huishouden(), persoon, x.versie(), Partner.UITVOERDER, null, op);
        if (kenmerk % 2 == 0) {
            x = pip.deel(rv, g.huishouden(), persoon, x.versie(), Partner.TAALSCHOOL, "Taalschool De Brug", op);
        }
        LocalDate les = op.plusWeeks(3 + kenmerk % 4);
        if (!gat && !les.isAfter(vandaag)) {
            x = pip.legFeitenVast(rv, g.huishouden(), persoon, x.versie(), les, null, null);
        }
        // progress: the assigned guide on the uitvoerder's goal, the regievoerder on the school's
        LocalDate later = op.plusWeeks(4);
        if (!later.isAfter(vandaag)) {
            Doel wonen = doel(x, Eigenaar.UITVOERDER);
            if (gids != null && wonen != null) {
                pip.rapporteer(gids, g.huishouden(), wonen.id(), wonen.versie(), later,
                        "Samen het formulier ingevuld; de brief komt per post.", DoelStatus.BEZIG);
            }
            Doel taal = doel(x, Eigenaar.TAALSCHOOL);
            if (taal != null && !gat && !les.isAfter(vandaag)) {
                pip.rapporteer(rv, g.huishouden(), taal.id(), taal.versie(), les,
                        "De taalschool meldt: komt naar elke les.", DoelStatus.BEZIG);
            }
            x = pip.legGesprekVast(rv, g.huishouden(), persoon, huidig(rv, g, persoon).versie(), later,
                    "Persoon, tolk, regievoerder", "Het plan is besproken. De persoon wil snel werk vinden.");
        }
        // one in six adjusted once, at least eight weeks after the decision
        LocalDate bij = op.plusWeeks(8 + kenmerk % 6);
        if (kenmerk % 6 == 1 && !bij.isAfter(vandaag)) {
            x = pip.stelBij(rv, g.huishouden(), persoon, huidig(rv, g, persoon).versie(),
                    Bijstelreden.NIEUWE_OMSTANDIGHEDEN, null);
            pip.voegDoelToe(rv, g.huishouden(), persoon, x.versie(), new DoelGegevens(Leefgebied.GEZONDHEID,
                    Doeltermijn.KORT, "Een huisarts kiezen en een afspraak maken", Eigenaar.UITVOERDER, null,
                    bij.plusMonths(2), DoelStatus.OPEN));
            pip.stelVast(rv, g.huishouden(), persoon, huidig(rv, g, persoon).versie(), bij);
        }
    }

    private Pip huidig(Medewerker rv, Gespeeld g, UUID persoon) {
        return java.util.Objects.requireNonNull(pip.persoon(rv, g.huishouden(), persoon).pip());
    }

    private static Doel doel(Pip p, Eigenaar eigenaar) {
        return p.huidige().flatMap(v -> v.doelen().stream().filter(d -> d.eigenaar() == eigenaar).findFirst())
            .orElse(null);
    }

    private static Plan plan(int kenmerk, Persoon p) {
        Leerroute route = switch (kenmerk % 5) {
            case 0 -> Leerroute.Z_ROUTE;
            case 1 -> Leerroute.ONDERWIJSROUTE;
            default -> Leerroute.B1_ROUTE;
        };
        Taalniveau niveau = route == Leerroute.Z_ROUTE ? Taalniveau.A1
                : route == Leerroute.ONDERWIJSROUTE ? Taalniveau.B2 : Taalniveau.B1;
        LocalDate basis = p.brpDatum() == null ? LocalDate.now() : p.brpDatum();
        return new Plan(route, niveau, basis.plusMonths(8), basis.plusMonths(5), basis.plusWeeks(12), true,
                kenmerk % 3 == 0 ? Intensiteit.INTENSIEF : Intensiteit.GEMIDDELD);
    }

    /** Four to six goals with owners mixed; answers the PIP's version after adding them. */
    private long doelen(Medewerker rv, Gespeeld g, UUID persoon, long versie, int kenmerk, boolean kinderen) {
        LocalDate basis = LocalDate.now().plusMonths(3);
        List<DoelGegevens> doelen = new java.util.ArrayList<>(List.of(
                new DoelGegevens(Leefgebied.TAAL, Doeltermijn.KORT, "Elke week naar de taalles", Eigenaar.TAALSCHOOL,
                        "Taalschool De Brug, mevrouw Jansen", basis, DoelStatus.OPEN),
                new DoelGegevens(Leefgebied.WONEN, Doeltermijn.KORT, "Zelf huurtoeslag aanvragen en wijzigingen doorgeven",
                        Eigenaar.UITVOERDER, null, basis, DoelStatus.OPEN),
                new DoelGegevens(Leefgebied.FINANCIEN, Doeltermijn.LANG, "Na het ontzorgen de vaste lasten zelf betalen",
                        Eigenaar.BUDGETCOACH, null, basis.plusMonths(3), DoelStatus.OPEN),
                new DoelGegevens(Leefgebied.WERK_EN_PARTICIPATIE, Doeltermijn.LANG,
                        "Vrijwilligerswerk vinden naast de taalles", Eigenaar.WERKCONSULENT, "Werkplein, de heer Bakker",
                        basis.plusMonths(6), DoelStatus.OPEN)));
        if (kinderen) {
            doelen.add(new DoelGegevens(Leefgebied.GEZIN_EN_OPVOEDING, Doeltermijn.KORT,
                    "Weten hoe de school van de kinderen werkt", Eigenaar.UITVOERDER, null, basis, DoelStatus.OPEN));
        }
        if (kenmerk % 2 == 0) {
            doelen.add(new DoelGegevens(Leefgebied.SOCIAAL_NETWERK, Doeltermijn.LANG,
                    "Lid worden van een sportclub of vereniging", Eigenaar.PERSOON, null, null, DoelStatus.OPEN));
        }
        long v = versie;
        for (DoelGegevens d : doelen) {
            pip.voegDoelToe(rv, g.huishouden(), persoon, v, d);
            v++;
        }
        return v;
    }
}
