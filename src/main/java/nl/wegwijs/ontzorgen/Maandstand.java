package nl.wegwijs.ontzorgen;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** One month of the period with its status, or none yet ({@code status} null). */
public record Maandstand(YearMonth maand, @Nullable MaandStatus status, @Nullable String notitie) {

    public boolean isAchterstand() {
        return status == MaandStatus.ACHTERSTAND;
    }
}
