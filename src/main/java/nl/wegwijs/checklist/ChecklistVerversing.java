package nl.wegwijs.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * Nightly, once across all nodes (ShedLock): running households whose checklist may have grown without any event
 * are synchronised, each in its own transaction: on 1 January every running household (the new year's yearly tasks),
 * on other days those where someone reached the age of an item, and those whose contract's template changed. A
 * missed night is caught up (everything due up to today); a household whose synchronisation fails is logged and
 * skipped, and tried again the next night.
 */
@Component
public class ChecklistVerversing {

    private static final Logger log = LoggerFactory.getLogger(ChecklistVerversing.class);
    private static final int PARTIJ = 500;

    private final ChecklistService checklist;
    private final ChecklistItems items;
    private final TransactionTemplate transacties;
    private final Clock clock;

    ChecklistVerversing(ChecklistService checklist, ChecklistItems items, TransactionTemplate transacties,
            Clock clock) {
        this.checklist = checklist;
        this.items = items;
        this.transacties = transacties;
        this.clock = clock;
    }

    /** @return how many households were synchronised, or null when another node holds the lock */
    @Scheduled(cron = "${wegwijs.checklist.verversen:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "checklist-verversen", lockAtLeastFor = "PT1M", lockAtMostFor = "PT3H")
    public @Nullable Integer ververs() {
        LocalDate vandaag = LocalDate.now(clock);
        int aantal = 0;
        UUID na = null;
        while (true) {
            List<HuishoudenId> partij = items.teSynchroniseren(vandaag, na, PARTIJ);
            for (HuishoudenId id : partij) {
                try {
                    transacties.executeWithoutResult(s -> checklist.synchroniseer(id));
                    aantal++;
                }
                catch (RuntimeException fout) {
                    log.error("Checklist van huishouden {} niet bijgewerkt", id, fout);
                }
            }
            if (partij.size() < PARTIJ) {
                break;
            }
            na = partij.get(partij.size() - 1).value();
        }
        log.info("Checklists bijgewerkt: {} huishoudens", aantal);
        return aantal;
    }
}
