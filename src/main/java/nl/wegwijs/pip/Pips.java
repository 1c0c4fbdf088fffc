package nl.wegwijs.pip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.traject.TrajectId;

/**
 * PIPs by hand-written SQL: a household's PIPs with their versions and goals in three statements. Only
 * {@link PipService} uses it.
 */
@Repository
class Pips {

    private final JdbcClient jdbc;

    Pips(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- reads

    /** The PIPs of a household with every version and its goals. */
    List<Pip> vanHuishouden(HuishoudenId huishouden) {
        List<Rij> rijen = jdbc.sql("""
                select id, huishouden_id, traject_id, persoon_id, regievoerder_id, eerste_taalles_op,
                       map_afgerond_op, pvt_afgerond_op, versie from pip where huishouden_id = ?""")
            .param(huishouden.value()).query(Pips::rij).list();
        if (rijen.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rijen.stream().map(Rij::id).toArray(UUID[]::new);
        Map<String, List<Doel>> doelen = new LinkedHashMap<>();
        jdbc.sql("""
                select v.pip_id, v.nummer, v.doel_id, v.leefgebied, v.termijn, v.omschrijving, v.eigenaar,
                       v.eigenaar_contact, v.streefdatum, v.status, d.status stand, d.versie
                  from pip_doel_versie v join pip_doel d on d.id = v.doel_id
                 where v.pip_id = any(?) order by v.pip_id, v.nummer, v.volgorde, v.doel_id""")
            .param(ids).query((rs, n) -> {
                doelen.computeIfAbsent(rs.getObject("pip_id") + "/" + rs.getInt("nummer"), k -> new ArrayList<>())
                    .add(doel(rs));
                return 0;
            }).list();
        Map<UUID, List<PipVersie>> versies = new LinkedHashMap<>();
        jdbc.sql("""
                select pip_id, nummer, status, leerroute, niveau, map_gepland, pvt_gepland, start_gepland, ontzorgen,
                       intensiteit, vastgesteld_op, reden, toelichting, akkoord_op, akkoord_wijze, aangemaakt_door,
                       aangemaakt_op
                  from pip_versie where pip_id = any(?) order by pip_id, nummer""")
            .param(ids).query((rs, n) -> {
                UUID pip = rs.getObject("pip_id", UUID.class);
                int nummer = rs.getInt("nummer");
                versies.computeIfAbsent(pip, k -> new ArrayList<>())
                    .add(versie(rs, doelen.getOrDefault(pip + "/" + nummer, List.of())));
                return 0;
            }).list();
        return rijen.stream().map(r -> new Pip(r.id(), r.huishouden(), r.traject(), r.persoon(), r.regievoerder(),
                r.eersteTaalles(), r.mapAf(), r.pvtAf(), r.versie(), versies.getOrDefault(r.id(), List.of())))
            .toList();
    }

    Optional<UUID> pipVanDoel(UUID doel) {
        return jdbc.sql("select pip_id from pip_doel where id = ?").param(doel).query(UUID.class).optional();
    }

    Optional<HuishoudenId> huishoudenVanPip(UUID pip) {
        return jdbc.sql("select huishouden_id from pip where id = ?").param(pip).query(UUID.class).optional()
            .map(HuishoudenId::new);
    }

    /** Progress reports on these goals, newest first. */
    List<Voortgang> voortgang(Collection<UUID> doelen) {
        if (doelen.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, doel_id, op, tekst, status, door, door_rol, vastgelegd_op from pip_voortgang
                 where doel_id = any(?) order by op desc, vastgelegd_op desc""")
            .param(doelen.toArray(UUID[]::new))
            .query((rs, n) -> new Voortgang(rs.getObject("id", UUID.class), rs.getObject("doel_id", UUID.class),
                    rs.getObject("op", LocalDate.class), rs.getString("tekst"),
                    enumOf(DoelStatus.class, rs.getString("status")), rs.getObject("door", UUID.class),
                    Rol.valueOf(rs.getString("door_rol")), rs.getTimestamp("vastgelegd_op").toInstant()))
            .list();
    }

    List<Gesprek> gesprekken(Collection<UUID> pips) {
        if (pips.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, pip_id, op, wie, uitkomst, door from pip_gesprek where pip_id = any(?)
                 order by op desc, vastgelegd_op desc""")
            .param(pips.toArray(UUID[]::new))
            .query((rs, n) -> new Gesprek(rs.getObject("id", UUID.class), rs.getObject("pip_id", UUID.class),
                    rs.getObject("op", LocalDate.class), rs.getString("wie"), rs.getString("uitkomst"),
                    rs.getObject("door", UUID.class)))
            .list();
    }

    List<Deling> delingen(Collection<UUID> pips) {
        if (pips.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, pip_id, nummer, partner, naam, op, door from pip_deling where pip_id = any(?)
                 order by op, partner""")
            .param(pips.toArray(UUID[]::new))
            .query((rs, n) -> new Deling(rs.getObject("id", UUID.class), rs.getObject("pip_id", UUID.class),
                    rs.getInt("nummer"), Partner.valueOf(rs.getString("partner")), rs.getString("naam"),
                    rs.getObject("op", LocalDate.class), rs.getObject("door", UUID.class)))
            .list();
    }

    // --- writes

    void nieuw(UUID id, HuishoudenId huishouden, TrajectId traject, UUID persoon, UUID regievoerder) {
        jdbc.sql("""
                insert into pip (id, huishouden_id, traject_id, persoon_id, regievoerder_id, versie)
                values (?, ?, ?, ?, ?, 1)""")
            .params(id, huishouden.value(), traject.value(), persoon, regievoerder).update();
    }

    /** Takes the next version of a PIP, refusing a stale one. */
    void vergrendel(UUID pip, long versie) {
        if (jdbc.sql("update pip set versie = versie + 1 where id = ? and versie = ?").params(pip, versie)
            .update() != 1) {
            throw new GelijktijdigGewijzigd();
        }
    }

    void regievoerder(UUID pip, UUID regievoerder) {
        jdbc.sql("update pip set regievoerder_id = ? where id = ?").params(regievoerder, pip).update();
    }

    void feiten(UUID pip, @Nullable LocalDate eersteTaalles, @Nullable LocalDate map, @Nullable LocalDate pvt) {
        jdbc.sql("update pip set eerste_taalles_op = ?, map_afgerond_op = ?, pvt_afgerond_op = ? where id = ?")
            .params(eersteTaalles, map, pvt, pip).update();
    }

    void voegVersieToe(UUID pip, int nummer, Plan p, @Nullable Bijstelreden reden, @Nullable String toelichting,
            UUID door, Instant op) {
        jdbc.sql("""
                insert into pip_versie (pip_id, nummer, status, leerroute, niveau, map_gepland, pvt_gepland,
                       start_gepland, ontzorgen, intensiteit, reden, toelichting, aangemaakt_door, aangemaakt_op)
                values (?, ?, 'CONCEPT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(pip, nummer, naam(p.leerroute()), naam(p.niveau()), p.mapGepland(), p.pvtGepland(),
                    p.startGepland(), p.ontzorgen(), naam(p.intensiteit()), naam(reden), toelichting, door,
                    Timestamp.from(op))
            .update();
    }

    void plan(UUID pip, int nummer, Plan p) {
        jdbc.sql("""
                update pip_versie set leerroute = ?, niveau = ?, map_gepland = ?, pvt_gepland = ?, start_gepland = ?,
                       ontzorgen = ?, intensiteit = ? where pip_id = ? and nummer = ? and status = 'CONCEPT'""")
            .params(naam(p.leerroute()), naam(p.niveau()), p.mapGepland(), p.pvtGepland(), p.startGepland(),
                    p.ontzorgen(), naam(p.intensiteit()), pip, nummer)
            .update();
    }

    void stelVast(UUID pip, int nummer, LocalDate op) {
        jdbc.sql("update pip_versie set status = 'VASTGESTELD', vastgesteld_op = ? where pip_id = ? and nummer = ?")
            .params(op, pip, nummer).update();
        // where each goal stands now follows what the version just set says
        jdbc.sql("""
                update pip_doel d set status = v.status, versie = d.versie + 1
                  from pip_doel_versie v where v.doel_id = d.id and v.pip_id = ? and v.nummer = ?
                   and d.status <> v.status""")
            .params(pip, nummer).update();
    }

    void akkoord(UUID pip, int nummer, @Nullable LocalDate op, @Nullable Akkoordwijze wijze) {
        jdbc.sql("update pip_versie set akkoord_op = ?, akkoord_wijze = ? where pip_id = ? and nummer = ?")
            .params(op, naam(wijze), pip, nummer).update();
    }

    /** A goal new to this PIP (its identity), with what version {@code nummer} says of it. */
    void nieuwDoel(UUID pip, UUID doel, int nummer, DoelGegevens g, int volgorde) {
        jdbc.sql("insert into pip_doel (id, pip_id, status, versie) values (?, ?, ?, 1)")
            .params(doel, pip, g.status().name()).update();
        doelVersie(pip, doel, nummer, g, volgorde);
    }

    void doelVersie(UUID pip, UUID doel, int nummer, DoelGegevens g, int volgorde) {
        jdbc.sql("""
                insert into pip_doel_versie (doel_id, pip_id, nummer, leefgebied, termijn, omschrijving, eigenaar,
                       eigenaar_contact, streefdatum, status, volgorde)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(doel, pip, nummer, g.leefgebied().name(), g.termijn().name(), g.omschrijving(),
                    g.eigenaar().name(), g.contact(), g.streefdatum(), g.status().name(), volgorde)
            .update();
    }

    void wijzigDoelVersie(UUID pip, UUID doel, int nummer, DoelGegevens g) {
        jdbc.sql("""
                update pip_doel_versie set leefgebied = ?, termijn = ?, omschrijving = ?, eigenaar = ?,
                       eigenaar_contact = ?, streefdatum = ?, status = ? where doel_id = ? and pip_id = ? and nummer = ?""")
            .params(g.leefgebied().name(), g.termijn().name(), g.omschrijving(), g.eigenaar().name(), g.contact(),
                    g.streefdatum(), g.status().name(), doel, pip, nummer)
            .update();
    }

    /** Takes a goal out of a draft; a goal no version holds any more goes altogether. */
    void verwijderDoelVersie(UUID pip, UUID doel, int nummer) {
        jdbc.sql("delete from pip_doel_versie where doel_id = ? and pip_id = ? and nummer = ?")
            .params(doel, pip, nummer).update();
        jdbc.sql("""
                delete from pip_doel d where d.id = ?
                   and not exists (select 1 from pip_doel_versie v where v.doel_id = d.id)
                   and not exists (select 1 from pip_voortgang g where g.doel_id = d.id)""")
            .param(doel).update();
    }

    /** A progress report; with a new status, the goal moves there. Refuses a stale goal version. */
    void rapporteer(Voortgang v, HuishoudenId huishouden, long doelVersie) {
        int n = jdbc.sql("""
                update pip_doel set status = coalesce(?, status), versie = versie + 1 where id = ? and versie = ?""")
            .params(naam(v.status()), v.doelId(), doelVersie).update();
        if (n != 1) {
            throw new GelijktijdigGewijzigd();
        }
        jdbc.sql("""
                insert into pip_voortgang (id, doel_id, huishouden_id, op, tekst, status, door, door_rol,
                       vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(v.id(), v.doelId(), huishouden.value(), v.op(), v.tekst(), naam(v.status()), v.door(),
                    v.doorRol().name(), Timestamp.from(v.vastgelegdOp()))
            .update();
    }

    void gesprek(Gesprek g, Instant op) {
        jdbc.sql("""
                insert into pip_gesprek (id, pip_id, op, wie, uitkomst, door, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(g.id(), g.pipId(), g.op(), g.wie(), g.uitkomst(), g.door(), Timestamp.from(op)).update();
    }

    void deling(Deling d) {
        jdbc.sql("insert into pip_deling (id, pip_id, nummer, partner, naam, op, door) values (?, ?, ?, ?, ?, ?, ?)")
            .params(d.id(), d.pipId(), d.nummer(), d.partner().name(), d.naam(), d.op(), d.door()).update();
    }

    void verwijderHuishouden(HuishoudenId huishouden) {
        jdbc.sql("delete from pip where huishouden_id = ?").param(huishouden.value()).update();
    }

    // --- mapping

    private record Rij(UUID id, HuishoudenId huishouden, TrajectId traject, UUID persoon, UUID regievoerder,
            @Nullable LocalDate eersteTaalles, @Nullable LocalDate mapAf, @Nullable LocalDate pvtAf, long versie) {
    }

    private static Rij rij(ResultSet rs, int n) throws SQLException {
        return new Rij(rs.getObject("id", UUID.class), new HuishoudenId(rs.getObject("huishouden_id", UUID.class)),
                new TrajectId(rs.getObject("traject_id", UUID.class)), rs.getObject("persoon_id", UUID.class),
                rs.getObject("regievoerder_id", UUID.class), rs.getObject("eerste_taalles_op", LocalDate.class),
                rs.getObject("map_afgerond_op", LocalDate.class), rs.getObject("pvt_afgerond_op", LocalDate.class),
                rs.getLong("versie"));
    }

    private static Doel doel(ResultSet rs) throws SQLException {
        return new Doel(rs.getObject("doel_id", UUID.class),
                new DoelGegevens(Leefgebied.valueOf(rs.getString("leefgebied")),
                        Doeltermijn.valueOf(rs.getString("termijn")), rs.getString("omschrijving"),
                        Eigenaar.valueOf(rs.getString("eigenaar")), rs.getString("eigenaar_contact"),
                        rs.getObject("streefdatum", LocalDate.class), DoelStatus.valueOf(rs.getString("status"))),
                DoelStatus.valueOf(rs.getString("stand")), rs.getLong("versie"));
    }

    private static PipVersie versie(ResultSet rs, List<Doel> doelen) throws SQLException {
        return new PipVersie(rs.getInt("nummer"), Versiestatus.valueOf(rs.getString("status")),
                new Plan(enumOf(Leerroute.class, rs.getString("leerroute")),
                        enumOf(Taalniveau.class, rs.getString("niveau")),
                        rs.getObject("map_gepland", LocalDate.class), rs.getObject("pvt_gepland", LocalDate.class),
                        rs.getObject("start_gepland", LocalDate.class), rs.getBoolean("ontzorgen"),
                        enumOf(Intensiteit.class, rs.getString("intensiteit"))),
                rs.getObject("vastgesteld_op", LocalDate.class), enumOf(Bijstelreden.class, rs.getString("reden")),
                rs.getString("toelichting"), rs.getObject("akkoord_op", LocalDate.class),
                enumOf(Akkoordwijze.class, rs.getString("akkoord_wijze")),
                rs.getObject("aangemaakt_door", UUID.class), rs.getTimestamp("aangemaakt_op").toInstant(), doelen);
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> soort, @Nullable String naam) {
        return naam == null ? null : Enum.valueOf(soort, naam);
    }

    private static @Nullable String naam(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }
}
