package nl.wegwijs.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * For other modules' security filters (e.g. the API clients' Bearer chain): writes a refusal as the same Dutch
 * problem+json every other API error has ({@link Kaderfouten#probleem}), before the DispatcherServlet runs.
 */
@Component
public class ApiProbleem {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver talen;

    ApiProbleem(MessageSource messages, JsonMapper json, LocaleResolver talen) {
        this.messages = messages;
        this.json = json;
        this.talen = talen;
    }

    /**
     * Writes status, {@code application/problem+json} and the problem: detail from message {@code code} (with
     * {@code args}), title from {@code fout.titel.<type>}, type {@code https://wegwijs.nl/problemen/<type>}.
     */
    public void schrijf(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            Object @Nullable [] args, String type) throws IOException {
        ProblemDetail p = Kaderfouten.probleem(messages, talen.resolveLocale(request), status, code, args, type);
        response.setStatus(status.value());
        response.setContentType(Kaderfouten.PROBLEEM.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), p);
    }
}
