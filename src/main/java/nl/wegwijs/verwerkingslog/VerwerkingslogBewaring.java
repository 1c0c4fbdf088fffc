package nl.wegwijs.verwerkingslog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processing log's own retention. Daily, once across all nodes (ShedLock): monthly partitions that lie entirely
 * before the retention period ({@code wegwijs.verwerkingslog.bewaren-maanden}) are detached and dropped as a whole —
 * rows are never deleted one by one (the database refuses that, V26) — and the partitions of the coming
 * {@value #VOORUIT} months are made when missing (V2 made them up to 2030).
 * <p>
 * The default, {@value #STANDAARD_MAANDEN} months: the inburgeringstermijn of the Wet inburgering 2021 is three years,
 * so a statushouder who asks at the end of it who saw their data (AVG art. 15) still gets the whole answer, while the
 * log — itself personal data — is not kept longer than that accountability needs (AVG art. 5 lid 1 sub e). A gemeente
 * with another policy sets its own.
 */
@Component
public class VerwerkingslogBewaring {

    static final int STANDAARD_MAANDEN = 36;
    static final int VOORUIT = 12;

    private static final Logger log = LoggerFactory.getLogger(VerwerkingslogBewaring.class);
    private static final DateTimeFormatter NAAM = DateTimeFormatter.ofPattern("yyyy_MM");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final int bewarenMaanden;

    VerwerkingslogBewaring(JdbcClient jdbc, PlatformTransactionManager transacties, Clock clock,
            @Value("${wegwijs.verwerkingslog.bewaren-maanden:" + STANDAARD_MAANDEN + "}") int bewarenMaanden) {
        if (bewarenMaanden < 1) {
            throw new IllegalArgumentException("wegwijs.verwerkingslog.bewaren-maanden moet minstens 1 zijn");
        }
        this.jdbc = jdbc;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
        this.bewarenMaanden = bewarenMaanden;
    }

    /** What a run did: the partitions dropped and the partitions made. */
    public record Uitkomst(List<String> verwijderd, List<String> aangemaakt) {
    }

    /** @return what was done, or null when another node holds the lock (ShedLock skips the call) */
    @Scheduled(cron = "${wegwijs.verwerkingslog.bewaren-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "verwerkingslog-bewaring", lockAtLeastFor = "PT1M")
    public @Nullable Uitkomst bewaar() {
        return bewaar(ZonedDateTime.now(clock), bewarenMaanden);
    }

    /**
     * Drops the partitions whose upper bound is at or before {@code nu} minus {@code maanden} months, and makes the
     * partitions of the month of {@code nu} and the {@value #VOORUIT} after it when missing.
     */
    Uitkomst bewaar(ZonedDateTime nu, int maanden) {
        OffsetDateTime grens = nu.minusMonths(maanden).toOffsetDateTime();
        List<String> verwijderd = new ArrayList<>();
        for (Partitie p : partities().values()) {
            if (!p.tot().isAfter(grens)) {
                transactie.executeWithoutResult(s -> {
                    jdbc.sql("alter table verwerking detach partition " + p.naam()).update();
                    jdbc.sql("drop table " + p.naam()).update();
                });
                verwijderd.add(p.naam());
            }
        }
        List<String> aangemaakt = new ArrayList<>();
        YearMonth eerste = YearMonth.from(nu);
        for (int i = 0; i <= VOORUIT; i++) {
            YearMonth maand = eerste.plusMonths(i);
            String naam = "verwerking_" + maand.format(NAAM);
            Map<String, Partitie> bestaand = partities();
            if (bestaand.containsKey(naam)) {
                continue;
            }
            // months in UTC; continue exactly where the previous month's partition ends (V2 fixed its bounds in the
            // time zone of the session that ran it), else at the start of the month
            OffsetDateTime van = Optional.ofNullable(bestaand.get("verwerking_" + maand.minusMonths(1).format(NAAM)))
                .map(Partitie::tot)
                .orElse(maand.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            OffsetDateTime tot = maand.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            try {
                transactie.executeWithoutResult(s -> {
                    jdbc.sql("create table " + naam + " partition of verwerking for values from ('" + van + "') to ('"
                            + tot + "')").update();
                    jdbc.sql("create trigger verwerking_niet_legen before truncate on " + naam
                            + " for each statement execute function verwerking_alleen_toevoegen()").update();
                });
                aangemaakt.add(naam);
            }
            catch (DataAccessException e) {
                // e.g. rows of that month already in the default partition: they stay there, the log still works
                log.warn("Partitie {} van het verwerkingslog niet aangemaakt: {}", naam, e.getMessage());
            }
        }
        log.info("Verwerkingslog bewaard ({} maanden): {} partities verwijderd {}, {} aangemaakt {}", maanden,
                verwijderd.size(), verwijderd, aangemaakt.size(), aangemaakt);
        return new Uitkomst(List.copyOf(verwijderd), List.copyOf(aangemaakt));
    }

    /** A monthly partition and its bounds. */
    record Partitie(String naam, OffsetDateTime van, OffsetDateTime tot) {
    }

    /** The range partitions of {@code verwerking} (not the default partition), by name. */
    Map<String, Partitie> partities() {
        Map<String, Partitie> partities = new TreeMap<>();
        jdbc.sql("""
                select c.relname as naam,
                       (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \\(''([^'']+)''\\)'))[1]::timestamptz as van,
                       (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \\(''([^'']+)''\\)'))[1]::timestamptz as tot
                  from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'verwerking'::regclass and c.relispartition
                   and pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT'""")
            .query((rs, n) -> new Partitie(rs.getString("naam"), rs.getObject("van", OffsetDateTime.class),
                    rs.getObject("tot", OffsetDateTime.class)))
            .list()
            .forEach(p -> partities.put(p.naam(), p));
        return partities;
    }
}
