package nl.wegwijs.afsluiting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import nl.wegwijs.checklist.ChecklistPagina;
import nl.wegwijs.checklist.ChecklistRegel;
import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.pip.DoelStatus;
import nl.wegwijs.pip.PipService;
import nl.wegwijs.post.PostService;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.Toewijzing;

/**
 * Generates the handover summary (and the open items of the closing) from what was recorded, read through the
 * modules' public services with the reader's one Inzage: a block the reader may not see stays empty.
 */
@Component
class SamenvattingMaker {

    /** At most this many items per block: a summary, not the file. */
    static final int MAX = 30;

    private final ChecklistService checklist;
    private final PostService post;
    private final SignaalService signalen;
    private final PipService pips;
    private final Standlezer standen;
    private final Clock clock;

    SamenvattingMaker(ChecklistService checklist, PostService post, SignaalService signalen, PipService pips,
            Standlezer standen, Clock clock) {
        this.checklist = checklist;
        this.post = post;
        this.signalen = signalen;
        this.pips = pips;
        this.standen = standen;
        this.clock = clock;
    }

    Samenvatting maak(Inzage inzage, Dossier d) {
        LocalDate vandaag = LocalDate.now(clock);
        var t = d.traject();
        Optional<Standlezer.Stand> stand = standen.stand(inzage);
        List<Samenvatting.Contact> contacten = t.toewijzingen().stream()
            .filter(w -> w.actiefOp(vandaag) || t.status().isAfgesloten() && w.tot() != null
                    && w.tot().equals(t.eindeDatum()))
            .sorted(Comparator.comparing(Toewijzing::vanaf))
            .map(w -> new Samenvatting.Contact(d.naam(w.medewerkerId()), w.rol().name(),
                    d.contract().uitvoerderNaam()))
            .toList();
        List<Samenvatting.Taal> talen = inzage.huishouden().personen().stream()
            .map(p -> new Samenvatting.Taal(p.naam(), p.talen(), p.tolkNodig(), p.tolkTaal())).toList();
        return new Samenvatting(vandaag, d.huishouden().naam(), d.huishouden().adres().regel(),
                d.contract().uitvoerderNaam(),
                t.praktischeStart() != null ? t.praktischeStart() : t.aangemeldOp(), geplandEinde(d),
                stand.map(Standlezer.Stand::meting).orElse(null),
                stand.map(Standlezer.Stand::niveaus).orElse(List.of()), checklist(inzage), brieven(inzage),
                signalen(inzage), beperk(standen.verwijzingen(inzage)), pipDoelen(inzage), contacten, talen,
                inzage.huishouden().personen().stream().map(Persoon::id).toList());
    }

    static @org.jspecify.annotations.Nullable LocalDate geplandEinde(Dossier d) {
        return d.huishoudenTermijnen().stream().filter(x -> x.soort() == TermijnSoort.EINDE_BEGELEIDING)
            .map(Termijn::uiterlijk).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private List<Samenvatting.Regel> checklist(Inzage inzage) {
        if (!inzage.magZien(Gegevenssoort.VOORTGANG)) {
            return List.of();
        }
        try {
            ChecklistPagina p = checklist.pagina(inzage, false);
            return beperk(Stream.concat(p.nu().stream(), p.groepen().stream().flatMap(g -> g.regels().stream()))
                .filter(r -> r.item().isOpen())
                .sorted(Comparator.comparing((ChecklistRegel r) -> r.item().deadline(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(r -> new Samenvatting.Regel(r.item().titel(), r.persoon(), r.item().deadline()))
                .toList());
        }
        catch (ToestemmingNodig geen) {
            return List.of();
        }
    }

    private List<Samenvatting.Regel> brieven(Inzage inzage) {
        try {
            return beperk(post.brieven(inzage, null, 100).brieven().stream()
                .filter(b -> b.status().isOpen())
                .map(b -> new Samenvatting.Regel(b.onderwerp(),
                        b.actie() != null ? b.actie() : b.afzenderNaam(), b.deadline()))
                .toList());
        }
        catch (ToestemmingNodig geen) {
            return List.of();
        }
    }

    private List<Samenvatting.Regel> signalen(Inzage inzage) {
        if (!inzage.magZien(Gegevenssoort.SIGNALEN)) {
            return List.of();
        }
        try {
            return beperk(signalen.signalen(inzage, null, 100).signalen().stream()
                .filter(s -> s.status().isOpen())
                .map(s -> new Samenvatting.Regel(s.categorie().name(), s.omschrijving(), s.gemeldOp()))
                .toList());
        }
        catch (ToestemmingNodig geen) {
            return List.of();
        }
    }

    private List<Samenvatting.Regel> pipDoelen(Inzage inzage) {
        if (!inzage.magZien(Gegevenssoort.INBURGERING)) {
            return List.of();
        }
        try {
            List<Samenvatting.Regel> lijst = new ArrayList<>();
            for (PipService.PersoonPip p : pips.pagina(inzage).personen()) {
                var versie = p.huidige();
                if (versie == null) {
                    continue;
                }
                versie.doelen().stream().filter(x -> x.stand() == DoelStatus.OPEN || x.stand() == DoelStatus.BEZIG)
                    .forEach(x -> lijst.add(new Samenvatting.Regel(x.gegevens().omschrijving(),
                            p.persoon().naam() + " · " + x.leefgebied().name(), x.gegevens().streefdatum())));
            }
            return beperk(lijst);
        }
        catch (ToestemmingNodig geen) {
            return List.of();
        }
    }

    private static <T> List<T> beperk(List<T> lijst) {
        return lijst.size() > MAX ? List.copyOf(lijst.subList(0, MAX)) : lijst;
    }

    static List<UUID> personen(Inzage inzage) {
        return inzage.huishouden().personen().stream().map(Persoon::id).toList();
    }
}
