package nl.wegwijs.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link TraceFilter} before every other filter (Spring Security's chain included). */
@Configuration(proxyBeanMethods = false)
class TraceConfiguration {

    @Bean
    FilterRegistrationBean<TraceFilter> traceFilter() {
        FilterRegistrationBean<TraceFilter> registratie = new FilterRegistrationBean<>(new TraceFilter());
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }
}
