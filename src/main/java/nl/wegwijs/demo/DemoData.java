package nl.wegwijs.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.traject.TrajectService;

/**
 * The synthetic demo data set: eleven gemeenten with their contracts and staff, about seventy households in every
 * stage of guidance with their contacts, letters, signals and checklists ticked as far as each got (see
 * {@link DemoChecklist}), and one user per role ({@code beheerder}, {@code regievoerder}, ...,
 * {@code vrijwilliger}, all with password {@value #WACHTWOORD}). Everything is made through the public services, one transaction for the
 * organisations and one per household. A fixed seed makes it deterministic; dates count back from today.
 * <p>
 * {@link DemoStart} loads it on the first start when {@code wegwijs.demo=true}; tests call {@link #laad()} directly.
 */
@Component
public class DemoData {

    public static final String WACHTWOORD = "wegwijs-demo";
    private static final long ZAAD = 20220101L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrganisatieService organisaties;
    private final HuishoudenService huishoudens;
    private final TrajectService trajecten;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final nl.wegwijs.contact.ContactService contacten;
    private final nl.wegwijs.contact.GroepsbijeenkomstService bijeenkomsten;
    private final nl.wegwijs.post.PostService post;
    private final nl.wegwijs.signaal.SignaalService signalen;
    private final nl.wegwijs.checklist.ChecklistService checklist;
    private final nl.wegwijs.toestemming.ToestemmingService toestemmingen;
    private final nl.wegwijs.tevredenheid.TevredenheidService tevredenheid;
    private final List<DemoAanvulling> aanvullingen;

    DemoData(OrganisatieService organisaties, HuishoudenService huishoudens, TrajectService trajecten,
            PasswordEncoder encoder, PlatformTransactionManager transacties, Clock clock,
            nl.wegwijs.contact.ContactService contacten, nl.wegwijs.contact.GroepsbijeenkomstService bijeenkomsten,
            nl.wegwijs.post.PostService post, nl.wegwijs.signaal.SignaalService signalen,
            nl.wegwijs.checklist.ChecklistService checklist,
            nl.wegwijs.toestemming.ToestemmingService toestemmingen,
            nl.wegwijs.tevredenheid.TevredenheidService tevredenheid, List<DemoAanvulling> aanvullingen) {
        this.checklist = checklist;
        this.tevredenheid = tevredenheid;
        this.aanvullingen = aanvullingen.stream()
            .sorted(java.util.Comparator.comparingInt(DemoAanvulling::volgorde)).toList();
        this.toestemmingen = toestemmingen;
        this.contacten = contacten;
        this.bijeenkomsten = bijeenkomsten;
        this.post = post;
        this.signalen = signalen;
        this.organisaties = organisaties;
        this.huishoudens = huishoudens;
        this.trajecten = trajecten;
        this.encoder = encoder;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
    }

    /** What a load made, and how long it took. */
    public record Resultaat(int gemeenten, int huishoudens, int personen, int medewerkers, Duration duur) {
    }

    /** The first start: the database has no gemeente yet. Only then does {@link DemoStart} load the demo data. */
    public boolean eersteStart() {
        return organisaties.gemeenten().isEmpty();
    }

    /** Whether the demo data set is already in the database (its Den Haag is). */
    public boolean aanwezig() {
        return organisaties.gemeenten().stream().anyMatch(g -> g.cbsCode().equals(DemoOrganisatie.DEN_HAAG_CBS));
    }

    /**
     * Loads the demo data set, unless it is already there (then nothing happens and the result is empty). Never
     * deletes or changes existing data. When another node loads it at the same moment, its unique CBS codes stop
     * this one before anything is written.
     */
    public synchronized Optional<Resultaat> laad() {
        if (aanwezig()) {
            return Optional.empty();
        }
        long begin = System.nanoTime();
        LocalDate vandaag = LocalDate.now(clock);
        String hash = encoder.encode(WACHTWOORD);
        DemoOrganisatie organisatie;
        try {
            organisatie = transactie.execute(t -> DemoOrganisatie.bouw(organisaties, hash));
        }
        catch (DataIntegrityViolationException bestaat) {
            LOG.warn("Demodata niet geladen: de organisaties bestaan al (laadt een andere node ze?)");
            return Optional.empty();
        }
        DemoTrajecten spelen = new DemoTrajecten(trajecten, huishoudens, organisatie, new Random(ZAAD), vandaag);
        List<Gespeeld> gespeeld = new ArrayList<>();
        java.util.Set<nl.wegwijs.traject.TrajectId> vastgelopen = new java.util.HashSet<>();
        for (Plan plan : DemoPlannen.alle(vandaag)) {
            Gespeeld g = transactie.execute(t -> spelen.speel(plan));
            gespeeld.add(g);
            if (plan.is(Plan.Bijzonder.VASTGELOPEN)) {
                vastgelopen.add(g.traject());
            }
        }
        gespeeld.addAll(heerenveen(organisatie, spelen));
        // last, so that no other household's data changes: households whose satisfaction questionnaire is taken
        DemoTevredenheid peiling = new DemoTevredenheid(tevredenheid, organisatie);
        for (Plan plan : DemoPlannen.tevredenheid(vandaag)) {
            gespeeld.add(transactie.execute(t -> peiling.neemAf(plan, spelen.speel(plan))));
        }
        dagelijks(organisatie, gespeeld, vastgelopen, vandaag);
        int personen = gespeeld.stream().mapToInt(Gespeeld::personen).sum();
        Resultaat r = new Resultaat(organisatie.gemeenten.size(), gespeeld.size(), personen,
                organisatie.medewerkers(), Duration.ofNanos(System.nanoTime() - begin));
        LOG.info("Demodata geladen: {} gemeenten, {} huishoudens, {} personen, {} medewerkers in {} ms "
                + "(wachtwoord {})", r.gemeenten(), r.huishoudens(), r.personen(), r.medewerkers(),
                r.duur().toMillis(), WACHTWOORD);
        return Optional.of(r);
    }

