package nl.wegwijs.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals written by a filter, before the DispatcherServlet (the security filters', the input check's) on the API (not logged in, no access, a missing CSRF token) as Dutch problem+json,
 * like every other API error, instead of an empty body or Spring's English default.
 */
final class ApiWeigering {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver talen;

    ApiWeigering(MessageSource messages, JsonMapper json, LocaleResolver talen) {
        this.messages = messages;
        this.json = json;
        this.talen = talen;
    }

    /** Written before the DispatcherServlet runs: the language is Wegwijs's own choice (Dutch unless switched). */
    void schrijf(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String type) throws IOException {
        var locale = talen.resolveLocale(request);
        ProblemDetail p = Kaderfouten.probleem(messages, locale, status, code, null, type);
        p.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(Kaderfouten.PROBLEEM.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), p);
    }
}
