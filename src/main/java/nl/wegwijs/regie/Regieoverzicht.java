package nl.wegwijs.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Taakstelling;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * The regievoerder's overview of their own gemeente across all uitvoerders (optionally one), from the read model
 * {@code regie_huishouden} / {@code regie_persoon}: a fixed handful of statements whatever the gemeente's size, each
 * backed by an index that starts with the gemeente. The figures carry no personal data (beleid sees them too); the
 * households behind a figure only the regievoerder, logged per household shown. docs/regie-overzicht.md defines every
 * figure.
 */
@Service
@Transactional(readOnly = true)
public class Regieoverzicht {

    /** "Binnenkort" for a PIP: its deadline within this many days (today included). */
    public static final int PIP_BINNENKORT_DAGEN = 14;
    /** "Ontzorgen eindigt": its end within this many days (today included). */
    public static final int ONTZORGEN_DAGEN = 28;
    /** The times from BRP registration count persons registered in the BRP in this many months up to today. */
    public static final int PERIODE_MAANDEN = 12;
    /** Rows per page of a household list. */
    public static final int PAGINA = 50;

    private final JdbcClient jdbc;
    private final OrganisatieService organisaties;
    private final Verwerkingslog log;
    private final Clock clock;

    Regieoverzicht(JdbcClient jdbc, OrganisatieService organisaties, Verwerkingslog log, Clock clock) {
        this.jdbc = jdbc;
        this.organisaties = organisaties;
        this.log = log;
        this.clock = clock;
    }

    /** One stage: trajectory status and phase, with its households. */
    public record Stadium(String status, @Nullable String faseCode, @Nullable String faseNaam, int huishoudens) {
    }

    /** A time from BRP registration: median days over the persons who reached the step, and how many they are. */
    public record Duur(@Nullable Integer mediaanDagen, int personen) {

        public @Nullable Integer mediaanWeken() {
            return mediaanDagen == null ? null : Math.round(mediaanDagen / 7f);
        }
    }

    /** The taakstelling of the current half-year: persons registered in the BRP in it, against the target. */
    public record Halfjaar(int jaar, int halfjaar, LocalDate van, LocalDate tot, int ingeschreven,
            @Nullable Integer doel) {

        public @Nullable Integer procent() {
            return doel == null || doel == 0 ? null : Math.round(100f * ingeschreven / doel);
        }
    }

    /** The uitvoerders with a contract in the gemeente, for the filter. */
    public record Uitvoerder(UUID id, String naam) {
    }

    /** All figures of one gemeente (or one uitvoerder in it) on one day. */
    public record Cijfers(LocalDate vandaag, LocalDate periodeVan, String gemeente, List<Uitvoerder> uitvoerders,
            @Nullable UUID uitvoerder, List<Stadium> stadia, int huishoudens, int pipBinnenkort, int pipVerlopen,
            int pipOpTijd, int pipTeLaat, Duur intake, Duur pip, Duur taalles, int startgat, int signalen,
            int ontzorgenEindigt, int ontzorgenZonderOvergang, Halfjaar taakstelling) {

        /** Share of the PIPs set in the period that were on time, or null when none was set. */
        public @Nullable Integer pipOpTijdProcent() {
            int totaal = pipOpTijd + pipTeLaat;
            return totaal == 0 ? null : Math.round(100f * pipOpTijd / totaal);
        }
    }

    /** One row of a household list. */
    public record Regel(UUID huishoudenId, UUID id, String naam, String uitvoerder, @Nullable LocalDate datum,
            LocalDate volgorde) {
    }

    /** A page of a household list; {@code naDatum}/{@code naId} the keyset of the next page, null on the last. */
    public record Pagina(Cijfer cijfer, List<Regel> regels, @Nullable LocalDate naDatum, @Nullable UUID naId) {
    }

    /** Whether the medewerker may see the figures: the gemeente's regievoerder and beleidsmedewerker. */
    public static boolean magCijfersZien(Medewerker ik) {
        return ik.heeftRol(Rol.REGIEVOERDER, Rol.BELEID) && ik.gemeenteId() != null;
    }

