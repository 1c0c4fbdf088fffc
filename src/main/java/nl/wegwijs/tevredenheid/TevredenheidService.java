package nl.wegwijs.tevredenheid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of the tevredenheid module. A household is reached through the acting medewerker's
 * {@link Inzage} (404 when not theirs); only its guidance on the uitvoerder's side (vrijwilliger, begeleider,
 * teamleider; not the gemeente's roles) records a questionnaire, once per household and moment, while it is open; every read and write is logged. No method
 * returns one household's answers: the report counts them per gemeente or uitvoerder and suppresses groups smaller
 * than {@link Tevredenheidsregels#MIN_GROEP}.
 */
@Service
@Transactional(readOnly = true)
public class TevredenheidService {

    static final String SOORT = "tevredenheid";
    /** At most this many comments in the report. */
    static final int OPMERKINGEN_MAX = 50;
    public static final int OPMERKING_MAX = 1000;

    private final Tevredenheidsmetingen metingen;
    private final TrajectService trajecten;
    private final Clock clock;

    TevredenheidService(Tevredenheidsmetingen metingen, TrajectService trajecten, Clock clock) {
        this.metingen = metingen;
        this.trajecten = trajecten;
        this.clock = clock;
    }

    /** The due questionnaire of a household file (from start and planned end), or none before the start. */
    public static Optional<Peiling> peiling(Dossier dossier) {
        LocalDate einde = dossier.huishoudenTermijnen().stream()
            .filter(t -> t.soort() == TermijnSoort.EINDE_BEGELEIDING).map(Termijn::uiterlijk)
            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return Tevredenheidsregels.peiling(dossier.traject().praktischeStart(), einde);
    }

    /** What the file shows: the due moment, whether it was taken, whether the reader may take it now. */
    public Stand stand(Inzage inzage, Dossier dossier) {
        LocalDate vandaag = LocalDate.now(clock);
        Optional<Peiling> p = peiling(dossier);
        // before its moment opens the questionnaire cannot have been taken: no statement for most files (issue 21)
        List<Tevredenheidsmetingen.Afgenomen> gedaan = p.isEmpty() || !p.get().isOpen(vandaag) ? List.of() : metingen.afgenomen(inzage.huishoudenId());
        Tevredenheidsmetingen.Afgenomen af = p.flatMap(x -> gedaan.stream().filter(g -> g.moment() == x.moment())
            .findFirst()).orElse(gedaan.isEmpty() ? null : gedaan.get(gedaan.size() - 1));
        boolean mag = magVastleggen(inzage) && p.isPresent() && af == null && p.get().isOpen(vandaag);
        return new Stand(inzage.huishoudenId(), p.orElse(null), af == null ? null : af.op(), mag, vandaag);
    }

    /** The questionnaire page of a household: its due moment and whether it may be taken now; logged. */
    @Transactional
    public Stand lees(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.log(Actie.LEZEN, SOORT, id.value());
        return stand(inzage, trajecten.dossier(inzage));
    }

    /**
     * Records the household's questionnaire for its due moment, today. Refused with a message (nothing written) when
     * the reader may not record guidance, it is not open yet, was already taken, or an answer is off the scale.
     */
    @Transactional
    public UUID legVast(Medewerker ik, HuishoudenId id, Invoer invoer) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!magVastleggen(inzage)) {
            throw new DomeinFout("tevredenheid.niet-toegestaan");
        }
        Dossier d = trajecten.dossier(inzage);
        LocalDate vandaag = LocalDate.now(clock);
        Peiling p = peiling(d).orElseThrow(() -> new DomeinFout("tevredenheid.niet-gestart"));
        if (!p.isOpen(vandaag)) {
            throw new DomeinFout("tevredenheid.nog-niet", p.opentOp());
        }
        if (invoer.wijze() == null) {
            throw new DomeinFout("tevredenheid.wijze.leeg");
        }
        Map<Vraag, Integer> antwoorden = new EnumMap<>(Vraag.class);
        for (Map.Entry<Vraag, Integer> a : invoer.antwoorden().entrySet()) {
            Integer w = a.getValue();
            if (w != null) {
                if (w < 1 || w > Vraag.SCHAAL) {
                    throw new DomeinFout("tevredenheid.antwoord.buiten-schaal");
                }
                antwoorden.put(a.getKey(), w);
            }
        }
        if (antwoorden.isEmpty()) {
            throw new DomeinFout("tevredenheid.antwoord.geen");
        }
        String opmerking = invoer.opmerking() == null || invoer.opmerking().isBlank() ? null
                : invoer.opmerking().strip();
        if (opmerking != null && opmerking.length() > OPMERKING_MAX) {
            throw new DomeinFout("tevredenheid.opmerking.te-lang", OPMERKING_MAX);
        }
        UUID nieuw = UUID.randomUUID();
        if (!metingen.insert(nieuw, id, inzage.trajectId().value(), inzage.toegang().gemeenteId(),
                inzage.toegang().uitvoerderId(), p.moment(), vandaag, invoer.wijze(), antwoorden, opmerking, ik.id(),
                Instant.now(clock))) {
            throw new DomeinFout("tevredenheid.al-afgenomen");
        }
        inzage.log(Actie.AANMAKEN, SOORT, nieuw);
        return nieuw;
    }

    /** The household's guidance on the uitvoerder's side (vrijwilliger, begeleider, teamleider), not after closing. */
    static boolean magVastleggen(Inzage inzage) {
        return inzage.magBegeleiden() && inzage.toegang().uitvoerderszijde();
    }

    /** Who may see the report: teamleider (their uitvoerder), regievoerder and beleid (their gemeente). */
    public static boolean magRapport(Medewerker ik) {
        return ik.heeftRol(Rol.TEAMLEIDER) && ik.uitvoerderId() != null
                || ik.heeftRol(Rol.REGIEVOERDER, Rol.BELEID) && ik.gemeenteId() != null;
    }

    /**
     * The aggregate report of one year (optionally one moment) for the reader's gemeente or uitvoerder: per question
     * the distribution over the year and the mean per quarter, each suppressed below the minimum group; comments only
     * when the year's group is large enough. Three statements; no personal data, so nothing to log.
     */
    public Rapport rapport(Medewerker ik, int jaar, @Nullable Moment moment) {
        if (!magRapport(ik)) {
            throw new AccessDeniedException("tevredenheidsrapport alleen voor teamleider, regievoerder en beleid");
        }
        if (jaar < 2000 || jaar > LocalDate.now(clock).getYear() + 1) {
            throw new DomeinFout("tevredenheid.jaar.ongeldig");
        }
        Tevredenheidsmetingen.Scope scope = ik.heeftRol(Rol.TEAMLEIDER) ? Tevredenheidsmetingen.Scope.UITVOERDER
                : Tevredenheidsmetingen.Scope.GEMEENTE;
        UUID org = ik.organisatieId();
        LocalDate van = LocalDate.of(jaar, 1, 1);
        LocalDate tot = van.plusYears(1);
        Map<Integer, Long> perKwartaal = metingen.perKwartaal(scope, org, van, tot, moment);
        long aantal = perKwartaal.values().stream().mapToLong(Long::longValue).sum();
        List<Tevredenheidsmetingen.Telling> tellingen = aantal == 0 ? List.of()
                : metingen.tellingen(scope, org, van, tot, moment);
        List<VraagRegel> vragen = new ArrayList<>();
        for (Vraag v : Vraag.values()) {
            Map<Integer, Long> jaarTelling = new HashMap<>();
            List<KwartaalCel> kwartalen = new ArrayList<>();
            for (int k = 1; k <= 4; k++) {
                Map<Integer, Long> kt = new HashMap<>();
                for (Tevredenheidsmetingen.Telling t : tellingen) {
                    if (t.vraag() == v.nummer() && t.kwartaal() == k) {
                        kt.merge(t.waarde(), t.aantal(), Long::sum);
                        jaarTelling.merge(t.waarde(), t.aantal(), Long::sum);
                    }
                }
                kwartalen.add(new KwartaalCel(k, Tevredenheidsregels.verdeling(kt)));
            }
            vragen.add(new VraagRegel(v, Tevredenheidsregels.verdeling(jaarTelling), kwartalen));
        }
        List<Kwartaal> kwartalen = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            long n = perKwartaal.getOrDefault(k, 0L);
            kwartalen.add(new Kwartaal(k, n, Tevredenheidsregels.toonbaar(n)));
        }
        List<String> opmerkingen = Tevredenheidsregels.toonbaar(aantal)
                ? metingen.opmerkingen(scope, org, van, tot, moment, OPMERKINGEN_MAX) : List.of();
        return new Rapport(jaar, moment, scope == Tevredenheidsmetingen.Scope.UITVOERDER, aantal,
                Tevredenheidsregels.toonbaar(aantal), vragen, kwartalen, opmerkingen);
    }

    // --- records

    /** What was filled in: per question a value 1..5 or null (not answered), how, and an optional comment. */
    public record Invoer(@Nullable Invulwijze wijze, Map<Vraag, @Nullable Integer> antwoorden,
            @Nullable String opmerking) {
    }

    /**
     * The household's questionnaire as the file shows it.
     *
     * @param peiling the due moment, or null before the start
     * @param afgenomenOp when it was taken, or null
     * @param magAfnemen whether the reader may take it now
     */
    public record Stand(HuishoudenId huishouden, @Nullable Peiling peiling, @Nullable LocalDate afgenomenOp,
            boolean magAfnemen, LocalDate vandaag) {

        public boolean isOpen() {
            return peiling != null && afgenomenOp == null && peiling.isOpen(vandaag);
        }

        public boolean isTeLaat() {
            return peiling != null && afgenomenOp == null && peiling.isTeLaat(vandaag);
        }
    }

    /** The report of one year. */
    public record Rapport(int jaar, @Nullable Moment moment, boolean perUitvoerder, long aantal, boolean toonbaar,
            List<VraagRegel> vragen, List<Kwartaal> kwartalen, List<String> opmerkingen) {
    }

    public record VraagRegel(Vraag vraag, Tevredenheidsregels.Verdeling jaar, List<KwartaalCel> kwartalen) {
    }

    public record KwartaalCel(int kwartaal, Tevredenheidsregels.Verdeling verdeling) {
    }

    public record Kwartaal(int kwartaal, long aantal, boolean toonbaar) {
    }
}
