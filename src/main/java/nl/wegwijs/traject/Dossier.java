package nl.wegwijs.traject;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;

/**
 * A household with its trajectory, the applicable voorwaarden and its legal timeline, as one read.
 *
 * @param feiten what was recorded of each person's legal timeline (PIP vastgesteld, inburgering afgerond), by person
 * @param uitersteEinde the latest possible end of guidance (planned end with the contract's maximum extension), or
 *        null when there is no formal end or it cannot be computed yet
 * @param historie the status history, oldest first (who closed or reopened it, when and why); {@link #namen} holds
 *        the names of who recorded it
 */
public record Dossier(Huishouden huishouden, Traject traject, Contract contract, ContractVoorwaarden voorwaarden,
        List<Termijn> termijnen, Map<UUID, String> namen, Map<UUID, PersoonFeiten> feiten,
        java.time.@org.jspecify.annotations.Nullable LocalDate uitersteEinde, List<StatusWijziging> historie) {

    /** Without the status history (read with the file since issue 21; {@link #historie} is then empty). */
    public Dossier(Huishouden huishouden, Traject traject, Contract contract, ContractVoorwaarden voorwaarden,
            List<Termijn> termijnen, Map<UUID, String> namen, Map<UUID, PersoonFeiten> feiten,
            java.time.@org.jspecify.annotations.Nullable LocalDate uitersteEinde) {
        this(huishouden, traject, contract, voorwaarden, termijnen, namen, feiten, uitersteEinde, List.of());
    }

    /** What was recorded of this person's legal timeline (nothing: {@link PersoonFeiten#leeg}). */
    public PersoonFeiten feiten(UUID persoon) {
        return feiten.getOrDefault(persoon, PersoonFeiten.leeg(persoon));
    }

    public String persoonNaam(UUID persoon) {
        return huishouden.persoon(persoon).map(nl.wegwijs.huishouden.Persoon::naam).orElse("?");
    }

    /** Open deadlines first, earliest due first; then the rest (done, open-ended, unknown) in their own order. */
    public List<Termijn> termijnenOpDatum() {
        return termijnen.stream()
            .sorted(java.util.Comparator.comparing((Termijn t) -> !t.isOpen())
                .thenComparing(Termijn::uiterlijk, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
            .toList();
    }

    /**
     * How a deadline is shown in this file: its status, except that after closing a deadline still open (a person's
     * PIP or inburgeringstermijn, which the closing does not end: docs/timeline.md §3) is no longer followed here and
     * shows as {@code NA_AFSLUITING}, never as overdue.
     */
    public String termijnStand(Termijn termijn) {
        return traject.status().isAfgesloten() && termijn.isOpen() ? "NA_AFSLUITING" : termijn.status().name();
    }

    public List<Termijn> huishoudenTermijnen() {
        return termijnen.stream().filter(t -> t.persoonId() == null).toList();
    }

    public List<Termijn> persoonTermijnen() {
        return termijnen.stream().filter(t -> t.persoonId() != null).toList();
    }

    /** What the reader of this file may do with its daily guidance (they can see it: this file was read for them). */
    public Toegang toegang(nl.wegwijs.organisatie.Medewerker ik) {
        return new Toegang(ik, traject.id(), huishouden.id(), traject.gemeenteId(), traject.uitvoerderId(),
                traject.teamId(), traject.contractId(), traject.status(), traject.faseCode(),
                Toegang.magBegeleiden(ik, traject.status()));
    }

    public String naam(UUID medewerker) {
        return namen.getOrDefault(medewerker, "?");
    }
}
