package nl.wegwijs.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL whose data lives in a directory and survives restarts. Unlike the library's defaults (made
 * for tests) durability stays on: fsync, synchronous commit and full page writes, so a confirmed write survives a
 * crash of the application and its database. One server per data directory per JVM.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {
    }

    /**
     * @param directory where the data lives
     * @param port the port to listen on, 0 for any free port
     * @param clean wipe the directory first (tests only; never for the application)
     */
    public static DataSource start(Path directory, int port, boolean clean) {
        Path dir = directory.toAbsolutePath().normalize();
        EmbeddedPostgres server = SERVERS.computeIfAbsent(dir, d -> launch(d, port, clean));
        return server.getPostgresDatabase(Map.of("ApplicationName", "wegwijs"));
    }

    private static EmbeddedPostgres launch(Path dir, int port, boolean clean) {
        try {
            Files.createDirectories(dir);
            long start = System.nanoTime();
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .start();
            log.info("Embedded PostgreSQL in {} on port {} ({} ms)", dir, server.getPort(),
                    (System.nanoTime() - start) / 1_000_000);
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dir, e);
        }
    }
}
