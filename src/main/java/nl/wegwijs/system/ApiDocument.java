package nl.wegwijs.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes the OpenAPI document say what the server does, whatever each controller declares: a stable operation id per
 * controller method, the {@code API-Version} header on every response, the problem+json errors every operation can
 * answer (with the one {@code Probleem} schema that {@link Kaderfouten#probleem} and {@link ApiFouten} write), and the
 * media types the server really sends instead of springdoc's {@code *}{@code /*}.
 */
final class ApiDocument {

    static final String JSON = "application/json";
    static final String PROBLEEM_JSON = "application/problem+json";
    static final String PROBLEEM = "Probleem";
    static final String ONGELDIGE_PARAMETER = "OngeldigeParameter";
    static final String VERSIEKOP = "API-Version";
    static final String LOCATIE = "Location";


    /** The errors every operation can answer, with what each means here. */
    private static final Map<String, String> ALTIJD = new LinkedHashMap<>();
    /** The errors only a write can answer (409, 422; 415 only with a body). */
    private static final Map<String, String> SCHRIJVEN = new LinkedHashMap<>();
    private static final Set<PathItem.HttpMethod> SCHRIJFMETHODEN = Set.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    static {
        ALTIJD.put("400", "Ongeldige invoer: een parameter of de body klopt niet of is onleesbaar. Bij velden noemt "
                + "invalidParams welke en waarom. Er is niets opgeslagen.");
        ALTIJD.put("401", "Niet aangemeld.");
        ALTIJD.put("403", "Geen toegang: uw rol mag dit niet, de cliënt gaf geen toestemming voor deze gegevens "
                + "(gegevenssoort), of het CSRF-token ontbreekt. Er is niets opgeslagen.");
        ALTIJD.put("404", "Niet gevonden: het bestaat niet, of u mag het niet zien.");
        ALTIJD.put("406", "Het gevraagde formaat (Accept) kan niet; de API antwoordt alleen in JSON.");
        ALTIJD.put("500", "Onverwachte fout in Wegwijs.");
        SCHRIJVEN.put("409", "Gelijktijdig gewijzigd: de versie die u meestuurde is niet meer de laatste. Lees "
                + "opnieuw en probeer het nog eens. Er is niets opgeslagen.");
        SCHRIJVEN.put("415", "Het formaat van de body (Content-Type) kan niet; stuur JSON.");
        SCHRIJVEN.put("422", "De invoer is leesbaar, maar een regel staat het niet toe; code noemt de regel. Er is "
                + "niets opgeslagen.");
    }

    private ApiDocument() {
    }

    /** {@code HuishoudenApiController.wijzig} gives {@code huishoudenWijzig}. */
    static String operatieId(Class<?> controller, String methode) {
        String naam = ClassUtils.getUserClass(controller).getSimpleName();
        for (String achtervoegsel : new String[] { "ApiController", "Controller" }) {
            if (naam.endsWith(achtervoegsel) && naam.length() > achtervoegsel.length()) {
                naam = naam.substring(0, naam.length() - achtervoegsel.length());
                break;
            }
        }
        return Character.toLowerCase(naam.charAt(0)) + naam.substring(1) + Character.toUpperCase(methode.charAt(0))
                + methode.substring(1);
    }

    /**
     * Sets each operation's id from its controller and method (an id a controller gave in {@code @Operation} stays,
     * so the ids clients already use do not change), and refuses (the document then cannot be built) two controller
     * methods that would get the same id.
     */
    static final class OperatieIds implements GlobalOperationCustomizer {

        private final Map<String, String> eigenaren = new ConcurrentHashMap<>();

        @Override
        public Operation customize(Operation operation, HandlerMethod handler) {
            var annotatie = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
            String id = annotatie != null && !annotatie.operationId().isBlank() ? annotatie.operationId()
                    : operatieId(handler.getBeanType(), handler.getMethod().getName());
            String eigenaar = ClassUtils.getUserClass(handler.getBeanType()).getName() + "#"
                    + handler.getMethod().toGenericString();
            String eerder = eigenaren.putIfAbsent(id, eigenaar);
            if (eerder != null && !eerder.equals(eigenaar)) {
                throw new IllegalStateException("Operation id " + id + " would be used by both " + eerder + " and "
                        + eigenaar + ": give one of the methods another name");
            }
            return operation.operationId(id);
        }
    }

    /** Completes the document; called after the paths are relative to the server. */
    static void vul(OpenAPI api, String versie) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addHeaders(VERSIEKOP, new Header()
            .description("De volledige versie van de API (semver), op elk antwoord.")
            .required(true)
            .schema(tekst().example(versie)));
        components.addHeaders(LOCATIE, new Header()
            .description("Het adres van wat er gemaakt is.")
            .required(true)
            .schema(tekst().format("uri-reference")));
        components.addSchemas(ONGELDIGE_PARAMETER, ongeldigeParameter());
        components.addSchemas(PROBLEEM, probleem());
        beveiliging(api, components);
        Map<String, String> ids = new TreeMap<>();
        List<String> dubbel = new ArrayList<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((pad, item) -> item.readOperationsMap().forEach((methode, operatie) -> {
                vulOperatie(methode, operatie);
                String id = operatie.getOperationId();
                String eerder = ids.put(id, methode + " " + pad);
                if (id == null || eerder != null) {
                    dubbel.add(id + ": " + eerder + " and " + methode + " " + pad);
                }
            }));
        }
        if (!dubbel.isEmpty()) {
            throw new IllegalStateException("Operation ids must be unique and present: " + dubbel);
        }
    }

    private static void vulOperatie(PathItem.HttpMethod methode, Operation operatie) {
        if (operatie.getRequestBody() != null && operatie.getRequestBody().getContent() != null) {
            alsJson(operatie.getRequestBody().getContent());
        }
        ApiResponses antwoorden = operatie.getResponses() == null ? new ApiResponses() : operatie.getResponses();
        operatie.setResponses(antwoorden);
        Map<String, String> fouten = new LinkedHashMap<>(ALTIJD);
        if (SCHRIJFMETHODEN.contains(methode)) {
            SCHRIJVEN.forEach((code, tekst) -> {
                if (!"415".equals(code) || operatie.getRequestBody() != null) {
                    fouten.put(code, tekst);
                }
            });
        }
        fouten.forEach((code, tekst) -> antwoorden.computeIfAbsent(code, c -> new ApiResponse()));
        ApiResponses gesorteerd = new ApiResponses();
        new TreeMap<>(antwoorden).forEach((code, antwoord) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if (antwoord.getDescription() == null || antwoord.getDescription().isBlank()) {
                    antwoord.setDescription(fouten.getOrDefault(code, "Fout"));
                }
                antwoord.setContent(new Content().addMediaType(PROBLEEM_JSON,
                        new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEEM))));
            }
            else if (antwoord.getContent() != null) {
                alsJson(antwoord.getContent());
            }
            if (antwoord.get$ref() == null) {
                antwoord.addHeaderObject(VERSIEKOP, new Header().$ref("#/components/headers/" + VERSIEKOP));
                if ("201".equals(code)) {
                    antwoord.addHeaderObject(LOCATIE, new Header().$ref("#/components/headers/" + LOCATIE));
                }
            }
            gesorteerd.addApiResponse(code, antwoord);
        });
        operatie.setResponses(gesorteerd);
    }

    /** springdoc's {@code *}{@code /*} means "what the converter picks": for this API always JSON. */
    private static void alsJson(Content content) {
        MediaType alles = content.remove("*/*");
        if (alles != null && !content.containsKey(JSON)) {
            content.addMediaType(JSON, alles);
        }
    }

    /**
     * The browser session as a security scheme, unless a module (koppeling: OAuth 2.0 client credentials) already
     * declared the schemes and the document-wide requirement; then that declaration stands.
     */
    private static void beveiliging(OpenAPI api, Components components) {
        if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey("sessie")) {
            components.addSecuritySchemes("sessie", new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE)
                .name("SESSION")
                .description("De sessie van een medewerker die in de browser is aangemeld. Een schrijvend verzoek "
                        + "stuurt dan ook de waarde van het cookie XSRF-TOKEN mee in de kop X-XSRF-TOKEN."));
        }
        if (api.getSecurity() == null || api.getSecurity().isEmpty()) {
            api.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList("sessie"))));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema probleem() {
        Map<String, Schema> velden = new LinkedHashMap<>();
        velden.put("type", tekst().format("uri")
            .description("Welke soort fout, als URI.").example("https://wegwijs.nl/problemen/niet-gevonden"));
        velden.put("title", tekst().description("Korte titel van de soort fout.").example("Niet gevonden"));
        velden.put("status", new JsonSchema().types(Set.of("integer")).format("int32")
            .description("De HTTP-statuscode.").example(404));
        velden.put("detail", tekst().description("Wat er mis is, in de taal van de gebruiker (Nederlands, of Engels "
                + "met lang=en).").example("Dit bestaat niet, of u mag het niet zien."));
        velden.put("instance", tekst().format("uri-reference")
            .description("Het pad van het verzoek dat fout ging.").example("/api/v1/huishoudens/0b6f3c1e-8c2d-4f7a-9a51-3d2f1e0c9b7a"));
        velden.put("invalidParams", new JsonSchema().types(Set.of("array"))
            .description("Bij 400: de velden of parameters die niet kloppen.")
            .items(new JsonSchema().$ref("#/components/schemas/" + ONGELDIGE_PARAMETER)));
        velden.put("code", tekst().description("Bij 422: de sleutel van de regel die het weigerde.")
            .example("api.versie.leeg"));
        velden.put("gegevenssoort", tekst().description("Bij 403 wegens toestemming: de gegevenssoort waarvoor de "
                + "cliënt geen toestemming gaf. Bij 422 wegens een ontbrekende toestemming (bijvoorbeeld om door te "
                + "verwijzen): de gegevenssoort die de handeling zou delen.").example("FINANCIEN"));
        velden.put("doel", tekst().description("Bij 422 wegens een ontbrekende toestemming: het doel waarvoor de "
                + "toestemming nodig is.").example("DOORVERWIJZING"));
        return new JsonSchema().types(Set.of("object"))
            .description("Een fout volgens RFC 9457 (problem+json).")
            .properties(velden)
            .required(List.of("type", "title", "status", "detail"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema ongeldigeParameter() {
        Map<String, Schema> velden = new LinkedHashMap<>();
        velden.put("name", tekst().description("Het veld of de parameter.").example("adres.postcode"));
        velden.put("reason", tekst().description("Waarom het niet klopt.").example("moet 4 cijfers en 2 letters zijn"));
        return new JsonSchema().types(Set.of("object"))
            .description("Een veld of parameter die niet klopt.")
            .properties(velden)
            .required(List.of("name", "reason"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema tekst() {
        return new JsonSchema().types(Set.of("string"));
    }
}
