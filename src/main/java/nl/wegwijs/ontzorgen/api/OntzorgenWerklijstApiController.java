package nl.wegwijs.ontzorgen.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.ontzorgen.OntzorgenId;
import nl.wegwijs.ontzorgen.OntzorgenRegel;
import nl.wegwijs.ontzorgen.OntzorgenService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.OngeldigeParameter;
import nl.wegwijs.system.Paginering;

/** The budgetcoach's worklist (page {@code /ontzorgen}) through the same {@link OntzorgenService#werklijst}. */
@RestController
@Tag(name = "Ontzorgen")
class OntzorgenWerklijstApiController {

    private final OntzorgenService ontzorgen;

    OntzorgenWerklijstApiController(OntzorgenService ontzorgen) {
        this.ontzorgen = ontzorgen;
    }

    @Schema(description = "Een pagina van de werklijst van de budgetcoach.")
    record BudgetcoachPagina(@Schema(description = "de huishoudens van deze pagina") List<BudgetcoachRegel> items,
            @Schema(description = "adres van de volgende pagina; leeg op de laatste",
                    example = "https://wegwijs.example/api/v1/ontzorgen?na=4d3c2b1a-0f9e-4d8c-b7a6-958473625140")
            @Nullable String volgende) {
    }

    @Schema(description = "Eén huishouden in ontzorgen en wat aandacht vraagt.")
    record BudgetcoachRegel(@Schema(description = "id van het ontzorgen", example = "4d3c2b1a-0f9e-4d8c-b7a6-958473625140")
            UUID id,
            @Schema(description = "id van het huishouden", example = "7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d")
            UUID huishoudenId,
            @Schema(description = "naam van het huishouden", example = "Haddad") String naam,
            @Schema(description = "begin van het ontzorgen; leeg als het nog niet begon", example = "2026-01-01")
            @Nullable LocalDate start,
            @Schema(description = "einde volgens het regime", example = "2026-12-31") @Nullable LocalDate einde,
            @Schema(description = "vroeg gestopt op", example = "2026-06-30") @Nullable LocalDate gestoptOp,
            @Schema(description = "reden van het vroege stoppen", example = "ZELFREDZAAM") @Nullable String stopReden,
            @Schema(description = "maanden waarin niet alles betaald is", example = "0") int maandenAchterstand,
            @Schema(description = "coachgesprekken naar zelf betalen vóór het einde", example = "2")
            int gesprekkenVoorEinde,
            @Schema(description = "de overgang naar zelf betalen is geregeld", example = "true")
            boolean overgangGeregeld,
            @Schema(description = "het ontzorgen eindigt binnenkort zonder die overgang", example = "false")
            boolean eindigtZonderOvergang) {
    }

    @GetMapping(path = "/api/v1/ontzorgen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De werklijst van de budgetcoach: huishoudens in ontzorgen",
            description = """
                    De huishoudens van uw gemeente in financieel ontzorgen, op einddatum (nog niet begonnen als \
                    laatste), of met afgelopen=true de huishoudens waarvan het ontzorgen eindigde; zoals de pagina \
                    Ontzorgen. Alleen de budgetcoach; anderen krijgen 403. Vastgelegd in het verwerkingslog: één regel \
                    per getoond huishouden.""")
    BudgetcoachPagina werklijst(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "true: de huishoudens waarvan het ontzorgen eindigde", example = "false")
            @RequestParam(defaultValue = "false") boolean afgelopen,
            @Parameter(description = "positie na de vorige pagina; neem het adres uit volgende over")
            @RequestParam(required = false) @Nullable String na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        if (!ik.heeftRol(Rol.BUDGETCOACH)) {
            throw new AccessDeniedException("geen ontzorgwerklijst voor rol " + ik.rol());
        }
        OntzorgenId naId;
        try {
            naId = na == null ? null : OntzorgenId.van(na);
        }
        catch (IllegalArgumentException fout) {
            throw new OngeldigeParameter("na", "api.ontzorgen.na");
        }
        OntzorgenService.Werklijst lijst = ontzorgen.werklijst(ik, afgelopen, naId, Paginering.grootte(aantal));
        return new BudgetcoachPagina(lijst.regels().stream().map(r -> regel(r, lijst)).toList(),
                Paginering.volgende(lijst.volgende()));
    }

    private static BudgetcoachRegel regel(OntzorgenRegel r, OntzorgenService.Werklijst lijst) {
        return new BudgetcoachRegel(r.id().value(), r.huishouden().value(), r.naam(), r.start(), r.einde(), r.gestoptOp(),
                r.stopReden() == null ? null : r.stopReden().name(), r.maandenAchterstand(), r.gesprekkenVoorEinde(),
                lijst.overgangGeregeld(r), lijst.eindigtZonderOvergang(r));
    }
}
