package nl.wegwijs.system;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.support.BindStatus;
import org.springframework.web.servlet.support.RequestContext;

/**
 * A form bound to a model object (Thymeleaf's th:object, th:field and #fields): the value a field shows (the
 * rejected input after a failed submit), whether an option is chosen, and the field's error messages. It reads
 * Spring MVC's own binding ({@link RequestContext#getBindStatus}), as Thymeleaf did.
 */
public final class FormBinding {

    /** One error of the form: Thymeleaf's #fields.detailedErrors(). */
    public record Fout(@Nullable String fieldName, String message, boolean global) {
    }

    private final String naam;
    private final @Nullable RequestContext context;

    private FormBinding(String naam, @Nullable RequestContext context) {
        this.naam = naam;
        this.context = context;
    }

    static FormBinding van(String naam, Map<String, ?> model, @Nullable HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) model;
        return new FormBinding(naam, request == null ? null : new RequestContext(request, m));
    }

    private BindStatus status(String veld) {
        if (context == null) {
            throw new IllegalStateException("a bound form needs a request");
        }
        return context.getBindStatus(naam + "." + veld, false);
    }

    /** The field's name in the request (th:field's name). */
    public String name(String veld) {
        return status(veld).getExpression();
    }

    /**
     * The text a field shows, as Thymeleaf's th:field writes it: the bound value through its property editor (the
     * rejected input after a failed submit).
     */
    public String value(String veld) {
        BindStatus status = status(veld);
        Object waarde = status.getValue();
        java.beans.PropertyEditor editor = status.getEditor();
        if (editor != null && !(waarde instanceof String)) {
            editor.setValue(waarde);
            String tekst = editor.getAsText();
            return tekst == null ? "" : tekst;
        }
        return waarde == null ? "" : waarde.toString();
    }

    /**
     * The value of an input of {@code type}, as th:field writes it: a number or range field shows the bound value
     * itself (empty when the form could not be built from the input), a password field never shows one.
     */
    public String value(String veld, String type) {
        if ("password".equals(type)) {
            return "";
        }
        if ("number".equals(type) || "range".equals(type)) {
            Object waarde = status(veld).getActualValue();
            return waarde == null ? "" : waarde.toString();
        }
        return value(veld);
    }

    public boolean hasErrors(String veld) {
        return status(veld).isError();
    }

    public List<String> errors(String veld) {
        return List.of(status(veld).getErrorMessages());
    }

    public boolean hasAnyErrors() {
        return status("*").isError();
    }

    /** Every error, the object's own first, then each field's, as Thymeleaf's #fields.detailedErrors(). */
    public List<Fout> detailedErrors() {
        if (context == null) {
            return List.of();
        }
        Errors errors = context.getErrors(naam, false);
        if (errors == null) {
            return List.of();
        }
        List<Fout> fouten = new ArrayList<>();
        for (ObjectError e : errors.getGlobalErrors()) {
            fouten.add(new Fout(null, context.getMessage(e, false), true));
        }
        for (FieldError e : errors.getFieldErrors()) {
            fouten.add(new Fout(e.getField(), context.getMessage(e, false), false));
        }
        return fouten;
    }

    /** Whether option or checkbox {@code waarde} is chosen for the field (th:field on select, radio, checkbox). */
    public boolean selected(String veld, @Nullable Object waarde) {
        if (waarde == null) {
            return false;
        }
        String kandidaat = waarde.toString();
        BindStatus status = status(veld);
        Object gebonden = status.getActualValue();
        if (gebonden == null) {
            gebonden = status.getValue();
        }
        if (gebonden == null) {
            return false;
        }
        if (gebonden instanceof Collection<?> c) {
            return c.stream().anyMatch(e -> gelijk(e, kandidaat));
        }
        if (gebonden.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(gebonden); i++) {
                if (gelijk(Array.get(gebonden, i), kandidaat)) {
                    return true;
                }
            }
            return false;
        }
        return gelijk(gebonden, kandidaat) || Objects.equals(status.getDisplayValue(), kandidaat);
    }

    private static boolean gelijk(@Nullable Object gebonden, String kandidaat) {
        if (gebonden == null) {
            return false;
        }
        if (gebonden instanceof Enum<?> e) {
            return e.name().equals(kandidaat);
        }
        return gebonden.toString().equals(kandidaat);
    }
}
