package nl.wegwijs.verzoek;

/** Where a request stands: submitted, then decided by the gemeente or withdrawn by the requester. */
public enum VerzoekStatus {
    INGEDIEND,
    GOEDGEKEURD,
    AFGEWEZEN,
    INGETROKKEN;

    public boolean isOpen() {
        return this == INGEDIEND;
    }
}
