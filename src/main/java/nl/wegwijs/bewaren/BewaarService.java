package nl.wegwijs.bewaren;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Bewaartermijnen;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Retention: per gemeente, a dry run lists the closed households whose retention period passed; carrying out a run
 * anonymises exactly those households of it that did not change since (a reopened one is skipped). Each household
 * goes in its own transaction: the erasure is logged per person (activity {@code BEWAARTERMIJN}) while the persons
 * still exist, then {@link HuishoudenGeanonimiseerd} lets every module scrub its own tables. Carrying out twice, or
 * on two nodes at once, anonymises nothing twice: a run is claimed once, and a household is marked once.
 * <p>
 * Who: the beheerder for every gemeente, the privacy officer (privacyfunctionaris) of a gemeente for that gemeente;
 * anyone else sees no run (404). The scheduled job acts without a user.
 */
@Service
public class BewaarService {

    /** Who the processing log names when the scheduled job carries out a run: nobody (the nil id). */
    public static final UUID SYSTEEM = new UUID(0L, 0L);

    /** The processing activity of the erasure, in the processing log. */
    public static final String ACTIVITEIT = "BEWAARTERMIJN";

    public enum Modus {
        /** Only report what would be anonymised (default). */
        PROEFDRAAIEN,
        /** Report and carry it out at once. */
        UITVOEREN
    }

    /** What carrying out a run did. */
    public record Uitkomst(int geanonimiseerd, int overgeslagen) {
    }

    private static final Logger log = LoggerFactory.getLogger(BewaarService.class);

    private final BewaarRuns runs;
    private final Bewaartermijnen termijnen;
    private final Verwerkingslog verwerkingslog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transacties;
    private final Clock clock;
    private final Modus modus;

    BewaarService(BewaarRuns runs, Bewaartermijnen termijnen, Verwerkingslog verwerkingslog,
            ApplicationEventPublisher events, PlatformTransactionManager transacties, Clock clock,
            @Value("${wegwijs.bewaren.modus:proefdraaien}") String modus) {
        this.runs = runs;
        this.termijnen = termijnen;
        this.verwerkingslog = verwerkingslog;
        this.events = events;
        this.transacties = new TransactionTemplate(transacties);
        this.clock = clock;
        this.modus = Modus.valueOf(modus.strip().toUpperCase(Locale.ROOT));
    }

    public Modus modus() {
        return modus;
    }

    /** Whether this medewerker may see and carry out the runs of this gemeente. */
    public static boolean magBeheren(Medewerker ik, UUID gemeente) {
        return ik.heeftRol(Rol.BEHEERDER)
                || ik.heeftRol(Rol.PRIVACYFUNCTIONARIS) && gemeente.equals(ik.gemeenteId());
    }

    /** Whether this medewerker may see any run (the beheerder, a gemeente's privacy officer). */
    public static boolean magBeheren(Medewerker ik) {
        return ik.heeftRol(Rol.BEHEERDER) || ik.heeftRol(Rol.PRIVACYFUNCTIONARIS) && ik.gemeenteId() != null;
    }

    /** The scheduled job's work: a dry run for every gemeente, carried out at once in mode {@code uitvoeren}. */
    public int draai() {
        int aantal = 0;
        for (UUID gemeente : transacties.execute(s -> runs.gemeenten())) {
            BewaarRun run = proefdraai(gemeente);
            if (modus == Modus.UITVOEREN && run.aantal() > 0) {
                aantal += voerRunUit(null, run.id()).geanonimiseerd();
            }
            else {
                aantal += run.aantal();
            }
        }
        return aantal;
    }

    /** A dry run for this gemeente, asked for by the beheerder or its privacy officer. */
    public BewaarRun proefdraai(Medewerker ik, UUID gemeente) {
        vereisBeheer(ik, gemeente);
        return maak(gemeente, ik.id());
    }

    /** A dry run for this gemeente by the scheduled job. */
    public BewaarRun proefdraai(UUID gemeente) {
        return maak(gemeente, null);
    }

    private BewaarRun maak(UUID gemeente, @Nullable UUID door) {
        return transacties.execute(s -> {
            LocalDate vandaag = LocalDate.now(clock);
            int maanden = termijnen.maanden(gemeente);
            List<BewaarRun.Regel> regels = runs.verlopen(gemeente, maanden, vandaag);
            UUID id = UUID.randomUUID();
            runs.voegToe(id, gemeente, vandaag, maanden, Instant.now(clock), door, regels);
            log.info("Bewaartermijn gemeente {}: {} huishoudens te anonimiseren (run {})", gemeente, regels.size(), id);
            return runs.find(id).orElseThrow();
        });
    }

