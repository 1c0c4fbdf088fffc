package nl.wegwijs.bewaren;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly, once across all nodes (ShedLock): a dry run of the retention period for every gemeente; with
 * {@code wegwijs.bewaren.modus=uitvoeren} each run is carried out at once, with the default {@code proefdraaien} it
 * waits for the beheerder or privacy officer to carry it out on {@code /privacy/bewaren}.
 */
@Component
public class BewaarJob {

    private final BewaarService bewaren;

    BewaarJob(BewaarService bewaren) {
        this.bewaren = bewaren;
    }

    /**
     * @return how many households were anonymised (mode uitvoeren) or are due (proefdraaien), or null when another
     *         node holds the lock
     */
    @Scheduled(cron = "${wegwijs.bewaren.tijd:0 15 3 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "bewaartermijn", lockAtLeastFor = "PT1M", lockAtMostFor = "PT3H")
    public @Nullable Integer draai() {
        return bewaren.draai();
    }
}
