package nl.wegwijs.generator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;

/**
 * The tables the generator fills, each a buffer of rows in PostgreSQL's COPY text format. When the buffers hold
 * enough, they are handed in registration order (parents before children, so foreign keys hold) to one writer thread
 * that streams them with {@code COPY ... FROM STDIN} while the generator goes on: Java and PostgreSQL each keep a core
 * busy. Without a {@link CopyManager} nothing is written (a dry run).
 * <p>
 * Every byte also goes into a SHA-256 digest per table, so two runs can be compared by their fingerprint.
 */
final class CopyTabellen {

    /** Characters buffered over all tables before they are handed to the writer. */
    private static final int DREMPEL = 2 << 20;
    /** Chunks in flight to the writer at most; bounds memory to a few times {@link #DREMPEL}. */
    private static final int IN_DE_RIJ = 6;

    private final @Nullable CopyManager copy;
    private final List<Tabel> tabellen = new ArrayList<>();
    private final @Nullable ExecutorService schrijver;
    private final Semaphore ruimte = new Semaphore(IN_DE_RIJ);
    private final List<Future<?>> onderweg = new ArrayList<>();

    CopyTabellen(@Nullable CopyManager copy) {
        this.copy = copy;
        this.schrijver = copy == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "generator-copy");
            t.setDaemon(true);
            return t;
        });
    }

    /** Registers a table; register parents before children. */
    Tabel tabel(String naam, String kolommen) {
        Tabel t = new Tabel(naam, kolommen);
        tabellen.add(t);
        return t;
    }

    /** Hands the buffers to the writer once they hold enough. */
    void misschienLegen() {
        long totaal = 0;
        for (Tabel t : tabellen) {
            totaal += t.buffer.length();
        }
        if (totaal >= DREMPEL) {
            leeg();
        }
    }

    /** Hands every non-empty buffer to the writer, in registration order. */
    void leeg() {
        for (Tabel t : tabellen) {
            if (t.buffer.length() == 0) {
                continue;
            }
            byte[] bytes = t.buffer.toString().getBytes(StandardCharsets.UTF_8);
            t.buffer.setLength(0);
            t.digest.update(bytes);
            if (schrijver != null) {
                ruimte.acquireUninterruptibly();
                onderweg.add(schrijver.submit(() -> {
                    try {
                        t.schrijf(copy, bytes);
                    }
                    finally {
                        ruimte.release();
                    }
                    return null;
                }));
            }
        }
        controleer(false);
    }

    /** Writes what is left and waits for the writer; rethrows the first failure of a COPY. */
    void sluit() {
        leeg();
        controleer(true);
        if (schrijver != null) {
            schrijver.shutdown();
        }
    }

    /** Stops the writer after a failure, and waits until it no longer uses the connection. */
    void breekAf() {
        if (schrijver != null) {
            schrijver.shutdownNow();
            try {
                schrijver.awaitTermination(1, TimeUnit.MINUTES);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void controleer(boolean wacht) {
        var klaar = new ArrayList<Future<?>>();
        for (Future<?> f : onderweg) {
            if (!wacht && !f.isDone()) {
                continue;
            }
            try {
                f.get();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Onderbroken tijdens het schrijven", e);
            }
            catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            klaar.add(f);
        }
        onderweg.removeAll(klaar);
    }

    /** Rows per table, in registration order. */
    Map<String, Long> rijen() {
        Map<String, Long> rijen = new LinkedHashMap<>();
        tabellen.forEach(t -> rijen.put(t.naam, t.rijen));
        return rijen;
    }

    /** Seconds spent in COPY per table (zero in a dry run). */
    Map<String, Double> seconden() {
        Map<String, Double> s = new LinkedHashMap<>();
        tabellen.forEach(t -> s.put(t.naam, t.nanos / 1e9));
        return s;
    }

    long totaalRijen() {
        return tabellen.stream().mapToLong(t -> t.rijen).sum();
    }

    /** SHA-256 over every table's name and the digest of all its bytes, in registration order. */
    String vingerafdruk() {
        MessageDigest alles = sha256();
        for (Tabel t : tabellen) {
            alles.update(t.naam.getBytes(StandardCharsets.UTF_8));
            try {
                alles.update(((MessageDigest) t.digest.clone()).digest());
            }
            catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
        return HexFormat.of().formatHex(alles.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One table's buffer. Values are appended field by field; {@link #einde()} closes the row. */
    static final class Tabel {

        final String naam;
        private final String sql;
        private final StringBuilder buffer = new StringBuilder(1 << 16);
        private final MessageDigest digest = sha256();
        private long rijen;
        private volatile long nanos;
        private boolean veld;

        private Tabel(String naam, String kolommen) {
            this.naam = naam;
            this.sql = "COPY " + naam + " (" + kolommen + ") FROM STDIN";
        }

        private void schrijf(@Nullable CopyManager copy, byte[] bytes) {
            long begin = System.nanoTime();
            try {
                java.util.Objects.requireNonNull(copy).copyIn(sql, new ByteArrayInputStream(bytes), 1 << 16);
            }
            catch (SQLException e) {
                throw new IllegalStateException("COPY " + naam + " mislukt: " + e.getMessage(), e);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nanos += System.nanoTime() - begin;
        }

        private StringBuilder veld() {
            if (veld) {
                buffer.append('\t');
            }
            veld = true;
            return buffer;
        }

        Tabel nul() {
            veld().append("\\N");
            return this;
        }

        /** A value whose text form needs no escaping (uuid, date, instant); null is NULL. */
        private Tabel waarde(@Nullable Object waarde) {
            if (waarde == null) {
                return nul();
            }
            veld().append(waarde);
            return this;
        }

        Tabel uuid(@Nullable UUID id) {
            return waarde(id);
        }

        Tabel datum(@Nullable LocalDate datum) {
            return waarde(datum);
        }

        Tabel tijd(Instant tijd) {
            return waarde(tijd);
        }

        Tabel tekst(@Nullable String tekst) {
            if (tekst == null) {
                return nul();
            }
            StringBuilder b = veld();
            for (int i = 0; i < tekst.length(); i++) {
                char c = tekst.charAt(i);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
            return this;
        }

        Tabel getal(long getal) {
            return waarde(getal);
        }

        Tabel getal(@Nullable Integer getal) {
            return waarde(getal);
        }

        Tabel waarOnwaar(boolean waarde) {
            veld().append(waarde ? 't' : 'f');
            return this;
        }

        /** A PostgreSQL array literal of uuids, dates or numbers (elements that need no quoting). */
        Tabel reeks(Collection<?> elementen) {
            StringBuilder b = veld().append('{');
            boolean eerste = true;
            for (Object e : elementen) {
                if (!eerste) {
                    b.append(',');
                }
                b.append(e);
                eerste = false;
            }
            b.append('}');
            return this;
        }

        /** A text[] literal, every element quoted. */
        Tabel teksten(List<String> elementen) {
            StringBuilder literal = new StringBuilder("{");
            for (int i = 0; i < elementen.size(); i++) {
                if (i > 0) {
                    literal.append(',');
                }
                literal.append('"').append(elementen.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return tekst(literal.append('}').toString());
        }

        void einde() {
            buffer.append('\n');
            rijen++;
            veld = false;
        }
    }
}
