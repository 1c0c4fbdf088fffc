package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.verzoek.AkkoordWijze;
import nl.wegwijs.verzoek.NieuwVerzoek;
import nl.wegwijs.verzoek.Product;
import nl.wegwijs.verzoek.Uitkomst;
import nl.wegwijs.verzoek.Verzoek;
import nl.wegwijs.verzoek.VerzoekService;
import nl.wegwijs.verzoek.VerzoekSoort;

/**
 * Requests to the gemeente in the demo: in the first three running households of the demo regievoerder's gemeente
 * (Den Haag) whose guidance ends within four months, the uitvoerder's teamleider asks, with the client's agreement,
 * for an extension of three months (still open), for Mindfit (approved) and for an extension of six months
 * (rejected, a warm handover instead).
 */
@Component
class DemoVerzoek implements DemoAanvulling {

    private final VerzoekService verzoeken;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final JdbcClient jdbc;
    private int gemaakt;

    DemoVerzoek(VerzoekService verzoeken, TrajectService trajecten, HuishoudenService huishoudens,
            OrganisatieService organisaties, JdbcClient jdbc) {
        this.verzoeken = verzoeken;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 190;
    }

    @Override
    public void speel(Gespeeld g, Context c) {
        if (gemaakt >= 3) {
            return;
        }
        huishoudens.intern(g.huishouden()).flatMap(h -> trajecten.samenvatting(g.traject(), h)).ifPresent(s -> {
            var t = s.traject();
            Medewerker rv = c.regievoerders().get(t.contractId());
            if (rv == null || !"regievoerder".equals(rv.gebruikersnaam())
                    || (t.status() != TrajectStatus.ACTIEF && t.status() != TrajectStatus.VERLENGD)) {
                return;
            }
            LocalDate einde = s.termijnen().stream().filter(x -> x.soort() == TermijnSoort.EINDE_BEGELEIDING)
                .map(Termijn::uiterlijk).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (einde == null || einde.isBefore(c.vandaag()) || einde.isAfter(c.vandaag().plusMonths(4))) {
                return;
            }
            teamleider(t.uitvoerderId()).ifPresent(tl -> speel(g, c, tl, rv));
        });
    }

    private void speel(Gespeeld g, Context c, Medewerker tl, Medewerker rv) {
        LocalDate vandaag = c.vandaag();
        switch (gemaakt++) {
            case 0 -> verzoeken.dienIn(tl, g.huishouden(), new NieuwVerzoek(VerzoekSoort.VERLENGING, 3, null, null,
                    null, "Het gezin wacht nog op de gezinshereniging van de oudste zoon. Er komt veel post van de IND "
                            + "en de gemeente die ze nog niet zelf kunnen afhandelen.",
                    vandaag.minusDays(4), AkkoordWijze.MONDELING_MET_TOLK));
            case 1 -> {
                Verzoek v = verzoeken.dienIn(tl, g.huishouden(), new NieuwVerzoek(VerzoekSoort.PRODUCT, null,
                        Product.MINDFIT, null, vandaag.plusWeeks(3), "Moeder slaapt slecht en piekert veel. Mindfit "
                                + "helpt haar om spanning te leren hanteren.",
                        vandaag.minusDays(12), AkkoordWijze.SCHRIFTELIJK));
                verzoeken.besluit(rv, v.id(), v.versie(), Uitkomst.GOEDGEKEURD, "Akkoord, past in het budget.");
            }
            default -> {
                Verzoek v = verzoeken.dienIn(tl, g.huishouden(), new NieuwVerzoek(VerzoekSoort.VERLENGING, 6, null,
                        null, null, "Vader vindt de weg nog niet naar instanties en belt ons voor elke brief.",
                        vandaag.minusDays(20), AkkoordWijze.MONDELING));
                verzoeken.besluit(rv, v.id(), v.versie(), Uitkomst.AFGEWEZEN, "Verlengen is hier niet nodig: we "
                        + "regelen een warme overdracht naar het sociaal wijkteam.");
            }
        }
    }

    /** The uitvoerder's teamleider (the demo user "teamleider" when it is theirs). */
    private Optional<Medewerker> teamleider(UUID uitvoerder) {
        return jdbc.sql("""
                select id from medewerker where uitvoerder_id = ? and rol = 'TEAMLEIDER' and actief
                 order by gebruikersnaam = 'teamleider' desc, gebruikersnaam limit 1""")
            .param(uitvoerder).query(UUID.class).optional().flatMap(organisaties::medewerker);
    }
}
