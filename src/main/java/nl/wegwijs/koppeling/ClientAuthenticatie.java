package nl.wegwijs.koppeling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import nl.wegwijs.organisatie.IngelogdeMedewerker;

/**
 * Turns a valid JWT into the acting medewerker: the client's technical account, read on every request in one indexed
 * statement, so a revoked client (or one whose account ended) is refused at once, even with a token that has not
 * expired. Authorities: {@code ROLE_<rol>} and {@code SCOPE_<scope>} for each scope the token holds and the client
 * still has. The time of last use is written at most once a minute.
 */
class ClientAuthenticatie implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String SCOPE = "SCOPE_";
    private static final Duration GEBRUIK_BIJWERKEN = Duration.ofMinutes(1);

    private final ApiClients clients;
    private final Clock clock;

    ClientAuthenticatie(ApiClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = jwt.getSubject();
        ApiClients.Actief actief = clientId == null ? null : clients.actief(clientId).orElse(null);
        if (actief == null) {
            throw new InvalidBearerTokenException("Client unknown or revoked");
        }
        Instant nu = clock.instant();
        if (actief.laatstGebruikt() == null || actief.laatstGebruikt().isBefore(nu.minus(GEBRUIK_BIJWERKEN))) {
            clients.gebruikt(clientId, nu);
        }
        Set<String> scopes = new TreeSet<>(tokenScopes(jwt));
        scopes.retainAll(actief.scopes());
        List<GrantedAuthority> rechten = new ArrayList<>();
        rechten.add(new SimpleGrantedAuthority("ROLE_" + actief.medewerker().rol().name()));
        scopes.forEach(s -> rechten.add(new SimpleGrantedAuthority(SCOPE + s)));
        return new Token(IngelogdeMedewerker.van(actief.medewerker()), jwt, rechten);
    }

    private static Collection<String> tokenScopes(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope instanceof String s) {
            return List.of(s.split(" "));
        }
        if (scope instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** An authenticated API client: the principal is its {@link IngelogdeMedewerker}, the credentials its JWT. */
    static final class Token extends AbstractAuthenticationToken {

        private static final long serialVersionUID = 1L;

        private final IngelogdeMedewerker medewerker;
        private final transient Jwt jwt;

        Token(IngelogdeMedewerker medewerker, Jwt jwt, Collection<? extends GrantedAuthority> rechten) {
            super(rechten);
            this.medewerker = medewerker;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return medewerker;
        }

        @Override
        public String getName() {
            return medewerker.getUsername();
        }
    }
}
