package nl.wegwijs.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL side of a phase, measured in the same run: {@code pg_stat_statements} is reset when a phase starts and
 * written to {@code pgss-<phase>.tsv} when it ends; {@code fasen.tsv} gets the phase's planned load time and its
 * wall-clock time (ms, including the start and drain of its users). Off when {@code benchmark.pg} (a JDBC URL of the
 * application's database) is not set.
 */
final class PgStatistiek {

    private static final String URL = System.getProperty("benchmark.pg", "");
    private static final Path UIT = Path.of(System.getProperty("benchmark.uit", "target/benchmark"));
    private static volatile long begin;

    private PgStatistiek() {
    }

    static synchronized void begin() {
        if (!URL.isEmpty()) {
            try (Connection c = verbinding(); Statement s = c.createStatement()) {
                s.execute("select pg_stat_statements_reset()");
            }
            catch (SQLException e) {
                throw new IllegalStateException("pg_stat_statements_reset() mislukt", e);
            }
        }
        begin = System.currentTimeMillis();
    }

    static synchronized void bewaar(String fase, long geplandeSeconden) {
        long duur = System.currentTimeMillis() - begin;
        try {
            Files.createDirectories(UIT);
            Files.writeString(UIT.resolve("fasen.tsv"), fase + "\t" + geplandeSeconden + "\t" + duur + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (URL.isEmpty()) {
                return;
            }
            List<String> regels = new ArrayList<>();
            regels.add("queryid\tcalls\ttotal_ms\tmean_ms\tmin_ms\tmax_ms\tstddev_ms\trows\tblks_hit\tblks_read\tquery");
            try (Connection c = verbinding(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("""
                            select queryid, calls, total_exec_time, mean_exec_time, min_exec_time, max_exec_time,
                                   stddev_exec_time, rows, shared_blks_hit, shared_blks_read, query
                              from pg_stat_statements
                             where query not like '%pg_stat_statements%'
                             order by total_exec_time desc""")) {
                while (rs.next()) {
                    regels.add(String.join("\t", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11).replaceAll("\\s+", " ")));
                }
            }
            Files.write(UIT.resolve("pgss-" + fase + ".tsv"), regels);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements lezen mislukt", e);
        }
    }

    private static Connection verbinding() throws SQLException {
        return DriverManager.getConnection(URL, System.getProperty("benchmark.pg.gebruiker", "postgres"), "");
    }
}
