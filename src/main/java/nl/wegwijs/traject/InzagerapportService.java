package nl.wegwijs.traject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.Persoonsnummers;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Medewerkerkaarten;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Betrokkenelog;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker;

/**
 * The inzage report of one person (right of access, AVG art. 15): everything Wegwijs holds about them, gathered from
 * every module through {@link Persoonsgegevens}, and who processed their data when (the processing log with names,
 * roles and organisations). Who may produce it:
 * <ul>
 * <li>the teamleider and the begeleider who can see the household (they see all of it by their task);
 * <li>the privacyfunctionaris (FG) of the household's gemeente or uitvoerder, who sees no household otherwise and
 * finds the person only by an exact BSN or V-nummer ({@link #zoek});
 * <li>nobody else (404).
 * </ul>
 * Producing it is itself logged: one row for the person, purpose {@value #DOEL}.
 */
@Service
@Transactional(readOnly = true)
public class InzagerapportService {

    /** The purpose (processing activity) of producing an inzage report, in the processing log. */
    public static final String DOEL = "INZAGE";
    /** Rows of the processing log read per statement. */
    static final int PAGINA = 500;
    /** At most this many processing-log rows in one report (the rest is counted as cut off). */
    static final int MAXIMUM = 20 * PAGINA;

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final TrajectService trajectService;
    private final Trajecten trajecten;
    private final HuishoudenService huishoudens;
    private final Persoonsnummers nummers;
    private final List<Persoonsgegevens> bronnen;
    private final Betrokkenelog betrokkenelog;
    private final Medewerkerkaarten kaarten;
    private final Verwerkingslog log;
    private final Clock clock;

    InzagerapportService(TrajectService trajectService, Trajecten trajecten, HuishoudenService huishoudens,
            Persoonsnummers nummers, List<Persoonsgegevens> bronnen, Betrokkenelog betrokkenelog,
            Medewerkerkaarten kaarten, Verwerkingslog log, Clock clock) {
        this.trajectService = trajectService;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.nummers = nummers;
        this.bronnen = bronnen.stream().sorted(Comparator.comparingInt(Persoonsgegevens::volgorde)).toList();
        this.betrokkenelog = betrokkenelog;
        this.kaarten = kaarten;
        this.log = log;
        this.clock = clock;
    }

    /** The report: for whom, by whom, when, the sections of every module, and the processing log. */
    public record Rapport(UUID persoonId, HuishoudenId huishouden, String persoonNaam, Instant gemaaktOp,
            Medewerkerkaarten.Kaart gemaaktDoor, LocalDate sinds, List<Persoonsgegevens.Onderdeel> onderdelen,
            List<Verwerkingsregel> verwerkingen, boolean afgekapt) {
    }

    /** One processing of the person's data: when, what, why, by whom (name, role, organisation). */
    public record Verwerkingsregel(Instant tijdstip, Actie actie, String doel, String recordSoort, String medewerker,
            @Nullable Rol rol, @Nullable String organisatie) {
    }

    /** A person found by the FG: who, in which household. */
    public record Treffer(UUID persoonId, HuishoudenId huishouden, String naam) {
    }

    /** Whether this medewerker's role can produce inzage reports at all (to show the button). */
    public static boolean magRapporteren(Medewerker ik) {
        return ik.heeftRol(Rol.TEAMLEIDER, Rol.BEGELEIDER, Rol.PRIVACYFUNCTIONARIS);
    }

    /**
     * The FG looks a person up by exact BSN or V-nummer: found only in a household of their own gemeente or
     * uitvoerder; anything else (another organisation, a partial number, another role) is empty. A hit is logged
     * as a read of that person.
     */
    @Transactional
    public Optional<Treffer> zoek(Medewerker ik, String nummer) {
        if (!ik.heeftRol(Rol.PRIVACYFUNCTIONARIS)) {
            throw new NietGevonden();
        }
        Optional<Persoonsnummers.Treffer> t = nummers.opNummer(nummer)
            .filter(x -> vanOrganisatie(ik, x.huishouden()));
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Huishouden h = huishoudens.intern(t.get().huishouden()).orElseThrow(NietGevonden::new);
        Persoon p = h.persoon(t.get().persoonId()).orElseThrow(NietGevonden::new);
        log.leg(List.of(new Verwerking(ik.id(), ik.organisatieId(), Actie.LEZEN, DOEL, p.id(), h.id().value(),
                "persoon", p.id())));
        return Optional.of(new Treffer(p.id(), h.id(), p.naam()));
    }

