package nl.wegwijs.traject.api;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.InzagerapportService;
import nl.wegwijs.traject.web.Inzageweergave;

/** The inzage report of one person as JSON (the structure of docs/inzage.md). */
@RestController
@RequestMapping("/api/v1/personen")
@Tag(name = "Inzage", description = "Alles wat Wegwijs over één persoon weet en wie die gegevens wanneer gebruikte "
        + "(inzage, artikel 15 AVG). Alleen voor de teamleider en begeleider van het huishouden; het maken wordt "
        + "gelogd met doel INZAGE.")
class InzageApiController {

    private final InzagerapportService rapporten;
    private final MessageSource messages;

    InzageApiController(InzagerapportService rapporten, MessageSource messages) {
        this.rapporten = rapporten;
        this.messages = messages;
    }

    @GetMapping("/{id}/inzage")
    @Operation(summary = "Het inzagerapport van één persoon",
            description = "Onderdelen (persoon, traject, checklist, contact, post, signalen, toestemmingen) met velden "
                    + "en tabellen onder vaste namen, en de verwerkingen (wie, rol, organisatie, wanneer, wat, "
                    + "waarvoor) sinds de aanmelding, nieuwste eerst. Labels in de taal van het verzoek. Alleen de "
                    + "teamleider en de begeleider die het huishouden van de persoon mogen zien; voor ieder ander "
                    + "bestaat het rapport niet (404). Het maken komt in het verwerkingslog met doel INZAGE.")
    @ApiResponse(responseCode = "200", description = "Het rapport (formaat wegwijs-inzage/1)")
    @ApiResponse(responseCode = "404", description = "Onbekende persoon, of u mag dit rapport niet maken")
    Map<String, Object> inzage(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
            @PathVariable UUID id, Locale locale) {
        return new Inzageweergave(messages, locale).json(rapporten.rapport(ik, id));
    }
}
