package nl.wegwijs.afsluiting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.afsluiting.Blok;
import nl.wegwijs.afsluiting.Hulpvraag;
import nl.wegwijs.afsluiting.Hulpvraagsoort;
import nl.wegwijs.afsluiting.Overdracht;
import nl.wegwijs.afsluiting.OverdrachtService;
import nl.wegwijs.afsluiting.OverdrachtStatus;
import nl.wegwijs.system.Paginering;

/**
 * A warm handover as the API shows it: the receiver, the stand, the summary (once shared: only the blocks the consent
 * allows), the guide's additions per block, the driegesprek, acceptance, refusal or withdrawal; {@code versie} goes back with
 * every change.
 */
@Schema(description = "Een warme overdracht aan het sociaal wijkteam")
record OverdrachtResource(
        @Schema(description = "id van de overdracht", example = "3b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d") UUID id,
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishouden,
        @Schema(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b") UUID traject,
        @Schema(description = "id van de ontvangende organisatie (de gemeente, of een wijkteam op de sociale kaart)",
                example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID ontvangerOrganisatieId,
        @Schema(description = "naam van de ontvanger", example = "Sociaal wijkteam Den Haag") String ontvangerNaam,
        @Schema(description = "stand: CONCEPT, GEDEELD, DRIEGESPREK_GEPLAND, GEACCEPTEERD, AFGEWEZEN of "
                + "TERUGGETROKKEN",
                example = "GEDEELD") OverdrachtStatus status,
        @Schema(description = "er is een hulpvraag voor het wijkteam", example = "true") boolean hulpvraag,
        @Schema(description = "bij een hulpvraag moet er eerst een driegesprek zijn (werkwijze van het contract)",
                example = "true") boolean driegesprekVereist,
        @Schema(description = "de samenvatting; na het delen alleen de blokken die de toestemming toestaat")
        SamenvattingResource samenvatting,
        @Schema(description = "de korte aanvullingen van de begeleider per blok (LEEFGEBIEDEN, CHECKLIST, BRIEVEN, "
                + "SIGNALEN, VERWIJZINGEN, PIP, CONTACTEN, TALEN)",
                example = "{\"BRIEVEN\": \"Moeite met brieven van de Belastingdienst.\"}")
        Map<Blok, String> aanvullingen,
        @Schema(description = "de gedeelde blokken (leeg zolang het een concept is)", example = "[\"CONTACTEN\", "
                + "\"TALEN\"]") List<Blok> gedeeldeBlokken,
        @Schema(description = "datum van het driegesprek", example = "2026-12-02", nullable = true)
        @Nullable LocalDate driegesprekOp,
        @Schema(description = "wie aan het driegesprek deelnemen", example = "de persoon, de begeleider en het "
                + "wijkteam", nullable = true) @Nullable String driegesprekDeelnemers,
        @Schema(description = "naam van wie de overdracht begon", example = "Kofi Mensah") String aangemaaktDoor,
        @Schema(description = "begonnen op", example = "2026-11-20T10:00:00Z") Instant aangemaaktOp,
        @Schema(description = "gedeeld op", example = "2026-11-21T09:00:00Z", nullable = true) @Nullable Instant gedeeldOp,
        @Schema(description = "naam van wie bij het wijkteam accepteerde", example = "Karim El Amrani",
                nullable = true) @Nullable String geaccepteerdDoor,
        @Schema(description = "geaccepteerd op", example = "2026-12-03T15:00:00Z", nullable = true)
        @Nullable Instant geaccepteerdOp,
        @Schema(description = "teruggetrokken op", example = "2026-11-25T11:00:00Z", nullable = true)
        @Nullable Instant teruggetrokkenOp,
        @Schema(description = "waarom teruggetrokken", example = "Het gezin verhuist naar een andere gemeente.",
                nullable = true) @Nullable String terugtrekkingReden,
        @Schema(description = "naam van wie bij het wijkteam afwees", example = "Karim El Amrani", nullable = true)
        @Nullable String afgewezenDoor,
        @Schema(description = "afgewezen op", example = "2026-12-03T15:00:00Z", nullable = true)
        @Nullable Instant afgewezenOp,
        @Schema(description = "waarom het wijkteam afwees", example = "Het gezin woont in Escamp; draag over aan het "
                + "wijkteam daar.", nullable = true) @Nullable String afwijzingReden,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij elke wijziging",
                example = "2") long versie) {

    static OverdrachtResource from(Overdracht o) {
        return new OverdrachtResource(o.id(), o.huishoudenId(), o.trajectId(), o.ontvangerOrganisatieId(),
                o.ontvangerNaam(), o.status(), o.hulpvraag(), o.driegesprekVereist(),
                SamenvattingResource.from(o.samenvatting()), new TreeMap<>(o.aanvullingen()),
                o.gedeeldeBlokken().stream().sorted().toList(), o.driegesprekOp(), o.driegesprekDeelnemers(),
                o.aangemaaktDoorNaam(), o.aangemaaktOp(), o.gedeeldOp(), o.geaccepteerdDoorNaam(), o.geaccepteerdOp(),
                o.teruggetrokkenOp(), o.terugtrekkingReden(), o.afgewezenDoorNaam(), o.afgewezenOp(),
                o.afwijzingReden(), o.versie());
    }

    /** One row of the wijkteam's inbox. */
    @Schema(description = "Een overdracht die op het wijkteam wacht")
    record OverdrachtInboxRegelResource(
            @Schema(description = "id van de overdracht", example = "3b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d") UUID id,
            @Schema(description = "naam van het huishouden", example = "Haddad, Samira") String huishouden,
            @Schema(description = "stand: GEDEELD of DRIEGESPREK_GEPLAND", example = "GEDEELD") OverdrachtStatus status,
            @Schema(description = "er is een hulpvraag", example = "false") boolean hulpvraag,
            @Schema(description = "gedeeld op", example = "2026-11-21", nullable = true) @Nullable LocalDate gedeeldOp,
            @Schema(description = "datum van het driegesprek", example = "2026-12-02", nullable = true)
            @Nullable LocalDate driegesprekOp,
            @Schema(description = "de uitvoerder die begeleidde", example = "VluchtelingenWerk") String uitvoerder) {

        static OverdrachtInboxRegelResource from(OverdrachtService.Inboxregel r) {
            return new OverdrachtInboxRegelResource(r.id(), r.huishouden(), r.status(), r.hulpvraag(), r.gedeeldOp(),
                    r.driegesprekOp(), r.uitvoerder());
        }
    }

    /** One page of the inbox. */
    @Schema(description = "Eén pagina overdrachten die wachten, met de link naar de volgende pagina")
    record OverdrachtInboxPagina(@Schema(description = "De overdrachten op deze pagina, oudste eerst.")
            List<OverdrachtInboxRegelResource> items,
            @Schema(description = "De volledige URL van de volgende pagina; null op de laatste pagina.",
                    example = "https://wegwijs.example/api/v1/overdrachten?aantal=25&na=3b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d",
                    nullable = true) @Nullable String volgende) {

        static OverdrachtInboxPagina van(OverdrachtService.Inbox inbox) {
            return new OverdrachtInboxPagina(inbox.regels().stream().map(OverdrachtInboxRegelResource::from).toList(),
                    Paginering.volgende(inbox.volgende()));
        }
    }

    /** A later hulpvraag of the household, recorded by the wijkteam. */
    @Schema(description = "Een hulpvraag van het huishouden aan het wijkteam na de overdracht")
    record HulpvraagResource(
            @Schema(description = "id", example = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f") UUID id,
            @Schema(description = "id van de overdracht", example = "3b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d") UUID overdracht,
            @Schema(description = "soort: FORMULIEREN_BRIEVEN, VERBLIJF_GEZINSHERENIGING, GELDZAKEN, PSYCHOSOCIAAL "
                    + "of ANDERS", example = "GELDZAKEN") Hulpvraagsoort soort,
            @Schema(description = "gevraagd op", example = "2027-01-12") LocalDate gevraagdOp,
            @Schema(description = "toelichting", example = "Hulp bij het formulier voor de huurtoeslag.",
                    nullable = true) @Nullable String toelichting,
            @Schema(description = "naam van wie haar vastlegde", example = "Karim El Amrani") String vastgelegdDoor,
            @Schema(description = "vastgelegd op", example = "2027-01-12T10:00:00Z") Instant vastgelegdOp) {

        static HulpvraagResource from(Hulpvraag h) {
            return new HulpvraagResource(h.id(), h.overdrachtId(), h.soort(), h.gevraagdOp(), h.toelichting(),
                    h.vastgelegdDoorNaam(), h.vastgelegdOp());
        }
    }
}
