package nl.wegwijs.bewaren;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runs of the retention job. The selection reads the trajectories and the gemeente's period read-only (one
 * statement on the gemeente's index); everything else stays in this module's own tables.
 */
@Repository
class BewaarRuns {

    private static final String RUN = """
            select r.id, r.gemeente_id, g.naam as gemeente_naam, r.peildatum, r.termijn_maanden, r.gemaakt_op,
                   r.gemaakt_door, r.uitgevoerd_op, r.uitgevoerd_door, r.aantal, r.geanonimiseerd, r.overgeslagen
              from bewaar_run r join gemeente g on g.id = r.gemeente_id""";

    private final JdbcClient jdbc;

    BewaarRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> gemeenten() {
        return jdbc.sql("select id from gemeente order by naam, id").query(UUID.class).list();
    }

    /**
     * The closed trajectories of the gemeente whose end lies more than the period before {@code peildatum}, and whose
     * household was not anonymised yet; oldest end first.
     */
    List<BewaarRun.Regel> verlopen(UUID gemeente, int maanden, LocalDate peildatum) {
        return jdbc.sql("""
                select t.huishouden_id, t.id as traject_id, t.status, t.einde_datum, t.versie,
                       (select count(*) from persoon p where p.huishouden_id = t.huishouden_id) as personen
                  from traject t
                 where t.gemeente_id = :g and t.status in ('AFGEROND', 'OVERGEDRAGEN', 'BEEINDIGD')
                   and t.einde_datum is not null
                   and (t.einde_datum + make_interval(months => :m))::date < :peil
                   and not exists (select 1 from bewaar_geanonimiseerd a where a.huishouden_id = t.huishouden_id)
                 order by t.einde_datum, t.id""")
            .param("g", gemeente).param("m", maanden).param("peil", peildatum)
            .query((rs, n) -> new BewaarRun.Regel(rs.getObject("huishouden_id", UUID.class),
                    rs.getObject("traject_id", UUID.class), rs.getString("status"),
                    rs.getObject("einde_datum", LocalDate.class), rs.getLong("versie"), rs.getInt("personen"), null))
            .list();
    }

