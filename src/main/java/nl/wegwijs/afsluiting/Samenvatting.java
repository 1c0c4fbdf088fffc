package nl.wegwijs.afsluiting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The handover summary, generated from what was recorded (the guide reviews and completes it, never writes it): the
 * household and its guidance, the situation per leefgebied at the end (the latest self-reliance measurement), open
 * checklist items and letters, signals and referrals, the PIP goals still open, contacts and languages. Kept as it
 * was when shared (JSON), so the wijkteam reads what the guide reviewed.
 *
 * @param personen the persons it is about (for the processing log of every read)
 */
public record Samenvatting(LocalDate opgesteldOp, String huishouden, String adres, String uitvoerder,
        @Nullable LocalDate begeleidVanaf, @Nullable LocalDate geplandEinde, @Nullable Meting meting,
        List<Niveau> leefgebieden, List<Regel> checklist, List<Regel> brieven, List<Regel> signalen,
        List<Regel> verwijzingen, List<Regel> pipDoelen, List<Contact> contacten, List<Taal> talen,
        List<UUID> personen) {

    /** The latest measurement: when, which instrument, and the contract's rule "self-reliant enough?". */
    public record Meting(LocalDate gemetenOp, String instrument, boolean zelfredzaamGenoeg, List<String> tekortOp) {
    }

    /** The level of one person on one domain at the end. */
    public record Niveau(String persoon, String domein, @Nullable Integer niveau, @Nullable String niveauNaam,
            int schaalMax, boolean nietVanToepassing) {
    }

    /** One open item: what, a detail (status, whose, kind), and its date (deadline or since). */
    public record Regel(String tekst, @Nullable String detail, @Nullable LocalDate datum) {
    }

    /** Who to ask: a guide (name, role) and their organisation. */
    public record Contact(String naam, String rol, String organisatie) {
    }

    public record Taal(String persoon, List<String> talen, boolean tolkNodig, @Nullable String tolkTaal) {
    }

    /** The items of one block. */
    public List<?> blok(Blok blok) {
        return switch (blok) {
            case LEEFGEBIEDEN -> leefgebieden;
            case CHECKLIST -> checklist;
            case BRIEVEN -> brieven;
            case SIGNALEN -> signalen;
            case VERWIJZINGEN -> verwijzingen;
            case PIP -> pipDoelen;
            case CONTACTEN -> contacten;
            case TALEN -> talen;
        };
    }

    /** This summary with only the blocks a consent allows to share (the others empty, the measurement gone). */
    public Samenvatting alleen(Set<Blok> blokken) {
        boolean voortgang = blokken.contains(Blok.LEEFGEBIEDEN);
        return new Samenvatting(opgesteldOp, huishouden, adres, uitvoerder, begeleidVanaf, geplandEinde,
                voortgang ? meting : null, voortgang ? leefgebieden : List.of(),
                blokken.contains(Blok.CHECKLIST) ? checklist : List.of(),
                blokken.contains(Blok.BRIEVEN) ? brieven : List.of(),
                blokken.contains(Blok.SIGNALEN) ? signalen : List.of(),
                blokken.contains(Blok.VERWIJZINGEN) ? verwijzingen : List.of(),
                blokken.contains(Blok.PIP) ? pipDoelen : List.of(),
                blokken.contains(Blok.CONTACTEN) ? contacten : List.of(),
                blokken.contains(Blok.TALEN) ? talen : List.of(), personen);
    }

    /**
     * This summary of an anonymised household: the household's name and address, the persons' names and every
     * line's text and detail become {@code tekst}; dates, the levels per domain, the languages, the guides to ask
     * and the persons' ids stay.
     */
    Samenvatting geanonimiseerd(String tekst) {
        return new Samenvatting(opgesteldOp, tekst, tekst, uitvoerder, begeleidVanaf, geplandEinde, meting,
                leefgebieden.stream().map(n -> new Niveau(tekst, n.domein(), n.niveau(), n.niveauNaam(), n.schaalMax(),
                        n.nietVanToepassing())).toList(),
                weg(checklist, tekst), weg(brieven, tekst), weg(signalen, tekst), weg(verwijzingen, tekst),
                weg(pipDoelen, tekst), contacten,
                talen.stream().map(t -> new Taal(tekst, t.talen(), t.tolkNodig(), t.tolkTaal())).toList(), personen);
    }

    private static List<Regel> weg(List<Regel> regels, String tekst) {
        return regels.stream().map(r -> new Regel(tekst, null, r.datum())).toList();
    }
}
