package nl.wegwijs.checklist;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGewijzigd;
import nl.wegwijs.traject.TrajectGewijzigd;

/**
 * Keeps households' checklists in step, in the writer's transaction (a plain {@link EventListener}): a trajectory
 * that is accepted, starts, is extended or changes contract gets its items; a person added later (a nareiziger, a
 * newborn) gets theirs; changed dates move open due dates.
 */
@Component
class ChecklistSynchronisatie {

    private final ChecklistService checklist;

    ChecklistSynchronisatie(ChecklistService checklist) {
        this.checklist = checklist;
    }

    @EventListener
    void on(TrajectGewijzigd gewijzigd) {
        checklist.synchroniseer(gewijzigd.huishouden());
    }

    @EventListener
    void on(HuishoudenGewijzigd gewijzigd) {
        checklist.synchroniseer(gewijzigd.huishouden());
    }
}
