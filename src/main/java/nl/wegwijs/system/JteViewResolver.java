package nl.wegwijs.system;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Resolves a controller's view name to a precompiled JTE template: "werklijst/overzicht" to
 * {@code werklijst/overzicht.jte}, a fragment "werklijst/overzicht :: lijst" (arguments ignored) to
 * {@code werklijst/overzicht/lijst.jte}. Redirects and forwards are left to Spring MVC.
 */
final class JteViewResolver implements ViewResolver, Ordered {

    private final MessageSource messages;
    private final ObjectProvider<RequestDataValueProcessor> formulieren;
    private final @Nullable ViewResolver vergelijkMet;
    private final Map<String, Optional<View>> views = new ConcurrentHashMap<>();

    JteViewResolver(MessageSource messages, ObjectProvider<RequestDataValueProcessor> formulieren,
            @Nullable ViewResolver vergelijkMet) {
        this.messages = messages;
        this.formulieren = formulieren;
        this.vergelijkMet = vergelijkMet;
    }

    static String template(String naam) {
        int fragment = naam.indexOf("::");
        if (fragment < 0) {
            return naam.strip() + ".jte";
        }
        String deel = naam.substring(fragment + 2).strip();
        int haakje = deel.indexOf('(');
        if (haakje >= 0) {
            deel = deel.substring(0, haakje).strip();
        }
        return naam.substring(0, fragment).strip() + "/" + deel + ".jte";
    }

    @Override
    public @Nullable View resolveViewName(String naam, Locale locale) {
        if (naam.startsWith("redirect:") || naam.startsWith("forward:")) {
            return null;
        }
        return views.computeIfAbsent(naam, n -> {
            String template = template(n);
            return JteView.engine().hasTemplate(template)
                    ? Optional.of(new JteView(template, n, messages, formulieren.getIfAvailable(), vergelijkMet))
                    : Optional.empty();
        }).orElse(null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
