package nl.wegwijs.socialekaart;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;

/**
 * Public entry point of the sociale kaart. Access rules (no personal data here, so nothing is logged):
 * <ul>
 * <li>read: everyone who works for a gemeente's households — the gemeente's own medewerkers, the medewerkers of every
 * uitvoerder that has (or had) a contract with it, and the beheerder;
 * <li>maintain (create, edit, deactivate): the beheerder (every gemeente), the gemeente's regievoerder (it is the
 * gemeente's own directory and the regievoerder directs the guidance), and the teamleiders of the uitvoerders with a
 * contract with the gemeente (their guides use it daily).
 * </ul>
 * A gemeente that is not the reader's does not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
public class SocialeKaart {

    /** Services per page of the maintenance list. */
    public static final int PAGINA = 25;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TELEFOON = Pattern.compile("[0-9+()\\- ]{6,40}");

    private final Diensten diensten;
    private final OrganisatieService organisaties;
    private final Clock clock;

    SocialeKaart(Diensten diensten, OrganisatieService organisaties, Clock clock) {
        this.diensten = diensten;
        this.organisaties = organisaties;
        this.clock = clock;
    }

    // --- reads

    /** All active services of a gemeente, by kind and name; 404 when the gemeente is not the reader's. */
    public List<Dienst> diensten(Medewerker ik, UUID gemeenteId) {
        vereisLezen(ik, gemeenteId);
        return diensten.actief(gemeenteId);
    }

    /** One service (active or not) of a gemeente the reader may read; empty otherwise. */
    public Optional<Dienst> find(Medewerker ik, UUID id) {
        return diensten.find(id).map(DienstRegel::dienst).filter(d -> magLezen(ik, d.gemeenteId()));
    }

    /** One service with whether it is active and whether the reader may maintain it; 404 when not theirs. */
    public DienstInzage inzage(Medewerker ik, UUID id) {
        DienstRegel r = diensten.find(id).orElseThrow(NietGevonden::new);
        vereisLezen(ik, r.dienst().gemeenteId());
        return new DienstInzage(r.dienst(), r.actief(), magBeheren(ik, r.dienst().gemeenteId()));
    }

    /**
     * Services by id, active or not, whatever gemeente (for showing the names of referred services; a service holds
     * no personal data). One statement.
     */
    public Map<UUID, Dienst> opId(Collection<UUID> ids) {
        Map<UUID, Dienst> m = new HashMap<>();
        if (!ids.isEmpty()) {
            diensten.opId(Set.copyOf(ids)).forEach(d -> m.put(d.id(), d));
        }
        return m;
    }

    /**
     * The active wijkteams on the gemeente's sociale kaart that are organisations of their own with Wegwijs accounts
     * (not the gemeente itself), by kind and name: the receivers a consent for a referral or a handover may name.
     * No personal data, so no reader; one statement.
     */
    public List<Dienst> wijkteamsInWegwijs(UUID gemeenteId) {
        return diensten.actief(gemeenteId).stream()
            .filter(d -> d.soort() == Dienstsoort.SOCIAAL_WIJKTEAM && d.organisatieId() != null
                    && !d.organisatieId().equals(gemeenteId))
            .toList();
    }

    /** The gemeenten whose sociale kaart the reader may read, by name. */
    public List<Gemeente> gemeenten(Medewerker ik) {
        return organisaties.gemeenten().stream().filter(g -> magLezen(ik, g.id())).toList();
    }

    /** A page of a gemeente's services (active and inactive), optionally of one kind, after {@code na}. */
    public Pagina pagina(Medewerker ik, UUID gemeenteId, @Nullable Dienstsoort soort, @Nullable UUID na, int aantal) {
        return pagina(ik, gemeenteId, soort, null, na, aantal);
    }

    /**
     * A page of a gemeente's services (active and inactive), optionally of one kind and speaking one language
     * (as entered, compared without case; blank: any), after {@code na}; 404 when the gemeente is not the reader's.
     */
    public Pagina pagina(Medewerker ik, UUID gemeenteId, @Nullable Dienstsoort soort, @Nullable String taal,
            @Nullable UUID na, int aantal) {
        vereisLezen(ik, gemeenteId);
        int n = Paginering.grootte(aantal);
        String t = leeg(taal);
        List<DienstRegel> rijen = diensten.pagina(gemeenteId, soort, t, na, n + 1);
        List<DienstRegel> items = Paginering.eerste(rijen, n);
        return new Pagina(items, rijen.size() > n ? items.get(n - 1).dienst().id() : null,
                magBeheren(ik, gemeenteId));
    }

    public boolean magLezen(Medewerker ik, UUID gemeenteId) {
        if (ik.rol() == Rol.BEHEERDER) {
            return true;
        }
        if (ik.gemeenteId() != null) {
            return ik.gemeenteId().equals(gemeenteId);
        }
        return gemeentenVanUitvoerder(ik).contains(gemeenteId);
    }

    public boolean magBeheren(Medewerker ik, UUID gemeenteId) {
        return switch (ik.rol()) {
            case BEHEERDER -> true;
            case REGIEVOERDER -> gemeenteId.equals(ik.gemeenteId());
            case TEAMLEIDER -> gemeentenVanUitvoerder(ik).contains(gemeenteId);
            default -> false;
        };
    }

    private Set<UUID> gemeentenVanUitvoerder(Medewerker ik) {
        Set<UUID> s = new LinkedHashSet<>();
        if (ik.uitvoerderId() != null) {
            organisaties.contractenVanUitvoerder(ik.uitvoerderId()).stream().map(Contract::gemeenteId)
                .forEach(s::add);
        }
        return s;
    }

    private void vereisLezen(Medewerker ik, UUID gemeenteId) {
        if (!magLezen(ik, gemeenteId)) {
            throw new NietGevonden();
        }
    }

    private void vereisBeheren(Medewerker ik, UUID gemeenteId) {
        vereisLezen(ik, gemeenteId);
        if (!magBeheren(ik, gemeenteId)) {
            throw new DomeinFout("socialekaart.niet-toegestaan");
        }
    }

    // --- writes

    /** Adds a service to a gemeente's sociale kaart. */
    @Transactional
    public Dienst voegToe(Medewerker ik, UUID gemeenteId, DienstGegevens g) {
        vereisBeheren(ik, gemeenteId);
        DienstGegevens schoon = controleer(g);
        Dienst d = new Dienst(UUID.randomUUID(), gemeenteId, schoon.naam(), schoon.soort(), schoon.telefoon(),
                schoon.email(), schoon.adres(), schoon.website(), schoon.talen(), schoon.wachttijdWeken(),
                schoon.verwijzen(), schoon.organisatieId(), 1);
        diensten.insert(d, ik.id(), Instant.now(clock));
        return d;
    }

    /** Changes a service, when nobody changed it since {@code versie} (else {@code GelijktijdigGewijzigd}). */
    @Transactional
    public Dienst wijzig(Medewerker ik, UUID id, long versie, DienstGegevens g) {
        DienstRegel r = diensten.find(id).orElseThrow(NietGevonden::new);
        vereisBeheren(ik, r.dienst().gemeenteId());
        diensten.update(id, versie, controleer(g), ik.id(), Instant.now(clock));
        return diensten.find(id).orElseThrow(NietGevonden::new).dienst();
    }

    /** Deactivates (or reactivates) a service: no new referrals; existing ones keep pointing at it. */
    @Transactional
    public Dienst zetActief(Medewerker ik, UUID id, long versie, boolean actief) {
        DienstRegel r = diensten.find(id).orElseThrow(NietGevonden::new);
        vereisBeheren(ik, r.dienst().gemeenteId());
        diensten.zetActief(id, versie, actief, ik.id(), Instant.now(clock));
        return diensten.find(id).orElseThrow(NietGevonden::new).dienst();
    }

    /** Whether a service is active (referrals may be sent to it). */
    public boolean actief(UUID id) {
        return diensten.find(id).map(DienstRegel::actief).orElse(false);
    }

    /** Checks and tidies what was entered: blanks become null, a clear Dutch message per field. */
    private DienstGegevens controleer(DienstGegevens g) {
        String naam = leeg(g.naam());
        if (naam == null) {
            throw new DomeinFout("socialekaart.naam.leeg");
        }
        if (naam.length() > 200) {
            throw new DomeinFout("socialekaart.naam.lang");
        }
        String telefoon = leeg(g.telefoon());
        if (telefoon != null && !TELEFOON.matcher(telefoon).matches()) {
            throw new DomeinFout("socialekaart.telefoon.ongeldig");
        }
        String email = leeg(g.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new DomeinFout("socialekaart.email.ongeldig");
        }
        String website = leeg(g.website());
        if (website != null && (website.length() > 300 || website.length() < 8
                || !(website.startsWith("https://") || website.startsWith("http://")))) {
            throw new DomeinFout("socialekaart.website.ongeldig");
        }
        String adres = leeg(g.adres());
        if (adres != null && adres.length() > 300) {
            throw new DomeinFout("socialekaart.adres.lang");
        }
        String verwijzen = leeg(g.verwijzen());
        if (verwijzen != null && verwijzen.length() > 2000) {
            throw new DomeinFout("socialekaart.verwijzen.lang");
        }
        if (g.wachttijdWeken() != null && (g.wachttijdWeken() < 0 || g.wachttijdWeken() > 104)) {
            throw new DomeinFout("socialekaart.wachttijd.ongeldig");
        }
        if (g.talen().size() > 30 || g.talen().stream().anyMatch(t -> t.length() > 60)) {
            throw new DomeinFout("socialekaart.talen.ongeldig");
        }
        if (g.organisatieId() != null && organisaties.gemeente(g.organisatieId()).isEmpty()) {
            throw new DomeinFout("socialekaart.organisatie.onbekend");
        }
        return new DienstGegevens(naam, g.soort(), telefoon, email, adres, website, g.talen(), g.wachttijdWeken(),
                verwijzen, g.organisatieId());
    }

    private static @Nullable String leeg(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A page of services. {@code volgende}: the {@code na} of the next page, or null on the last page. */
    public record Pagina(List<DienstRegel> regels, @Nullable UUID volgende, boolean magBeheren) {
    }

    /** One service with whether it is active and the reader may maintain it. */
    public record DienstInzage(Dienst dienst, boolean actief, boolean magBeheren) {
    }
}
