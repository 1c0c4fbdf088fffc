package nl.wegwijs.traject.api;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.InzagerapportService;
import nl.wegwijs.traject.web.Inzageweergave;

/**
 * The privacyfunctionaris's way to an inzage report ({@code /privacy/inzage}): by an exact BSN or V-nummer, sent in
 * the body (a BSN never stands in a URL), found only in a household of their own organisation. The same service calls
 * as the screen: the search ({@link InzagerapportService#zoek}, a hit logged as a read of the person) and then the
 * report (logged with purpose INZAGE).
 */
@RestController
@Tag(name = "Inzage")
class PrivacyInzageApiController {

    private final InzagerapportService rapporten;
    private final MessageSource messages;

    PrivacyInzageApiController(InzagerapportService rapporten, MessageSource messages) {
        this.rapporten = rapporten;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/privacy/inzage", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "privacyInzageZoeken", summary = "Het inzagerapport van een persoon, gezocht op BSN of "
            + "V-nummer (privacyfunctionaris)",
            description = """
                    Voor een verzoek om inzage (artikel 15 AVG): de privacyfunctionaris zoekt de persoon op het \
                    precieze BSN of V-nummer, in de body (een BSN staat nooit in een adres), en krijgt meteen het \
                    inzagerapport, in hetzelfde formaat als GET /api/v1/personen/{id}/inzage (wegwijs-inzage/1). \
                    Alleen een persoon in een huishouden van de eigen gemeente of uitvoerder; een onbekend of \
                    gedeeltelijk nummer, of een persoon van een andere organisatie: 404. Alleen de \
                    privacyfunctionaris: andere rollen krijgen 403 (de teamleider en begeleider vragen het rapport \
                    op met het id van de persoon). Geen nummer: 400. Het zoeken komt in het verwerkingslog als lezen \
                    van de persoon, het rapport met doel INZAGE; er wordt verder niets gewijzigd.""")
    @ApiResponse(responseCode = "200", description = "Het rapport (formaat wegwijs-inzage/1)")
    @ApiResponse(responseCode = "404", description = "Geen persoon met dit nummer in een huishouden van uw "
            + "organisatie")
    Map<String, Object> zoek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody PrivacyInzageRequest verzoek, Locale locale) {
        if (!ik.heeftRol(Rol.PRIVACYFUNCTIONARIS)) {
            throw new AccessDeniedException("alleen de privacyfunctionaris zoekt op nummer");
        }
        InzagerapportService.Treffer t = rapporten.zoek(ik, verzoek.nummer() == null ? "" : verzoek.nummer())
            .orElseThrow(NietGevonden::new);
        return new Inzageweergave(messages, locale).json(rapporten.rapport(ik, t.huishouden(), t.persoonId()));
    }
}
