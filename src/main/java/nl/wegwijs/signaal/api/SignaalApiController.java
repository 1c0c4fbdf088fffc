package nl.wegwijs.signaal.api;

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
import nl.wegwijs.signaal.Actiepunt;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalId;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.system.NietGevonden;

/**
 * Signals and their plan van aanpak. A household or signal the acting medewerker may not see does not exist (404);
 * raising and changing need a guiding role on a running trajectory (otherwise 422); a stale version is a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Signalen", description = "Signalen over een huishouden, van de begeleiding naar de gemeente en "
        + "andersom, met urgentie en een plan van aanpak.")
class SignaalApiController {

    private final SignaalService signalen;

    SignaalApiController(SignaalService signalen) {
        this.signalen = signalen;
    }

    @GetMapping("/signalen")
    @Operation(summary = "De open signalen van de huishoudens die u mag zien, meest dringend eerst (zonder vrije tekst)")
    SignaalPagina open(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het laatste signaal van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        SignaalService.OpenSignalen pagina = signalen.open(ik, na == null ? null : new SignaalId(na), aantal);
        return new SignaalPagina(pagina.signalen().stream().map(SignaalRegelResource::from).toList(),
                pagina.volgende() == null ? null : pagina.volgende().value());
    }

    @GetMapping("/huishoudens/{id}/signalen")
    @Operation(summary = "De signalen van een huishouden: open eerst, meest dringend eerst, dan de nieuwste")
    SignaalPagina vanHuishouden(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Parameter(description = "id van het laatste signaal van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        SignaalService.SignalenVanHuishouden pagina = signalen.signalen(ik, new HuishoudenId(id),
                na == null ? null : new SignaalId(na), aantal);
        return new SignaalPagina(pagina.signalen().stream().map(SignaalRegelResource::from).toList(),
                pagina.volgende() == null ? null : pagina.volgende().value());
    }

    @PostMapping("/huishoudens/{id}/signalen")
    @Operation(summary = "Een signaal melden", description = "De richting volgt uit uw rol: van de uitvoerder naar "
            + "de gemeente, of van de gemeente naar de begeleiding.")
    ResponseEntity<SignaalResource> meld(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody SignaalRequest signaal) {
        Signaal s = signalen.meld(ik, new HuishoudenId(id), signaal.toNieuwSignaal());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/signalen/{id}").build(s.id().value())).body(SignaalResource.from(s));
    }

    @GetMapping("/signalen/{id}")
    @Operation(summary = "Eén signaal met zijn plan van aanpak")
    SignaalResource signaal(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        return signalen.find(ik, new SignaalId(id)).map(i -> SignaalResource.from(i.signaal()))
            .orElseThrow(NietGevonden::new);
    }

    @PutMapping("/signalen/{id}")
    @Operation(summary = "Een signaal bijwerken, afsluiten of heropenen", description = "Geef de versie mee die u "
            + "het laatst las; is die verouderd, dan 409 en wordt er niets opgeslagen.")
    SignaalResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody SignaalWijzigingRequest wijziging) {
        return SignaalResource.from(signalen.wijzig(ik, new SignaalId(id),
                java.util.Objects.requireNonNull(wijziging.versie()), wijziging.toWijziging()));
    }

    @PostMapping("/signalen/{id}/acties")
    @Operation(summary = "Een actie aan het plan van aanpak toevoegen")
    ResponseEntity<ActiepuntResource> voegActieToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody ActiepuntRequest actie) {
        Actiepunt a = signalen.voegActieToe(ik, new SignaalId(id), actie.toGegevens());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{actieId}")
                .build(a.id())).body(ActiepuntResource.from(a));
    }

    @PutMapping("/signalen/{id}/acties/{actieId}")
    @Operation(summary = "Een actie wijzigen of afvinken (gedaanOp)", description = "Geef de versie van de actie "
            + "mee die u het laatst las; is die verouderd, dan 409.")
    ActiepuntResource wijzigActie(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID actieId, @Valid @RequestBody ActiepuntWijziging actie) {
        return ActiepuntResource.from(signalen.wijzigActie(ik, new SignaalId(id), actieId,
                java.util.Objects.requireNonNull(actie.versie()), actie.toGegevens()));
    }
}
