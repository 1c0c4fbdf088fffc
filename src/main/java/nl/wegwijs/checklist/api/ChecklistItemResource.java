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
record ChecklistItemResource(UUID id, UUID huishoudenId, @Nullable UUID persoonId, String code, String titel,
        Thema thema, @Nullable Categorie categorie, Uitvoerende uitvoerende, boolean jaarlijks, @Nullable Integer jaar,
        ItemStatus status, @Nullable WieDeedHet wieDeedHet,
        @Schema(description = "geregeld volgens de gegevens van het huishouden (BRP-datum, regeldag, verhuizing), "
                + "niet door iemand afgevinkt; dan is wieDeedHet leeg")
        boolean volgensGegevens, @Nullable LocalDate datum, @Nullable LocalDate deadline,
        @Nullable String redenNietVanToepassing,
        @Schema(description = "vrije tekst; leeg voor de gemeente zolang zij de notitie niet zelf schreef")
        @Nullable String notitie, @Nullable UUID vastgelegdDoor,
        @Nullable Instant vastgelegdOp, long versie) {

    static ChecklistItemResource from(ChecklistItem i) {
        return new ChecklistItemResource(i.id().value(), i.huishoudenId().value(), i.persoonId(), i.code(), i.titel(),
                i.thema(), i.categorie(), i.uitvoerende(), i.jaarlijks(), i.jaar(), i.status(), i.wie(),
                i.volgensGegevens(), i.datum(),
                i.deadline(), i.redenNietVanToepassing(), i.notitie(), i.vastgelegdDoor(), i.vastgelegdOp(),
                i.versie());
    }
}
