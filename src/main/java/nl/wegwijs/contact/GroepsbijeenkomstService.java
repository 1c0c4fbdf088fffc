package nl.wegwijs.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Contract;
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
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point for group sessions and their attendance. A session is seen by the staff of the uitvoerder it is
 * organised for and of the gemeente it names; attendees are named only for readers who may see their household.
 * Attendance counts as a contact of each attending household: after every change the affected households'
 * {@link ContactStandGewijzigd} is published, and the change is logged per attending person.
 */
@Service
@Transactional(readOnly = true)
public class GroepsbijeenkomstService {

    private static final Rol[] UITVOERDERSZIJDE = { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER };
    private static final Rol[] GEMEENTEZIJDE = { Rol.REGIEVOERDER, Rol.BUDGETCOACH };

    /** How far back the household file offers sessions to add the household to. */
    static final int DAGEN_TERUG = 90;

    private final Groepsbijeenkomsten bijeenkomsten;
    private final ContactStanden standen;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Zichtbaarheid zichtbaarheid;
    private final Verwerkingslog log;
    private final Clock clock;

    GroepsbijeenkomstService(Groepsbijeenkomsten bijeenkomsten, ContactStanden standen, TrajectService trajecten,
            OrganisatieService organisaties, Zichtbaarheid zichtbaarheid,
            Verwerkingslog log, Clock clock) {
        this.bijeenkomsten = bijeenkomsten;
        this.standen = standen;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.zichtbaarheid = zichtbaarheid;
        this.log = log;
        this.clock = clock;
    }

    // --- reads

    /** A page of the sessions the medewerker sees, newest first (no personal data: not logged). */
    public List<GroepsbijeenkomstOverzicht> pagina(Medewerker ik, @Nullable UUID na, int aantal) {
        // up to one more than the largest page, so a caller can tell whether a next page exists
        return metNamen(bijeenkomsten.pagina(ik, na, Math.max(1, Math.min(aantal, Paginering.MAX + 1))));
    }

    /**
     * A session with the attendees the reader may see; logged as a read of each attendee shown. Empty when the
     * reader does not see the session.
     */
    @Transactional
    public Optional<GroepsbijeenkomstDetail> find(Medewerker ik, GroepsbijeenkomstId id) {
        return bijeenkomsten.find(ik, id).map(g -> {
            List<Groepsbijeenkomsten.Zichtbare> alle = bijeenkomsten.deelnemers(id,
                    zichtbaarheid.filter(ik, "d.huishouden_id"));
            List<Deelnemer> zichtbaar = alle.stream().filter(Groepsbijeenkomsten.Zichtbare::zichtbaar)
                .map(z -> new Deelnemer(z.persoonId(), z.huishouden(), z.naam() == null ? "?" : z.naam())).toList();
            log.leg(zichtbaar.stream().map(d -> verwerking(ik, Actie.LEZEN, d.persoonId(), d.huishouden(), id))
                .toList());
            return new GroepsbijeenkomstDetail(g, zichtbaar, alle.size() - zichtbaar.size(), magWijzigen(ik, g),
                    organisaties.namen(new HashSet<>(List.of(g.organisatorId(), g.vastgelegdDoor()))));
        });
    }

    /**
     * Members of households the medewerker may see whose household has someone named like {@code zoek} (at least two
     * characters), to add as attendees. Names in a search result are not a read of a file: not logged, as the
     * worklist's search.
     */
    public List<Kandidaat> zoekKandidaten(Medewerker ik, String zoek) {
        if (zoek.strip().length() < 2) {
            return List.of();
        }
        return bijeenkomsten.kandidaten(zichtbaarheid.filter(ik, "h.id"), zoek, 50);
    }

    /**
     * What the household file offers to add this household to a group session: the household (its persons to tick)
     * and the sessions of the last {@value #DAGEN_TERUG} days the medewerker sees. Only for whom may record the
     * household's contacts ({@link ContactService#magVastleggen}; else a refusal, or 403 for want of a consent).
     * Logged as a read of every person.
     */
    @Transactional
    public Deelnamekeuze deelnamekeuze(Medewerker ik, HuishoudenId huishouden) {
        Inzage inzage = magDeelnameVastleggen(ik, huishouden);
        inzage.log(Actie.LEZEN, "huishouden", huishouden.value());
        LocalDate vandaag = LocalDate.now(clock);
        return new Deelnamekeuze(inzage.huishouden(), metNamen(bijeenkomsten.voorHuishouden(ik, huishouden,
                vandaag.minusDays(DAGEN_TERUG), vandaag, 30)));
    }

    /** See {@link #deelnamekeuze}. */
    public record Deelnamekeuze(Huishouden huishouden, List<GroepsbijeenkomstOverzicht> bijeenkomsten) {
    }

