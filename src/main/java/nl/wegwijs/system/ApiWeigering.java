package nl.wegwijs.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The security filters' refusals on the API (not logged in, no access, a missing CSRF token) as Dutch problem+json,
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
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, locale));
        p.setTitle(messages.getMessage("fout.titel." + type, null, type, locale));
        p.setType(URI.create("https://wegwijs.nl/problemen/" + type));
        response.setStatus(status.value());
        response.setContentType(Kaderfouten.PROBLEEM.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), p);
    }
}
