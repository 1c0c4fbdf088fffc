package nl.wegwijs.system;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's message source: Spring Boot's own, configured by the same {@code spring.messages.*} settings
 * (basenames, encoding, fallback, cache duration, message format, code as default), but with the per-locale index
 * of {@link IndexedMessageSource}. Boot steps back from its own bean when this one exists.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean
    MessageSource messageSource(Environment environment) {
        MessageSourceProperties instellingen = Binder.get(environment)
                .bind("spring.messages", MessageSourceProperties.class)
                .orElseGet(MessageSourceProperties::new);
        IndexedMessageSource bron = new IndexedMessageSource();
        bron.setBasenames(instellingen.getBasename().toArray(String[]::new));
        if (instellingen.getEncoding() != null) {
            bron.setDefaultEncoding(instellingen.getEncoding().name());
        }
        bron.setFallbackToSystemLocale(instellingen.isFallbackToSystemLocale());
        if (instellingen.getCacheDuration() != null) {
            bron.setCacheMillis(instellingen.getCacheDuration().toMillis());
        }
        bron.setAlwaysUseMessageFormat(instellingen.isAlwaysUseMessageFormat());
        bron.setUseCodeAsDefaultMessage(instellingen.isUseCodeAsDefaultMessage());
        return bron;
    }
}
