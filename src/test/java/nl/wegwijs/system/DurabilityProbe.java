package nl.wegwijs.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseDurabilityTests}: starts the embedded PostgreSQL in a directory,
 * commits one row, says so, and waits to be killed.
 */
public final class DurabilityProbe {

    private DurabilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        DataSource db = EmbeddedDatabase.start(Path.of(args[0]), 0, false);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bevestigd (id int primary key, tekst text)");
            s.execute("insert into bevestigd values (" + args[1] + ", 'gezien door de gebruiker')");
        }
        System.out.println("BEVESTIGD");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
