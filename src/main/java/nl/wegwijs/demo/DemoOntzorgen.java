package nl.wegwijs.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.ontzorgen.GesprekStatus;
import nl.wegwijs.ontzorgen.MaandStatus;
import nl.wegwijs.ontzorgen.Ontzorgen;
import nl.wegwijs.ontzorgen.OntzorgenService;
import nl.wegwijs.ontzorgen.StopReden;
import nl.wegwijs.ontzorgen.VasteLastSoort;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.traject.TrajectService;

/**
 * Financieel ontzorgen for the households of the gemeente(n) with a budgetcoach (in the demo: Den Haag, Sanne
 * Visser), recorded through the service as she would: the start two weeks after the BRP registration (the start of
 * bijstand), rent, energy, water and health insurance, the months so far, and coaching sessions. Every stage shows:
 * not started yet, finished, two ending within weeks without a transition, one stopped early (work), some on track
 * and some behind, one with arrears.
 */
@Component
class DemoOntzorgen implements DemoAanvulling {

    private static final String[] VERHUURDERS = { "Haag Wonen", "Staedion", "Vestia", "Woonbron" };
    private static final String[] ZORG = { "Zilveren Kruis", "CZ", "Menzis" };

    private final OntzorgenService ontzorgen;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final JdbcClient jdbc;
    private final Map<UUID, Optional<Medewerker>> coaches = new HashMap<>();
    private int lopend;
    private int n;

    DemoOntzorgen(OntzorgenService ontzorgen, TrajectService trajecten, OrganisatieService organisaties,
            JdbcClient jdbc) {
        this.ontzorgen = ontzorgen;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 180;
    }

    @Override
    public void speel(Gespeeld g, Context context) {
        Medewerker coach = coach(g.huishouden());
        if (coach == null) {
            return;
        }
        LocalDate vandaag = context.vandaag();
        LocalDate brp = trajecten.inzage(coach, g.huishouden()).huishouden().brpDatum();
        int i = n++;
        LocalDate start = brp == null ? null : brp.plusDays(14);
        if (start == null || start.isAfter(vandaag)) {
            ontzorgen.legVast(coach, g.huishouden(), null, new OntzorgenService.Invoer(null, null, null,
                    "Bijstand aangevraagd, wacht op besluit."));
            return;
        }
        boolean afgelopen = !start.plusMonths(6).isAfter(vandaag);
        int r = afgelopen ? -1 : lopend++;
        if (r == 0 || r == 1) {
            // ending within two or three weeks, with too few sessions
            LocalDate eerder = vandaag.plusWeeks(2 + r).minusMonths(6);
            start = eerder.isBefore(brp) ? start : eerder;
        }
        Ontzorgen o = ontzorgen.legVast(coach, g.huishouden(), null, new OntzorgenService.Invoer(start, null, null,
                null));
        o = lasten(coach, g.huishouden(), o, i);
        if (r == 2 && start.plusMonths(2).isBefore(vandaag)) {
            o = ontzorgen.legVast(coach, g.huishouden(), o.versie(), new OntzorgenService.Invoer(start,
                    start.plusMonths(2), StopReden.WERK, "Werk gevonden bij een schoonmaakbedrijf; bijstand gestopt."));
        }
        LocalDate einde = java.util.Objects.requireNonNull(o.einde());
        // months so far
        YearMonth nu = YearMonth.from(vandaag);
        for (var m : o.maandlijst()) {
            if (!m.maand().isBefore(nu)) {
                break;
            }
            boolean achterstand = r >= 0 && r % 3 == 1 && m.maand().equals(YearMonth.from(o.start()).plusMonths(1));
            o = ontzorgen.zetMaand(coach, g.huishouden(), o.versie(), m.maand(),
                    achterstand ? MaandStatus.ACHTERSTAND : MaandStatus.BETAALD,
                    achterstand ? "Uitkering kwam later; huur een maand te laat betaald." : null);
        }
        // coaching: on track, behind, or (ending soon) far behind
        int gesprekken = r == 0 || r == 1 ? 1 : afgelopen || r % 3 == 0 ? 4 : r % 3 == 1 ? 2 : 3;
        String[] onderwerpen = { "Budgetplan en vaste lasten", "Toeslagen en de Belastingdienst",
                "Zorgverzekering en eigen risico", "Energie en zelf betalen" };
        LocalDate eerste = o.start().plusWeeks(3);
        long stap = Math.max(7, java.time.temporal.ChronoUnit.DAYS.between(eerste, einde.minusWeeks(1)) / 4);
        for (int k = 0; k < gesprekken; k++) {
            LocalDate datum = eerste.plusDays(stap * k);
            GesprekStatus status = datum.isAfter(vandaag) ? GesprekStatus.GEPLAND : GesprekStatus.GEHOUDEN;
            o = ontzorgen.voegGesprekToe(coach, g.huishouden(), o.versie(), new OntzorgenService.NieuwGesprek(datum,
                    status, onderwerpen[k % onderwerpen.length], null));
        }
    }

    private Ontzorgen lasten(Medewerker coach, HuishoudenId h, Ontzorgen o, int i) {
        LocalDate machtiging = java.util.Objects.requireNonNull(o.start());
        Ontzorgen x = o;
        x = last(coach, h, x, VasteLastSoort.HUUR, VERHUURDERS[i % VERHUURDERS.length],
                new BigDecimal(560 + (i * 37) % 220 + ".50"), machtiging);
        x = last(coach, h, x, VasteLastSoort.ENERGIE, i % 2 == 0 ? "Eneco" : "Vattenfall",
                new BigDecimal(120 + (i * 13) % 70), machtiging);
        x = last(coach, h, x, VasteLastSoort.WATER, "Dunea", new BigDecimal("24.80"), machtiging);
        x = last(coach, h, x, VasteLastSoort.ZORGVERZEKERING, ZORG[i % ZORG.length],
                new BigDecimal("148.25"), machtiging);
        return x;
    }

    private Ontzorgen last(Medewerker coach, HuishoudenId h, Ontzorgen o, VasteLastSoort soort, String aan,
            BigDecimal bedrag, LocalDate op) {
        return ontzorgen.voegVasteLastToe(coach, h, o.versie(),
                new OntzorgenService.NieuweVasteLast(soort, aan, bedrag, op, null));
    }

    /** The budgetcoach of the household's gemeente, if it has one. */
    private @Nullable Medewerker coach(HuishoudenId h) {
        UUID gemeente = jdbc.sql("select gemeente_id from traject where huishouden_id = ?").param(h.value())
            .query(UUID.class).single();
        return coaches.computeIfAbsent(gemeente, gm -> jdbc.sql("""
                select id from medewerker where rol = 'BUDGETCOACH' and gemeente_id = ? and actief
                 order by gebruikersnaam limit 1""").param(gm).query(UUID.class).optional()
            .flatMap(organisaties::medewerker)).orElse(null);
    }
}
