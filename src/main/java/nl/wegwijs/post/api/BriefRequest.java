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
 * A new letter. Without {@code status} it is OPEN. The rules across fields (a deadline not before the day received, a
 * handled letter says who handled it, "ANDERS" names the sender) are the domain's: 422.
 */
record BriefRequest(
        @Nullable UUID persoonId,
        @NotNull(message = "{post.afzender.leeg}") @Nullable Afzender afzender,
        @Size(max = BriefGegevens.NAAM_MAX, message = "{post.afzender-naam.te-lang}") @Nullable String afzenderNaam,
        @NotNull(message = "{post.ontvangen.leeg}")
        @PastOrPresent(message = "{post.ontvangen.toekomst}") @Nullable LocalDate ontvangenOp,
        @NotBlank(message = "{post.onderwerp.leeg}")
        @Size(max = BriefGegevens.ONDERWERP_MAX, message = "{post.onderwerp.te-lang}") @Nullable String onderwerp,
        @Size(max = BriefGegevens.ACTIE_MAX, message = "{post.actie.te-lang}") @Nullable String actie,
        @Nullable LocalDate deadline,
        @Nullable BriefStatus status,
        @Nullable AfgehandeldDoor afgehandeldDoor,
        @Size(max = BriefGegevens.NOTITIE_MAX, message = "{post.notitie.te-lang}") @Nullable String notitie) {

    /** Only after validation: the required fields are present. */
    BriefGegevens toGegevens() {
        return new BriefGegevens(persoonId, java.util.Objects.requireNonNull(afzender), afzenderNaam,
                java.util.Objects.requireNonNull(ontvangenOp), java.util.Objects.requireNonNull(onderwerp), actie,
                deadline, status == null ? BriefStatus.OPEN : status, afgehandeldDoor, notitie);
    }
}