    /** The latest run of every gemeente this medewerker may see (404 for anyone else). */
    public List<BewaarRun> laatste(Medewerker ik) {
        if (!magBeheren(ik)) {
            throw new NietGevonden();
        }
        return runs.laatste(ik.heeftRol(Rol.BEHEERDER) ? null : ik.gemeenteId());
    }

    /** The latest run of this gemeente, if any. */
    public @Nullable BewaarRun laatste(Medewerker ik, UUID gemeente) {
        vereisBeheer(ik, gemeente);
        return runs.laatste(gemeente).stream().findFirst().orElse(null);
    }

    /** A run with its households (404 when not this medewerker's). */
    public RunMetRegels run(Medewerker ik, UUID id) {
        BewaarRun run = runs.find(id).orElseThrow(NietGevonden::new);
        vereisBeheer(ik, run.gemeenteId());
        return new RunMetRegels(run, runs.regels(id), runs.isLaatste(run));
    }

    /** A run and its households; {@code laatste}: only the gemeente's latest run can be carried out. */
    public record RunMetRegels(BewaarRun run, List<BewaarRun.Regel> regels, boolean laatste) {

        public boolean uitvoerbaar() {
            return laatste && !run.uitgevoerd() && run.aantal() > 0;
        }
    }

    /** Carries out the run as it stands, confirmed by the beheerder or the gemeente's privacy officer. */
    public Uitkomst voerUit(Medewerker ik, UUID id) {
        BewaarRun run = runs.find(id).orElseThrow(NietGevonden::new);
        vereisBeheer(ik, run.gemeenteId());
        return voerRunUit(ik, id);
    }

    private Uitkomst voerRunUit(@Nullable Medewerker ik, UUID id) {
        BewaarRun run = runs.find(id).orElseThrow(NietGevonden::new);
        Boolean geclaimd = transacties.execute(s -> {
            if (!runs.isLaatste(run)) {
                throw new DomeinFout("bewaren.run.verouderd");
            }
            return runs.claim(id, Instant.now(clock), ik == null ? null : ik.id());
        });
        if (!Boolean.TRUE.equals(geclaimd)) {
            throw new DomeinFout("bewaren.run.al-uitgevoerd");
        }
        int weg = 0;
        int over = 0;
        for (BewaarRun.Regel r : runs.regels(id)) {
            boolean gedaan;
            try {
                gedaan = Boolean.TRUE.equals(transacties.execute(s -> anonimiseer(run, r, ik)));
            }
            catch (RuntimeException fout) {
                log.error("Huishouden {} niet geanonimiseerd (run {})", r.huishoudenId(), id, fout);
                gedaan = false;
            }
            if (gedaan) {
                weg++;
            }
            else {
                over++;
                transacties.executeWithoutResult(s -> runs.uitkomst(id, r.huishoudenId(), "OVERGESLAGEN"));
            }
        }
        int geanonimiseerd = weg;
        int overgeslagen = over;
        transacties.executeWithoutResult(s -> runs.uitkomst(id, geanonimiseerd, overgeslagen));
        log.info("Bewaartermijn gemeente {}: {} huishoudens geanonimiseerd, {} overgeslagen (run {})",
                run.gemeenteId(), weg, over, id);
        return new Uitkomst(weg, over);
    }

    /** One household, in the caller's transaction: false (nothing done) when it changed since the dry run. */
    private boolean anonimiseer(BewaarRun run, BewaarRun.Regel r, @Nullable Medewerker ik) {
        if (!runs.ongewijzigd(r) || !runs.markeer(r.huishoudenId(), run.id(), Instant.now(clock))) {
            return false;
        }
        List<Verwerking> regels = new ArrayList<>();
        for (UUID persoon : runs.personen(r.huishoudenId())) {
            regels.add(new Verwerking(ik == null ? SYSTEEM : ik.id(), run.gemeenteId(), Actie.VERWIJDEREN, ACTIVITEIT,
                    persoon, r.huishoudenId(), "huishouden", r.huishoudenId()));
        }
        verwerkingslog.leg(regels);
        events.publishEvent(new HuishoudenGeanonimiseerd(new HuishoudenId(r.huishoudenId())));
        runs.wisImport(r.huishoudenId());
        runs.uitkomst(run.id(), r.huishoudenId(), "GEANONIMISEERD");
        return true;
    }

    private static void vereisBeheer(Medewerker ik, UUID gemeente) {
        if (!magBeheren(ik, gemeente)) {
            throw new NietGevonden();
        }
    }
}
