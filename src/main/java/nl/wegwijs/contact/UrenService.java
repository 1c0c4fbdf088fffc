package nl.wegwijs.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.MedewerkerOverzicht;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;

/**
 * Hours per guide, derived from contacts (each staff member present gets the duration once) and group sessions (the
 * organiser gets the duration once; sessions still to come do not count). Aggregates over index-only scans of
 * {@code contactmoment_medewerker (medewerker_id, datum)} and {@code groepsbijeenkomst (organisator_id, datum)}; no
 * personal data of households, so nothing is logged.
 */
@Service
@Transactional(readOnly = true)
public class UrenService {

    /** The longest period the teamleider's overview covers. */
    static final int MAX_DAGEN = 366;

    private static final String UREN = """
            select %1$s as sleutel, sum(cm) as contact_minuten, sum(c) as contacten, sum(gm) as groep_minuten,
                   sum(g) as groepen
              from (select %2$s as sleutel_m, sum(minuten) as cm, count(*) as c, 0 as gm, 0 as g
                      from contactmoment_medewerker
                     where medewerker_id = any(:ids) and datum between :van and :tot group by 1
                    union all
                    select %3$s, 0, 0, sum(minuten), count(*)
                      from groepsbijeenkomst
                     where organisator_id = any(:ids) and datum between :van and :tot group by 1) x
             group by 1""";

    private final JdbcClient jdbc;
    private final OrganisatieService organisaties;
    private final Clock clock;

    UrenService(JdbcClient jdbc, OrganisatieService organisaties, Clock clock) {
        this.jdbc = jdbc;
        this.organisaties = organisaties;
        this.clock = clock;
    }

    /** The logged-in medewerker's own hours in a year, per month (all twelve, also empty ones). One statement. */
    public List<Uren.Maand> mijnUren(Medewerker ik, int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        LocalDate tot = min(van.withDayOfYear(van.lengthOfYear()), LocalDate.now(clock));
        Map<Integer, Uren.Maand> perMaand = new HashMap<>();
        if (!van.isAfter(tot)) {
            String maand = "cast(extract(month from datum) as int)";
            jdbc.sql(UREN.formatted("sleutel_m", maand, maand))
                .param("ids", new UUID[] { ik.id() }).param("van", van).param("tot", tot)
                .query(rs -> {
                    int m = rs.getInt("sleutel");
                    perMaand.put(m, new Uren.Maand(m, rs.getInt("contact_minuten"), rs.getInt("contacten"),
                            rs.getInt("groep_minuten"), rs.getInt("groepen")));
                });
        }
        List<Uren.Maand> maanden = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            maanden.add(perMaand.getOrDefault(m, new Uren.Maand(m, 0, 0, 0, 0)));
        }
        return maanden;
    }

    /**
     * The hours of every guide (begeleiders, vrijwilligers, teamleiders) of the teamleider's own uitvoerder over a
     * period of at most {@value #MAX_DAGEN} days, by name. Two statements: the staff, and one aggregate over them.
     */
    public List<Uren.Medewerker> teamUren(Medewerker ik, LocalDate van, LocalDate tot) {
        if (!ik.heeftRol(Rol.TEAMLEIDER) || ik.uitvoerderId() == null) {
            throw new NietGevonden();
        }
        if (tot.isBefore(van) || ChronoUnit.DAYS.between(van, tot) >= MAX_DAGEN) {
            throw new DomeinFout("contact.uren.periode", MAX_DAGEN);
        }
        List<MedewerkerOverzicht> staf = organisaties.medewerkersVoorToewijzing(ik, ik.uitvoerderId());
        Map<UUID, long[]> cijfers = new HashMap<>();
        if (!staf.isEmpty()) {
            jdbc.sql(UREN.formatted("sleutel_m", "medewerker_id", "organisator_id"))
                .param("ids", staf.stream().map(MedewerkerOverzicht::id).toArray(UUID[]::new))
                .param("van", van).param("tot", min(tot, LocalDate.now(clock)))
                .query(rs -> {
                    cijfers.put(rs.getObject("sleutel", UUID.class), new long[] { rs.getLong("contact_minuten"),
                            rs.getLong("contacten"), rs.getLong("groep_minuten"), rs.getLong("groepen") });
                });
        }
        return staf.stream().map(m -> {
            long[] c = cijfers.getOrDefault(m.id(), new long[4]);
            return new Uren.Medewerker(m.id(), m.naam(), m.rol(), (int) c[0], (int) c[1], (int) c[2], (int) c[3]);
        }).sorted(java.util.Comparator.comparing(Uren.Medewerker::naam)).toList();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
