package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.Toestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * Consents for most running households, recorded by the regievoerder after a conversation with an interpreter: seven
 * in ten share the guides' notes and signals with the regievoerder for the regie; one in ten shares only the
 * self-reliance results (so the regievoerder sees "toestemming nodig" for the notes); two in ten have none yet. One
 * consent is revoked, one "do you still agree?" check is due this week.
 */
final class DemoToestemming {

    private final ToestemmingService toestemmingen;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final Map<UUID, Medewerker> regievoerders;
    private final LocalDate vandaag;
    private int nummer;
    private boolean ingetrokken;
    private boolean controle;
    int aantal;

    DemoToestemming(ToestemmingService toestemmingen, TrajectService trajecten, HuishoudenService huishoudens,
            Map<UUID, Medewerker> regievoerders, LocalDate vandaag) {
        this.toestemmingen = toestemmingen;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.regievoerders = regievoerders;
        this.vandaag = vandaag;
    }

    void speel(DemoTrajecten.Gespeeld g) {
        Huishouden h = huishoudens.intern(g.huishouden()).orElse(null);
        Traject t = h == null ? null : trajecten.samenvatting(g.traject(), h).map(s -> s.traject()).orElse(null);
        if (t == null || t.status().isAfgesloten()) {
            return;
        }
        Medewerker rv = regievoerders.get(t.contractId());
        if (rv == null) {
            return;
        }
        int n = nummer++ % 10;
        if (n >= 8) {
            return;
        }
        ToestemmingService.Formulier f = toestemmingen.formulier(rv, g.huishouden());
        if (f.volwassenen().isEmpty()) {
            return;
        }
        LocalDate vanaf = vandaag.minusDays(14 + (nummer * 11) % 150);
        LocalDate controleOp = vanaf.plusMonths(ToestemmingService.CONTROLE_MAANDEN);
        if (!controle) {
            controleOp = vandaag.plusDays(3);
            controle = true;
        }
        else if (!controleOp.isAfter(vandaag.plusDays(ToestemmingService.CONTROLE_VOORUIT))) {
            controleOp = vandaag.plusDays(30 + nummer % 60);
        }
        boolean regie = n < 7;
        Set<Gegevenssoort> gegevens = regie ? Set.of(Gegevenssoort.NOTITIES, Gegevenssoort.SIGNALEN)
                : Set.of(Gegevenssoort.VOORTGANG, Gegevenssoort.INBURGERING);
        List<Toestemming> vastgelegd = toestemmingen.legVast(rv, g.huishouden(), new NieuweToestemming(
                f.volwassenen(), rv.organisatieId(), Rol.REGIEVOERDER, gegevens,
                regie ? Doel.REGIE : Doel.ZELFREDZAAMHEID, vanaf, null,
                f.taal() == null ? Wijze.MONDELING : Wijze.MONDELING_MET_TOLK, f.taal(), controleOp));
        aantal += vastgelegd.size();
        if (!regie && !ingetrokken) {
            // a second, broader consent that the person later revoked: the history shows it
            Toestemming t2 = toestemmingen.legVast(rv, g.huishouden(), new NieuweToestemming(
                    Set.of(vastgelegd.get(0).persoonId()), rv.organisatieId(), Rol.REGIEVOERDER,
                    Set.of(Gegevenssoort.NOTITIES), Doel.REGIE, vanaf, null, Wijze.MONDELING_MET_TOLK, f.taal(),
                    null)).get(0);
            toestemmingen.trekIn(rv, t2.id(), t2.versie(),
                    "Wil niet dat de gemeente de notities van de begeleiding leest.");
            ingetrokken = true;
        }
    }
}
