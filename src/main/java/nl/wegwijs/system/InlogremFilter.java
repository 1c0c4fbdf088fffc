package nl.wegwijs.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the login form's password is checked: a username with too many recent failures goes back to the login
 * page with "te veel pogingen", without checking the password (so the right one does not get in either).
 */
class InlogremFilter extends OncePerRequestFilter {

    private final Inlogrem rem;

    InlogremFilter(Inlogrem rem) {
        this.rem = rem;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String naam = request.getParameter("username");
        if (naam != null && rem.geremd(naam)) {
            response.sendRedirect(request.getContextPath() + "/login?teveel");
            return;
        }
        chain.doFilter(request, response);
    }
}
