package nl.wegwijs.system;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Idempotent form posts. A POST carrying a form token (hidden field {@value #PARAMETER}, written into every
 * {@code th:action} form by {@link FormulierTokenProcessor}) first claims the pair (user, token) in PostgreSQL, in its
 * own committed statement, with a hash of the form's content. The first request runs; when it answers with a redirect (post-redirect-get) the location
 * is recorded. A repeated or concurrent post with the same token does not run the handler again: it waits briefly for
 * a first request still running, then redirects to the same location with a flash message that says so. A first
 * request that does not succeed (a form shown again with its errors, a 4xx or 5xx, an exception) frees the token, so
 * the corrected form can be sent. An old form sent again with other content (back button, change, send) is
 * another submission and is processed as one without a token.
 *
 * <p>htmx: a repeated htmx post whose first answer was a fragment answers 204 (htmx swaps nothing); a first answer
 * that redirected is repeated as that redirect. A post without a token (the JSON API, a form without
 * {@code th:action}) and a post of someone not logged in are processed as before. Runs after Spring Security, so the
 * CSRF check comes first and the user is known.
 */
final class DubbeleInzendingFilter extends OncePerRequestFilter {

    static final String PARAMETER = "_formulier";

    private static final Logger log = LoggerFactory.getLogger(DubbeleInzendingFilter.class);
    private static final Duration PEILEN = Duration.ofMillis(100);

    private final Inzendingen inzendingen;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final Clock clock;
    private final Duration wachttijd;
    private final Duration verlaten;
    private final FlashMaps flashMaps = new FlashMaps();

    DubbeleInzendingFilter(Inzendingen inzendingen, MessageSource messages, LocaleResolver locales, Clock clock,
            Duration wachttijd, Duration verlaten) {
        this.inzendingen = inzendingen;
        this.messages = messages;
        this.locales = locales;
        this.clock = clock;
        this.wachttijd = wachttijd;
        this.verlaten = verlaten;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID token = token(request.getParameter(PARAMETER));
        String gebruiker = gebruiker();
        if (token == null || gebruiker == null) {
            chain.doFilter(request, response);
            return;
        }
        String vingerafdruk = vingerafdruk(request);
        Instant uiterlijk = clock.instant().plus(wachttijd);
        while (true) {
            if (inzendingen.claim(gebruiker, token, vingerafdruk)) {
                eerste(request, response, chain, gebruiker, token);
                return;
            }
            Optional<Inzendingen.Inzending> eerder = inzendingen.find(gebruiker, token);
            if (eerder.isEmpty()) {
                continue; // freed in the meantime: claim it again
            }
            if (!eerder.get().vingerafdruk().equals(vingerafdruk)) {
                // an old form changed and sent again (back button): a new submission, processed as without a token
                chain.doFilter(request, response);
                return;
            }
            switch (eerder.get().uitkomst()) {
                case DOORVERWEZEN -> {
                    herhaal(request, response, Objects.requireNonNull(eerder.get().locatie()),
                            "formulier.al-verstuurd");
                    return;
                }
                case GEEN_INHOUD -> {
                    response.setStatus(HttpStatus.NO_CONTENT.value());
                    return;
                }
                case BEZIG -> {
                    if (inzendingen.geefVerlatenVrij(gebruiker, token, verlaten)) {
                        continue;
                    }
                    if (!clock.instant().isBefore(uiterlijk)) {
                        log.info("Formulier {} van {} nog in behandeling na {}", token, gebruiker, wachttijd);
                        herhaal(request, response, terug(request), "formulier.nog-bezig");
                        return;
                    }
                    wacht();
                }
            }
        }
    }

    /** The first request with this token: run it, then record its outcome or free the token. */
    private void eerste(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String gebruiker, UUID token) throws ServletException, IOException {
        boolean gelukt = false;
        try {
            chain.doFilter(request, response);
            int status = response.getStatus();
            String locatie = response.getHeader("Location");
            if (status >= 300 && status < 400 && locatie != null) {
                inzendingen.doorverwezen(gebruiker, token, locatie);
                gelukt = true;
            }
            else if (status >= 200 && status < 300 && request.getHeader("HX-Request") != null) {
                inzendingen.geenInhoud(gebruiker, token);
                gelukt = true;
            }
        }
        finally {
            if (!gelukt) {
                inzendingen.geefVrij(gebruiker, token);
            }
        }
    }

    /** Answers a repeated post: a redirect to {@code locatie}, with the message for the page shown there. */
    private void herhaal(HttpServletRequest request, HttpServletResponse response, String locatie, String code)
            throws IOException {
        String tekst = messages.getMessage(code, null, code, locales.resolveLocale(request));
        String pad = UriComponentsBuilder.fromUriString(locatie).build().getPath();
        flashMaps.meld(request, response, pad == null || pad.isEmpty() ? "/" : pad, tekst);
        response.sendRedirect(locatie);
    }

    /** Where a post still running elsewhere sends the user back to: the page of the form, or the start page. */
    private static String terug(HttpServletRequest request) {
        String herkomst = request.getHeader("Referer");
        String start = request.getContextPath() + "/";
        if (herkomst == null) {
            return start;
        }
        try {
            URI uri = URI.create(herkomst);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return start;
            }
            String pad = uri.getRawPath();
            if (pad == null || !pad.startsWith("/")) {
                return start;
            }
            return uri.getRawQuery() == null ? pad : pad + "?" + uri.getRawQuery();
        }
        catch (IllegalArgumentException e) {
            return start;
        }
    }

    private static void wacht() throws IOException {
        try {
            Thread.sleep(PEILEN.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the first submit of a form", e);
        }
    }

    /** A hash of the form's fields and values (without the CSRF field, which is not part of what was entered). */
    private static String vingerafdruk(HttpServletRequest request) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        new TreeMap<>(request.getParameterMap()).forEach((naam, waarden) -> {
            if (!"_csrf".equals(naam)) {
                sha.update((naam.length() + ":" + naam).getBytes(StandardCharsets.UTF_8));
                for (String waarde : waarden) {
                    sha.update(("=" + waarde.length() + ":" + waarde).getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) ';');
            }
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static @Nullable UUID token(@Nullable String waarde) {
        if (waarde == null || waarde.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(waarde);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String gebruiker() {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie == null || !wie.isAuthenticated() || wie instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return wie.getName();
    }

    /**
     * Flash messages written outside the DispatcherServlet, into the same session storage it reads them from. A
     * message of the first request not yet shown (the browser dropped its redirect for the second submit's) keeps
     * its text, followed by this one.
     */
    private static final class FlashMaps extends SessionFlashMapManager {

        void meld(HttpServletRequest request, HttpServletResponse response, String pad, String tekst) {
            synchronized (getFlashMapsMutex(request)) {
                List<FlashMap> bestaand = retrieveFlashMaps(request);
                if (bestaand != null) {
                    for (FlashMap map : bestaand) {
                        if (pad.equals(map.getTargetRequestPath()) && !map.isExpired()
                                && map.get("melding") instanceof String eerder) {
                            map.put("melding", eerder + " " + tekst);
                            updateFlashMaps(bestaand, request, response);
                            request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, map);
                            return;
                        }
                    }
                }
            }
            FlashMap map = new FlashMap();
            map.put("melding", tekst);
            map.setTargetRequestPath(pad);
            saveOutputFlashMap(map, request, response);
            // the request's output flash map, where DispatcherServlet keeps it (read by tests through MockMvc)
            request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, map);
        }
    }
}
