package nl.wegwijs.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh form token (hidden field {@value DubbeleInzendingFilter#PARAMETER}) to every POST form rendered with
 * {@code th:action}, beside what the wrapped processor adds: Spring Security's, which writes the CSRF field. Thymeleaf
 * calls {@link #processAction} for the form's action and method, then {@link #getExtraHiddenFields}; a GET form
 * (a search or filter) gets no token.
 */
final class FormulierTokenProcessor implements RequestDataValueProcessor {

    private static final String POST_FORMULIER = FormulierTokenProcessor.class.getName() + ".POST";

    private final RequestDataValueProcessor csrf;

    FormulierTokenProcessor(RequestDataValueProcessor csrf) {
        this.csrf = csrf;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, @Nullable String method) {
        if (method != null && "post".equalsIgnoreCase(method)) {
            request.setAttribute(POST_FORMULIER, Boolean.TRUE);
        }
        else {
            request.removeAttribute(POST_FORMULIER);
        }
        return csrf.processAction(request, action, method);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
            String type) {
        return csrf.processFormFieldValue(request, name, value, type);
    }

    @Override
    public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> velden = csrf.getExtraHiddenFields(request);
        if (request.getAttribute(POST_FORMULIER) == null) {
            return velden;
        }
        request.removeAttribute(POST_FORMULIER);
        Map<String, String> metToken = new LinkedHashMap<>();
        if (velden != null) {
            metToken.putAll(velden);
        }
        // not a secret (a token is claimed per user, beside the CSRF check): a fast random, not the shared
        // SecureRandom of UUID.randomUUID, which every page with a form (the layout's logout) waited on (issue 21)
        ThreadLocalRandom random = ThreadLocalRandom.current();
        metToken.put(DubbeleInzendingFilter.PARAMETER, new UUID(random.nextLong(), random.nextLong()).toString());
        return metToken;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return csrf.processUrl(request, url);
    }
}
