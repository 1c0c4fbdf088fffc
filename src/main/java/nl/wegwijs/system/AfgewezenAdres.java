package nl.wegwijs.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * An address Spring Security's firewall refuses before anything else runs (an encoded NUL or slash, {@code ..}, a
 * character outside what a URL may hold): 400, as Dutch problem+json under {@code /api/} instead of an empty body, and
 * as the HTML error page elsewhere. Spring Security uses this bean instead of its own handler.
 */
@Component
class AfgewezenAdres implements RequestRejectedHandler {

    private final ApiWeigering weigering;

    AfgewezenAdres(MessageSource messages, JsonMapper json, LocaleResolver talen) {
        this.weigering = new ApiWeigering(messages, json, talen);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException fout)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            weigering.schrijf(request, response, HttpStatus.BAD_REQUEST, "fout.adres", "onleesbaar");
        }
        else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
