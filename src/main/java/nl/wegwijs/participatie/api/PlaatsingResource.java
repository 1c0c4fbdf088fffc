package nl.wegwijs.participatie.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.EindeReden;
import nl.wegwijs.participatie.Plaatsing;
import nl.wegwijs.participatie.PlaatsingGegevens;
import nl.wegwijs.participatie.PlaatsingSoort;
import nl.wegwijs.participatie.Taalniveau;

/** A placement as the API shows it; {@code loopt} when it runs today. */
@Schema(description = "Een plaatsing: vrijwilligerswerk, stage of werkervaringsplaats")
record PlaatsingResource(
        @Schema(description = "id van de plaatsing", example = "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f") UUID id,
        @Schema(description = "id van het "
                + "huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishoudenId,
        @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") UUID persoonId,
        @Schema(description = "soort: VRIJWILLIGERSWERK, STAGE, SNUFFELSTAGE, WERKERVARINGSPLAATS of "
                + "ANDERS", example = "VRIJWILLIGERSWERK") PlaatsingSoort soort,
        @Schema(description = "de organisatie", example = "Kringloopwinkel De Cirkel, Deventer") String organisatie,
        @Schema(description = "contactpersoon", example = "Marieke "
                + "Jansen", nullable = true) @Nullable String contactpersoon,
        @Schema(description = "uren per week", example = "16") int urenPerWeek,
        @Schema(description = "startdatum", example = "2026-04-01") LocalDate start,
        @Schema(description = "gepland "
                + "einde", example = "2026-09-30", nullable = true) @Nullable LocalDate geplandEinde,
        @Schema(description = "werkelijk einde; leeg: nog niet beëindigd", example = "2026-08-31", nullable = true)
        @Nullable LocalDate einde,
        @Schema(description = "reden: AFGEROND (zoals gepland), BETAALD_WERK, OPLEIDING, GESTOPT_DEELNEMER, "
                + "GESTOPT_ORGANISATIE, VERHUISD of ANDERS", example = "BETAALD_WERK", nullable = true)
        @Nullable EindeReden eindeReden,
        @Schema(description = "toelichting op het einde", example = "Kan in vaste dienst bij de kringloopwinkel.",
                nullable = true)
        @Nullable String eindeToelichting,
        @Schema(description = "taalniveau (ERK) dat aan de organisatie wordt doorgegeven: A0 (nog geen Nederlands), "
                + "A1, A2, B1 of B2", example = "A2", nullable = true) @Nullable Taalniveau taalniveau,
        @Schema(description = "de deelnemer gaf akkoord om het taalniveau door te geven", example = "true")
        boolean taalniveauAkkoord,
        @Schema(description = "het werk is aangepast aan de deelnemer", example = "false") boolean werkAangepast,
        @Schema(description = "notitie", example = "Werkt in de fietsenwerkplaats, dinsdag en "
                + "donderdag.", nullable = true)
        @Nullable String notitie,
        @Schema(description = "loopt vandaag", example = "true") boolean loopt,
        @Schema(description = "versie voor optimistische vergrendeling", example = "2") long versie) {

    static PlaatsingResource from(Plaatsing p, LocalDate vandaag) {
        PlaatsingGegevens g = p.gegevens();
        return new PlaatsingResource(p.id().value(), p.huishouden().value(), p.persoonId(), g.soort(),
                g.organisatie(), g.contactpersoon(), g.urenPerWeek(), g.start(), g.geplandEinde(), p.einde(),
                p.eindeReden(), p.eindeToelichting(), g.taalniveau(), g.taalniveauAkkoord(), g.werkAangepast(),
                g.notitie(), p.loopt(vandaag), p.versie());
    }
}
