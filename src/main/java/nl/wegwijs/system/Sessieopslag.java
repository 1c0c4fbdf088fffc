package nl.wegwijs.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session store as the session filter sees it (issue 21): Spring Session JDBC with two statements less per
 * request, still entirely in the database, so any node serves any request.
 * <ul>
 * <li><b>The access time is written when it moved by a minute or more</b> ({@link #SCHRIJF_NA}). Spring Session sets
 * it on every request, which marks the session changed and costs an {@code UPDATE} of the session row each time. A
 * session therefore expires between its idle time minus a minute and its idle time after the last request (the
 * stored time is at most a minute old); attributes are still written at once, the access time with them.</li>
 * <li><b>No second read after saving.</b> After saving, the filter asks whether the id the browser sent is valid (to
 * decide whether to send a cookie) and reads the session again for that. The session just saved in this thread
 * answers instead; it is forgotten when the request ends ({@link Filter}).</li>
 * </ul>
 */
final class Sessieopslag<S extends Session> implements SessionRepository<Sessieopslag.Sessie<S>> {

    /** How far the access time may lag behind in the database. */
    static final Duration SCHRIJF_NA = Duration.ofMinutes(1);

    /** The session saved last in this request's thread; cleared when the request ends. */
    private final ThreadLocal<@Nullable Sessie<S>> bewaard = new ThreadLocal<>();

    private final SessionRepository<S> opslag;

    Sessieopslag(SessionRepository<S> opslag) {
        this.opslag = opslag;
    }

    @Override
    public Sessie<S> createSession() {
        return new Sessie<>(opslag.createSession());
    }

    @Override
    public void save(Sessie<S> sessie) {
        opslag.save(sessie.sessie);
        bewaard.set(sessie);
    }

    @Override
    public @Nullable Sessie<S> findById(String id) {
        Sessie<S> net = bewaard.get();
        if (net != null && net.getId().equals(id) && !net.isExpired()) {
            return net; // saved in this request a moment ago: the database holds what it holds
        }
        S sessie = opslag.findById(id);
        return sessie == null ? null : new Sessie<>(sessie);
    }

    @Override
    public void deleteById(String id) {
        Sessie<S> net = bewaard.get();
        if (net != null && net.getId().equals(id)) {
            bewaard.remove();
        }
        opslag.deleteById(id);
    }

    /** Forgets the session of the request that ends. */
    void vergeet() {
        bewaard.remove();
    }

    /** A session whose access time moves in steps of {@link #SCHRIJF_NA}; everything else passes through. */
    static final class Sessie<S extends Session> implements Session {

        final S sessie;

        Sessie(S sessie) {
            this.sessie = sessie;
        }

        @Override
        public void setLastAccessedTime(Instant tijd) {
            if (!tijd.isBefore(sessie.getLastAccessedTime().plus(SCHRIJF_NA))) {
                sessie.setLastAccessedTime(tijd);
            }
        }

        @Override
        public String getId() {
            return sessie.getId();
        }

        @Override
        public String changeSessionId() {
            return sessie.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String naam) {
            return sessie.getAttribute(naam);
        }

        @Override
        public Set<String> getAttributeNames() {
            return sessie.getAttributeNames();
        }

        @Override
        public void setAttribute(String naam, @Nullable Object waarde) {
            sessie.setAttribute(naam, waarde);
        }

        @Override
        public void removeAttribute(String naam) {
            sessie.removeAttribute(naam);
        }

        @Override
        public Instant getCreationTime() {
            return sessie.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return sessie.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            sessie.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return sessie.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return sessie.isExpired();
        }
    }

    /** Spring Session's filter on this store, forgetting the saved session when the request ends. */
    static final class Filter<S extends Session> extends SessionRepositoryFilter<Sessie<S>> {

        private final Sessieopslag<S> opslag;

        Filter(Sessieopslag<S> opslag, HttpSessionIdResolver ids) {
            super(opslag);
            this.opslag = opslag;
            setHttpSessionIdResolver(ids);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                super.doFilterInternal(request, response, chain);
            }
            finally {
                opslag.vergeet();
            }
        }
    }
}
