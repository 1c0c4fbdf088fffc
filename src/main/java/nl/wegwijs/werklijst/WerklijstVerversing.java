package nl.wegwijs.werklijst;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/**
 * Nightly, once across all nodes (ShedLock): the worklist rows of trajectories whose current assignments change with
 * the calendar (an assignment starting today, or one that ended yesterday) are recomputed, so "mine" follows the
 * dates. Looks back a week, so a missed night is caught up; recomputing a row twice changes nothing.
 */
@Component
public class WerklijstVerversing {

    private static final Logger log = LoggerFactory.getLogger(WerklijstVerversing.class);

    private final TrajectService trajecten;
    private final WerklijstBijwerker bijwerker;
    private final TransactionTemplate transacties;
    private final Clock clock;

    WerklijstVerversing(TrajectService trajecten, WerklijstBijwerker bijwerker, TransactionTemplate transacties,
            Clock clock) {
        this.trajecten = trajecten;
        this.bijwerker = bijwerker;
        this.transacties = transacties;
        this.clock = clock;
    }

    /** @return how many rows were recomputed, or null when another node holds the lock (ShedLock skips the call) */
    @Scheduled(cron = "${wegwijs.werklijst.verversen:0 15 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "werklijst-verversen", lockAtLeastFor = "PT1M")
    public @org.jspecify.annotations.Nullable Integer ververs() {
        LocalDate vandaag = LocalDate.now(clock);
        List<TrajectId> wisselingen = trajecten.toewijzingWisselingen(vandaag.minusDays(7), vandaag);
        for (TrajectId id : wisselingen) {
            transacties.executeWithoutResult(s -> bijwerker.werkBij(id));
        }
        log.info("Werklijst ververst: {} trajecten", wisselingen.size());
        return wisselingen.size();
    }
}
