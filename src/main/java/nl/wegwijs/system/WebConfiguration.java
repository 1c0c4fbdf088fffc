package nl.wegwijs.system;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Dutch first: the default locale is {@code nl}; {@code ?lang=en} switches to English for the session, and any
 * other value of {@code lang} is ignored.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The languages of the message bundles. */
    static final java.util.Set<String> TALEN = java.util.Set.of("nl", "en");

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocale(Locale.forLanguageTag("nl"));
        return resolver;
    }

    /**
     * The page size of an API list: a whole number from 1 to {@link Paginering#MAX}; anything else is a 400 naming
     * the parameter, never silently clamped.
     */
    static void controleerAantal(@org.jspecify.annotations.Nullable String aantal) {
        if (aantal == null) {
            return;
        }
        try {
            int n = Integer.parseInt(aantal.strip());
            if (n >= 1 && n <= Paginering.MAX) {
                return;
            }
        }
        catch (NumberFormatException geenGetal) {
            // below
        }
        throw new OngeldigeParameter("aantal", "fout.aantal");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String taal = request.getParameter(getParamName());
                // only the languages Wegwijs speaks; anything else (?lang=../../etc) is ignored, never an error
                return taal == null || TALEN.contains(taal) ? super.preHandle(request, response, handler) : true;
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler) {
                controleerAantal(request.getParameter("aantal"));
                return true;
            }
        }).addPathPatterns("/api/**");
        registry.addInterceptor(new BekendeParameters()).addPathPatterns("/api/**");
    }
}
