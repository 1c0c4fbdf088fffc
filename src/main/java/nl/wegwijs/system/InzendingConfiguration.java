package nl.wegwijs.system;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Idempotent form posts (see {@link DubbeleInzendingFilter}). Spring Security registers the bean
 * {@value #PROCESSOR} (its CSRF field in every form); Spring MVC and Thymeleaf look that bean up by name, so it is
 * wrapped here rather than replaced: the form token is added beside the CSRF field.
 */
@Configuration(proxyBeanMethods = false)
class InzendingConfiguration {

    static final String PROCESSOR = "requestDataValueProcessor";

    /** After Spring Security's filter chain (order -100): the CSRF check has passed and the user is known. */
    static final int VOLGORDE = 0;

    @Bean
    static BeanPostProcessor formulierTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String naam) {
                if (PROCESSOR.equals(naam) && bean instanceof RequestDataValueProcessor processor
                        && !(bean instanceof FormulierTokenProcessor)) {
                    return new FormulierTokenProcessor(processor);
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<DubbeleInzendingFilter> dubbeleInzendingFilter(Inzendingen inzendingen,
            MessageSource messages, LocaleResolver localeResolver, Clock clock,
            @Value("${wegwijs.formulier.wachttijd:PT10S}") Duration wachttijd,
            @Value("${wegwijs.formulier.verlaten-na:PT5M}") Duration verlatenNa) {
        FilterRegistrationBean<DubbeleInzendingFilter> registratie = new FilterRegistrationBean<>(
                new DubbeleInzendingFilter(inzendingen, messages, localeResolver, clock, wachttijd, verlatenNa));
        registratie.setOrder(VOLGORDE);
        return registratie;
    }
}
