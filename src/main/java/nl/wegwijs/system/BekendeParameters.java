package nl.wegwijs.system;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The API accepts only the query parameters its handler declares (every {@code @RequestParam}, the fields of a
 * {@code @ModelAttribute} or {@code @ParameterObject} type) plus {@code lang}; anything else is a 400 naming the
 * parameter instead of being silently ignored, before the handler runs (so nothing is written). A parameter that
 * takes one value and is sent more than once is a 400 too.
 */
final class BekendeParameters implements HandlerInterceptor {

    /** Accepted on every request: the language switch, and the CSRF token a browser form may send. */
    private static final Set<String> ALTIJD = Set.of("lang", "_csrf");

    /** Per handler method: each accepted name and whether it may repeat; {@code null} when anything is accepted. */
    private final Map<java.lang.reflect.Method, Map<String, Boolean>> perMethode = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod methode)) {
            return true;
        }
        Map<String, Boolean> bekend = perMethode.computeIfAbsent(methode.getMethod(), m -> namen(methode));
        if (bekend.containsKey("*")) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String naam = parameter.getKey();
            if (ALTIJD.contains(naam)) {
                continue;
            }
            Boolean herhaalbaar = bekend.get(naam);
            if (herhaalbaar == null) {
                throw new OngeldigeParameter(naam, "fout.parameter-onbekend");
            }
            if (!herhaalbaar && parameter.getValue().length > 1) {
                throw new OngeldigeParameter(naam, "fout.parameter-dubbel");
            }
        }
        return true;
    }

    private static Map<String, Boolean> namen(HandlerMethod methode) {
        Map<String, Boolean> namen = new LinkedHashMap<>();
        for (MethodParameter p : methode.getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                if (Map.class.isAssignableFrom(p.getParameterType())) {
                    return Map.of("*", true);
                }
                String naam = StringUtils.hasText(param.name()) ? param.name() : p.getParameterName();
                if (naam != null) {
                    namen.put(naam, meerwaardig(p.getParameterType()));
                }
            }
            else if (p.hasParameterAnnotation(ModelAttribute.class)
                    || p.hasParameterAnnotation(ParameterObject.class)) {
                velden(p.getParameterType(), namen);
            }
        }
        return namen;
    }

    private static void velden(Class<?> type, Map<String, Boolean> namen) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                namen.put(c.getName(), meerwaardig(c.getType()));
            }
            return;
        }
        for (java.beans.PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
            if (d.getWriteMethod() != null) {
                namen.put(d.getName(), meerwaardig(d.getPropertyType()));
            }
        }
    }

    private static boolean meerwaardig(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }
}
