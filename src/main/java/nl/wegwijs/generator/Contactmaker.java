package nl.wegwijs.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.generator.Trajectverloop.Verloop;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Toewijzing;

/**
 * The contacts (contactmomenten) of one generated trajectory, as guides record them: about weekly in the first three
 * months after the practical start (a household in its first months sees its guide more than once some weeks), about
 * every ten days until month six, then every ten days to three weeks (home visits, calls, going along to
 * appointments), with now and then a long gap (so some households exceed the contact norm), each by a guide assigned
 * on that day. About 1.8 million contacts at national scale. The worklist row gets the last and next contact and the
 * date the next is due under the default contact norm of four weeks, as the contact module computes them.
 */
final class Contactmaker {

    /** The contact module's default norm: at most four weeks between contacts. */
    static final int NORM_DAGEN = 28;

    private static final String[] SOORTEN = { "HUISBEZOEK", "KANTOOR", "TELEFONISCH", "BEELDBELLEN", "MEEGAAN",
            "SPREEKUUR" };
    private static final double[] SOORT_GEWICHT = { 45, 15, 15, 10, 10, 5 };
    private static final String[] THEMAS = { "WONEN", "FINANCIEN_ADMINISTRATIE", "GEZONDHEID", "INBURGERING",
            "GEZIN_FAMILIE", "SOCIAAL_NETWERK", "PARTICIPATIE" };
    private static final String[] AFSPRAKEN = { "Brief van de Belastingdienst samen doorgenomen",
            "Huisarts gebeld voor een afspraak", "Zorgtoeslag aangevraagd", "Meterstanden samen opgenomen",
            "Inschrijving school besproken", "Volgende keer DigiD activeren", "Budgetplan doorgenomen",
            "Aanmelding taalcafé", "Kwijtschelding gemeentelijke belastingen aangevraagd" };

    /** The stand of a household's contacts, for its worklist row. */
    record Stand(@Nullable LocalDate laatste, @Nullable LocalDate volgende, @Nullable LocalDate uiterlijk) {
    }

    private final Tabellen t;
    private final LocalDate vandaag;
    private final ZoneId zone;

    Contactmaker(Tabellen t, LocalDate vandaag, ZoneId zone) {
        this.t = t;
        this.vandaag = vandaag;
        this.zone = zone;
    }

    Stand maak(Verloop v, UUID huishouden, List<Persoon> personen, Willekeur w) {
        LocalDate start = v.praktischeStart;
        LocalDate tot = v.einde == null ? vandaag : (v.einde.isBefore(vandaag) ? v.einde : vandaag);
        record Gepland(LocalDate dag, Medewerker door) {
        }
        List<Gepland> contacten = new ArrayList<>();
        if (start != null) {
            LocalDate dag = start;
            while (!dag.isAfter(tot)) {
                List<Toewijzing> actief = v.actief(dag);
                if (!actief.isEmpty()) {
                    Medewerker door = v.wie.get(w.kies(actief).medewerkerId());
                    if (door != null) {
                        contacten.add(new Gepland(dag, door));
                    }
                }
                dag = dag.plusDays(interval(ChronoUnit.DAYS.between(start, dag), w));
            }
        }
        LocalDate laatste = contacten.isEmpty() ? null : contacten.get(contacten.size() - 1).dag();
        boolean loopt = !v.status.isAfgesloten() && laatste != null;
        LocalDate volgende = loopt && w.kans(0.7) ? laatste.plusDays(w.tussen(7, 28)) : null;
        if (volgende != null && volgende.isBefore(vandaag)) {
            volgende = null;
        }
        for (int i = 0; i < contacten.size(); i++) {
            Gepland c = contacten.get(i);
            schrijf(huishouden, personen, c.dag(), c.door(), i == contacten.size() - 1 ? volgende : null, w);
        }
        LocalDate basis = laatste != null ? laatste : start != null ? start : v.aangemeldOp;
        return new Stand(laatste, volgende, v.status.isAfgesloten() ? null : basis.plusDays(NORM_DAGEN));
    }

    /** Days to the next contact, by how long guidance has run; one in twenty is a long gap. */
    private static int interval(long dagenBezig, Willekeur w) {
        if (w.kans(0.05)) {
            return w.tussen(35, 70);
        }
        if (dagenBezig < 90) {
            return w.tussen(4, 8);
        }
        if (dagenBezig < 180) {
            return w.tussen(7, 12);
        }
        return w.tussen(10, 20);
    }

    private void schrijf(UUID huishouden, List<Persoon> personen, LocalDate dag, Medewerker door,
            @Nullable LocalDate volgende, Willekeur w) {
        UUID id = w.uuid();
        List<UUID> aanwezig = new ArrayList<>();
        Persoon tolkNodig = null;
        for (Persoon p : personen) {
            boolean hier = !p.nareiziger() || p.brpDatum() != null && !dag.isBefore(p.brpDatum());
            if (hier && (p.rol() != nl.wegwijs.huishouden.PersoonRol.KIND || w.kans(0.3))) {
                aanwezig.add(p.id());
                if (p.tolkNodig() && tolkNodig == null) {
                    tolkNodig = p;
                }
            }
        }
        if (aanwezig.isEmpty()) {
            aanwezig.add(personen.get(0).id());
        }
        String soort = SOORTEN[w.gewogen(SOORT_GEWICHT)];
        int minuten = soort.equals("TELEFONISCH") || soort.equals("BEELDBELLEN") ? 5 * w.tussen(2, 6)
                : soort.equals("MEEGAAN") ? 15 * w.tussen(4, 12) : 15 * w.tussen(2, 8);
        String tolk = tolkNodig == null ? "GEEN" : w.kans(0.5) ? "PROFESSIONEEL" : w.kans(0.5) ? "INFORMEEL" : "GEEN";
        List<String> themas = new ArrayList<>();
        int aantal = w.tussen(1, 3);
        for (int i = 0; i < aantal; i++) {
            String thema = THEMAS[w.tussen(0, THEMAS.length - 1)];
            if (!themas.contains(thema)) {
                themas.add(thema);
            }
        }
        Instant op = dag.atTime(9, 0).plusSeconds(w.tussen(0, 8 * 3600)).atZone(zone).toInstant();
        t.contactmoment.uuid(id).uuid(huishouden).datum(dag).getal(minuten).tekst(soort).reeks(aanwezig).tekst(tolk)
            .tekst(tolk.equals("GEEN") ? null : tolkNodig.tolkTaal()).teksten(themas)
            .tekst(w.kans(0.6) ? AFSPRAKEN[w.tussen(0, AFSPRAKEN.length - 1)] : null)
            .datum(volgende).uuid(door.id()).tijd(op).einde();
        t.contactmomentMedewerker.uuid(id).uuid(door.id()).uuid(huishouden).datum(dag).getal(minuten).einde();
    }
}
