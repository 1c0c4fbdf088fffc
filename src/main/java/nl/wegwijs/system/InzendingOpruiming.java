package nl.wegwijs.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly, once across all nodes (ShedLock): form tokens older than a day are removed. A form left open longer can
 * still be sent; it is then processed as a first submit.
 */
@Component
public class InzendingOpruiming {

    static final Duration BEWAREN = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(InzendingOpruiming.class);

    private final Inzendingen inzendingen;

    InzendingOpruiming(Inzendingen inzendingen) {
        this.inzendingen = inzendingen;
    }

    /** @return how many tokens were removed, or null when another node holds the lock (ShedLock skips the call) */
    @Scheduled(cron = "${wegwijs.formulier.opruimen:0 40 * * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "formulier-inzendingen-opruimen", lockAtLeastFor = "PT1M")
    public @Nullable Integer ruimOp() {
        int weg = inzendingen.ruimOp(BEWAREN);
        log.info("Formuliertokens opgeruimd: {}", weg);
        return weg;
    }
}
