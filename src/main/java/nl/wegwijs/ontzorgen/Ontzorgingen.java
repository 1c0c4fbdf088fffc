package nl.wegwijs.ontzorgen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.traject.TrajectId;

/**
 * Financieel ontzorgen by hand-written SQL. One version on the {@code ontzorgen} row guards the whole: a write of a
 * fixed cost, month or session first bumps it ({@link #raak}), refusing a stale one. Only {@link OntzorgenService}
 * uses it.
 */
@Repository
class Ontzorgingen {

    private final JdbcClient jdbc;

    Ontzorgingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The household's ontzorgen with its parts (four statements), or empty when none was recorded. */
    Optional<Ontzorgen> find(HuishoudenId huishouden) {
        Optional<Kop> kop = jdbc.sql("""
                select id, huishouden_id, traject_id, start, maanden, gestopt_op, stop_reden, notitie, versie
                  from ontzorgen where huishouden_id = ?""")
            .param(huishouden.value()).query(Ontzorgingen::kop).optional();
        return kop.map(k -> {
            UUID id = k.id().value();
            List<VasteLast> lasten = jdbc.sql("""
                    select id, soort, begunstigde, bedrag, machtiging_op, tot from ontzorgen_vaste_last
                     where ontzorgen_id = ? order by volgorde, id""")
                .param(id)
                .query((rs, n) -> new VasteLast(rs.getObject("id", UUID.class),
                        VasteLastSoort.valueOf(rs.getString("soort")), rs.getString("begunstigde"),
                        rs.getBigDecimal("bedrag"), rs.getObject("machtiging_op", LocalDate.class),
                        rs.getObject("tot", LocalDate.class)))
                .list();
            List<Maandstand> maanden = jdbc.sql("""
                    select maand, status, notitie from ontzorgen_maand where ontzorgen_id = ? order by maand""")
                .param(id)
                .query((rs, n) -> new Maandstand(YearMonth.from(rs.getObject("maand", LocalDate.class)),
                        MaandStatus.valueOf(rs.getString("status")), rs.getString("notitie")))
                .list();
            List<Coachgesprek> gesprekken = jdbc.sql("""
                    select id, datum, status, onderwerp, notitie from ontzorgen_coachgesprek
                     where ontzorgen_id = ? order by datum, id""")
                .param(id)
                .query((rs, n) -> new Coachgesprek(rs.getObject("id", UUID.class),
                        rs.getObject("datum", LocalDate.class), GesprekStatus.valueOf(rs.getString("status")),
                        rs.getString("onderwerp"), rs.getString("notitie")))
                .list();
            return new Ontzorgen(k.id(), k.huishouden(), k.traject(), k.start(), k.maanden(), k.gestoptOp(),
                    k.stopReden(), k.notitie(), lasten, Ontzorgen.perMaand(maanden), gesprekken, k.versie());
        });
    }