    void voegToe(UUID id, UUID gemeente, LocalDate peildatum, int maanden, Instant op, @Nullable UUID door,
            List<BewaarRun.Regel> regels) {
        jdbc.sql("""
                insert into bewaar_run (id, gemeente_id, peildatum, termijn_maanden, gemaakt_op, gemaakt_door, aantal)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(id, gemeente, peildatum, maanden, Timestamp.from(op), door, regels.size()).update();
        for (BewaarRun.Regel r : regels) {
            jdbc.sql("""
                    insert into bewaar_run_huishouden (run_id, huishouden_id, traject_id, traject_status, einde_datum,
                                                       traject_versie, aantal_personen)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, r.huishoudenId(), r.trajectId(), r.trajectStatus(), r.eindeDatum(), r.trajectVersie(),
                        r.aantalPersonen())
                .update();
        }
    }

    Optional<BewaarRun> find(UUID id) {
        return jdbc.sql(RUN + " where r.id = ?").param(id).query(BewaarRuns::run).optional();
    }

    /** The latest run of each of these gemeenten (all: null), by gemeente name. */
    List<BewaarRun> laatste(@Nullable UUID gemeente) {
        String filter = gemeente == null ? "" : " where r.gemeente_id = :g";
        var sql = jdbc.sql("select distinct on (r.gemeente_id) " + RUN.substring("select ".length()) + filter
                + " order by r.gemeente_id, r.gemaakt_op desc, r.id desc");
        if (gemeente != null) {
            sql = sql.param("g", gemeente);
        }
        return sql.query(BewaarRuns::run).list().stream()
            .sorted(java.util.Comparator.comparing(BewaarRun::gemeenteNaam).thenComparing(BewaarRun::gemeenteId))
            .toList();
    }

    List<BewaarRun.Regel> regels(UUID run) {
        return jdbc.sql("""
                select huishouden_id, traject_id, traject_status, einde_datum, traject_versie, aantal_personen, uitkomst
                  from bewaar_run_huishouden where run_id = ? order by einde_datum, huishouden_id""")
            .param(run)
            .query((rs, n) -> new BewaarRun.Regel(rs.getObject("huishouden_id", UUID.class),
                    rs.getObject("traject_id", UUID.class), rs.getString("traject_status"),
                    rs.getObject("einde_datum", LocalDate.class), rs.getLong("traject_versie"),
                    rs.getInt("aantal_personen"), rs.getString("uitkomst")))
            .list();
    }

    /** Claims a run for carrying out: false when it was carried out (or claimed) already. */
    boolean claim(UUID run, Instant op, @Nullable UUID door) {
        return jdbc.sql("update bewaar_run set uitgevoerd_op = ?, uitgevoerd_door = ? where id = ? "
                + "and uitgevoerd_op is null").params(Timestamp.from(op), door, run).update() == 1;
    }

    void uitkomst(UUID run, int geanonimiseerd, int overgeslagen) {
        jdbc.sql("update bewaar_run set geanonimiseerd = ?, overgeslagen = ? where id = ?")
            .params(geanonimiseerd, overgeslagen, run).update();
    }

    void uitkomst(UUID run, UUID huishouden, String uitkomst) {
        jdbc.sql("update bewaar_run_huishouden set uitkomst = ? where run_id = ? and huishouden_id = ?")
            .params(uitkomst, run, huishouden).update();
    }

    /** Whether this run is the gemeente's latest (an older dry run is superseded). */
    boolean isLaatste(BewaarRun run) {
        return jdbc.sql("""
                select not exists (select 1 from bewaar_run r where r.gemeente_id = ? and r.id <> ?
                                      and (r.gemaakt_op, r.id) > (?, ?))""")
            .params(run.gemeenteId(), run.id(), Timestamp.from(run.gemaaktOp()), run.id())
            .query(Boolean.class).single();
    }

    /** The trajectory as it is now: still closed, at the same version and end date? */
    boolean ongewijzigd(BewaarRun.Regel r) {
        return jdbc.sql("""
                select exists (select 1 from traject where id = ? and versie = ? and einde_datum = ?
                                  and status in ('AFGEROND', 'OVERGEDRAGEN', 'BEEINDIGD'))""")
            .params(r.trajectId(), r.trajectVersie(), r.eindeDatum()).query(Boolean.class).single();
    }

    /** Marks the household anonymised; false when it was already (by another run or node). */
    boolean markeer(UUID huishouden, UUID run, Instant op) {
        return jdbc.sql("insert into bewaar_geanonimiseerd (huishouden_id, run_id, op) values (?, ?, ?) "
                + "on conflict do nothing").params(huishouden, run, Timestamp.from(op)).update() == 1;
    }

    List<UUID> personen(UUID huishouden) {
        return jdbc.sql("select id from persoon where huishouden_id = ? order by volgorde").param(huishouden)
            .query(UUID.class).list();
    }

    /** An imported file's history holds personal data too: it goes with the household's. */
    void wisImport(UUID huishouden) {
        jdbc.sql("update verhuis_import set inhoud = '{}'::jsonb where huishouden_id = ?").param(huishouden).update();
    }

    private static BewaarRun run(ResultSet rs, int n) throws SQLException {
        Timestamp uitgevoerd = rs.getTimestamp("uitgevoerd_op");
        return new BewaarRun(rs.getObject("id", UUID.class), rs.getObject("gemeente_id", UUID.class),
                rs.getString("gemeente_naam"), rs.getObject("peildatum", LocalDate.class), rs.getInt("termijn_maanden"),
                rs.getTimestamp("gemaakt_op").toInstant(), rs.getObject("gemaakt_door", UUID.class),
                uitgevoerd == null ? null : uitgevoerd.toInstant(), rs.getObject("uitgevoerd_door", UUID.class),
                rs.getInt("aantal"), rs.getObject("geanonimiseerd", Integer.class),
                rs.getObject("overgeslagen", Integer.class));
    }
}
