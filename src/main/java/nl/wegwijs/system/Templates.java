package nl.wegwijs.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.util.UriUtils;

import gg.jte.Content;
import gg.jte.html.escape.Escape;

/**
 * What every JTE template may call (issue 21: the UI's templates are compiled Java, not interpreted expressions).
 * Templates import it with {@code @import static nl.wegwijs.system.Templates.*}. Everything reads the render under
 * way on this thread ({@link JteView} or {@link TemplateRenderer} sets it), so a template needs no parameter for the
 * locale, the messages, the logged-in user or the request.
 */
public final class Templates {

    private static final ThreadLocal<Render> HUIDIG = new ThreadLocal<>();

    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    private Templates() {
    }

    /** One render: the model of the page, the request (none for a PDF), the locale and the messages. */
    record Render(Map<String, ?> model, @Nullable HttpServletRequest request, Locale locale, MessageSource messages,
            @Nullable RequestDataValueProcessor formulieren) {
    }

    static @Nullable Render start(Render render) {
        Render vorige = HUIDIG.get();
        HUIDIG.set(render);
        return vorige;
    }

    static void stop(@Nullable Render vorige) {
        if (vorige == null) {
            HUIDIG.remove();
        }
        else {
            HUIDIG.set(vorige);
        }
    }

    private static Render render() {
        Render r = HUIDIG.get();
        if (r == null) {
            throw new IllegalStateException("Templates is used outside a render");
        }
        return r;
    }

    /** A message in the user's language, as Thymeleaf's #{code(args)}; an unknown code shows as ??code_locale??. */
    public static String t(String code, @Nullable Object... argumenten) {
        Render r = render();
        try {
            return r.messages().getMessage(code, argumenten, r.locale());
        }
        catch (NoSuchMessageException e) {
            return "??" + code + "_" + r.locale() + "??";
        }
    }

    public static Locale locale() {
        return render().locale();
    }

    /** The language of the page, e.g. "nl" (the html element's lang). */
    public static String taal() {
        return render().locale().getLanguage();
    }

    /** A model attribute of the page, or null (the layout's melding, fout, huidigPad, tweedeStapOpen). */
    public static @Nullable Object attr(String naam) {
        return render().model().get(naam);
    }

    /** A request parameter, or null. */
    public static @Nullable String param(String naam) {
        HttpServletRequest request = render().request();
        return request == null ? null : request.getParameter(naam);
    }

    /** Whether the request has the parameter, with or without a value (Thymeleaf's ${param.x != null}). */
    public static boolean heeftParam(String naam) {
        HttpServletRequest request = render().request();
        return request != null && request.getParameterValues(naam) != null;
    }

    /** As Thymeleaf's #temporals.format(t, pattern) in the user's locale; null stays empty. */
    public static @Nullable String datum(@Nullable TemporalAccessor waarde, String patroon) {
        if (waarde == null) {
            return null;
        }
        Locale locale = render().locale();
        DateTimeFormatter format = FORMATS.computeIfAbsent(patroon + '|' + locale.toLanguageTag(),
                k -> DateTimeFormatter.ofPattern(patroon, locale));
        // an instant in the server's zone, as Thymeleaf's #temporals
        return (waarde instanceof Instant ? format.withZone(ZoneId.systemDefault()) : format).format(waarde);
    }

    /**
     * A number with a point between thousands and a comma before {@code decimalen} decimals, as Thymeleaf's
     * #numbers.formatDecimal(x, 1, 'POINT', decimalen, 'COMMA'): 1234.5 → "1.234,50".
     */
    public static @Nullable String decimaal(@Nullable Number waarde, int decimalen) {
        if (waarde == null) {
            return null;
        }
        java.text.DecimalFormatSymbols tekens = new java.text.DecimalFormatSymbols(Locale.ROOT);
        tekens.setGroupingSeparator('.');
        tekens.setDecimalSeparator(',');
        java.text.DecimalFormat format = new java.text.DecimalFormat(
                decimalen == 0 ? "#,##0" : "#,##0." + "0".repeat(decimalen), tekens);
        return format.format(waarde);
    }

    /** A value attribute as Thymeleaf's th:value writes it: null gives value="" (the attribute stays). */
    public static String waarde(@Nullable Object waarde) {
        return waarde == null ? "" : waarde.toString();
    }

    /** A value for a URL's query string, as Thymeleaf's @{/x(a=${v})} writes it; null gives "". */
    public static String q(@Nullable Object waarde) {
        return waarde == null ? "" : UriUtils.encodeQueryParam(waarde.toString(), StandardCharsets.UTF_8);
    }

    /** A value for a URL's path segment, as Thymeleaf's @{/x/{id}(id=${v})} writes it. */
    public static String p(Object waarde) {
        return UriUtils.encodePathSegment(waarde.toString(), StandardCharsets.UTF_8);
    }

    /** Logged in (and not anonymous): Spring Security's isAuthenticated(). */
    public static boolean ingelogd() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && !(a instanceof AnonymousAuthenticationToken) && a.isAuthenticated();
    }

    /** The logged-in principal (an IngelogdeMedewerker), or null. */
    public static @Nullable Object principal() {
        return ingelogd() ? SecurityContextHolder.getContext().getAuthentication().getPrincipal() : null;
    }

    /** The CSRF token of the request (for htmx forms that carry it themselves), or null. */
    public static @Nullable CsrfToken csrf() {
        HttpServletRequest request = render().request();
        return request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    /**
     * The hidden fields Thymeleaf's th:action adds right after a form's start tag: the CSRF field and, for a POST
     * form, the form token ({@link FormulierTokenProcessor}); a GET form gets none. Write it as the form's first
     * content: {@code <form action="/x" method="post">${velden("/x", "post")}}.
     */
    public static Content velden(String actie, String methode) {
        Render r = render();
        HttpServletRequest request = r.request();
        if (request == null || r.formulieren() == null) {
            return uitvoer -> { };
        }
        r.formulieren().processAction(request, actie, methode);
        Map<String, String> velden = r.formulieren().getExtraHiddenFields(request);
        return uitvoer -> {
            if (velden == null) {
                return;
            }
            for (Map.Entry<String, String> veld : velden.entrySet()) {
                uitvoer.writeContent("<input type=\"hidden\" name=\"");
                Escape.htmlAttribute(veld.getKey(), uitvoer);
                uitvoer.writeContent("\" value=\"");
                Escape.htmlAttribute(veld.getValue(), uitvoer);
                uitvoer.writeContent("\"/>");
            }
        };
    }

    /** The bound form object {@code naam} of the model with its errors, as th:object="${naam}" gives. */
    public static FormBinding form(String naam) {
        Render r = render();
        return FormBinding.van(naam, r.model(), r.request());
    }

    /** Renders another template by a name known only at run time (the household file's module sections). */
    public static Content sjabloon(String naam, Map<String, Object> parameters) {
        return uitvoer -> JteView.engine().render(naam + ".jte", parameters, uitvoer);
    }
}
