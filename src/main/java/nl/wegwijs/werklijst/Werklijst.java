package nl.wegwijs.werklijst;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzagebeleid;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * The worklist query: the households a medewerker may see, most urgent first, keyset-paginated on
 * (urgentie, traject) and backed by the indexes of {@code werklijst_regel}. Scope per role lives in the SQL.
 */
@Service
@Transactional(readOnly = true)
public class Werklijst {

    public static final int PAGINA = 25;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Verwerkingslog log;

    Werklijst(JdbcClient jdbc, Clock clock, Verwerkingslog log) {
        this.jdbc = jdbc;
        this.log = log;
        this.clock = clock;
    }

    /** Statuses of a running trajectory, in which contact is expected. */
    static final java.util.Set<String> LOPEND = java.util.Set.of("INTAKE", "ACTIEF", "VERLENGD");

    /** How many days ahead "binnenkort" looks, today included. */
    public static final int BINNENKORT_DAGEN = 7;

    /** A page of the worklist and its counts, with the role's scope worked out once. */
    public record Overzicht(WerklijstPagina pagina, WerklijstTelling telling) {
    }

    /** A page and its counts; the page's rows show the household's name: one log row per hoofdpersoon shown. */
    @Transactional
    public Overzicht overzicht(Medewerker ik, WerklijstFilter filter) {
        List<String> waar = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (!voorwaarden(ik, filter, waar, p)) {
            return new Overzicht(new WerklijstPagina(List.of(), null, false), new WerklijstTelling(0, 0, 0, 0, 0));
        }
        return new Overzicht(pagina(ik, filter, new ArrayList<>(waar), new HashMap<>(p), PAGINA),
                telling(Zicht.van(ik), waar, p));
    }

    /**
     * The same as {@link #overzicht(Medewerker, WerklijstFilter)} with a page of {@code aantal} rows (the API's page
     * size, 1 to {@link nl.wegwijs.system.Paginering#MAX}).
     */
    @Transactional
    public Overzicht overzicht(Medewerker ik, WerklijstFilter filter, int aantal) {
        List<String> waar = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (!voorwaarden(ik, filter, waar, p)) {
            return new Overzicht(new WerklijstPagina(List.of(), null, false), new WerklijstTelling(0, 0, 0, 0, 0));
        }
        return new Overzicht(pagina(ik, filter, new ArrayList<>(waar), new HashMap<>(p),
                nl.wegwijs.system.Paginering.grootte(aantal)), telling(Zicht.van(ik), waar, p));
    }

    /** A page of the worklist; its rows show the household's name: one log row per hoofdpersoon shown. */
    @Transactional
    public WerklijstPagina pagina(Medewerker ik, WerklijstFilter filter) {
        List<String> waar = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (!voorwaarden(ik, filter, waar, p)) {
            return new WerklijstPagina(List.of(), null, false);
        }
        return pagina(ik, filter, waar, p, PAGINA);
    }

