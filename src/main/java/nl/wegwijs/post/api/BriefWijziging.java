package nl.wegwijs.post.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.post.AfgehandeldDoor;
import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.BriefGegevens;
import nl.wegwijs.post.BriefStatus;

/**
 * The whole letter as it should be (PUT replaces it; fields left out are cleared), with the version the client last
 * read: a stale one is refused with 409 and nothing is written.
 */
record BriefWijziging(
        @NotNull(message = "{post.api.versie.leeg}") @Nullable Long versie,
        @Nullable UUID persoonId,
        @NotNull(message = "{post.afzender.leeg}") @Nullable Afzender afzender,
        @Size(max = BriefGegevens.NAAM_MAX, message = "{post.afzender-naam.te-lang}") @Nullable String afzenderNaam,
        @NotNull(message = "{post.ontvangen.leeg}")
        @PastOrPresent(message = "{post.ontvangen.toekomst}") @Nullable LocalDate ontvangenOp,
        @NotBlank(message = "{post.onderwerp.leeg}")
        @Size(max = BriefGegevens.ONDERWERP_MAX, message = "{post.onderwerp.te-lang}") @Nullable String onderwerp,
        @Size(max = BriefGegevens.ACTIE_MAX, message = "{post.actie.te-lang}") @Nullable String actie,
        @Nullable LocalDate deadline,
        @NotNull(message = "{post.status.leeg}") @Nullable BriefStatus status,
        @Nullable AfgehandeldDoor afgehandeldDoor,
        @Size(max = BriefGegevens.NOTITIE_MAX, message = "{post.notitie.te-lang}") @Nullable String notitie) {

    /** Only after validation: the required fields are present. */
    BriefGegevens toGegevens() {
        return new BriefGegevens(persoonId, java.util.Objects.requireNonNull(afzender), afzenderNaam,
                java.util.Objects.requireNonNull(ontvangenOp), java.util.Objects.requireNonNull(onderwerp), actie,
                deadline, java.util.Objects.requireNonNull(status), afgehandeldDoor, notitie);
    }
}
