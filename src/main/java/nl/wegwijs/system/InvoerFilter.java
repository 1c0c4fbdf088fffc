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
import org.springframework.http.ProblemDetail;
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

    private final MessageSource messages;
    private final JsonMapper json;
    private final org.springframework.web.servlet.LocaleResolver talen;

    InvoerFilter(MessageSource messages, JsonMapper json, org.springframework.web.servlet.LocaleResolver talen) {
        this.messages = messages;
        this.json = json;
        this.talen = talen;
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
            var locale = talen.resolveLocale(request);
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("fout.tekens", null, locale));
            p.setTitle(messages.getMessage("fout.titel.onleesbaar", null, locale));
            p.setType(java.net.URI.create("https://wegwijs.nl/problemen/onleesbaar"));
            response.setStatus(400);
            response.setContentType(Kaderfouten.PROBLEEM.toString());
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), p);
        }
        else {
            response.sendError(400);
        }
    }
}
