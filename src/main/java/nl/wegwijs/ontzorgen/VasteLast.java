package nl.wegwijs.ontzorgen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A fixed cost paid on the household's behalf: kind, payee (the landlord, the energy company), amount per month in
 * euros, the date of the mandate (machtiging) and, when it stopped before ontzorgen ended, the last day.
 */
public record VasteLast(UUID id, VasteLastSoort soort, String begunstigde, BigDecimal bedrag, LocalDate machtigingOp,
        @Nullable LocalDate tot) {

    public static final int BEGUNSTIGDE_MAX = 200;

    /** Still paid on this day. */
    public boolean loopt(LocalDate op) {
        return !machtigingOp.isAfter(op) && (tot == null || !tot.isBefore(op));
    }
}
