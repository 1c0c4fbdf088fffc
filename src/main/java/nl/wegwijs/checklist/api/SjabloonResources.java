package nl.wegwijs.checklist.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.checklist.Categorie;
import nl.wegwijs.checklist.Doelgroep;
import nl.wegwijs.checklist.NieuwSjabloonItem;
import nl.wegwijs.checklist.Referentie;
import nl.wegwijs.checklist.Reikwijdte;
import nl.wegwijs.checklist.Sjabloon;
import nl.wegwijs.checklist.SjabloonItem;
import nl.wegwijs.checklist.Thema;
import nl.wegwijs.checklist.Uitvoerende;
import nl.wegwijs.organisatie.Contract;

/** The request and response bodies of the checklist templates API. */
final class SjabloonResources {

    private SjabloonResources() {
    }

    @Schema(name = "ChecklistSjabloonContract", description = "Een contract waarvan u het checklistsjabloon mag bewerken.")
    record SjabloonContractResource(
            @Schema(description = "id van het contract", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID contract,
            @Schema(description = "naam van de gemeente", example = "Den Haag") String gemeenteNaam,
            @Schema(description = "naam van de uitvoerder", example = "VluchtelingenWerk Zuid-Holland")
            String uitvoerderNaam) {

        static SjabloonContractResource van(Contract c) {
            return new SjabloonContractResource(c.id(), c.gemeenteNaam(), c.uitvoerderNaam());
        }
    }

    @Schema(name = "ChecklistSjablonenPagina", description = "Eén pagina contracten met een bewerkbaar sjabloon.")
    record ContractPagina(
            @Schema(description = "de contracten van deze pagina") List<SjabloonContractResource> items,
            @Schema(description = "de URL van de volgende pagina; leeg op de laatste pagina", nullable = true,
                    example = "https://wegwijs.example/api/v1/checklist-sjablonen?na=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            @Nullable String volgende) {
    }

    @Schema(name = "ChecklistSjabloon", description = "Het checklistsjabloon van een contract: een eigen kopie of de standaard.")
    record SjabloonResource(
            @Schema(description = "het contract", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID contract,
            @Schema(description = "het contract heeft een eigen kopie (anders de standaard)", example = "true")
            boolean eigen,
            @Schema(description = "de versie, mee te sturen bij elke wijziging (0 zolang er geen eigen kopie is)",
                    example = "4") long versie,
            @Schema(description = "de items in volgorde, ook die uit gebruik") List<ItemResource> items) {

        static SjabloonResource van(Sjabloon s) {
            return new SjabloonResource(s.contractId(), s.eigen(), s.versie(),
                    s.items().stream().map(ItemResource::van).toList());
        }
    }

    @Schema(name = "ChecklistSjabloonItem", description = "Eén item van een checklistsjabloon.")
    record ItemResource(
            @Schema(description = "vaste code binnen het sjabloon", example = "eigen-fietsles") String code,
            @Schema(description = "titel", example = "Fietsles") String titel,
            @Schema(description = "thema", example = "PARTICIPATIE") Thema thema,
            @Schema(description = "categorie van fase 1", example = "VL", nullable = true)
            @Nullable Categorie categorie,
            @Schema(description = "per huishouden of per persoon", example = "PERSOON") Reikwijdte reikwijdte,
            @Schema(description = "vanaf leeftijd", example = "12", nullable = true) @Nullable Integer leeftijdVan,
            @Schema(description = "tot en met leeftijd", example = "67", nullable = true) @Nullable Integer leeftijdTot,
            @Schema(description = "vanaf welke datum de termijn telt", example = "TRAJECT_START") Referentie referentie,
            @Schema(description = "dagen na (negatief: voor) de referentiedatum", example = "30") int termijnDagen,
            @Schema(description = "komt elk jaar terug", example = "false") boolean jaarlijks,
            @Schema(description = "wie het uitvoert", example = "REGULIER") Uitvoerende uitvoerende,
            @Schema(description = "alleen voor deze doelgroep", example = "NAREIZIGER", nullable = true)
            @Nullable Doelgroep doelgroep,
            @Schema(description = "uitleg bij het item", example = "Vraag naar de fietsles van de bibliotheek.",
                    nullable = true) @Nullable String hulptekst,
            @Schema(description = "in gebruik: nieuwe huishoudens krijgen het", example = "true") boolean inGebruik) {

        static ItemResource van(SjabloonItem i) {
            return new ItemResource(i.code(), i.titel(), i.thema(), i.categorie(), i.reikwijdte(), i.leeftijdVan(),
                    i.leeftijdTot(), i.referentie(), i.termijnDagen(), i.jaarlijks(), i.uitvoerende(), i.doelgroep(),
                    i.hulptekst(), !i.vervallen());
        }
    }

    @Schema(name = "NieuwChecklistSjabloonItem", description = "Een nieuw item; de code wordt uit de titel gemaakt.")
    record ItemRequest(
            @Schema(description = "de versie van het sjabloon die u het laatst las (0 zolang er geen eigen kopie is)",
                    example = "4", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "titel, hoogstens 200 tekens", example = "Fietsles",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{checklist.sjabloon.titel.leeg}")
            @Size(max = 200, message = "{checklist.sjabloon.titel.lang}") @Nullable String titel,
            @Schema(description = "thema", example = "PARTICIPATIE", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{checklist.sjabloon.thema.leeg}") @Nullable Thema thema,
            @Schema(description = "categorie van fase 1", example = "VL", nullable = true)
            @Nullable Categorie categorie,
            @Schema(description = "per huishouden of per persoon", example = "PERSOON",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{checklist.sjabloon.reikwijdte.leeg}") @Nullable Reikwijdte reikwijdte,
            @Schema(description = "vanaf leeftijd, 0 tot en met 120", example = "12", nullable = true)
            @Min(value = 0, message = "{checklist.sjabloon.leeftijd}")
            @Max(value = 120, message = "{checklist.sjabloon.leeftijd}") @Nullable Integer leeftijdVan,
            @Schema(description = "tot en met leeftijd, 0 tot en met 120", example = "67", nullable = true)
            @Min(value = 0, message = "{checklist.sjabloon.leeftijd}")
            @Max(value = 120, message = "{checklist.sjabloon.leeftijd}") @Nullable Integer leeftijdTot,
            @Schema(description = "vanaf welke datum de termijn telt", example = "TRAJECT_START",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{checklist.sjabloon.referentie.leeg}") @Nullable Referentie referentie,
            @Schema(description = "dagen na (negatief: voor) de referentiedatum, -3650 tot en met 3650", example = "30",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{checklist.sjabloon.termijn}") @Min(value = -3650, message = "{checklist.sjabloon.termijn}")
            @Max(value = 3650, message = "{checklist.sjabloon.termijn}") @Nullable Integer termijnDagen,
            @Schema(description = "komt elk jaar terug (nodig bij referentie KALENDERJAAR)", example = "false")
            @Nullable Boolean jaarlijks,
            @Schema(description = "wie het uitvoert", example = "REGULIER", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{checklist.sjabloon.uitvoerende.leeg}") @Nullable Uitvoerende uitvoerende,
            @Schema(description = "alleen voor deze doelgroep", example = "NAREIZIGER", nullable = true)
            @Nullable Doelgroep doelgroep,
            @Schema(description = "uitleg, hoogstens 1000 tekens", example = "Vraag naar de fietsles van de bibliotheek.",
                    nullable = true)
            @Size(max = 1000, message = "{checklist.sjabloon.hulptekst.lang}") @Nullable String hulptekst) {

        NieuwSjabloonItem nieuw() {
            return new NieuwSjabloonItem(java.util.Objects.requireNonNull(titel), java.util.Objects.requireNonNull(thema),
                    categorie, java.util.Objects.requireNonNull(reikwijdte), leeftijdVan, leeftijdTot,
                    java.util.Objects.requireNonNull(referentie), java.util.Objects.requireNonNull(termijnDagen),
                    Boolean.TRUE.equals(jaarlijks), java.util.Objects.requireNonNull(uitvoerende), doelgroep, hulptekst);
        }
    }

    @Schema(name = "ChecklistSjabloonGebruik", description = "Een item uit of weer in gebruik nemen.")
    record GebruikRequest(
            @Schema(description = "de versie van het sjabloon die u het laatst las", example = "4",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "in gebruik (true) of uit gebruik (false); huishoudens die het item hebben houden het",
                    example = "false", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{veld.verplicht}") @Nullable Boolean inGebruik) {
    }

    /** Up or down one place. */
    enum Richting {
        OMHOOG, OMLAAG
    }

    @Schema(name = "ChecklistSjabloonVerplaatsing", description = "Een item één plaats omhoog of omlaag zetten.")
    record VerplaatsingRequest(
            @Schema(description = "de versie van het sjabloon die u het laatst las", example = "4",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "OMHOOG of OMLAAG", example = "OMHOOG", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{veld.verplicht}") @Nullable Richting richting) {
    }
}
