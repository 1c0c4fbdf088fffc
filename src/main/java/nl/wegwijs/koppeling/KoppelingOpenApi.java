package nl.wegwijs.koppeling;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares in the OpenAPI document how to get in: OAuth 2.0 client credentials (token URL and every scope) for
 * systems, the session cookie for the browser, and applies both globally (either one is enough).
 */
@Configuration(proxyBeanMethods = false)
class KoppelingOpenApi {

    static final String OAUTH2 = "oauth2";
    static final String SESSIE = "sessie";

    @Bean
    OpenApiCustomizer koppelingBeveiligingsschema() {
        return openApi -> {
            Scopes scopes = new Scopes();
            for (String o : nl.wegwijs.koppeling.Scopes.onderdelen()) {
                scopes.addString(o + nl.wegwijs.koppeling.Scopes.LEZEN, "Lezen: " + o);
                scopes.addString(o + nl.wegwijs.koppeling.Scopes.SCHRIJVEN, "Schrijven: " + o);
            }
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                .addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                    .description("Een koppeling (API-client) die de beheerder registreerde haalt met client "
                            + "credentials een JWT op en stuurt die mee als Authorization: Bearer. GET en HEAD vragen "
                            + "<onderdeel>.lezen, andere methoden <onderdeel>.schrijven.")
                    .flows(new OAuthFlows().clientCredentials(new OAuthFlow()
                        .tokenUrl(KoppelingBeveiliging.TOKEN_PAD).scopes(scopes))))
                .addSecuritySchemes(SESSIE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.COOKIE).name("SESSION")
                    .description("De sessie van een ingelogde medewerker in de browser; schrijven vraagt dan ook het "
                            + "CSRF-token (header X-XSRF-TOKEN, uit de cookie XSRF-TOKEN)."));
            openApi.setSecurity(List.of(new SecurityRequirement().addList(OAUTH2), new SecurityRequirement()
                .addList(SESSIE)));
            // per operation the one scope it needs
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((pad, item) -> item.readOperationsMap().forEach((methode, operatie) -> {
                    String volledig = pad.startsWith("/api/v1/") ? pad : "/api/v1" + pad;
                    String nodig = nl.wegwijs.koppeling.Scopes.nodig(methode.name(), volledig);
                    if (nodig != null) {
                        operatie.setSecurity(List.of(new SecurityRequirement().addList(OAUTH2, nodig),
                                new SecurityRequirement().addList(SESSIE)));
                    }
                }));
            }
        };
    }
}
