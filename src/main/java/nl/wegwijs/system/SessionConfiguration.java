package nl.wegwijs.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), with PostgreSQL's own statements: a session attribute is written with
 * {@code insert ... on conflict do update}. Without it two requests of one user at the same time (an htmx request
 * beside a form post, two tabs) that both add the same attribute, such as the flash message of a redirect, race on
 * the plain {@code insert} and the second answers 500 with a duplicate key (seen in the load benchmark).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessies() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
