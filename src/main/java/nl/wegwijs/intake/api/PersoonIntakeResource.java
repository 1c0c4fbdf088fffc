package nl.wegwijs.intake.api;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.intake.IntakeService;

/** A person of the household who must complete inburgering, with their brede intake or null when none was held. */
record PersoonIntakeResource(UUID persoonId, String naam, @Nullable BredeIntakeResource intake) {

    static PersoonIntakeResource from(IntakeService.PersoonIntake pi) {
        return new PersoonIntakeResource(pi.persoon().id(), pi.persoon().naam(),
                pi.intake() == null ? null : BredeIntakeResource.from(pi.intake()));
    }
}
