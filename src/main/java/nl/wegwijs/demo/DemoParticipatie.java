package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.participatie.EindeReden;
import nl.wegwijs.participatie.FasePeriode;
import nl.wegwijs.participatie.NieuweFase;
import nl.wegwijs.participatie.ParticipatieService;
import nl.wegwijs.participatie.PiezoFase;
import nl.wegwijs.participatie.Plaatsing;
import nl.wegwijs.participatie.PlaatsingGegevens;
import nl.wegwijs.participatie.PlaatsingSoort;
import nl.wegwijs.participatie.Taalniveau;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * Piëzo phases and placements for the running households that have been in the gemeente for three months or more,
 * recorded by the gemeente's regievoerder: phase 0 (ended) and phase 1 for the first adult, and from nine months on
 * a dual route with volunteer work or an internship; a partner gets a placement of their own in every other household,
 * some ended (paid work found, moved). Host organisations are synthetic.
 */
@Component
class DemoParticipatie implements DemoAanvulling {

    private static final List<String> GASTHEREN = List.of("Voedselbank uitdeelpunt Centrum", "Autogarage De Zuil",
            "Gemeentewerf Noord", "Buurthuis De Linde", "Kringloopwinkel De Tweede Kans", "Zorgcentrum Het Anker");
    private static final List<String> CONTACTEN = List.of("Els de Boer", "Ahmed Yilmaz", "Karin Smit", "Joost Visser");

    private final ParticipatieService participatie;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private int nummer;

    DemoParticipatie(ParticipatieService participatie, TrajectService trajecten, HuishoudenService huishoudens) {
        this.participatie = participatie;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
    }

    @Override
    public int volgorde() {
        return 170;
    }

    @Override
    public void speel(Gespeeld g, Context context) {
        Huishouden h = huishoudens.intern(g.huishouden()).orElse(null);
        Traject t = h == null ? null : trajecten.samenvatting(g.traject(), h).map(s -> s.traject()).orElse(null);
        if (h == null || t == null || t.status().isAfgesloten() || h.brpDatum() == null) {
            return;
        }
        Medewerker rv = context.regievoerders().get(t.contractId());
        LocalDate vandaag = context.vandaag();
        LocalDate brp = h.brpDatum();
        if (rv == null || brp.isAfter(vandaag.minusMonths(3)) || brp.isBefore(vandaag.minusYears(5))) {
            return;
        }
        List<Persoon> volwassenen = h.personen().stream().filter(p -> p.volwassen(vandaag)).toList();
        if (volwassenen.isEmpty()) {
            return;
        }
        int n = nummer++;
        Persoon eerste = volwassenen.get(0);
        participatie.voegFaseToe(rv, h.id(), new NieuweFase(eerste.id(), PiezoFase.BASIS_OP_ORDE, brp,
                brp.plusMonths(3), "Huis, zorgverzekering en school geregeld"));
        FasePeriode taal = participatie.voegFaseToe(rv, h.id(), new NieuweFase(eerste.id(),
                PiezoFase.MEEDOEN_EN_TAAL, brp.plusMonths(2), null, "Taalcafé en taalles"));
        if (!brp.isAfter(vandaag.minusMonths(9))) {
            LocalDate vanaf = brp.plusMonths(8);
            boolean stage = n % 3 == 1;
            participatie.voegFaseToe(rv, h.id(), new NieuweFase(eerste.id(),
                    stage ? PiezoFase.VRIJWILLIGERSWERK_OF_STAGE : PiezoFase.LEREND_VRIJWILLIGERSWERK, vanaf, null,
                    null));
            participatie.voegPlaatsingToe(rv, h.id(), new PlaatsingGegevens(eerste.id(),
                    stage ? PlaatsingSoort.STAGE : PlaatsingSoort.VRIJWILLIGERSWERK,
                    GASTHEREN.get(stage ? 1 : (n % 2 == 0 ? 0 : 3)), CONTACTEN.get(n % CONTACTEN.size()),
                    stage ? 16 : 6, vanaf, vanaf.plusMonths(6), Taalniveau.A1, true, true,
                    stage ? "Meelopen in de werkplaats" : "Sorteren en uitdelen, twee ochtenden"));
            if (n % 4 == 3 && !brp.isAfter(vandaag.minusMonths(14))) {
                // language now through the school: phase 1 ends, work comes next
                participatie.beeindigFase(rv, h.id(), taal.id(), taal.versie(), brp.plusMonths(12), null);
                participatie.voegFaseToe(rv, h.id(), new NieuweFase(eerste.id(), PiezoFase.NAAR_WERK_OF_OPLEIDING,
                        brp.plusMonths(13), null, "Gesprek met de werkconsulent gepland"));
            }
        }
        if (volwassenen.size() > 1 && n % 2 == 0) {
            Persoon tweede = volwassenen.get(1);
            LocalDate vanaf = brp.plusMonths(3);
            participatie.voegFaseToe(rv, h.id(), new NieuweFase(tweede.id(), PiezoFase.MEEDOEN_EN_TAAL, vanaf, null,
                    null));
            boolean werf = n % 4 == 0;
            Plaatsing p = participatie.voegPlaatsingToe(rv, h.id(), new PlaatsingGegevens(tweede.id(),
                    werf ? PlaatsingSoort.WERKERVARINGSPLAATS : PlaatsingSoort.SNUFFELSTAGE,
                    GASTHEREN.get(werf ? 2 : 5), null, werf ? 24 : 8, vanaf.plusWeeks(2), vanaf.plusMonths(4),
                    null, n % 8 == 0, false, null));
            LocalDate einde = vanaf.plusMonths(2);
            if (!einde.isAfter(vandaag)) {
                participatie.beeindigPlaatsing(rv, h.id(), p.id(), p.versie(), einde,
                        werf ? EindeReden.BETAALD_WERK : EindeReden.AFGEROND,
                        werf ? "Tijdelijk contract bij een hovenier" : null);
            }
        }
    }
}
