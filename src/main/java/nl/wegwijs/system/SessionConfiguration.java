package nl.wegwijs.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), with PostgreSQL's own statements: a session attribute is written with
 * {@code insert ... on conflict do update}. Without it two requests of one user at the same time (an htmx request
 * beside a form post, two tabs) that both add the same attribute, such as the flash message of a redirect, race on
 * the plain {@code insert} and the second answers 500 with a duplicate key (seen in the load benchmark). The session
 * filter works on {@link Sessieopslag}: one statement per request instead of three (issue 21).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessies() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Session's filter, on {@link Sessieopslag} over the JDBC store, with the same cookie (Spring Boot's
     * {@link CookieSerializer} from {@code server.servlet.session.cookie.*}) or the application's own id resolver.
     */
    @Bean
    static BeanPostProcessor zuinigeSessies(ObjectProvider<JdbcIndexedSessionRepository> jdbc,
            ObjectProvider<HttpSessionIdResolver> resolver, ObjectProvider<CookieSerializer> cookie) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String naam) {
                if (!(bean instanceof SessionRepositoryFilter<?>) || bean instanceof Sessieopslag.Filter<?>) {
                    return bean;
                }
                HttpSessionIdResolver ids = resolver.getIfAvailable(() -> {
                    CookieHttpSessionIdResolver standaard = new CookieHttpSessionIdResolver();
                    cookie.ifAvailable(standaard::setCookieSerializer);
                    return standaard;
                });
                return new Sessieopslag.Filter<>(new Sessieopslag<>(jdbc.getObject()), ids);
            }
        };
    }
}
