package nl.wegwijs.afsluiting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.afsluiting.Blok;
import nl.wegwijs.afsluiting.Hulpvraagsoort;
import nl.wegwijs.afsluiting.OverdrachtService;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.TrajectStatus;

/** The request bodies of the warm handover, and the guide's view of it. */
final class OverdrachtRequests {

    private OverdrachtRequests() {
    }

    @Schema(description = "Een warme overdracht beginnen")
    record OverdrachtStartRequest(
            @Schema(description = "id van de ontvangende organisatie: een van de ontvangers van GET "
                    + "/huishoudens/{id}/overdracht (verplicht)", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            @Nullable UUID ontvanger,
            @Schema(description = "er is een hulpvraag voor het wijkteam", example = "false") @Nullable Boolean hulpvraag) {
    }

    @Schema(description = "Het concept van de overdracht nakijken en aanvullen")
    record OverdrachtWijziging(
            @Schema(description = "de versie die u het laatst las", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "er is een hulpvraag voor het wijkteam", example = "true",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{afsluiting.api.hulpvraag.leeg}") @Nullable Boolean hulpvraag,
            @Schema(description = "korte aanvullingen per blok, elk tot 500 tekens; een blok dat ontbreekt of leeg "
                    + "is heeft geen aanvulling", example = "{\"BRIEVEN\": \"Moeite met brieven van de "
                    + "Belastingdienst.\"}") @Nullable Map<Blok, String> aanvullingen,
            @Schema(description = "de samenvatting opnieuw maken uit de gegevens van nu", example = "false")
            @Nullable Boolean vernieuw) {
    }

    @Schema(description = "De nagekeken overdracht delen met de ontvanger")
    record OverdrachtDelingRequest(
            @Schema(description = "de versie die u het laatst las", example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "u heeft de samenvatting nagekeken (moet true zijn)", example = "true")
            @Nullable Boolean nagekeken) {
    }

    @Schema(description = "Het driegesprek plannen of verzetten")
    record DriegesprekRequest(
            @Schema(description = "de versie die u het laatst las", example = "3",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "datum, niet voor het delen (verplicht)", example = "2026-12-02") @Nullable LocalDate op,
            @Schema(description = "wie deelnemen, tot 300 tekens (verplicht)",
                    example = "de persoon, de begeleider en een medewerker van het wijkteam") @Nullable String deelnemers) {
    }

    @Schema(description = "De overdracht terugtrekken, zolang het wijkteam haar niet accepteerde")
    record OverdrachtIntrekkingRequest(
            @Schema(description = "de versie die u het laatst las", example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "waarom (verplicht)", example = "Het gezin verhuist naar een andere gemeente.")
            @Nullable String reden) {
    }

    @Schema(description = "De overdracht accepteren (het ontvangende wijkteam)")
    record OverdrachtAcceptatieRequest(
            @Schema(description = "de versie die u het laatst las", example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie) {
    }

    @Schema(description = "De overdracht afwijzen (het ontvangende wijkteam), met de reden")
    record OverdrachtAfwijzingRequest(
            @Schema(description = "de versie die u het laatst las", example = "3",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "waarom het wijkteam de overdracht afwijst, tot 2000 tekens (verplicht); de "
                    + "begeleider leest dit", example = "Het gezin woont in Escamp; draag over aan het wijkteam daar.")
            @Nullable String reden) {
    }

    @Schema(description = "Een latere hulpvraag van het huishouden aan het wijkteam")
    record HulpvraagRequest(
            @Schema(description = "soort: FORMULIEREN_BRIEVEN, VERBLIJF_GEZINSHERENIGING, GELDZAKEN, PSYCHOSOCIAAL of "
                    + "ANDERS (verplicht)", example = "GELDZAKEN") @Nullable Hulpvraagsoort soort,
            @Schema(description = "wanneer gevraagd, niet in de toekomst (verplicht)", example = "2027-01-12")
            @Nullable LocalDate op,
            @Schema(description = "toelichting, tot 500 tekens", example = "Hulp bij het formulier voor de huurtoeslag.")
            @Nullable String toelichting) {
    }

    /** The guide's view: the running handover or a fresh summary, the receivers and whether each has consent. */
    @Schema(description = "De overdracht van een huishouden zoals de begeleider haar voorbereidt")
    record OverdrachtVoorbereidingResource(
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishouden,
            @Schema(description = "naam van het huishouden", example = "Haddad, Samira") String naam,
            @Schema(description = "stand van het traject", example = "ACTIEF") TrajectStatus status,
            @Schema(description = "de lopende of geaccepteerde overdracht; leeg als er nog geen is", nullable = true)
            @Nullable OverdrachtResource overdracht,
            @Schema(description = "de samenvatting van de overdracht, of (zonder overdracht) zoals zij nu gemaakt zou "
                    + "worden") SamenvattingResource samenvatting,
            @Schema(description = "aan wie u kunt overdragen, en of daarvoor toestemming is")
            List<OverdrachtOntvangerResource> ontvangers,
            @Schema(description = "u mag een overdracht beginnen, aanvullen, delen en terugtrekken", example = "true")
            boolean magOverdragen,
            @Schema(description = "de werkwijze van het contract") AfsluitingRequests.AfsluitInstellingResource werkwijze,
            @Schema(description = "de laatst afgewezen overdracht van dit traject, met de reden van het wijkteam; leeg "
                    + "als er geen is", nullable = true) @Nullable OverdrachtResource afgewezen) {

        static OverdrachtVoorbereidingResource from(OverdrachtService.GidsPagina p) {
            return new OverdrachtVoorbereidingResource(p.huishouden().value(), p.naam(), p.status(),
                    p.overdracht() == null ? null : OverdrachtResource.from(p.overdracht()),
                    SamenvattingResource.from(p.samenvatting()),
                    p.ontvangers().stream().map(r -> {
                        Set<Gegevenssoort> s = p.toestemming().get(r.organisatieId());
                        return new OverdrachtOntvangerResource(r.organisatieId(), r.naam(), s != null,
                                s == null ? List.of() : s.stream().sorted().toList());
                    }).toList(),
                    p.magOverdragen(), AfsluitingRequests.AfsluitInstellingResource.from(p.instelling()),
                    p.afgewezen() == null ? null : OverdrachtResource.from(p.afgewezen()));
        }
    }

    @Schema(description = "Een mogelijke ontvanger van de overdracht")
    record OverdrachtOntvangerResource(
            @Schema(description = "id van de organisatie", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            UUID organisatieId,
            @Schema(description = "naam", example = "Sociaal wijkteam Den Haag") String naam,
            @Schema(description = "elke volwassene gaf geldige toestemming voor overdracht aan deze ontvanger",
                    example = "true") boolean toestemming,
            @Schema(description = "de gegevens die alle toestemmingen samen noemen (zoveel wordt gedeeld)",
                    example = "[\"BASISGEGEVENS\", \"VOORTGANG\"]") List<Gegevenssoort> gegevens) {
    }

}
