package nl.wegwijs.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * A step a user must take after a correct password before they may do anything else: entering a two-factor code, or
 * first enrolling for two-factor login when their organisation requires it. A module that knows the users supplies
 * the decision; the security configuration keeps the user on that step until {@link #voltooid} is called.
 *
 * <p>The half-logged-in state is a session attribute holding the step's path, so it lives in the session store
 * (PostgreSQL) like the rest of the session, and any node can continue it.
 */
public interface TweedeStap {

    /** The path of the page that enters a code. */
    String CODE = "/login/code";

    /** The path of the page that enrols for two-factor login. */
    String INSTELLEN = "/account/tweestap";

    /** The paths a user may use whatever step is open. */
    Set<String> ALTIJD = Set.of("/login", "/logout", "/error", "/favicon.ico");

    /**
     * Right after a correct password: {@link #CODE}, {@link #INSTELLEN} or null when no further step is needed.
     */
    @Nullable String naWachtwoord(Authentication authentication);

    /** The step still open in this request's session, or null. */
    static @Nullable String open(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        return sessie == null ? null : (String) sessie.getAttribute(TweedeStapFilter.OPEN);
    }

    /**
     * The step is done: the user is fully logged in. The session id changes, as at every change of authentication
     * level, so an id seen before the second factor is worth nothing afterwards.
     */
    static void voltooid(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            sessie.removeAttribute(TweedeStapFilter.OPEN);
            request.changeSessionId();
        }
    }
}