    private WerklijstPagina pagina(Medewerker ik, WerklijstFilter filter, List<String> waar, Map<String, Object> p,
            int grootte) {
        p.put("aantal", grootte + 1);
        if (filter.aandacht() != null) {
            switch (filter.aandacht()) {
                case "signalen" -> waar.add("w.signalen_open > 0");
                // the next thing is past: the same rule as the red date in the first column and the count on top
                case "te-laat" -> waar.add("w.urgentie < :vandaag");
                case "binnenkort" -> waar.add("w.urgentie >= :vandaag and w.urgentie < :binnenkort");
                case "zonder-contact" -> waar.add(Zicht.van(ik).zonderContact());
                case "zelfredzaamheid" -> waar.add(zelfredzaamheid(ik) ? ZELFREDZAAMHEID : "false");
                default -> {
                }
            }
        }
        if (filter.naUrgentie() != null && filter.naTraject() != null) {
            waar.add("(w.urgentie, w.traject_id) > (:naUrgentie, :naTraject)");
            p.put("naUrgentie", filter.naUrgentie());
            p.put("naTraject", filter.naTraject());
        }
        Zicht zicht = Zicht.van(ik);
        List<WerklijstRegel> regels = jdbc.sql(zicht.voorLezer("""
                select w.traject_id, w.huishouden_id, w.naam, w.aantal_personen, w.status, w.fase_code, w.fase_naam,
                       w.eerstvolgende_termijn, w.eerstvolgende_soort,
                       (select count(*) from unnest(w.open_termijnen) d where d < :vandaag) as aantal_verlopen,
                       w.medewerker_namen, w.urgentie as urgentie,\s""" + zicht.kolommen() + """
                       , w.signalen_open, w.signaal_urgent, w.signaal_vroegste,\s""" + zelfredzaamheidKolommen(ik) + """

                  from werklijst_regel w
                 where\s""" + String.join(" and ", waar) + """

                 order by w.urgentie, w.traject_id
                 limit :aantal"""))
            .params(p)
            .query(WerklijstRegel.class)
            .list();
        boolean meer = regels.size() > grootte;
        List<WerklijstRegel> pagina = meer ? regels.subList(0, grootte) : regels;
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.HOOFDPERSOON,
                pagina.stream().map(r -> new Verwerkingslog.Lijstregel(r.huishoudenId(), "werklijst", r.trajectId()))
                    .toList());
        return new WerklijstPagina(pagina, pagina.isEmpty() ? null : pagina.get(pagina.size() - 1), meer);
    }

    /**
     * What of the daily work the reader's role sees in every household it may see (issue 18,
     * {@link Inzagebeleid#taak}): the checklist and contacts are progress ({@code VOORTGANG}); letters are progress or
     * money ({@code post.Afzender#soort()}), and the worklist counts them together, so it shows them only to a role
     * that sees both. A role without (the budgetcoach, the regievoerder for letters, the sociaal wijkteam) gets rows
     * without those columns, sorted and counted on the dates it may see: its worklist never says that a letter or a
     * checklist item is due, nor when. A consent for one household does not widen the list; the file shows it.
     */
    record Zicht(boolean voortgang, boolean brieven) {

        static Zicht van(Medewerker ik) {
            java.util.Set<Gegevenssoort> taak = Inzagebeleid.taak(ik.rol());
            boolean voortgang = taak.contains(Gegevenssoort.VOORTGANG);
            return new Zicht(voortgang, voortgang && taak.contains(Gegevenssoort.FINANCIEN));
        }

        boolean alles() {
            return voortgang && brieven;
        }

        /** The columns of the daily work, emptied where the reader does not see them. */
        String kolommen() {
            return (voortgang ? """
                    true as voortgang, w.checklist_open, w.checklist_vroegste, w.laatste_contact, w.volgende_contact,
                    w.contact_uiterlijk""" : """
                    false as voortgang, 0 as checklist_open, null::date as checklist_vroegste,
                    null::date as laatste_contact, null::date as volgende_contact, null::date as contact_uiterlijk""")
                    + (brieven ? ", true as brieven, w.post_open, w.post_vroegste"
                            : ", false as brieven, 0 as post_open, null::date as post_vroegste");
        }

        /** The sort key {@code urgentie} (V12) over the columns the reader sees. */
        String urgentie() {
            if (alles()) {
                return "w.urgentie";
            }
            String datums = "coalesce(w.eerstvolgende_termijn, date '9999-12-31'),"
                    + " coalesce(w.signaal_vroegste, date '9999-12-31')"
                    + (voortgang ? ", coalesce(w.checklist_vroegste, date '9999-12-31'),"
                            + " coalesce(w.contact_uiterlijk, date '9999-12-31')" : "")
                    + (brieven ? ", coalesce(w.post_vroegste, date '9999-12-31')" : "");
            return "(case when w.status in ('AFGEROND', 'OVERGEDRAGEN', 'BEEINDIGD') then date '9999-12-31'"
                    + " else least(" + datums + ") end)";
        }

        /** The statement for this reader: on the sort key of what they see. */
        String voorLezer(String sql) {
            return alles() ? sql : sql.replace("w.urgentie", urgentie());
        }

        String zonderContact() {
            return voortgang ? ZONDER_CONTACT : "false";
        }
    }

    /**
     * The self-reliance columns (module zelfredzaamheid), only for a role that sees the results by its task (the
     * guidance): a consent for one household does not widen the list.
     */
    private static boolean zelfredzaamheid(Medewerker ik) {
        return Inzagebeleid.taak(ik.rol()).contains(Gegevenssoort.ZELFREDZAAMHEID);
    }

    private static String zelfredzaamheidKolommen(Medewerker ik) {
        return zelfredzaamheid(ik)
                ? "w.zelfredzaamheid_volgende, w.zelfredzaamheid_stagnatie, w.zelfredzaamheid_laagste"
                : "null::date as zelfredzaamheid_volgende, false as zelfredzaamheid_stagnatie,"
                        + " false as zelfredzaamheid_laagste";
    }

    /** A running trajectory whose self-reliance needs attention: a measurement overdue, stagnation, lowest level. */
    private static final String ZELFREDZAAMHEID = "w.status in ('INTAKE', 'ACTIEF', 'VERLENGD')"
            + " and (w.zelfredzaamheid_volgende < :vandaag or w.zelfredzaamheid_stagnatie or w.zelfredzaamheid_laagste)";

    /** A running trajectory whose contact norm is exceeded, or that has had no contact at all yet. */
    private static final String ZONDER_CONTACT = "w.status in ('INTAKE', 'ACTIEF', 'VERLENGD')"
            + " and (w.contact_uiterlijk < :vandaag or (w.contact_uiterlijk is null and w.laatste_contact is null))";

    /**
     * The counts on top of the worklist, over the same households as the list with the same filters except the
     * attention filter (the counts are the way into it), in one statement. See {@link WerklijstTelling}.
     */
    public WerklijstTelling telling(Medewerker ik, WerklijstFilter filter) {
        List<String> waar = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (!voorwaarden(ik, filter, waar, p)) {
            return new WerklijstTelling(0, 0, 0, 0, 0);
        }
        return telling(Zicht.van(ik), waar, p);
    }

    private WerklijstTelling telling(Zicht zicht, List<String> waar, Map<String, Object> p) {
        return jdbc.sql(zicht.voorLezer("""
                select count(*) as totaal,
                       count(*) filter (where w.urgentie < :vandaag) as te_laat,
                       count(*) filter (where w.urgentie >= :vandaag and w.urgentie < :binnenkort) as binnenkort,
                       count(*) filter (where w.signalen_open > 0) as signalen,
                       count(*) filter (where\s""" + zicht.zonderContact() + """
                ) as zonder_contact
                  from werklijst_regel w
                 where\s""" + String.join(" and ", waar)))
            .params(p)
            .query(WerklijstTelling.class)
            .single();
    }

    /** Scope and filters shared by the list and its counts; false when the role sees no households at all. */
    private boolean voorwaarden(Medewerker ik, WerklijstFilter filter, List<String> waar, Map<String, Object> p) {
        LocalDate vandaag = LocalDate.now(clock);
        p.put("vandaag", vandaag);
        p.put("binnenkort", vandaag.plusDays(BINNENKORT_DAGEN));
        if (!scope(ik, filter, waar, p)) {
            return false;
        }
        if (filter.gemeente() != null) {
            waar.add("w.gemeente_id = :gemeente");
            p.put("gemeente", filter.gemeente());
        }
        if (filter.uitvoerder() != null) {
            waar.add("w.uitvoerder_id = :uitvoerder");
            p.put("uitvoerder", filter.uitvoerder());
        }
        if (filter.team() != null) {
            waar.add("w.team_id = :team");
            p.put("team", filter.team());
        }
        if (filter.medewerker() != null) {
            waar.add("w.medewerkers @> :medewerker");
            p.put("medewerker", new UUID[] { filter.medewerker() });
        }
        if (filter.vanaf() != null) { // the date of what is next, as the reader sees it (Zicht#voorLezer)
            waar.add("w.urgentie >= :vanaf");
            p.put("vanaf", filter.vanaf());
        }
        if (filter.tot() != null) {
            waar.add("w.urgentie <= :tot");
            p.put("tot", filter.tot());
        }
        if (filter.fase() != null && !filter.fase().isBlank()) {
            // by the contract's phase name as the user reads it ("Opstart", "opst"), or by its code
            waar.add("(w.fase_code = :fase or w.fase_naam ilike :faseNaam)");
            p.put("fase", filter.fase().strip());
            p.put("faseNaam", "%" + escape(filter.fase().strip()) + "%");
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            waar.add("w.status = :status");
            p.put("status", filter.status());
        }
        else {
            waar.add("w.status not in ('AFGEROND', 'BEEINDIGD')");
        }
        if (filter.zoek() != null && filter.zoek().strip().length() >= 2) {
            waar.add("w.zoeknaam like :zoek");
            p.put("zoek", "%" + escape(filter.zoek().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return true;
    }

    private static String escape(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Adds the role's scope; false when the role sees no households at all. */
    private boolean scope(Medewerker ik, WerklijstFilter filter, List<String> waar, Map<String, Object> p) {
        p.put("ik", new UUID[] { ik.id() });
        switch (ik.rol()) {
            case VRIJWILLIGER -> waar.add("w.medewerkers @> :ik");
            case BEGELEIDER -> {
                if (filter.mijn()) {
                    waar.add("w.medewerkers @> :ik");
                }
                else {
                    // the teams in the same statement (an init plan, so the team index still serves): no lookup first
                    p.put("ikId", ik.id());
                    waar.add("(w.team_id = any(array(select mt.team_id from medewerker_team mt"
                            + " where mt.medewerker_id = :ikId)) or w.medewerkers @> :ik)");
                }
            }
            case TEAMLEIDER -> {
                waar.add("w.uitvoerder_id = :org");
                if (filter.mijn()) {
                    waar.add("w.medewerkers @> :ik");
                }
            }
            case REGIEVOERDER, BUDGETCOACH -> waar.add("w.gemeente_id = :org");
            // as the household's visibility (TrajectZichtbaarheid): the organisation that accepted the handover
            // (two index-backed halves instead of a coalesce no index can serve)
            case WIJKTEAM -> waar.add("w.status = 'OVERGEDRAGEN' and w.traject_id in (select wt.id from traject wt"
                    + " where wt.overgedragen_aan = :org and wt.status = 'OVERGEDRAGEN' union all select wt.id"
                    + " from traject wt where wt.gemeente_id = :org and wt.overgedragen_aan is null"
                    + " and wt.status = 'OVERGEDRAGEN')");
            case BELEID, BEHEERDER, PRIVACYFUNCTIONARIS -> {
                return false;
            }
        }
        p.put("org", ik.organisatieId());
        return true;
    }

    /** The default view per role: a guide starts with their own households, others with all they may see. */
    public static String standaardWeergave(Medewerker ik) {
        return ik.heeftRol(Rol.VRIJWILLIGER, Rol.BEGELEIDER) ? "mijn" : "team";
    }
}
