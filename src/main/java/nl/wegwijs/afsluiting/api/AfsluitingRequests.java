package nl.wegwijs.afsluiting.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.afsluiting.AfsluitInstelling;
import nl.wegwijs.traject.EindeReden;

/** The request bodies of the closing: the eindgesprek, ending, extending, and the settings per contract. */
final class AfsluitingRequests {

    private AfsluitingRequests() {
    }

    /** The eindgesprek with the person; the rules (date, lengths) are the domain's: 422. */
    @Schema(description = "Het eindgesprek met de persoon")
    record EindgesprekRequest(
            @Schema(description = "wanneer het gesprek was: niet in de toekomst, niet voor het begin van de "
                    + "begeleiding (verplicht)", example = "2026-11-18") @Nullable LocalDate op,
            @Schema(description = "wie er waren, tot 300 tekens (verplicht)",
                    example = "Samira, Yusuf en de begeleider (met tolk)") @Nullable String aanwezig,
            @Schema(description = "wat er besproken is, tot 2000 tekens (verplicht)",
                    example = "Samen teruggekeken op het jaar: wonen, school en werk zijn geregeld.")
            @Nullable String samenvatting,
            @Schema(description = "de eigen kijk van de persoon, tot 2000 tekens (verplicht)",
                    example = "Voelt zich thuis in de wijk en wil de post voortaan zelf doen.")
            @Nullable String eigenKijk) {
    }

    /** Ending guidance at the trajectory's version last read, with the reason. */
    @Schema(description = "De begeleiding beëindigen")
    record BeeindigingRequest(
            @Schema(description = "de versie van het traject die u het laatst las (versie van de afsluiting)",
                    example = "4", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "de reden van het einde (verplicht); WARME_OVERDRACHT kan niet: een warme "
                    + "overdracht eindigt pas als het wijkteam haar accepteert", example = "DOELEN_BEREIKT")
            @Nullable EindeReden reden,
            @Schema(description = "de persoon heeft de lijst met diensten in de buurt gekregen (geen hulpvraag)",
                    example = "true") @Nullable Boolean dienstenlijst,
            @Schema(description = "toelichting, tot 2000 tekens", example = "Geen hulpvraag; de lijst met diensten "
                    + "is meegegeven.") @Nullable String toelichting) {
    }

    /** Extending within the regime, with the reason and the person's own request. */
    @Schema(description = "De begeleiding verlengen binnen de regeling")
    record AfsluitVerlengingRequest(
            @Schema(description = "de versie van het traject die u het laatst las (versie van de afsluiting)",
                    example = "4", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "hoeveel maanden, binnen wat de regeling nog toestaat (verplicht)", example = "3")
            @Nullable Integer maanden,
            @Schema(description = "waarom (verplicht)", example = "De gezinshereniging loopt nog; er komt veel post.")
            @Nullable String reden,
            @Schema(description = "wat de persoon zelf vroeg (verplicht)",
                    example = "Vroeg zelf om nog drie maanden hulp bij de post.") @Nullable String verzoek,
            @Schema(description = "wanneer de persoon het vroeg, niet in de toekomst (verplicht)",
                    example = "2026-11-10") @Nullable LocalDate verzoekOp) {
    }

    /** A contract's closing settings at the version last read (0: none stored yet). */
    @Schema(description = "De werkwijze van de afsluiting voor één contract")
    record AfsluitInstellingWijziging(
            @Schema(description = "de versie die u het laatst las (0 zolang het contract de standaard volgt)",
                    example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "voorlooptijd in weken (1 tot en met 52), als de regeling er geen heeft",
                    example = "8", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{afsluiting.instelling.voorloop}") @Nullable Integer voorloopWeken,
            @Schema(description = "bij een hulpvraag eerst een driegesprek (leeg: nee)", example = "true")
            @Nullable Boolean driegesprekBijHulpvraag,
            @Schema(description = "tijdens de begeleiding vroeg kennismaken met het wijkteam", example = "false")
            @Nullable Boolean vroegBezoekWijkteam,
            @Schema(description = "zonder hulpvraag de lijst met diensten in de buurt", example = "true")
            @Nullable Boolean dienstenlijstZonderHulpvraag,
            @Schema(description = "schriftelijke overdracht aan de inburgeringsconsulent", example = "false")
            @Nullable Boolean schriftelijkAanRegie) {

        /** Only after validation. */
        AfsluitInstelling toInstelling(java.util.UUID contract) {
            return new AfsluitInstelling(contract, java.util.Objects.requireNonNull(voorloopWeken),
                    Boolean.TRUE.equals(driegesprekBijHulpvraag), Boolean.TRUE.equals(vroegBezoekWijkteam),
                    Boolean.TRUE.equals(dienstenlijstZonderHulpvraag), Boolean.TRUE.equals(schriftelijkAanRegie),
                    java.util.Objects.requireNonNull(versie));
        }
    }

    /** A contract's closing settings as the API shows them. */
    @Schema(description = "De werkwijze van de afsluiting voor één contract")
    record AfsluitInstellingResource(
            @Schema(description = "id van het contract", example = "2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d")
            java.util.UUID contract,
            @Schema(description = "voorlooptijd in weken, als de regeling er geen heeft", example = "8") int voorloopWeken,
            @Schema(description = "bij een hulpvraag eerst een driegesprek", example = "true")
            boolean driegesprekBijHulpvraag,
            @Schema(description = "tijdens de begeleiding vroeg kennismaken met het wijkteam", example = "false")
            boolean vroegBezoekWijkteam,
            @Schema(description = "zonder hulpvraag de lijst met diensten in de buurt", example = "true")
            boolean dienstenlijstZonderHulpvraag,
            @Schema(description = "schriftelijke overdracht aan de inburgeringsconsulent", example = "false")
            boolean schriftelijkAanRegie,
            @Schema(description = "versie voor optimistische vergrendeling (0: het contract volgt de standaard)",
                    example = "0") long versie) {

        static AfsluitInstellingResource from(AfsluitInstelling i) {
            return new AfsluitInstellingResource(i.contractId(), i.voorloopWeken(), i.driegesprekBijHulpvraag(),
                    i.vroegBezoekWijkteam(), i.dienstenlijstZonderHulpvraag(), i.schriftelijkAanRegie(), i.versie());
        }
    }
}
