package nl.wegwijs.post.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.post.AfgehandeldDoor;
import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.Brief;
import nl.wegwijs.post.BriefStatus;

/** A letter as the API shows it; {@code verlopen} is true when it still needs action and its deadline has passed. */
record BriefResource(UUID id, UUID huishoudenId, @Nullable UUID persoonId, Afzender afzender,
        @Nullable String afzenderNaam, LocalDate ontvangenOp, String onderwerp, @Nullable String actie,
        @Nullable LocalDate deadline, BriefStatus status, boolean verlopen, @Nullable AfgehandeldDoor afgehandeldDoor,
        @Nullable LocalDate afgehandeldOp, @Nullable String notitie, UUID vastgelegdDoor, Instant vastgelegdOp,
        long versie) {

    static BriefResource from(Brief b, LocalDate vandaag) {
        return new BriefResource(b.id().value(), b.huishouden().value(), b.persoonId(), b.afzender(),
                b.afzenderNaam(), b.ontvangenOp(), b.onderwerp(), b.actie(), b.deadline(), b.status(),
                b.isVerlopen(vandaag), b.afgehandeldDoor(), b.afgehandeldOp(), b.notitie(), b.vastgelegdDoor(),
                b.vastgelegdOp(), b.versie());
    }
}