    /** Whether the medewerker may open the households behind a figure: the regievoerder only. */
    public static boolean magHuishoudensZien(Medewerker ik) {
        return ik.heeftRol(Rol.REGIEVOERDER) && ik.gemeenteId() != null;
    }

    /**
     * The figures. Statements: the gemeente's contracts (names of the uitvoerders), the households by stage with the
     * household counts, the persons' counts and medians, the taakstellingen.
     */
    public Cijfers cijfers(Medewerker ik, @Nullable UUID uitvoerder) {
        if (!magCijfersZien(ik)) {
            throw new NietGevonden();
        }
        UUID gemeente = java.util.Objects.requireNonNull(ik.gemeenteId());
        Context c = context(gemeente, uitvoerder);
        LocalDate vandaag = c.vandaag();
        List<Stadium> stadia = new ArrayList<>();
        int[] h = new int[3];
        jdbc.sql(HUISHOUDENS_SQL)
            .params(c.parameters())
            .query(rs -> {
                stadia.add(new Stadium(rs.getString("status"), rs.getString("fase_code"), rs.getString("fase_naam"),
                        rs.getInt("aantal")));
                h[0] += rs.getInt("signalen");
                h[1] += rs.getInt("ontzorgen");
                h[2] += rs.getInt("zonder_overgang");
            });
        stadia.sort(Comparator.comparing((Stadium s) -> nl.wegwijs.traject.TrajectStatus.valueOf(s.status()))
            .thenComparing(s -> s.faseCode() == null ? "" : s.faseCode()));
        Personen p = jdbc.sql(PERSONEN_SQL)
            .params(c.parameters())
            .query((rs, i) -> new Personen(rs.getInt("pip_binnenkort"), rs.getInt("pip_verlopen"),
                    rs.getInt("pip_op_tijd"), rs.getInt("pip_te_laat"),
                    new Duur(rs.getObject("intake_mediaan", Integer.class), rs.getInt("intake_aantal")),
                    new Duur(rs.getObject("pip_mediaan", Integer.class), rs.getInt("pip_aantal")),
                    new Duur(rs.getObject("taalles_mediaan", Integer.class), rs.getInt("taalles_aantal")),
                    rs.getInt("startgat"), rs.getInt("halfjaar")))
            .single();
        Integer doel = organisaties.taakstellingen(gemeente).stream()
            .filter(t -> t.jaar() == c.halfVan().getYear() && t.halfjaar() == halfjaar(vandaag))
            .map(Taakstelling::aantal).findFirst().orElse(null);
        return new Cijfers(vandaag, c.van(), c.gemeenteNaam(), c.uitvoerders(), c.uitvoerder(), List.copyOf(stadia),
                stadia.stream().mapToInt(Stadium::huishoudens).sum(), p.pipBinnenkort(), p.pipVerlopen(),
                p.pipOpTijd(), p.pipTeLaat(), p.intake(), p.pip(), p.taalles(), p.startgat(), h[0], h[1], h[2],
                new Halfjaar(c.halfVan().getYear(), halfjaar(vandaag), c.halfVan(), c.halfTot(), p.halfjaar(), doel));
    }

