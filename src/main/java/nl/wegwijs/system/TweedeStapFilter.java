package nl.wegwijs.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user whose password was correct but whose second step is still open on that step: every other page
 * redirects to it, the API answers 401. Static resources, logging in again and logging out stay possible.
 */
final class TweedeStapFilter extends OncePerRequestFilter {

    /** The session attribute holding the open step's path. */
    static final String OPEN = "wegwijs.tweede-stap";

    private final RequestMatcher api;
    private final RequestMatcher statisch;

    TweedeStapFilter(RequestMatcher api, RequestMatcher statisch) {
        this.api = api;
        this.statisch = statisch;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String stap = TweedeStap.open(request);
        if (stap == null || toegestaan(request, stap)) {
            chain.doFilter(request, response);
            return;
        }
        if (api.matches(request)) {
            response.sendError(HttpStatus.UNAUTHORIZED.value());
        }
        else {
            response.sendRedirect(request.getContextPath() + stap);
        }
    }

    private boolean toegestaan(HttpServletRequest request, String stap) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        return pad.equals(stap) || TweedeStap.ALTIJD.contains(pad) || statisch.matches(request);
    }
}
