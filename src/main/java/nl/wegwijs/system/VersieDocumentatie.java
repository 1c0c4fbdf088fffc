package nl.wegwijs.system;

import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The OpenAPI document tells what {@link VersieFilter} does, per operation from the same {@link Versiegebruik}: an
 * {@code If-Match} header and the 412 (and, where a version is needed, 428) problem responses on every write with a
 * version; the {@code ETag} response header, {@code If-None-Match} and 304 on every read whose answer has one.
 */
@Configuration(proxyBeanMethods = false)
class VersieDocumentatie {

    static final String PROBLEEM = "#/components/schemas/Probleem";

    @Bean
    OperationCustomizer versieInHetDocument() {
        return (operation, handler) -> {
            Set<RequestMethod> methoden = Versiegebruik.methoden(handler.getMethod());
            Versiegebruik gebruik = Versiegebruik.van(handler);
            if (gebruik.heeftVersie() && !methoden.contains(RequestMethod.GET)) {
                schrijven(operation, gebruik);
            }
            else if (methoden.contains(RequestMethod.GET) && Versiegebruik.heeftVersie(antwoordtype(handler))) {
                lezen(operation);
            }
            return operation;
        };
    }

    /** The problem schema, when no other part of the document defined it (the API document's own customizer does). */
    @Bean
    OpenApiCustomizer probleemSchemaAlsHetOntbreekt() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            if (openApi.getComponents().getSchemas() == null
                    || !openApi.getComponents().getSchemas().containsKey("Probleem")) {
                openApi.getComponents().addSchemas("Probleem", new ObjectSchema()
                    .description("Een fout als application/problem+json (RFC 9457), in het Nederlands")
                    .addProperty("type", new StringSchema().format("uri"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema().format("uri-reference"))
                    .addProperty("invalidParams", new ArraySchema().items(new ObjectSchema()
                        .addProperty("name", new StringSchema()).addProperty("reason", new StringSchema()))));
            }
        };
    }

    private static void schrijven(Operation operation, Versiegebruik gebruik) {
        String waar = gebruik.plaats() == Versiegebruik.Plaats.QUERY ? "de parameter versie" : "het veld versie";
        operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
            .description("De ETag die u het laatst las (bijvoorbeeld \"3\"), in plaats van " + waar + ". Geeft u "
                    + "beide, dan moeten ze gelijk zijn. Is de versie verouderd, dan 412 en wordt er niets "
                    + "opgeslagen.")
            .schema(new StringSchema().example("\"3\"")));
        ApiResponses antwoorden = antwoorden(operation);
        antwoorden.addApiResponse("412", probleem("De versie in If-Match is verouderd, of verschilt van "
                + waar + "; er is niets opgeslagen."));
        if (gebruik.nodig()) {
            antwoorden.addApiResponse("428", probleem("Er is geen versie meegegeven: niet in If-Match en niet in "
                    + waar + "."));
        }
    }

    private static void lezen(Operation operation) {
        operation.addParametersItem(new HeaderParameter().name("If-None-Match").required(false)
            .description("De ETag die u al heeft; is die nog de huidige, dan 304 zonder inhoud.")
            .schema(new StringSchema().example("\"3\"")));
        Header etag = new Header().description("De versie van wat u leest; stuur haar bij een wijziging terug in "
                + "If-Match.").schema(new StringSchema().example("\"3\""));
        ApiResponses antwoorden = antwoorden(operation);
        ApiResponse ok = antwoorden.get("200");
        if (ok != null) {
            ok.addHeaderObject("ETag", etag);
        }
        antwoorden.addApiResponse("304", new ApiResponse().description("Niet gewijzigd sinds de ETag in "
                + "If-None-Match.").addHeaderObject("ETag", etag));
    }

    private static ApiResponses antwoorden(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static ApiResponse probleem(String beschrijving) {
        return new ApiResponse().description(beschrijving).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref(PROBLEEM))));
    }

    private static Class<?> antwoordtype(org.springframework.web.method.HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(HttpEntity.class).getGeneric(0);
        }
        return type.toClass();
    }
}