    /**
     * The households behind a figure, a keyset page in the figure's order ({@link Cijfer#volgorde()}, then id),
     * logged as a list (the household's name: its hoofdpersoon, once per household shown). Statements: the contracts,
     * the page, the log.
     */
    @Transactional
    public Pagina huishoudens(Medewerker ik, Cijfer cijfer, @Nullable UUID uitvoerder, @Nullable String status,
            @Nullable String fase, @Nullable LocalDate naDatum, @Nullable UUID naId) {
        if (!magHuishoudensZien(ik)) {
            throw new NietGevonden();
        }
        if (cijfer == Cijfer.STADIUM && (status == null || !geldigeStatus(status))) {
            throw new NietGevonden();
        }
        UUID gemeente = java.util.Objects.requireNonNull(ik.gemeenteId());
        Context c = context(gemeente, uitvoerder);
        boolean zonderFase = fase == null || fase.isBlank();
        Map<String, Object> parameters = new LinkedHashMap<>(c.parameters());
        parameters.put("status", status == null ? "" : status);
        parameters.put("fase", zonderFase ? "" : fase);
        parameters.put("naDatum", naDatum == null ? c.vandaag() : naDatum);
        parameters.put("naId", naId == null ? new UUID(0, 0) : naId);
        parameters.put("aantal", PAGINA + 1);
        List<Regel> rijen = jdbc.sql(lijstSql(cijfer, zonderFase, naDatum != null && naId != null))
            .params(parameters)
            .query((rs, i) -> new Regel(rs.getObject("huishouden_id", UUID.class), rs.getObject("id", UUID.class),
                    rs.getString("naam"), c.namen().getOrDefault(rs.getObject("uitvoerder_id", UUID.class), "?"),
                    rs.getObject("datum", LocalDate.class), rs.getObject("volgorde", LocalDate.class)))
            .list();
        List<Regel> regels = Paginering.eerste(rijen, PAGINA);
        Map<UUID, Verwerkingslog.Lijstregel> getoond = new LinkedHashMap<>();
        regels.forEach(r -> getoond.putIfAbsent(r.huishoudenId(),
                new Verwerkingslog.Lijstregel(r.huishoudenId(), "regie_overzicht", r.huishoudenId())));
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.HOOFDPERSOON,
                getoond.values());
        Regel laatste = rijen.size() > PAGINA ? regels.get(regels.size() - 1) : null;
        return new Pagina(cijfer, regels, laatste == null ? null : laatste.volgorde(),
                laatste == null ? null : laatste.id());
    }

    private static boolean geldigeStatus(String status) {
        try {
            nl.wegwijs.traject.TrajectStatus.valueOf(status);
            return true;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The households by stage, with the household counts. */
    static final String HUISHOUDENS_SQL = "select r.status, r.fase_code, min(r.fase_naam) as fase_naam, count(*) as aantal, "
            + telling("signalen", Cijfer.SIGNAAL_OPEN) + ", "
            + telling("ontzorgen", Cijfer.ONTZORGEN) + ", "
            + telling("zonder_overgang", Cijfer.ONTZORGEN + " and not r.overgang_geregeld")
            + " from regie_huishouden r where r.gemeente_id = :gemeente"
            + " and (cast(:uitvoerder as uuid) is null or r.uitvoerder_id = :uitvoerder)"
            + " group by r.status, r.fase_code";

    /** The persons' counts and medians. */
    static final String PERSONEN_SQL = "select "
            + telling("pip_binnenkort", Cijfer.PIP_BINNENKORT.voorwaarde(false)) + ", "
            + telling("pip_verlopen", Cijfer.PIP_VERLOPEN.voorwaarde(false)) + ", "
            + telling("pip_op_tijd", Cijfer.PIP_OP_TIJD.voorwaarde(false)) + ", "
            + telling("pip_te_laat", Cijfer.PIP_TE_LAAT.voorwaarde(false)) + ", "
            + mediaan("intake", "r.intake_op", Cijfer.INTAKE) + ", "
            + mediaan("pip", "r.pip_op", Cijfer.PIP) + ", "
            + mediaan("taalles", "r.eerste_taalles_op", Cijfer.TAALLES) + ", "
            + telling("startgat", Cijfer.STARTGAT.voorwaarde(false)) + ", "
            + telling("halfjaar", Cijfer.TAAKSTELLING.voorwaarde(false))
            + " from regie_persoon r where r.gemeente_id = :gemeente"
            + " and (cast(:uitvoerder as uuid) is null or r.uitvoerder_id = :uitvoerder)";

    /** A page of the rows behind a figure, in its order; {@code keyset}: after (:naDatum, :naId). */
    static String lijstSql(Cijfer cijfer, boolean zonderFase, boolean keyset) {
        String id = cijfer.perPersoon() ? "r.persoon_id" : "r.traject_id";
        String naam = cijfer.perPersoon() ? "h.naam" : "r.naam";
        String van = cijfer.perPersoon()
                ? "regie_persoon r join regie_huishouden h on h.traject_id = r.traject_id" : "regie_huishouden r";
        return "select r.huishouden_id, " + id + " as id, " + naam + " as naam, r.uitvoerder_id, r." + cijfer.datum()
                + " as datum, r." + cijfer.volgorde() + " as volgorde from " + van
                + " where r.gemeente_id = :gemeente and (cast(:uitvoerder as uuid) is null or r.uitvoerder_id = :uitvoerder)"
                + " and " + cijfer.voorwaarde(zonderFase)
                + (keyset ? " and (r." + cijfer.volgorde() + ", " + id + ") > (:naDatum, :naId)" : "")
                + " order by r." + cijfer.volgorde() + ", " + id + " limit :aantal";
    }

    private static String telling(String alias, String voorwaarde) {
        return "count(*) filter (where " + voorwaarde + ") as " + alias;
    }

    /** The median days from BRP registration to {@code datum}, and how many persons reached it. */
    private static String mediaan(String alias, String datum, Cijfer cijfer) {
        return "percentile_disc(0.5) within group (order by " + datum + " - r.brp_datum) filter (where "
                + cijfer.voorwaarde(false) + ") as " + alias + "_mediaan, " + telling(alias + "_aantal",
                        cijfer.voorwaarde(false));
    }

    static int halfjaar(LocalDate dag) {
        return dag.getMonthValue() <= 6 ? 1 : 2;
    }

    private Context context(UUID gemeente, @Nullable UUID uitvoerder) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Contract> contracten = organisaties.contractenVanGemeente(gemeente);
        Map<UUID, String> namen = new LinkedHashMap<>();
        contracten.stream().sorted(Comparator.comparing(Contract::uitvoerderNaam))
            .forEach(k -> namen.putIfAbsent(k.uitvoerderId(), k.uitvoerderNaam()));
        // an uitvoerder without a contract in this gemeente filters to nothing, as if none was chosen it would show all
        UUID gekozen = uitvoerder != null && namen.containsKey(uitvoerder) ? uitvoerder : null;
        String gemeenteNaam = contracten.isEmpty() ? "" : contracten.get(0).gemeenteNaam();
        LocalDate halfVan = LocalDate.of(vandaag.getYear(), halfjaar(vandaag) == 1 ? 1 : 7, 1);
        return new Context(gemeente, gekozen, vandaag, vandaag.minusMonths(PERIODE_MAANDEN).plusDays(1), halfVan,
                halfVan.plusMonths(6).minusDays(1), gemeenteNaam, namen,
                namen.entrySet().stream().map(e -> new Uitvoerder(e.getKey(), e.getValue())).toList());
    }

    private record Context(UUID gemeente, @Nullable UUID uitvoerder, LocalDate vandaag, LocalDate van,
            LocalDate halfVan, LocalDate halfTot, String gemeenteNaam, Map<UUID, String> namen,
            List<Uitvoerder> uitvoerders) {

        Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("gemeente", gemeente);
            p.put("uitvoerder", Optional.ofNullable(uitvoerder).map(Object.class::cast).orElse(null));
            p.put("vandaag", vandaag);
            p.put("binnenkort", vandaag.plusDays(PIP_BINNENKORT_DAGEN - 1L));
            p.put("vierWeken", vandaag.plusDays(ONTZORGEN_DAGEN - 1L));
            p.put("van", van);
            p.put("halfVan", halfVan);
            p.put("halfTot", halfTot);
            return p;
        }
    }

    private record Personen(int pipBinnenkort, int pipVerlopen, int pipOpTijd, int pipTeLaat, Duur intake, Duur pip,
            Duur taalles, int startgat, int halfjaar) {
    }
}
