package nl.wegwijs.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import nl.wegwijs.checklist.ChecklistOpbouw;
import nl.wegwijs.organisatie.Medewerker;

/**
 * {@code --wegwijs.generate=small|national}: generates a synthetic data set into the configured database, logs what
 * it made, writes the generated users to a CSV file and stops the application (unless
 * {@code --wegwijs.generate.exit=false}). Refuses a database that already has gemeenten unless
 * {@code --wegwijs.generate.append=true}. Runs before every other runner, so the demo data loader finds gemeenten
 * and skips itself. docs/generator.md has the details.
 */
@Component
@ConditionalOnProperty(name = "wegwijs.generate")
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeneratorStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(GeneratorStart.class);
    /** The password of every generated user, as in the demo data. */
    static final String WACHTWOORD = "wegwijs-demo";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final String schaal;
    private final long seed;
    private final boolean exit;
    private final boolean append;
    private final String prefix;

    GeneratorStart(DataSource dataSource, JdbcClient jdbc, PasswordEncoder encoder, Clock clock,
            ConfigurableApplicationContext context, @Value("${wegwijs.generate}") String schaal,
            @Value("${wegwijs.generate.seed:42}") long seed, @Value("${wegwijs.generate.exit:true}") boolean exit,
            @Value("${wegwijs.generate.append:false}") boolean append,
            @Value("${wegwijs.generate.prefix:g-}") String prefix) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.context = context;
        this.schaal = schaal;
        this.seed = seed;
        this.exit = exit;
        this.append = append;
        this.prefix = prefix;
    }

    @Override
    public void run(ApplicationArguments args) {
        Schaal gekozen = Schaal.van(schaal);
        long gemeenten = jdbc.sql("select count(*) from gemeente").query(Long.class).single();
        if (gemeenten > 0 && !append) {
            LOG.error("""
                    Niets gegenereerd: de database heeft al {} gemeenten. Genereer in een lege database (bijvoorbeeld \
                    --wegwijs.database.directory=<nieuwe map>), of voeg toe met --wegwijs.generate.append=true \
                    en een ander --wegwijs.generate.seed en --wegwijs.generate.prefix.""", gemeenten);
            stop(1);
            return;
        }
        LOG.info("Genereren: schaal {} ({} gemeenten, {} huishoudens), zaad {}", gekozen.naam(), gekozen.gemeenten(),
                gekozen.huishoudens(), seed);
        Generator.Resultaat r = new Generator(dataSource, encoder.encode(WACHTWOORD), clock, gekozen, seed, prefix,
                ChecklistOpbouw.standaardSjabloon(jdbc)).genereer();
        Path csv = schrijfGebruikers(r.medewerkers());
        LOG.info(samenvatting(r, csv));
        stop(0);
    }

    static String samenvatting(Generator.Resultaat r, Path csv) {
        StringBuilder b = new StringBuilder(String.format("%nGegenereerd (schaal %s, zaad %d):%n", r.schaal().naam(),
                r.seed()));
        b.append(String.format("  %-22s %12s %10s%n", "tabel", "rijen", "COPY (s)"));
        for (Map.Entry<String, Long> e : r.rijen().entrySet()) {
            b.append(String.format("  %-22s %,12d %10.1f%n", e.getKey(), e.getValue(),
                    r.copySeconden().getOrDefault(e.getKey(), 0.0)));
        }
        b.append(String.format("  %-22s %,12d%n", "totaal", r.totaal()));
        b.append(String.format("  tijd %.1f s, %,.0f rijen/s, vingerafdruk %s%n", r.duur().toMillis() / 1000.0,
                r.rijenPerSeconde(), r.vingerafdruk()));
        b.append(String.format("  gebruikers (wachtwoord %s): %s", WACHTWOORD, csv.toAbsolutePath().normalize()));
        return b.toString();
    }

    /** target/generator/gebruikers.csv when run from the project, else ./generator-gebruikers.csv. */
    static Path schrijfGebruikers(List<Medewerker> medewerkers) {
        Path doel = Files.isDirectory(Path.of("target")) ? Path.of("target", "generator", "gebruikers.csv")
                : Path.of("generator-gebruikers.csv");
        List<String> regels = new ArrayList<>(medewerkers.size() + 1);
        regels.add("gebruikersnaam,rol,organisatie_id");
        medewerkers.forEach(m -> regels.add(m.gebruikersnaam() + "," + m.rol().name() + "," + m.organisatieId()));
        try {
            if (doel.getParent() != null) {
                Files.createDirectories(doel.getParent());
            }
            Files.write(doel, regels, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Kon " + doel + " niet schrijven", e);
        }
        return doel;
    }

    private void stop(int code) {
        if (exit) {
            int status = SpringApplication.exit(context, () -> code);
            System.exit(status);
        }
    }
}
