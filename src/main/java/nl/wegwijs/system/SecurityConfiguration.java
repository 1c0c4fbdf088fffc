package nl.wegwijs.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Form login for people, the same session for the JSON API (which answers 401 instead of redirecting). CSRF
 * protection stays on for both: a session cookie is a credential. Which data a user may see is decided in the
 * modules' queries, not here; this only says who must be logged in, and which URL areas belong to which role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The challenge of every 401 on the API. */
    static final String WWW_AUTHENTICATE = "Bearer realm=\"wegwijs\"";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<TweedeStap> tweedeStap,
            ObjectProvider<Inlogrem> inlogrem, org.springframework.context.MessageSource messages,
            tools.jackson.databind.json.JsonMapper json, org.springframework.web.servlet.LocaleResolver talen)
            throws Exception {
        ApiWeigering weigering = new ApiWeigering(messages, json, talen);
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        var paden = PathPatternRequestMatcher.withDefaults();
        RequestMatcher statisch = request -> paden.matcher("/css/**").matches(request)
                || paden.matcher("/vendor/**").matches(request) || paden.matcher("/webjars/**").matches(request);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/vendor/**", "/webjars/**", "/favicon.ico", "/error",
                        "/actuator/health", "/actuator/health/**", "/api/v1/openapi.json")
                .permitAll()
                .requestMatchers("/beheer/**").hasRole("BEHEERDER")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").successHandler(naWachtwoord(tweedeStap)).permitAll())
            .addFilterBefore(new TweedeStapFilter(api, statisch), AuthorizationFilter.class)
            .addFilterBefore(new InlogremFilter(inlogrem::getIfAvailable), UsernamePasswordAuthenticationFilter.class)
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            // the token in a cookie, not the session: an anonymous login page creates no session row
            .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor((request, response, fout) -> {
                    // RFC 9110 §11.6.1: a 401 names how to authenticate; on the API that is a Bearer token
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE);
                    weigering.schrijf(request, response, HttpStatus.UNAUTHORIZED, "fout.niet-ingelogd",
                            "niet-ingelogd");
                }, api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        AnyRequestMatcher.INSTANCE)
                .accessDeniedHandler(csrfVerlopen(api, weigering)))
            .cors(cors -> cors.configurationSource(openapiVoorIedereen()))
            .headers(headers -> headers
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /**
     * After a correct password: to the start page, or to the second step (code or enrolment) the user still has to
     * take, which is then remembered in the session until done.
     */
    private static AuthenticationSuccessHandler naWachtwoord(ObjectProvider<TweedeStap> tweedeStap) {
        SimpleUrlAuthenticationSuccessHandler start = new SimpleUrlAuthenticationSuccessHandler("/");
        start.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            TweedeStap bron = tweedeStap.getIfAvailable();
            String stap = bron == null ? null : bron.naWachtwoord(authentication);
            if (stap == null) {
                request.getSession().removeAttribute(TweedeStapFilter.OPEN);
                start.onAuthenticationSuccess(request, response, authentication);
            }
            else {
                request.getSession().setAttribute(TweedeStapFilter.OPEN, stap);
                request.getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
                response.sendRedirect(request.getContextPath() + stap);
            }
        };
    }

    /**
     * A form posted with a missing or stale CSRF token usually comes from a page whose session expired: the user is
     * sent to the login page with that message. The API, and every other refusal, answers 403.
     */
    private static AccessDeniedHandler csrfVerlopen(RequestMatcher api, ApiWeigering weigering) {
        AccessDeniedHandlerImpl standaard = new AccessDeniedHandlerImpl();
        return (request, response, fout) -> {
            if (api.matches(request)) {
                boolean csrf = fout instanceof CsrfException;
                weigering.schrijf(request, response, HttpStatus.FORBIDDEN, csrf ? "fout.csrf" : "fout.geen-toegang",
                        csrf ? "csrf" : "geen-toegang");
            }
            else if (fout instanceof CsrfException) {
                response.sendRedirect(request.getContextPath() + "/login?verlopen");
            }
            else {
                standaard.handle(request, response, fout);
            }
        };
    }

    /**
     * The API's OpenAPI document may be read from any origin (NL API Design Rules, /core/publish-openapi); nothing
     * else of Wegwijs is open to other origins.
     */
    private static org.springframework.web.cors.CorsConfigurationSource openapiVoorIedereen() {
        org.springframework.web.cors.CorsConfiguration document = new org.springframework.web.cors.CorsConfiguration();
        document.addAllowedOrigin("*");
        document.addAllowedMethod("GET");
        var bron = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
        bron.registerCorsConfiguration("/api/v1/openapi.json", document);
        return bron;
    }

    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
        cookie.setCookieCustomizer(c -> c.sameSite("Strict").path("/"));
        return cookie;
    }

    /**
     * No Micrometer observations of Spring Security's filter chain, authentication and authorization (issue 21): with
     * them every request opened an observation per filter of the chain (timers, tags, a long-task timer), some 4 to 6
     * % of an API list request in the profile. The request itself is still observed ({@code http.server.requests})
     * and traced ({@link TraceFilter}); failed logins are still braked by {@link Inlogrem}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
