package nl.wegwijs.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the login form's password is checked: a username, or a network address, with too many recent failures goes
 * back to the login page with "te veel pogingen", without checking the password (so the right one does not get in
 * either). Behind a proxy the address is the client's only when {@code server.forward-headers-strategy} is set.
 */
class InlogremFilter extends OncePerRequestFilter {

    private final java.util.function.Supplier<@org.jspecify.annotations.Nullable Inlogrem> bron;

    /** The brake comes from a module that may be absent in a slice test: then nothing is braked. */
    InlogremFilter(java.util.function.Supplier<@org.jspecify.annotations.Nullable Inlogrem> bron) {
        this.bron = bron;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Inlogrem rem = bron.get();
        String naam = request.getParameter("username");
        if (rem != null && rem.adresGeremd(request.getRemoteAddr()) || rem != null && naam != null && rem.geremd(naam)) {
            response.sendRedirect(request.getContextPath() + "/login?teveel");
            return;
        }
        chain.doFilter(request, response);
    }
}