    /** The report for a person by id (the API): their household is looked up first. */
    @Transactional
    public Rapport rapport(Medewerker ik, UUID persoon) {
        HuishoudenId h = nummers.huishoudenVan(persoon).orElseThrow(NietGevonden::new);
        return rapport(ik, h, persoon);
    }

    /** Produces the report of this person of this household, or 404 when this medewerker may not. Logged. */
    @Transactional
    public Rapport rapport(Medewerker ik, HuishoudenId huishouden, UUID persoonId) {
        vereisMag(ik, huishouden);
        Huishouden h = huishoudens.intern(huishouden).orElseThrow(NietGevonden::new);
        Persoon p = h.persoon(persoonId).orElseThrow(NietGevonden::new);
        Traject t = trajecten.findByHuishouden(huishouden).orElseThrow(NietGevonden::new);
        log.leg(List.of(new Verwerking(ik.id(), ik.organisatieId(), Actie.LEZEN, DOEL, p.id(), h.id().value(),
                "inzage", p.id())));
        List<Persoonsgegevens.Onderdeel> onderdelen = new ArrayList<>();
        for (Persoonsgegevens bron : bronnen) {
            onderdelen.add(bron.gegevens(persoonId, huishouden));
        }
        Instant nu = Instant.now(clock);
        LocalDate sinds = t.aangemeldOp().minusDays(1);
        List<Betrokkenelog.Regel> regels = new ArrayList<>();
        VerwerkingslogZoeker.Positie na = null;
        boolean afgekapt = false;
        while (true) {
            List<Betrokkenelog.Regel> pagina = betrokkenelog.pagina(persoonId, sinds.atStartOfDay(ZONE).toInstant(),
                    nu.plus(1, ChronoUnit.MINUTES), na, PAGINA);
            regels.addAll(pagina);
            if (pagina.size() < PAGINA) {
                break;
            }
            if (regels.size() >= MAXIMUM) {
                afgekapt = true;
                break;
            }
            na = pagina.get(pagina.size() - 1).positie();
        }
        Set<UUID> wie = new HashSet<>();
        regels.forEach(r -> wie.add(r.medewerkerId()));
        wie.add(ik.id());
        Map<UUID, Medewerkerkaarten.Kaart> namen = kaarten.van(wie);
        List<Verwerkingsregel> verwerkingen = regels.stream().map(r -> {
            Medewerkerkaarten.Kaart k = namen.get(r.medewerkerId());
            return new Verwerkingsregel(r.tijdstip(), r.actie(), r.doel(), r.recordSoort(),
                    k == null ? "?" : k.naam(), k == null ? null : k.rol(), k == null ? null : k.organisatie());
        }).toList();
        Medewerkerkaarten.Kaart door = namen.getOrDefault(ik.id(),
                new Medewerkerkaarten.Kaart(ik.id(), ik.naam(), ik.rol(), null));
        return new Rapport(p.id(), h.id(), p.naam(), nu, door, sinds, List.copyOf(onderdelen), verwerkingen,
                afgekapt);
    }

    private void vereisMag(Medewerker ik, HuishoudenId huishouden) {
        if (ik.heeftRol(Rol.PRIVACYFUNCTIONARIS)) {
            if (!vanOrganisatie(ik, huishouden)) {
                throw new NietGevonden();
            }
            return;
        }
        if (!ik.heeftRol(Rol.TEAMLEIDER, Rol.BEGELEIDER)) {
            throw new NietGevonden();
        }
        trajectService.inzage(ik, huishouden); // 404 when the household is not theirs to see
    }

    /** The household's trajectory is under the medewerker's gemeente or uitvoerder. */
    private boolean vanOrganisatie(Medewerker ik, HuishoudenId huishouden) {
        UUID org = ik.organisatieId();
        return trajecten.findByHuishouden(huishouden)
            .filter(t -> org.equals(t.gemeenteId()) || org.equals(t.uitvoerderId()))
            .isPresent();
    }
}
