package nl.wegwijs.ontzorgen;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/** One row of the budgetcoach's worklist: a household in ontzorgen with what needs attention. */
public record OntzorgenRegel(OntzorgenId id, HuishoudenId huishouden, String naam, @Nullable LocalDate start,
        @Nullable LocalDate einde, @Nullable LocalDate gestoptOp, @Nullable StopReden stopReden,
        int maandenAchterstand, int gesprekkenVoorEinde) {

    public boolean isGestart() {
        return start != null;
    }
}
