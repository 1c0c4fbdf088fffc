package nl.wegwijs.checklist.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.checklist.Categorie;
import nl.wegwijs.checklist.ChecklistItem;
import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.Thema;
import nl.wegwijs.checklist.Uitvoerende;
import nl.wegwijs.checklist.WieDeedHet;

/**
 * A checklist item as the API shows it. {@code persoonId} is empty for a household item, {@code jaar} for a one-off
 * item; {@code versie} is what a change must send back. {@code volgensGegevens}: geregeld by the household's recorded
 * data, not ticked by anyone. {@code notitie} is empty for whom may not see it.
 */
@Schema(description = "Een onderdeel van de checklist basisvoorzieningen van een huishouden")
record ChecklistItemResource(
        @Schema(description = "id van het onderdeel", example = "5b1e7c2a-3d4f-4a6b-9c8d-0e1f2a3b4c5d")
        UUID id,
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID huishoudenId,
        @Schema(description = "id van de persoon om wie het gaat; leeg voor een onderdeel van het hele huishouden",
                example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d", nullable = true)
        @Nullable UUID persoonId,
        @Schema(description = "vaste code van het onderdeel in het sjabloon", example = "ZORGVERZEKERING")
        String code,
        @Schema(description = "naam van het onderdeel", example = "Zorgverzekering afsluiten")
        String titel,
        @Schema(description = "praktijkthema: WONEN, FINANCIEN_ADMINISTRATIE (financiën en administratie), "
                + "GEZONDHEID, INBURGERING, GEZIN_FAMILIE (gezin en familie), SOCIAAL_NETWERK of PARTICIPATIE",
                example = "GEZONDHEID")
        Thema thema,
        @Schema(description = "categorie van fase 1: HV (huisvesting), FIN (financiële zaken), INS (inschrijvingen), "
                + "VL (voorlichting); leeg na fase 1", example = "FIN", nullable = true)
        @Nullable Categorie categorie,
        @Schema(description = "wie het gewoonlijk doet: FASE1 (de medewerker van fase 1, regeldag of startteam) of "
                + "REGULIER (de vaste begeleider of vrijwilliger)", example = "FASE1")
        Uitvoerende uitvoerende,
        @Schema(description = "komt elk jaar terug", example = "false")
        boolean jaarlijks,
        @Schema(description = "het jaar van een jaarlijks onderdeel; leeg voor een eenmalig onderdeel",
                example = "2026", nullable = true)
        @Nullable Integer jaar,
        @Schema(description = "de stand: TE_DOEN, BEZIG, GEREGELD of NIET_VAN_TOEPASSING; TE_DOEN en BEZIG tellen als "
                + "open", example = "GEREGELD")
        ItemStatus status,
        @Schema(description = "wie het deed (leren door te doen): BEGELEIDER, SAMEN of ZELF (de statushouder alleen); "
                + "alleen bij GEREGELD", example = "SAMEN", nullable = true)
        @Nullable WieDeedHet wieDeedHet,
        @Schema(description = "geregeld volgens de gegevens van het huishouden (BRP-datum, regeldag, verhuizing), "
                + "niet door iemand afgevinkt; dan is wieDeedHet leeg", example = "false")
        boolean volgensGegevens,
        @Schema(description = "wanneer het geregeld is", example = "2026-03-12", nullable = true)
        @Nullable LocalDate datum,
        @Schema(description = "uiterste datum; berekend door de checklist of met de hand gezet",
                example = "2026-04-01", nullable = true)
        @Nullable LocalDate deadline,
        @Schema(description = "waarom het niet van toepassing is; alleen bij NIET_VAN_TOEPASSING",
                example = "Heeft al een zorgverzekering via de werkgever", nullable = true)
        @Nullable String redenNietVanToepassing,
        @Schema(description = "vrije tekst; leeg voor de gemeente zolang zij de notitie niet zelf schreef",
                example = "Samen de polis bij Zilveren Kruis doorgenomen.", nullable = true)
        @Nullable String notitie,
        @Schema(description = "id van de medewerker die het laatst iets vastlegde",
                example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", nullable = true)
        @Nullable UUID vastgelegdDoor,
        @Schema(description = "wanneer dat was", example = "2026-03-12T10:15:30Z", nullable = true)
        @Nullable Instant vastgelegdOp,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een wijziging",
                example = "3")
        long versie) {

    static ChecklistItemResource from(ChecklistItem i) {
        return new ChecklistItemResource(i.id().value(), i.huishoudenId().value(), i.persoonId(), i.code(), i.titel(),
                i.thema(), i.categorie(), i.uitvoerende(), i.jaarlijks(), i.jaar(), i.status(), i.wie(),
                i.volgensGegevens(), i.datum(),
                i.deadline(), i.redenNietVanToepassing(), i.notitie(), i.vastgelegdDoor(), i.vastgelegdOp(),
                i.versie());
    }
}
