package nl.wegwijs.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API follows the NL API Design Rules: the major version lives in the server URL ({@code /api/v1}), paths
 * in the OpenAPI document are relative to it, every response carries the full {@code API-Version}.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    static final String BASIS = "/api/v1";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiVersionFilter(@Value("${wegwijs.api.version}") String versie) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                response.setHeader("API-Version", versie);
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(BASIS + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    OpenApiCustomizer nlApiDesignRules(@Value("${wegwijs.api.version}") String versie) {
        return openApi -> {
            openApi.info(new Info().title("Wegwijs API")
                .description("""
                        Maatschappelijke begeleiding van statushouders: huishoudens, personen, trajecten en alles \
                        wat begeleiders, teamleiders, regievoerders en budgetcoaches ermee doen. U ziet en wijzigt \
                        alleen wat uw rol en organisatie mogen; wat u niet mag zien bestaat voor u niet (404). \
                        Elke fout is application/problem+json (RFC 9457) met een Nederlandse uitleg; lang=en geeft \
                        Engels. Wijzigingen sturen de versie mee die u het laatst las; is die verouderd, dan 409. \
                        Lijsten zijn per pagina (aantal 1 tot en met 100). De wijzigingen per versie staan in \
                        docs/api-changelog.md.""")
                .version(versie)
                .contact(new Contact().name("Wegwijs").email("api@wegwijs.nl").url("https://wegwijs.nl")));
            openApi.servers(List.of(new Server().url(BASIS).description("Wegwijs API v1")));
            Paths relatief = new Paths();
            var paden = new LinkedHashMap<String, PathItem>(openApi.getPaths() == null ? java.util.Map.of()
                    : openApi.getPaths());
            paden.forEach((pad, item) -> relatief.addPathItem(
                    pad.startsWith(BASIS) ? pad.substring(BASIS.length()) : pad, item));
            openApi.setPaths(relatief);
            ApiDocument.vul(openApi, versie);
        };
    }

    /** Operation ids from controller and method ({@code huishoudenWijzig}), unique or no document at all. */
    @Bean
    ApiDocument.OperatieIds operatieIds() {
        return new ApiDocument.OperatieIds();
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI();
    }
}
