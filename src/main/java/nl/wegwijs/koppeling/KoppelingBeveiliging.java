package nl.wegwijs.koppeling;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.system.ApiProbleem;

/**
 * Two security filter chains before the browser's (which stays as it is, with its session and CSRF):
 * <ol>
 * <li>the authorization server's endpoints ({@code /oauth2/token}, {@code /oauth2/jwks}, the metadata): client
 * credentials only, JWT access tokens signed with the key in the database ({@link Sleutels}), valid for
 * {@code wegwijs.koppeling.token-geldigheid} (default 15 minutes), nothing stored per token ({@link GeenOpslag});</li>
 * <li>{@code /api/**} requests that carry {@code Authorization: Bearer}: stateless (no session is read or made), no
 * CSRF (a Bearer token is not sent by a browser on its own), the client's account as principal, and a scope check per
 * request: GET and HEAD need {@code <onderdeel>.lezen}, other methods {@code <onderdeel>.schrijven} ({@link Scopes}).
 * A bad, expired or revoked token answers 401 with {@code WWW-Authenticate: Bearer} (RFC 6750) and a Dutch
 * problem+json; a missing scope 403.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class KoppelingBeveiliging {

    static final String TOKEN_PAD = "/oauth2/token";
    private static final String REALM = "wegwijs";

    @Bean
    @Order(1)
    SecurityFilterChain tokenserver(HttpSecurity http, ApiClients clients,
            @Value("${wegwijs.koppeling.token-geldigheid:15m}") Duration geldigheid) throws Exception {
        http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server",
                "/.well-known/oauth-authorization-server/**")
            .oauth2AuthorizationServer(server -> server
                .registeredClientRepository(new Clientregister(clients, geldigheid))
                .authorizationService(new GeenOpslag())
                .authorizationServerSettings(AuthorizationServerSettings.builder().build()))
            .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable())
            .exceptionHandling(ex -> ex.authenticationEntryPoint(
                    (request, response, fout) -> response.sendError(HttpStatus.UNAUTHORIZED.value())));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain bearerApi(HttpSecurity http, ApiClients clients, Clock clock, JwtDecoder tokens,
            ApiProbleem probleem) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher metBearer = request -> api.matches(request) && bearer(request);
        AuthenticationEntryPoint nietIngelogd = (request, response, fout) -> weigerToken(request, response, fout,
                probleem);
        AccessDeniedHandler geenScope = (request, response, fout) -> weigerScope(request, response, probleem);
        http.securityMatcher(metBearer)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/v1/openapi.json").permitAll()
                .anyRequest().access(scopeNodig()))
            .oauth2ResourceServer(rs -> rs
                .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(new ClientAuthenticatie(clients, clock)))
                .authenticationEntryPoint(nietIngelogd)
                .accessDeniedHandler(geenScope))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable())
            .exceptionHandling(ex -> ex.authenticationEntryPoint(nietIngelogd).accessDeniedHandler(geenScope));
        return http.build();
    }

    @Bean
    JwtDecoder koppelingTokens(Sleutels sleutels) {
        return NimbusJwtDecoder.withJwkSource(sleutels).build();
    }

    /** A client that asks no scope gets all of its scopes (RFC 6749 3.3: a documented default). */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> alleScopesAlsNietsGevraagd() {
        return context -> {
            if (context.getAuthorizedScopes().isEmpty() && context.getRegisteredClient() != null) {
                context.getClaims().claim("scope", new LinkedHashSet<>(context.getRegisteredClient().getScopes()));
            }
        };
    }

    static boolean bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer", 0, 6);
    }

    private static AuthorizationManager<RequestAuthorizationContext> scopeNodig() {
        return (authentication, context) -> {
            Authentication a = authentication.get();
            if (a == null || !(a.getPrincipal() instanceof IngelogdeMedewerker)) {
                return new AuthorizationDecision(false);
            }
            Set<String> scopes = new LinkedHashSet<>();
            a.getAuthorities().forEach(r -> {
                String naam = r.getAuthority();
                if (naam != null && naam.startsWith(ClientAuthenticatie.SCOPE)) {
                    scopes.add(naam.substring(ClientAuthenticatie.SCOPE.length()));
                }
            });
            HttpServletRequest request = context.getRequest();
            return new AuthorizationDecision(Scopes.toegestaan(scopes, request.getMethod(), pad(request)));
        };
    }

    private static String pad(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** 401 (RFC 6750 section 3): a challenge naming the error, and the Dutch problem. */
    private static void weigerToken(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException fout, ApiProbleem probleem) throws IOException {
        String uitdaging = "Bearer realm=\"" + REALM + "\"";
        if (fout instanceof OAuth2AuthenticationException o) {
            uitdaging += ", error=\"" + o.getError().getErrorCode() + "\", error_description=\""
                    + "The access token is invalid, expired or revoked\"";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, uitdaging);
        probleem.schrijf(request, response, HttpStatus.UNAUTHORIZED, "koppeling.fout.token", null, "token-ongeldig");
    }

    /** 403 naming the scope the request needs (RFC 6750: insufficient_scope). */
    private static void weigerScope(HttpServletRequest request, HttpServletResponse response, ApiProbleem probleem)
            throws IOException {
        String nodig = Scopes.nodig(request.getMethod(), pad(request));
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM
                + "\", error=\"insufficient_scope\"" + (nodig == null ? "" : ", scope=\"" + nodig + "\""));
        if (nodig == null) {
            probleem.schrijf(request, response, HttpStatus.FORBIDDEN, "koppeling.fout.geen-onderdeel", null,
                    "scope-ontbreekt");
        }
        else {
            probleem.schrijf(request, response, HttpStatus.FORBIDDEN, "koppeling.fout.scope", new Object[] { nodig },
                    "scope-ontbreekt");
        }
    }
}
