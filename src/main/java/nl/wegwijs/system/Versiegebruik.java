package nl.wegwijs.system;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * How an API operation uses the optimistic-locking {@code versie}, read from its handler's parameter types so that a
 * new operation is covered without code of its own: the version travels in the JSON body (the request body's type
 * has a property {@code versie}) or in the query (a {@code @RequestParam versie}). A write <em>needs</em> it when it
 * is required: the body's {@code versie} is {@code @NotNull} (or a primitive), the query's a required parameter, or
 * the operation is a DELETE (which never creates). A PUT or POST with an optional {@code versie} creates when it is
 * left out (e.g. the first ontzorgen record), so it does not need one.
 *
 * @param plaats where the version goes, or {@code null} when the operation has none
 * @param nodig whether a write without any version (neither {@code If-Match} nor {@code versie}) is refused (428)
 */
record Versiegebruik(@Nullable Plaats plaats, boolean nodig) {

    static final String VERSIE = "versie";

    /** The operation has no version. */
    static final Versiegebruik GEEN = new Versiegebruik(null, false);

    enum Plaats {
        /** the top-level property {@code versie} of the JSON body */
        BODY,
        /** the query parameter {@code versie} */
        QUERY
    }

    boolean heeftVersie() {
        return plaats != null;
    }

    static Versiegebruik van(HandlerMethod handler) {
        Set<RequestMethod> methoden = methoden(handler.getMethod());
        boolean verwijdert = methoden.contains(RequestMethod.DELETE);
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            if (query != null && VERSIE.equals(naam(query, parameter))) {
                boolean verplicht = query.required() && !parameter.isOptional()
                        && org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE
                            .equals(query.defaultValue());
                return new Versiegebruik(Plaats.QUERY, verwijdert || verplicht);
            }
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    || HttpEntity.class.isAssignableFrom(parameter.getParameterType())) {
                Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
                Boolean verplicht = versieVerplicht(type);
                RequestBody body = parameter.getParameterAnnotation(RequestBody.class);
                // a body that may be left out (such as the plan when a PIP is drawn up) requires no version
                boolean bodyVerplicht = body == null || body.required();
                if (verplicht != null) {
                    return new Versiegebruik(Plaats.BODY, verwijdert || verplicht && bodyVerplicht);
                }
            }
        }
        return GEEN;
    }

    /** Whether a response of this type carries a top-level {@code versie} (its GET then sends an ETag). */
    static boolean heeftVersie(Class<?> type) {
        return versieVerplicht(type) != null;
    }

    static Set<RequestMethod> methoden(Method methode) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(methode, RequestMapping.class);
        return mapping == null ? Set.of() : Set.of(mapping.method());
    }

    private static String naam(RequestParam query, MethodParameter parameter) {
        String naam = query.name().isEmpty() ? query.value() : query.name();
        if (naam.isEmpty()) {
            naam = parameter.getParameterName();
        }
        return naam == null ? "" : naam;
    }

    /**
     * Whether the operation's answer can carry a top-level {@code versie} (and so an ETag): false only when that is
     * sure from the declared return type (a record without one, a list, a JDK type), so the answer need not be
     * buffered and read again; true when in doubt.
     */
    static boolean kanVersieGeven(HandlerMethod handler) {
        org.springframework.core.ResolvableType type =
                org.springframework.core.ResolvableType.forMethodReturnType(handler.getMethod());
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(HttpEntity.class).getGeneric(0);
        }
        Class<?> klasse = type.resolve();
        if (klasse == null || klasse == Object.class) {
            return true;
        }
        if (klasse.isRecord()) {
            return versieVerplicht(klasse) != null;
        }
        return !(klasse.isArray() || klasse.isPrimitive() || klasse == void.class
                || klasse.getName().startsWith("java."));
    }

    /**
     * {@code null} when the type has no property {@code versie}; else whether it is required ({@code @NotNull}, or
     * a primitive that cannot be left out).
     */
    private static @Nullable Boolean versieVerplicht(Class<?> type) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (VERSIE.equals(component.getName())) {
                    return component.getType().isPrimitive() || component.isAnnotationPresent(NotNull.class)
                            || component.getAccessor().isAnnotationPresent(NotNull.class)
                            || veld(type) != null && veld(type).isAnnotationPresent(NotNull.class);
                }
            }
            return null;
        }
        if (type.getName().startsWith("java.")) {
            return null;
        }
        Field veld = veld(type);
        if (veld != null) {
            return veld.getType().isPrimitive() || veld.isAnnotationPresent(NotNull.class);
        }
        for (Method m : type.getMethods()) {
            if (m.getName().equals("setVersie") && m.getParameterCount() == 1) {
                return m.isAnnotationPresent(NotNull.class);
            }
        }
        return null;
    }

    private static @Nullable Field veld(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(VERSIE);
            }
            catch (NoSuchFieldException verder) {
                // the superclass
            }
        }
        return null;
    }
}
