package nl.wegwijs.post.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.post.Brief;
import nl.wegwijs.post.BriefId;
import nl.wegwijs.post.PostService;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * A household's letters. A household or letter the acting medewerker may not see does not exist (404); a letter of a
 * category they may not see without a consent (a budgetcoach sees the letters about money only, a regievoerder the
 * others) is a 403 naming the category, and is left out of the list; recording needs a guiding role on a running trajectory (otherwise 422); a stale version is a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Post", description = "Brieven van een huishouden: afzender, ontvangst, wat er moet gebeuren, deadline "
        + "en wie het afhandelde.")
class BriefApiController {

    private final PostService post;
    private final Clock clock;

    BriefApiController(PostService post, Clock clock) {
        this.post = post;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/brieven")
    @Operation(summary = "De brieven van een huishouden, per pagina",
            description = "Eerst wat nog moet gebeuren (op deadline), daarna de afgehandelde (nieuwste eerst); "
                    + "keyset. Geen filters of sortering (de lijst hoort bij één huishouden). Wie het huishouden "
                    + "niet ziet krijgt 404; zonder toestemming voor voortgang 403. Het veld volgende is de volledige URL van de volgende pagina, of null op de laatste pagina. Een onbekende parameter of een aantal buiten 1 tot en met 100 geeft 400. Vastgelegd "
                    + "in het verwerkingslog.")
    BriefPagina brieven(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Parameter(description = "Het id van het laatste brief van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel brieven per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        PostService.PostVanHuishouden pagina = post.brieven(ik, new HuishoudenId(id),
                na == null ? null : new BriefId(na), aantal);
        if (!pagina.magIetsZien()) {
            pagina.inzage().vereis(Gegevenssoort.VOORTGANG);
        }
        LocalDate vandaag = LocalDate.now(clock);
        return BriefPagina.van(pagina.brieven().stream().map(b -> BriefResource.from(b, vandaag)).toList(),
                pagina.volgende() == null ? null : pagina.volgende().value());
    }

    @PostMapping("/huishoudens/{id}/brieven")
    @Operation(summary = "Een brief registreren die het huishouden kreeg",
            description = "Legt een brief vast: afzender, ontvangst, onderwerp, wat er moet gebeuren en de deadline; "
                    + "zonder status is hij OPEN. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Een brief hoort bij financiën (belastingdienst, gemeente, UWV, "
                    + "zorgverzekeraar, verhuurder, energie, CJIB) of bij voortgang (DUO, school, anders); een brief "
                    + "van een soort die u niet mag zien (zonder toestemming) geeft 403. Vastleggen mag wie het "
                    + "huishouden begeleidt (vrijwilliger als toegewezen, begeleider, teamleider, regievoerder, "
                    + "budgetcoach) zolang het traject niet is afgesloten; anders 422 (post.niet-toegestaan of "
                    + "post.traject-afgesloten). Ook 422: een persoon buiten het huishouden, ANDERS zonder "
                    + "afzendernaam, een deadline voor de ontvangst, afgehandeld zonder wie het afhandelde. Een "
                    + "ontbrekend verplicht veld, een ontvangstdatum in de toekomst of te lange tekst geeft 400. De "
                    + "brief komt in het verwerkingslog en de poststand van het huishouden (werklijst) wordt "
                    + "bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Geregistreerd; Location wijst naar de nieuwe brief",
            headers = @Header(name = "Location", description = "adres van de nieuwe brief",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/brieven/3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a")))
    ResponseEntity<BriefResource> registreer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id, @Valid @RequestBody BriefRequest brief) {
        Brief b = post.registreer(ik, new HuishoudenId(id), brief.toGegevens());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/brieven/{id}").build(b.id().value()))
            .body(BriefResource.from(b, LocalDate.now(clock)));
    }

    @GetMapping("/brieven/{id}")
    @Operation(summary = "Eén brief",
            description = "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: "
                    + "die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Een "
                    + "brief hoort bij financiën (belastingdienst, gemeente, UWV, zorgverzekeraar, verhuurder, "
                    + "energie, CJIB) of bij voortgang (DUO, school, anders); een brief van een soort die u niet mag "
                    + "zien (zonder toestemming) geeft 403. Het lezen komt in het verwerkingslog.")
    BriefResource brief(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de brief", example = "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a")
                    @PathVariable UUID id) {
        return post.find(ik, new BriefId(id)).map(i -> BriefResource.from(i.brief(), LocalDate.now(clock)))
            .orElseThrow(NietGevonden::new);
    }

    @PutMapping("/brieven/{id}")
    @Operation(summary = "Een brief wijzigen of afhandelen", description = "Vervangt de brief; geef de versie mee "
            + "die u het laatst las. Is die verouderd, dan 409 en wordt er niets opgeslagen. Een veld dat u weglaat "
            + "wordt leeg. Afhandelen: status AFGEHANDELD of GEEN_ACTIE, met wie het afhandelde. Alleen voor wie het "
            + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of "
            + "toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
            + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Een brief hoort bij financiën "
            + "(belastingdienst, gemeente, UWV, zorgverzekeraar, verhuurder, energie, CJIB) of bij voortgang (DUO, "
            + "school, anders); een brief van een soort die u niet mag zien (zonder toestemming) geeft 403. "
            + "Vastleggen mag wie het huishouden begeleidt (vrijwilliger als toegewezen, begeleider, teamleider, "
            + "regievoerder, budgetcoach) zolang het traject niet is afgesloten; anders 422 (post.niet-toegestaan of "
            + "post.traject-afgesloten). "
            + "Ook 422: een persoon buiten het huishouden, ANDERS zonder afzendernaam, een deadline voor de "
            + "ontvangst, afgehandeld zonder wie het afhandelde. Een ontbrekend verplicht veld, een ontvangstdatum in "
            + "de toekomst of te lange tekst geeft 400. De brief komt in het verwerkingslog en de poststand van het "
            + "huishouden (werklijst) wordt bijgewerkt.")
    BriefResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de brief", example = "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a")
                    @PathVariable UUID id,
            @Valid @RequestBody BriefWijziging wijziging) {
        Brief b = post.wijzig(ik, new BriefId(id), java.util.Objects.requireNonNull(wijziging.versie()),
                wijziging.toGegevens());
        return BriefResource.from(b, LocalDate.now(clock));
    }
}
