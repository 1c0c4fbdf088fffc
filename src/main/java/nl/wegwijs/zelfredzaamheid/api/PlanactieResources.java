package nl.wegwijs.zelfredzaamheid.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.zelfredzaamheid.Actie;

/** The begeleidingsplan's actions as the API shows and takes them. */
final class PlanactieResources {

    private PlanactieResources() {
    }

    @Schema(description = "Een actie van het begeleidingsplan, afgesproken na een meting voor één domein: wat, wie het "
            + "doet, hoe dringend, en wanneer het is afgevinkt")
    record PlanactieResource(
            @Schema(description = "id van de actie", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID huishoudenId,
            @Schema(description = "de meting waarna de actie is afgesproken",
                    example = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b") UUID metingId,
            @Schema(description = "het domein", example = "3c1f9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b") UUID domeinId,
            @Schema(description = "naam van het domein", example = "Geldzaken") String domeinNaam,
            @Schema(description = "wat er gebeurt", example = "Samen een overzicht maken van vaste lasten")
            String omschrijving,
            @Schema(description = "wie het doet: PERSOON, BEGELEIDER of PARTNER", example = "BEGELEIDER")
            Actie.Uitvoerder uitvoerder,
            @Schema(description = "welke partner, bij PARTNER", example = "Bibliotheek Centrum", nullable = true)
            @Nullable String partner,
            @Schema(description = "hoe dringend: URGENT, BELANGRIJK of LATER", example = "BELANGRIJK")
            Actie.Prioriteit prioriteit,
            @Schema(description = "afgevinkt", example = "false") boolean afgerond,
            @Schema(description = "afgevinkt op", example = "2026-03-20", nullable = true)
            @Nullable LocalDate afgerondOp,
            @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij het afvinken",
                    example = "1") long versie) {

        static PlanactieResource van(Actie a, String domeinNaam) {
            return new PlanactieResource(a.id(), a.huishoudenId(), a.metingId(), a.domeinId(), domeinNaam,
                    a.omschrijving(), a.uitvoerder(), a.partner(), a.prioriteit(), !a.open(), a.afgerondOp(),
                    a.versie());
        }
    }

    @Schema(description = "Een nieuwe actie voor het begeleidingsplan")
    record PlanactieRequest(
            @Schema(description = "de meting van dit huishouden waarna de actie is afgesproken",
                    example = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.meting.leeg}") @Nullable UUID metingId,
            @Schema(description = "het domein (van het instrument van die meting)",
                    example = "3c1f9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.domein.leeg}") @Nullable UUID domeinId,
            @Schema(description = "wat er gebeurt, tot 300 tekens", example = "Samen een overzicht maken van vaste "
                    + "lasten", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{zelfredzaamheid.api.omschrijving.leeg}")
            @Size(max = Actie.OMSCHRIJVING_MAX, message = "{zelfredzaamheid.api.omschrijving.lang}")
            @Nullable String omschrijving,
            @Schema(description = "wie het doet: PERSOON, BEGELEIDER of PARTNER (dan met partner)",
                    example = "BEGELEIDER", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.fout.uitvoerder}") Actie.@Nullable Uitvoerder uitvoerder,
            @Schema(description = "welke partner, tot 100 tekens; nodig bij PARTNER", example = "Bibliotheek Centrum")
            @Size(max = Actie.PARTNER_MAX, message = "{zelfredzaamheid.api.partner.lang}") @Nullable String partner,
            @Schema(description = "hoe dringend: URGENT, BELANGRIJK of LATER", example = "BELANGRIJK",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.fout.prioriteit}") Actie.@Nullable Prioriteit prioriteit) {
    }

    @Schema(description = "Een actie afvinken of weer openzetten, met de versie die u het laatst las")
    record PlanactieWijziging(
            @Schema(description = "de versie van de actie die u het laatst las", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "true: gedaan (afgevinkt op vandaag); false: weer open", example = "true",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{zelfredzaamheid.api.afgerond.leeg}") @Nullable Boolean afgerond) {
    }

    @Schema(description = "Eén pagina acties van het begeleidingsplan (open eerst, dringend eerst), met de link naar "
            + "de volgende pagina.")
    record PlanactiePagina(@Schema(description = "De acties op deze pagina.") List<PlanactieResource> items,
            @Schema(description = "De volledige URL van de volgende pagina; null op de laatste pagina.",
                    example = "https://wegwijs.example/api/v1/huishoudens/5f0c6a3e-2d1b-4c8e-9a7f-1b2c3d4e5f60/zelfredzaamheid/begeleidingsplan?aantal=25&na=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                    nullable = true)
            @Nullable String volgende) {
    }
}
