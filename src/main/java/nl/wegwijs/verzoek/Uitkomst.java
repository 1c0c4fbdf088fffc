package nl.wegwijs.verzoek;

/** The gemeente's decision on a request. */
public enum Uitkomst {
    GOEDGEKEURD,
    AFGEWEZEN;

    VerzoekStatus status() {
        return this == GOEDGEKEURD ? VerzoekStatus.GOEDGEKEURD : VerzoekStatus.AFGEWEZEN;
    }
}