    /**
     * Contacts, letters, signals, the checklist so far, and a group session per uitvoerder, by whoever guides each
     * household today (the checklist by whoever was assigned when an item was done).
     */
    private void dagelijks(DemoOrganisatie organisatie, List<Gespeeld> gespeeld,
            java.util.Set<nl.wegwijs.traject.TrajectId> vastgelopen, LocalDate vandaag) {
        java.util.Map<java.util.UUID, nl.wegwijs.organisatie.Medewerker> regievoerders = new java.util.HashMap<>();
        organisatie.afspraken.values().forEach(a -> regievoerders.put(a.contract().id(), a.regievoerder()));
        DemoDagelijks dag = new DemoDagelijks(trajecten, huishoudens, organisaties, contacten, bijeenkomsten, post,
                signalen, new Random(ZAAD + 1), vandaag, regievoerders);
        DemoChecklist lijst = new DemoChecklist(checklist, trajecten, huishoudens, organisaties, ZAAD + 2,
                vandaag);
        java.util.Map<java.util.UUID, nl.wegwijs.organisatie.Medewerker> organisatoren = new java.util.LinkedHashMap<>();
        java.util.Map<java.util.UUID, List<nl.wegwijs.huishouden.Huishouden>> deelnemers = new java.util.HashMap<>();
        for (Gespeeld g : gespeeld) {
            transactie.executeWithoutResult(t -> dag.speel(g).ifPresent(gids -> {
                lijst.speel(g, gids, vastgelopen.contains(g.traject()));
                if (gids.uitvoerderId() != null) {
                    organisatoren.putIfAbsent(gids.uitvoerderId(), gids);
                    if (organisatoren.get(gids.uitvoerderId()).id().equals(gids.id())) {
                        huishoudens.intern(g.huishouden()).ifPresent(h -> deelnemers
                            .computeIfAbsent(gids.uitvoerderId(), k -> new ArrayList<>()).add(h));
                    }
                }
            }));
        }
        DemoToestemming toestemming = new DemoToestemming(toestemmingen, trajecten, huishoudens, regievoerders,
                vandaag);
        for (Gespeeld g : gespeeld) {
            transactie.executeWithoutResult(t -> toestemming.speel(g));
        }
        LOG.info("Demotoestemmingen: {}", toestemming.aantal);
        DemoAanvulling.Context context = new DemoAanvulling.Context(regievoerders, vandaag,
                organisatie.beheerder());
        for (DemoAanvulling aanvulling : aanvullingen) {
            for (Gespeeld g : gespeeld) {
                transactie.executeWithoutResult(t -> aanvulling.speel(g, context));
            }
            transactie.executeWithoutResult(t -> aanvulling.na(context));
        }
        organisatoren.forEach((uitvoerder, organisator) -> transactie.executeWithoutResult(
                t -> dag.groepsbijeenkomst(organisator, deelnemers.getOrDefault(uitvoerder, List.of()))));
        LOG.info("Demochecklists: {} huishoudens, {} onderdelen geregeld, {} niet van toepassing, {} bezig",
                lijst.huishoudenAantal, lijst.geregeld, lijst.nietVanToepassing, lijst.bezig);
    }

    /**
     * Heerenveen took guidance in-house on 1 January 2024: its households from before are played under
     * VluchtelingenWerk, the running ones move to the gemeente's contract, VluchtelingenWerk's contract ends on
     * 31 December 2023, and the gemeente continues.
     */
    private List<Gespeeld> heerenveen(DemoOrganisatie organisatie, DemoTrajecten spelen) {
        List<Plan> plannen = DemoPlannen.heerenveenVoor2024();
        List<Gespeeld> voor = new ArrayList<>();
        for (Plan plan : plannen) {
            voor.add(transactie.execute(t -> spelen.speel(plan)));
        }
        var oud = organisatie.afspraken.get("heerenveen-vwn");
        var nieuw = organisatie.afspraken.get("heerenveen");
        transactie.executeWithoutResult(t -> {
            trajecten.wisselContract(organisatie.beheerder(), oud.contract().id(), nieuw.contract().id(),
                    DemoOrganisatie.HEERENVEEN_ZELF);
            organisaties.beeindigContract(organisatie.beheerder(), oud.contract().id(),
                    DemoOrganisatie.HEERENVEEN_ZELF.minusDays(1));
        });
        List<Gespeeld> na = new ArrayList<>(List.of(voor.get(0)));
        for (int i = 1; i < plannen.size(); i++) {
            Plan plan = plannen.get(i);
            Gespeeld g = voor.get(i);
            na.add(transactie.execute(t -> {
                Gespeeld verder = spelen.vervolgHeerenveen(plan, g, nieuw.regievoerder());
                if (plan.stadium() == Plan.Stadium.VERLENGD) {
                    spelen.nareizigerZoon(verder, nieuw.regievoerder(), plan.herkomst(), LocalDate.of(2025, 3, 3));
                    return new Gespeeld(verder.traject(), verder.huishouden(), verder.versie(),
                            verder.huishoudenVersie() + 1, verder.fase(), verder.faseStart(), verder.personen() + 1);
                }
                return verder;
            }));
        }
        return na;
    }
}