    void insert(OntzorgenId id, HuishoudenId huishouden, TrajectId traject, UUID gemeente, Kopgegevens g,
            UUID door, Instant op) {
        jdbc.sql("""
                insert into ontzorgen (id, huishouden_id, traject_id, gemeente_id, start, maanden, gepland_einde,
                       gestopt_op, stop_reden, notitie, vastgelegd_door, vastgelegd_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(id.value(), huishouden.value(), traject.value(), gemeente, g.start(), g.maanden(),
                    g.geplandEinde(), g.gestoptOp(), naam(g.stopReden()), g.notitie(), door, Timestamp.from(op))
            .update();
    }

    /** Writes the head when nobody changed it since {@code versie}; otherwise refuses. */
    void update(OntzorgenId id, long versie, Kopgegevens g, UUID door, Instant op) {
        int n = jdbc.sql("""
                update ontzorgen set start = ?, maanden = ?, gepland_einde = ?, gestopt_op = ?, stop_reden = ?,
                       notitie = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(g.start(), g.maanden(), g.geplandEinde(), g.gestoptOp(), naam(g.stopReden()), g.notitie(), door,
                    Timestamp.from(op), id.value(), versie)
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    /** Bumps the version before a part changes, when nobody changed it since {@code versie}; otherwise refuses. */
    void raak(OntzorgenId id, long versie, UUID door, Instant op) {
        int n = jdbc.sql("""
                update ontzorgen set gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(door, Timestamp.from(op), id.value(), versie)
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    void insertVasteLast(OntzorgenId id, VasteLast v) {
        jdbc.sql("""
                insert into ontzorgen_vaste_last (id, ontzorgen_id, soort, begunstigde, bedrag, machtiging_op, tot,
                       volgorde)
                values (?, ?, ?, ?, ?, ?, ?,
                        (select coalesce(max(volgorde), 0) + 1 from ontzorgen_vaste_last where ontzorgen_id = ?))""")
            .params(v.id(), id.value(), v.soort().name(), v.begunstigde(), v.bedrag(), v.machtigingOp(), v.tot(),
                    id.value())
            .update();
    }

    void updateVasteLastTot(OntzorgenId id, UUID last, @Nullable LocalDate tot) {
        jdbc.sql("update ontzorgen_vaste_last set tot = ? where id = ? and ontzorgen_id = ?")
            .params(tot, last, id.value()).update();
    }

    void zetMaand(OntzorgenId id, YearMonth maand, MaandStatus status, @Nullable String notitie, UUID door,
            Instant op) {
        jdbc.sql("""
                insert into ontzorgen_maand (ontzorgen_id, maand, status, notitie, gewijzigd_door, gewijzigd_op)
                values (?, ?, ?, ?, ?, ?)
                on conflict (ontzorgen_id, maand) do update set status = excluded.status, notitie = excluded.notitie,
                       gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op""")
            .params(id.value(), maand.atDay(1), status.name(), notitie, door, Timestamp.from(op))
            .update();
    }

    void insertGesprek(OntzorgenId id, Coachgesprek g, UUID door, Instant op) {
        jdbc.sql("""
                insert into ontzorgen_coachgesprek (id, ontzorgen_id, datum, status, onderwerp, notitie,
                       vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(g.id(), id.value(), g.datum(), g.status().name(), g.onderwerp(), g.notitie(), door,
                    Timestamp.from(op))
            .update();
    }

    void zetGesprekStatus(OntzorgenId id, UUID gesprek, GesprekStatus status) {
        jdbc.sql("update ontzorgen_coachgesprek set status = ? where id = ? and ontzorgen_id = ?")
            .params(status.name(), gesprek, id.value()).update();
    }

    /**
     * A page of the gemeente's households in ontzorgen (end today or later, not started last) sorted by end date, or,
     * with {@code afgelopen}, those that ended (latest first); after the row {@code na} (keyset on (volgorde, id)). One
     * statement on the index (gemeente_id, volgorde, id); per row the household's name, the months in arrears and
     * the sessions that count before the end.
     */
    List<OntzorgenRegel> werklijst(UUID gemeente, LocalDate vandaag, boolean afgelopen, @Nullable OntzorgenId na,
            int aantal) {
        String richting = afgelopen ? "<" : ">";
        String sql = """
                select o.id, o.huishouden_id, o.start, o.einde, o.gestopt_op, o.stop_reden,
                       (select p.achternaam || ', ' || p.voornaam from persoon p where p.huishouden_id = o.huishouden_id
                         order by p.rol = 'HOOFDPERSOON' desc, p.volgorde, p.id limit 1) as naam,
                       (select count(*) from ontzorgen_maand m
                         where m.ontzorgen_id = o.id and m.status = 'ACHTERSTAND') as achterstand,
                       (select count(*) from ontzorgen_coachgesprek c
                         where c.ontzorgen_id = o.id and c.status <> 'AFGEZEGD'
                           and (o.einde is null or c.datum <= o.einde)) as gesprekken
                  from ontzorgen o
                 where o.gemeente_id = :gemeente and o.volgorde %s :vandaag
                """.formatted(afgelopen ? "<" : ">=")
                + (na == null ? "" : """
                   and (o.volgorde, o.id) %s (select k.volgorde, k.id from ontzorgen k
                                               where k.id = :na and k.gemeente_id = :gemeente)
                """.formatted(richting))
                + (afgelopen ? " order by o.volgorde desc, o.id desc" : " order by o.volgorde, o.id")
                + " limit :aantal";
        return jdbc.sql(sql).param("gemeente", gemeente).param("vandaag", vandaag)
            .param("na", na == null ? null : na.value()).param("aantal", aantal)
            .query((rs, n) -> {
                String reden = rs.getString("stop_reden");
                return new OntzorgenRegel(new OntzorgenId(rs.getObject("id", UUID.class)),
                        new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getString("naam"),
                        rs.getObject("start", LocalDate.class), rs.getObject("einde", LocalDate.class),
                        rs.getObject("gestopt_op", LocalDate.class), reden == null ? null : StopReden.valueOf(reden),
                        rs.getInt("achterstand"), rs.getInt("gesprekken"));
            })
            .list();
    }

    /** The free texts go when the household is anonymised; dates, kinds, amounts and statuses stay for figures. */
    void anonimiseer(HuishoudenId huishouden, String tekst) {
        jdbc.sql("""
                with o as (update ontzorgen set notitie = null where huishouden_id = :h returning id),
                     m as (update ontzorgen_maand set notitie = null where ontzorgen_id in (select id from o))
                update ontzorgen_coachgesprek set onderwerp = :tekst, notitie = null
                 where ontzorgen_id in (select id from o)""")
            .param("h", huishouden.value()).param("tekst", tekst).update();
    }

    /** The head's values as written. */
    record Kopgegevens(@Nullable LocalDate start, int maanden, @Nullable LocalDate gestoptOp,
            @Nullable StopReden stopReden, @Nullable String notitie) {

        @Nullable
        LocalDate geplandEinde() {
            return start == null ? null : Ontzorgregels.geplandEinde(start, maanden);
        }
    }

    private record Kop(OntzorgenId id, HuishoudenId huishouden, TrajectId traject, @Nullable LocalDate start,
            int maanden, @Nullable LocalDate gestoptOp, @Nullable StopReden stopReden, @Nullable String notitie,
            long versie) {
    }

    private static Kop kop(ResultSet rs, int n) throws SQLException {
        String reden = rs.getString("stop_reden");
        return new Kop(new OntzorgenId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)),
                new TrajectId(rs.getObject("traject_id", UUID.class)), rs.getObject("start", LocalDate.class),
                rs.getInt("maanden"), rs.getObject("gestopt_op", LocalDate.class),
                reden == null ? null : StopReden.valueOf(reden), rs.getString("notitie"), rs.getLong("versie"));
    }

    private static @Nullable String naam(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }
}