    /** The Inzage of whom may record this household's attendance: contacts visible (else 403) and guidance theirs. */
    private Inzage magDeelnameVastleggen(Medewerker ik, HuishoudenId huishouden) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        inzage.vereis(Gegevenssoort.VOORTGANG);
        if (!inzage.magBegeleiden()) {
            throw new DomeinFout("contact.niet-toegestaan");
        }
        return inzage;
    }

    /** Whether the medewerker may register group sessions at all. */
    public static boolean magRegistreren(Medewerker ik) {
        return ik.uitvoerderId() != null ? ik.heeftRol(UITVOERDERSZIJDE) : ik.heeftRol(GEMEENTEZIJDE);
    }

    /** Whether the medewerker may change this session: its organiser, who recorded it, or the uitvoerder's teamleider. */
    public static boolean magWijzigen(Medewerker ik, Groepsbijeenkomst g) {
        return ik.id().equals(g.organisatorId()) || ik.id().equals(g.vastgelegdDoor())
                || ik.heeftRol(Rol.TEAMLEIDER) && g.uitvoerderId().equals(ik.uitvoerderId());
    }

    /** The contracts a session of this medewerker can be organised under: uitvoerder and gemeente pairs. */
    public List<Contract> contracten(Medewerker ik) {
        if (!magRegistreren(ik)) {
            return List.of();
        }
        LocalDate vandaag = LocalDate.now(clock);
        return organisaties.contracten().stream()
            .filter(c -> c.loopt(vandaag))
            .filter(c -> ik.uitvoerderId() != null ? c.uitvoerderId().equals(ik.uitvoerderId())
                    : c.gemeenteId().equals(ik.gemeenteId()))
            .toList();
    }

    // --- writes

    /** Registers a session, by guiding staff of the uitvoerder or of a gemeente it has a contract with. */
    @Transactional
    public Groepsbijeenkomst registreer(Medewerker ik, GroepsbijeenkomstInvoer invoer) {
        if (!magRegistreren(ik)) {
            throw new NietGevonden();
        }
        Plaats plaats = plaats(ik, invoer.uitvoerderId(), invoer.gemeenteId());
        UUID organisator = organisator(ik, invoer.organisatorId(), plaats, null);
        Groepsbijeenkomst g = Groepsbijeenkomst.registreer(invoer, organisator, plaats.uitvoerder(),
                plaats.gemeente(), ik.id(), LocalDate.now(clock));
        bijeenkomsten.voegToe(g, Instant.now(clock));
        return bijeenkomsten.find(ik, g.id()).orElseThrow();
    }

    /**
     * Changes a session at the version the user saw. When its date or duration changes, every attending household's
     * contacts change with it: logged per attendee, and their stand published (batched).
     */
    @Transactional
    public Groepsbijeenkomst wijzig(Medewerker ik, GroepsbijeenkomstId id, long versie,
            GroepsbijeenkomstInvoer invoer) {
        Groepsbijeenkomst g = bijeenkomsten.find(ik, id).orElseThrow(NietGevonden::new);
        if (!magWijzigen(ik, g)) {
            throw new DomeinFout("contact.groep.wijzigen.niet-toegestaan");
        }
        if (g.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        // the uitvoerder side may set or clear the gemeente (within its contracts); the gemeente side keeps its own
        Plaats plaats = ik.uitvoerderId() == null || java.util.Objects.equals(invoer.gemeenteId(), g.gemeenteId())
                ? new Plaats(g.uitvoerderId(), ik.uitvoerderId() == null ? g.gemeenteId() : invoer.gemeenteId())
                : plaats(ik, g.uitvoerderId(), invoer.gemeenteId());
        UUID organisator = organisator(ik, invoer.organisatorId() == null ? g.organisatorId() : invoer.organisatorId(),
                plaats, g.organisatorId());
        List<Groepsbijeenkomsten.Deelname> deelnames = bijeenkomsten.deelnames(id);
        LocalDate eerder = g.datum();
        g.wijzig(invoer, organisator, plaats.gemeente(), LocalDate.now(clock), !deelnames.isEmpty());
        bijeenkomsten.werkBij(g, ik.id(), Instant.now(clock));
        log.leg(deelnames.stream().map(d -> verwerking(ik, Actie.WIJZIGEN, d.persoonId(), d.huishouden(), id))
            .toList());
        if (!eerder.equals(g.datum())) {
            standen.publiceer(deelnames.stream().map(Groepsbijeenkomsten.Deelname::huishouden).distinct().toList());
        }
        return bijeenkomsten.find(ik, id).orElseThrow();
    }

    /**
     * Records that persons of one household attended; the medewerker must see the session and may record guidance
     * for the household. Persons already attending are left as they are. Returns how many were added.
     */
    @Transactional
    public int voegDeelnemersToe(Medewerker ik, GroepsbijeenkomstId id, HuishoudenId huishouden,
            Collection<UUID> personen) {
        Groepsbijeenkomst g = bijeenkomsten.find(ik, id).orElseThrow(NietGevonden::new);
        Inzage inzage = magDeelnameVastleggen(ik, huishouden);
        if (personen.isEmpty()) {
            throw new DomeinFout("contact.groep.deelnemers.leeg");
        }
        g.vereisGehouden(LocalDate.now(clock));
        Huishouden h = inzage.huishouden();
        Set<UUID> leden = new HashSet<>(h.personen().stream().map(Persoon::id).toList());
        if (!leden.containsAll(personen)) {
            throw new DomeinFout("contact.persoon.onbekend");
        }
        List<UUID> toegevoegd = bijeenkomsten.voegDeelnemersToe(g, huishouden, new LinkedHashSet<>(personen), ik.id(),
                Instant.now(clock));
        if (!toegevoegd.isEmpty()) {
            inzage.log(Actie.AANMAKEN, "groepsdeelname", id.value(), toegevoegd);
            standen.publiceer(List.of(huishouden));
        }
        return toegevoegd.size();
    }

    /** Removes one attendee; the medewerker must see the session and may record guidance for their household. */
    @Transactional
    public void verwijderDeelnemer(Medewerker ik, GroepsbijeenkomstId id, UUID persoon) {
        bijeenkomsten.find(ik, id).orElseThrow(NietGevonden::new);
        HuishoudenId huishouden = bijeenkomsten.huishoudenVanDeelnemer(id, persoon).orElseThrow(NietGevonden::new);
        Inzage inzage = magDeelnameVastleggen(ik, huishouden);
        bijeenkomsten.verwijderDeelnemer(id, persoon);
        inzage.log(Actie.VERWIJDEREN, "groepsdeelname", id.value(), List.of(persoon));
        standen.publiceer(List.of(huishouden));
    }

    // --- helpers

    /** For whom a session is organised: uitvoerder and optionally gemeente, checked against running contracts. */
    private Plaats plaats(Medewerker ik, @Nullable UUID uitvoerder, @Nullable UUID gemeente) {
        List<Contract> contracten = contracten(ik);
        if (ik.uitvoerderId() != null) {
            if (gemeente != null && contracten.stream().noneMatch(c -> c.gemeenteId().equals(gemeente))) {
                throw new DomeinFout("contact.groep.gemeente.onbekend");
            }
            return new Plaats(ik.uitvoerderId(), gemeente);
        }
        if (uitvoerder == null || contracten.stream().noneMatch(c -> c.uitvoerderId().equals(uitvoerder))) {
            throw new DomeinFout("contact.groep.uitvoerder.onbekend");
        }
        return new Plaats(uitvoerder, ik.gemeenteId());
    }

    private record Plaats(UUID uitvoerder, @Nullable UUID gemeente) {
    }

    /** The organiser: the recorder, the current organiser, or guiding staff of the uitvoerder or the gemeente. */
    private UUID organisator(Medewerker ik, @Nullable UUID gekozen, Plaats plaats, @Nullable UUID huidige) {
        if (gekozen == null || gekozen.equals(ik.id()) || gekozen.equals(huidige)) {
            return gekozen == null ? ik.id() : gekozen;
        }
        boolean past = organisaties.medewerker(gekozen)
            .filter(m -> m.heeftRol(UITVOERDERSZIJDE) && plaats.uitvoerder().equals(m.uitvoerderId())
                    || m.heeftRol(GEMEENTEZIJDE) && m.gemeenteId() != null && m.gemeenteId().equals(plaats.gemeente()))
            .isPresent();
        if (!past) {
            throw new DomeinFout("contact.groep.organisator.onbekend");
        }
        return gekozen;
    }

    /**
     * A session shows, and its change touches, attendees of several households at once, which no one household's
     * {@link Inzage} covers: one row per attendee, all written in one statement. Attendees are only those of
     * households the reader may see (see {@link #find}).
     */
    private static Verwerking verwerking(Medewerker ik, Actie actie, UUID persoon, HuishoudenId huishouden,
            GroepsbijeenkomstId id) {
        return new Verwerking(ik.id(), ik.organisatieId(), actie, ik.rol().doel(), persoon, huishouden.value(),
                "groepsbijeenkomst", id.value());
    }

    private List<GroepsbijeenkomstOverzicht> metNamen(List<Groepsbijeenkomsten.Rij> rijen) {
        if (rijen.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> namen = organisaties.namen(
                new HashSet<>(rijen.stream().map(Groepsbijeenkomsten.Rij::organisatorId).toList()));
        List<GroepsbijeenkomstOverzicht> uit = new ArrayList<>();
        rijen.forEach(r -> uit.add(r.met(namen.getOrDefault(r.organisatorId(), "?"))));
        return uit;
    }
}
