package nl.wegwijs.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of the intake module: the brede intake of each inburgeringsplichtige person of a household.
 * Every method starts from the acting medewerker's {@link Inzage}: a household they may not see does not exist
 * (404); the intake is {@link Gegevenssoort#INBURGERING}, so a reader without it (budgetcoach, wijkteam, without
 * consent) gets "toestemming nodig". Only the regievoerder of the household's gemeente records and changes an intake
 * ({@link #magVastleggen}); guides read it. The health finding is the regievoerder's alone ({@link #magGezondheidZien}):
 * for anyone else it is removed here, before anything leaves the service, whatever consent there is. Every read
 * and write is logged through the Inzage (one row per person), and every save publishes
 * {@link BredeIntakeVastgelegd} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class IntakeService {

    /** What the processing log names this record kind. */
    static final String SOORT = "brede-intake";

    private final BredeIntakes intakes;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeService(BredeIntakes intakes, TrajectService trajecten, OrganisatieService organisaties,
            ApplicationEventPublisher events, Clock clock) {
        this.intakes = intakes;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.events = events;
        this.clock = clock;
    }

    // --- the rules of who may do what

    /** The regievoerder of the household's own gemeente, on a trajectory that is not closed. */
    public static boolean magVastleggen(Inzage inzage) {
        return isEigenRegievoerder(inzage) && !inzage.toegang().status().isAfgesloten();
    }

    /**
     * The health finding is for the regievoerder of the household's gemeente only: never for guides (begeleider,
     * vrijwilliger, teamleider), the budgetcoach or the wijkteam, not even with a consent or an override.
     */
    public static boolean magGezondheidZien(Inzage inzage) {
        return isEigenRegievoerder(inzage);
    }

    private static boolean isEigenRegievoerder(Inzage inzage) {
        Medewerker ik = inzage.medewerker();
        return ik.heeftRol(Rol.REGIEVOERDER) && inzage.toegang().gemeenteId().equals(ik.gemeenteId());
    }

    // --- reads

    /**
     * The persons of a household who are inburgeringsplichtig today (and anyone who already has an intake) with
     * their intake or none yet. When inburgering is not the reader's to see, the list is empty and
     * {@link IntakesVanHuishouden#zichtbaar()} false (the page says which consent is missing). Logged for every
     * person listed.
     */
    @Transactional
    public IntakesVanHuishouden overzicht(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!inzage.magZien(Gegevenssoort.INBURGERING)) {
            return new IntakesVanHuishouden(inzage, List.of(), Map.of(), false);
        }
        LocalDate vandaag = LocalDate.now(clock);
        Map<UUID, BredeIntake> perPersoon = intakes.vanHuishouden(id);
        boolean gezondheid = magGezondheidZien(inzage);
        List<PersoonIntake> personen = new ArrayList<>();
        for (Persoon p : inzage.huishouden().personen()) {
            BredeIntake b = perPersoon.get(p.id());
            if (b != null || p.inburgeringsplichtig(vandaag)) {
                personen.add(new PersoonIntake(p, b == null || gezondheid ? b : b.zonderGezondheid()));
            }
        }
        if (!personen.isEmpty()) {
            inzage.log(Actie.LEZEN, SOORT, id.value(), personen.stream().map(pi -> pi.persoon().id()).toList());
        }
        return new IntakesVanHuishouden(inzage, personen, namen(personen), true);
    }

    /**
     * One person's intake (or none yet) with their household: 404 when the household is not the reader's to see or
     * the person not of it, 403 when inburgering is not theirs to see; logged for that person.
     */
    @Transactional
    public IntakeVanPersoon intake(Medewerker ik, HuishoudenId id, UUID persoonId) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.INBURGERING);
        Persoon p = inzage.huishouden().persoon(persoonId).orElseThrow(NietGevonden::new);
        BredeIntake b = intakes.vanPersoon(persoonId).filter(x -> x.huishouden().equals(id)).orElse(null);
        inzage.log(Actie.LEZEN, SOORT, b == null ? id.value() : b.id().value(), List.of(persoonId));
        if (b != null && !magGezondheidZien(inzage)) {
            b = b.zonderGezondheid();
        }
        PersoonIntake pi = new PersoonIntake(p, b);
        return new IntakeVanPersoon(inzage, pi, namen(List.of(pi)));
    }

    // --- writes

    /**
     * Records a person's brede intake, or changes it: a first one with {@code versie} null (or 0), a change with the
     * version the regievoerder last read (stale: {@link GelijktijdigGewijzigd}, nothing written). Only the
     * regievoerder of the household's gemeente; a first intake only for a person who is inburgeringsplichtig today.
     * The regievoerder of a first intake is the one recording it; a change keeps it. Logged, and
     * {@link BredeIntakeVastgelegd} is published.
     */
    @Transactional
    public BredeIntake legVast(Medewerker ik, HuishoudenId id, UUID persoonId, @Nullable Long versie,
            IntakeGegevens gegevens) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.INBURGERING);
        if (!magVastleggen(inzage)) {
            throw new DomeinFout(isEigenRegievoerder(inzage) ? "intake.traject-afgesloten" : "intake.niet-toegestaan");
        }
        Huishouden h = inzage.huishouden();
        Persoon p = h.persoon(persoonId).orElseThrow(NietGevonden::new);
        LocalDate vandaag = LocalDate.now(clock);
        gegevens.controleer(vandaag);
        Instant nu = Instant.now(clock);
        Optional<BredeIntake> bestaand = intakes.vanPersoon(persoonId);
        BredeIntake.Id intakeId;
        Actie actie;
        if (bestaand.isEmpty()) {
            if (versie != null && versie != 0) {
                throw new GelijktijdigGewijzigd();
            }
            if (!p.inburgeringsplichtig(vandaag)) {
                throw new DomeinFout("intake.persoon.niet-inburgeringsplichtig");
            }
            intakeId = BredeIntake.Id.nieuw();
            intakes.insert(new BredeIntake(intakeId, id, persoonId, ik.id(), gegevens, ik.id(), nu, null, null, 1));
            actie = Actie.AANMAKEN;
        }
        else {
            if (versie == null || bestaand.get().versie() != versie) {
                throw new GelijktijdigGewijzigd();
            }
            intakeId = bestaand.get().id();
            intakes.update(intakeId, versie, gegevens, ik.id(), nu);
            actie = Actie.WIJZIGEN;
        }
        inzage.log(actie, SOORT, intakeId.value(), List.of(persoonId));
        events.publishEvent(new BredeIntakeVastgelegd(inzage.trajectId(), id, persoonId, gegevens.gehoudenOp()));
        return intakes.vanPersoon(persoonId).orElseThrow(NietGevonden::new);
    }

    private Map<UUID, String> namen(List<PersoonIntake> personen) {
        Set<UUID> wie = new HashSet<>();
        for (PersoonIntake pi : personen) {
            if (pi.intake() != null) {
                wie.add(pi.intake().regievoerderId());
                if (pi.intake().gewijzigdDoor() != null) {
                    wie.add(pi.intake().gewijzigdDoor());
                }
            }
        }
        return wie.isEmpty() ? Map.of() : organisaties.namen(wie);
    }

    // --- what the reads return

    /** A person with their intake, or null when none was held yet. */
    public record PersoonIntake(Persoon persoon, @Nullable BredeIntake intake) {
    }

    /**
     * A household's persons and their intakes as the reader may see them, with the names of the regievoerders.
     *
     * @param zichtbaar whether inburgering is the reader's to see (otherwise everything is empty)
     */
    public record IntakesVanHuishouden(Inzage inzage, List<PersoonIntake> personen, Map<UUID, String> namen,
            boolean zichtbaar) {

        public Huishouden huishouden() {
            return inzage.huishouden();
        }

        public boolean magVastleggen() {
            return IntakeService.magVastleggen(inzage);
        }

        public boolean magGezondheidZien() {
            return IntakeService.magGezondheidZien(inzage);
        }

        public @Nullable String naam(@Nullable UUID medewerker) {
            return medewerker == null ? null : namen.get(medewerker);
        }
    }

    /** One person's intake with the household and what the reader may do. */
    public record IntakeVanPersoon(Inzage inzage, PersoonIntake persoonIntake, Map<UUID, String> namen) {

        public Huishouden huishouden() {
            return inzage.huishouden();
        }

        public Persoon persoon() {
            return persoonIntake.persoon();
        }

        public @Nullable BredeIntake intake() {
            return persoonIntake.intake();
        }

        public boolean magVastleggen() {
            return IntakeService.magVastleggen(inzage);
        }

        public boolean magGezondheidZien() {
            return IntakeService.magGezondheidZien(inzage);
        }

        public @Nullable String naam(@Nullable UUID medewerker) {
            return medewerker == null ? null : namen.get(medewerker);
        }
    }
}
