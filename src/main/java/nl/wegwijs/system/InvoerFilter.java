package nl.wegwijs.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything else runs, a request whose query or form parameters cannot be read (not valid UTF-8) or
 * hold a control character (a NUL, which PostgreSQL refuses in text): 400, as Dutch problem+json under {@code /api/}
 * and as the HTML error page elsewhere. JSON bodies get the same rule from {@link JsonConfiguration}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InvoerFilter extends OncePerRequestFilter {

    private final ApiWeigering weigering;

    InvoerFilter(MessageSource messages, JsonMapper json, org.springframework.web.servlet.LocaleResolver talen) {
        this.weigering = new ApiWeigering(messages, json, talen);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!leesbaar(request)) {
            weiger(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean leesbaar(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        }
        catch (RuntimeException onleesbaar) {
            return false;
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (!Invoer.schoon(p.getKey())) {
                return false;
            }
            for (String waarde : p.getValue()) {
                if (waarde != null && (!Invoer.schoon(waarde) || waarde.indexOf('\uFFFD') >= 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void weiger(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            weigering.schrijf(request, response, HttpStatus.BAD_REQUEST, "fout.tekens", "onleesbaar");
        }
        else {
            response.sendError(400);
        }
    }
}
