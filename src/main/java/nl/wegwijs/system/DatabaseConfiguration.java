package nl.wegwijs.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured ({@code WEGWIJS_DB_URL} / {@code spring.datasource.url} unset) Wegwijs starts an
 * embedded PostgreSQL with its data in {@code wegwijs.database.directory} (default {@code ./data}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${wegwijs.database.directory:data}") Path directory,
            @Value("${wegwijs.database.port:0}") int port,
            @Value("${wegwijs.database.clean:false}") boolean clean,
            @Value("${wegwijs.database.pool-size:10}") int poolSize) {
        DataSource postgres = EmbeddedDatabase.start(directory, port, clean);
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("wegwijs-embedded");
        return new HikariDataSource(config);
    }
}
