package nl.wegwijs.intake;

import org.jspecify.annotations.Nullable;

/**
 * Who attended the brede intake besides the regievoerder: the person, their partner, the guide (begeleider) — only
 * when the person agreed to it ({@code instemming}) — and anyone else by name or role ({@code overig}).
 */
public record Aanwezigen(boolean persoon, boolean partner, boolean begeleider, boolean instemming,
        @Nullable String overig) {

    public Aanwezigen {
        overig = IntakeGegevens.tekst(overig);
    }
}
