package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectStatus;

/**
 * A trajectory in a list, or just registered: no personal data, so no read of the household file. The dossier
 * ({@code GET /trajecten/{id}}) has the rest.
 */
record TrajectOverzichtResource(UUID id, UUID huishoudenId, UUID contractId, @Nullable UUID teamId,
        TrajectStatus status, @Nullable String faseCode, @Nullable LocalDate faseStart, LocalDate aangemeldOp,
        @Nullable LocalDate praktischeStart, @Nullable LocalDate eindeDatum, @Nullable EindeReden eindeReden,
        long versie) {

    static TrajectOverzichtResource from(Traject t) {
        return new TrajectOverzichtResource(t.id().value(), t.huishouden().value(), t.contractId(), t.teamId(),
                t.status(), t.faseCode(), t.faseStart(), t.aangemeldOp(), t.praktischeStart(), t.eindeDatum(),
                t.eindeReden(), t.versie());
    }
}
