package nl.wegwijs.signaal.api;

import java.util.Objects;
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
import nl.wegwijs.signaal.SignaalBericht;
import nl.wegwijs.signaal.SignaalId;
import nl.wegwijs.signaal.SignaalStatus;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.system.NietGevonden;

/**
 * Signals, their thread and their plan van aanpak. A household or signal the acting medewerker may not see does not
 * exist (404); raising and replying need a guiding role on a running trajectory, managing (stand, plan) also the
 * rule of {@link SignaalService#magBeheren} (otherwise 422); a stale version is a 409. The report as raised is never
 * changed.
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
        return SignaalPagina.van(pagina.signalen().stream().map(SignaalRegelResource::from).toList(),
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
        return SignaalPagina.van(pagina.signalen().stream().map(SignaalRegelResource::from).toList(),
                pagina.volgende() == null ? null : pagina.volgende().value());
    }

    @PostMapping("/huishoudens/{id}/signalen")
    @Operation(summary = "Een signaal melden", description = "Kies aan wie: aan de regievoerder (REGIEVOERDER), de "
            + "teamleider (TEAMLEIDER), de begeleiding van het huishouden (BEGELEIDING), of één toegewezen begeleider "
            + "of vrijwilliger (aanMedewerkerId). Zonder keuze: van de uitvoerder naar de regievoerder, van de "
            + "gemeente naar de begeleiding.")
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

    @PutMapping("/signalen/{id}/stand")
    @Operation(summary = "De stand van een signaal zetten: in behandeling, open, afgesloten of heropend",
            description = "De melding zelf verandert nooit. Afsluiten vraagt een toelichting (afsluitnotitie). Alleen "
                    + "wie het signaal mag beheren: teamleider, regievoerder, de melder, of de begeleider aan wie "
                    + "het is gericht. Geef de versie mee die u het laatst las; is die verouderd, dan 409.")
    SignaalResource zetStand(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody StandRequest stand) {
        SignaalId s = new SignaalId(id);
        long versie = Objects.requireNonNull(stand.versie());
        SignaalStatus status = Objects.requireNonNull(stand.status());
        Signaal huidig = signalen.find(ik, s).map(SignaalService.SignaalInzage::signaal)
            .orElseThrow(NietGevonden::new);
        Signaal na;
        if (status == SignaalStatus.AFGESLOTEN) {
            na = signalen.sluitAf(ik, s, versie, stand.toelichting(), Boolean.TRUE.equals(stand.ondanksOpenActies()));
        }
        else if (!huidig.status().isOpen()) {
            na = signalen.heropen(ik, s, versie, stand.toelichting());
            if (status != SignaalStatus.OPEN) {
                na = signalen.zetStand(ik, s, na.versie(), status, null);
            }
        }
        else {
            na = signalen.zetStand(ik, s, versie, status, stand.toelichting());
        }
        return SignaalResource.from(na);
    }

    @GetMapping("/signalen/{id}/berichten")
    @Operation(summary = "Het gesprek over een signaal: reacties, standwijzigingen en acties, in volgorde, met wie "
            + "wat schreef en wanneer")
    BerichtPagina berichten(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        return signalen.find(ik, new SignaalId(id))
            .map(i -> new BerichtPagina(i.signaal().berichten().stream().map(BerichtResource::from).toList()))
            .orElseThrow(NietGevonden::new);
    }

    @GetMapping("/signalen/{id}/berichten/{berichtId}")
    @Operation(summary = "Eén bericht uit het gesprek over een signaal")
    BerichtResource bericht(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID berichtId) {
        return signalen.find(ik, new SignaalId(id)).stream().flatMap(i -> i.signaal().berichten().stream())
            .filter(b -> b.id().equals(berichtId)).findFirst().map(BerichtResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping("/signalen/{id}/berichten")
    @Operation(summary = "Reageren op een signaal", description = "De reactie staat op uw naam in het gesprek; de "
            + "melding zelf verandert niet.")
    ResponseEntity<BerichtResource> reageer(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody ReactieRequest reactie) {
        SignaalBericht b = signalen.reageer(ik, new SignaalId(id), reactie.tekst());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{berichtId}")
                .build(b.id())).body(BerichtResource.from(b));
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
