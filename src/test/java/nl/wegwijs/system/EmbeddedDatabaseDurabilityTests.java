package nl.wegwijs.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps durability on and never wipes its data: a committed write survives a kill -9 of the
 * application and of its database.
 */
class EmbeddedDatabaseDurabilityTests {

    @TempDir
    Path tijdelijk;

    @Test
    void aConfirmedWriteSurvivesKillMinus9OfApplicationAndDatabase() throws Exception {
        Path data = tijdelijk.resolve("data");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), DurabilityProbe.class.getName(), data.toString(), "42")
            .redirectErrorStream(true)
            .start();
        try (BufferedReader uit = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            String regel;
            boolean bevestigd = false;
            while ((regel = uit.readLine()) != null) {
                if (regel.contains("BEVESTIGD")) {
                    bevestigd = true;
                    break;
                }
            }
            assertThat(bevestigd).as("the probe confirmed its write").isTrue();
            long postgres = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            new ProcessBuilder("kill", "-9", Long.toString(app.pid()), Long.toString(postgres)).start().waitFor();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            waitUntilGone(postgres);
        }
        finally {
            app.destroyForcibly();
        }

        DataSource opnieuw = EmbeddedDatabase.start(data, 0, false);
        try (Connection c = opnieuw.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select tekst from bevestigd where id = 42")) {
                assertThat(rs.next()).as("the confirmed row is still there").isTrue();
                assertThat(rs.getString(1)).isEqualTo("gezien door de gebruiker");
            }
            for (String instelling : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("show " + instelling)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(instelling).isEqualTo("on");
                }
            }
        }
    }

    private static void waitUntilGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
    }
}
