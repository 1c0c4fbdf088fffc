package nl.wegwijs.koppeling;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;

/**
 * The beheerder registers, lists and revokes API clients. A client gets a technical account of its organisation with
 * the chosen role (made by the organisatie module), so it acts as a medewerker of that organisation; its secret is
 * returned once and kept only as a hash.
 */
@Service
@Transactional(readOnly = true)
public class KoppelingService {

    /** Roles a system may act with; never a person's guiding role such as vrijwilliger or begeleider. */
    public static final List<Rol> ROLLEN = List.of(Rol.REGIEVOERDER, Rol.TEAMLEIDER, Rol.BELEID, Rol.BEHEERDER,
            Rol.PRIVACYFUNCTIONARIS);

    public static final int NAAM_MAX = 100;

    private static final SecureRandom TOEVAL = new SecureRandom();

    private final ApiClients clients;
    private final OrganisatieService organisaties;
    private final PasswordEncoder encoder;
    private final Clock clock;

    KoppelingService(ApiClients clients, OrganisatieService organisaties, PasswordEncoder encoder, Clock clock) {
        this.clients = clients;
        this.organisaties = organisaties;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A new client with its secret, which is shown this once and never again. */
    public record Registratie(ApiClient client, String geheim) {
    }

    @Transactional
    public Registratie registreer(Medewerker ik, String naam, UUID organisatieId, Rol rol, Set<String> scopes) {
        vereisBeheerder(ik);
        String schoon = naam.strip();
        if (schoon.isEmpty() || schoon.length() > NAAM_MAX) {
            throw new DomeinFout("koppeling.fout.naam", NAAM_MAX);
        }
        if (!ROLLEN.contains(rol)) {
            throw new DomeinFout("koppeling.fout.rol");
        }
        if (scopes.isEmpty() || !scopes.stream().allMatch(Scopes::bestaat)) {
            throw new DomeinFout("koppeling.fout.scopes");
        }
        Medewerker account = organisaties.registreerTechnischAccount(ik, schoon, rol, organisatieId);
        UUID id = UUID.randomUUID();
        String clientId = "wegwijs-" + HexFormat.of().formatHex(willekeurig(12));
        String geheim = Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig(32));
        List<String> geordend = Scopes.alle().stream().filter(scopes::contains).toList();
        clients.voegToe(id, clientId, encoder.encode(geheim), schoon, account.id(), new LinkedHashSet<>(geordend),
                clock.instant(), ik.id());
        return new Registratie(clients.een(id).orElseThrow(), geheim);
    }

    public List<ApiClient> clients(Medewerker ik) {
        vereisBeheerder(ik);
        return clients.alle();
    }

    public ApiClient client(Medewerker ik, UUID id) {
        vereisBeheerder(ik);
        return clients.een(id).orElseThrow(NietGevonden::new);
    }

    /** Revokes the client: its next request is refused, even with a token that has not expired yet. */
    @Transactional
    public ApiClient trekIn(Medewerker ik, UUID id, long versie) {
        vereisBeheerder(ik);
        ApiClient c = clients.een(id).orElseThrow(NietGevonden::new);
        if (c.ingetrokken()) {
            throw new DomeinFout("koppeling.fout.al-ingetrokken");
        }
        if (!clients.trekIn(id, versie, clock.instant(), ik.id())) {
            throw new GelijktijdigGewijzigd();
        }
        organisaties.beeindigTechnischAccount(ik, c.medewerkerId());
        return clients.een(id).orElseThrow();
    }

    private static byte[] willekeurig(int n) {
        byte[] b = new byte[n];
        TOEVAL.nextBytes(b);
        return b;
    }

    private static void vereisBeheerder(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER)) {
            throw new AccessDeniedException("beheerder");
        }
    }
}
