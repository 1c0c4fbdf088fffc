package nl.wegwijs.toestemming;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Toestemmingsbron;

/** The consent and override tables. */
@Repository
class Toestemmingen {

    private static final String KOLOMMEN = """
            id, huishouden_id, persoon_id, ontvanger_organisatie_id, ontvanger_rol, ontvanger_naam, gegevens, doel,
            vanaf, tot, wijze, taal, vastgelegd_door, vastgelegd_op, controle_op, ingetrokken_op, ingetrokken_door,
            intrekking_reden, versie""";

    private final JdbcClient jdbc;

    Toestemmingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void voegToe(Toestemming t) {
        jdbc.sql("insert into toestemming (" + KOLOMMEN + """
                ) values (:id, :huishouden, :persoon, :organisatie, :rol, :naam, :gegevens, :doel, :vanaf, :tot, :wijze,
                          :taal, :door, :op, :controle, null, null, null, 0)""")
            .param("id", t.id())
            .param("huishouden", t.huishoudenId())
            .param("persoon", t.persoonId())
            .param("organisatie", t.ontvangerOrganisatieId())
            .param("rol", t.ontvangerRol() == null ? null : t.ontvangerRol().name())
            .param("naam", t.ontvangerNaam())
            .param("gegevens", t.gegevens().stream().map(Enum::name).sorted().toArray(String[]::new))
            .param("doel", t.doel().name())
            .param("vanaf", t.vanaf())
            .param("tot", t.tot())
            .param("wijze", t.wijze().name())
            .param("taal", t.taal())
            .param("door", t.vastgelegdDoor())
            .param("op", Timestamp.from(t.vastgelegdOp()))
            .param("controle", t.controleOp())
            .update();
    }

    Optional<Toestemming> find(UUID id) {
        return jdbc.sql("select " + KOLOMMEN + " from toestemming where id = :id").param("id", id)
            .query(Toestemmingen::toestemming).optional();
    }

    /** All consents of a household, current and past, newest first. */
    List<Toestemming> vanHuishouden(UUID huishouden) {
        return jdbc.sql("select " + KOLOMMEN + " from toestemming where huishouden_id = :h "
                + "order by vastgelegd_op desc, id").param("h", huishouden).query(Toestemmingen::toestemming).list();
    }

    /** Revokes at the version the user saw; false when it changed meanwhile or was revoked already. */
    boolean trekIn(UUID id, long versie, UUID door, Instant op, String reden) {
        return jdbc.sql("""
                update toestemming set ingetrokken_op = :op, ingetrokken_door = :door, intrekking_reden = :reden,
                       versie = versie + 1
                 where id = :id and versie = :versie and ingetrokken_op is null""")
            .param("id", id).param("versie", versie).param("door", door).param("op", Timestamp.from(op))
            .param("reden", reden).update() == 1;
    }

    /**
     * The access point's question in one statement on two indexes: per person the categories valid on {@code op}
     * for this organisation and role, and the medewerker's active emergency override on the household, if any.
     */
    Toestemmingsbron.Grondslag grondslag(UUID huishouden, UUID organisatie, Rol rol, UUID medewerker,
            LocalDate op, Instant nu) {
        Map<UUID, Set<Gegevenssoort>> per = new HashMap<>();
        Toestemmingsbron.Doorbraak[] doorbraak = new Toestemmingsbron.Doorbraak[1];
        jdbc.sql("""
                select persoon_id, gegevens, null::uuid as d_id, null::text as reden, null::timestamptz as d_tot
                  from toestemming
                 where huishouden_id = :h and ontvanger_organisatie_id = :org
                   and (ontvanger_rol is null or ontvanger_rol = :rol)
                   and ingetrokken_op is null and vanaf <= :op and (tot is null or tot >= :op)
                union all
                (select null, null, id, reden, tot from doorbraak
                  where medewerker_id = :m and huishouden_id = :h and vanaf <= :nu and tot > :nu
                  order by tot desc limit 1)""")
            .param("h", huishouden).param("org", organisatie).param("rol", rol.name()).param("op", op)
            .param("m", medewerker).param("nu", Timestamp.from(nu))
            .query(rs -> {
                UUID d = rs.getObject("d_id", UUID.class);
                if (d != null) {
                    doorbraak[0] = new Toestemmingsbron.Doorbraak(d, rs.getString("reden"),
                            rs.getTimestamp("d_tot").toInstant());
                    return;
                }
                Set<Gegevenssoort> s = per.computeIfAbsent(rs.getObject("persoon_id", UUID.class),
                        k -> EnumSet.noneOf(Gegevenssoort.class));
                for (String g : (String[]) rs.getArray("gegevens").getArray()) {
                    s.add(Gegevenssoort.valueOf(g));
                }
            });
        return new Toestemmingsbron.Grondslag(per, doorbraak[0]);
    }

    /** "Still agreed": a new date to ask again, at the version the user saw; false when stale or revoked. */
    boolean nogAkkoord(UUID id, long versie, LocalDate controleOp) {
        return jdbc.sql("""
                update toestemming set controle_op = :controle, versie = versie + 1
                 where id = :id and versie = :versie and ingetrokken_op is null""")
            .param("id", id).param("versie", versie).param("controle", controleOp).update() == 1;
    }

    /** The condition of a current consent whose "do you still agree?" check is due on or before :grens. */
    private static final String TE_CONTROLEREN = """
            t.ingetrokken_op is null and t.controle_op is not null and t.controle_op <= :grens
            and (t.tot is null or t.tot >= :vandaag)""";

    /**
     * Current consents due for a check by {@code grens}, in households the filter lets through, by date then id after
     * the keyset {@code (naDatum, naId)}; {@code n + 1} rows (the last only says a next page exists). On the partial
     * index of due checks.
     */
    List<ControleRegel> teControleren(Zichtbaarheid.Filter filter, LocalDate vandaag, LocalDate grens,
            @Nullable LocalDate naDatum, @Nullable UUID naId, int n) {
        String na = naDatum == null || naId == null ? "" : " and (t.controle_op, t.id) > (:naDatum, :naId)";
        var sql = jdbc.sql("select t.id, t.huishouden_id, t.persoon_id, p.voornaam || ' ' || p.achternaam as naam, "
                + "t.ontvanger_naam, t.gegevens, t.doel, t.controle_op, t.versie from toestemming t "
                + "join persoon p on p.id = t.persoon_id where " + TE_CONTROLEREN + " and " + filter.sql() + na
                + " order by t.controle_op, t.id limit :n")
            .params(filter.parameters()).param("grens", grens).param("vandaag", vandaag).param("n", n + 1);
        if (!na.isEmpty()) {
            sql = sql.param("naDatum", naDatum).param("naId", naId);
        }
        return sql.query((rs, i) -> new ControleRegel(rs.getObject("id", UUID.class),
                rs.getObject("huishouden_id", UUID.class), rs.getObject("persoon_id", UUID.class),
                rs.getString("naam"), rs.getString("ontvanger_naam"), gegevens(rs), Doel.valueOf(rs.getString("doel")),
                rs.getObject("controle_op", LocalDate.class), rs.getLong("versie"))).list();
    }

    /** How many current consents are due for a check by {@code grens} in the households the filter lets through. */
    int aantalTeControleren(Zichtbaarheid.Filter filter, LocalDate vandaag, LocalDate grens) {
        return jdbc.sql("select count(*) from toestemming t where " + TE_CONTROLEREN + " and " + filter.sql())
            .params(filter.parameters()).param("grens", grens).param("vandaag", vandaag)
            .query(Integer.class).single();
    }

    // --- emergency overrides

    void voegDoorbraakToe(UUID id, UUID huishouden, UUID medewerker, String reden, Instant vanaf, Instant tot) {
        jdbc.sql("""
                insert into doorbraak (id, huishouden_id, medewerker_id, reden, vanaf, tot)
                values (:id, :h, :m, :reden, :vanaf, :tot)""")
            .param("id", id).param("h", huishouden).param("m", medewerker).param("reden", reden)
            .param("vanaf", Timestamp.from(vanaf)).param("tot", Timestamp.from(tot)).update();
    }

    /** A household of this organisation (gemeente or uitvoerder): one of its trajectories is theirs. */
    private static String vanOrganisatie(String kolom) {
        return "exists (select 1 from traject zt where zt.huishouden_id = " + kolom
                + " and (zt.gemeente_id = :org or zt.uitvoerder_id = :org))";
    }

    /**
     * Overrides on households of this organisation, newest first, after the keyset {@code (naVanaf, naId)};
     * {@code n + 1} rows. With who declared it and who acknowledged it.
     */
    List<DoorbraakRegel> doorbraken(UUID organisatie, UUID ik, @Nullable Instant naVanaf, @Nullable UUID naId, int n) {
        String na = naVanaf == null || naId == null ? "" : " and (d.vanaf, d.id) < (:naVanaf, :naId)";
        var sql = jdbc.sql("""
                select d.id, d.huishouden_id, d.medewerker_id, m.naam, m.rol, d.reden, d.vanaf, d.tot,
                       (select string_agg(gm.naam || ' (' || to_char(g.op at time zone 'Europe/Amsterdam',
                                'DD-MM-YYYY HH24:MI') || ')', ', ' order by g.op)
                          from doorbraak_gezien g join medewerker gm on gm.id = g.medewerker_id
                         where g.doorbraak_id = d.id) as gezien,
                       exists (select 1 from doorbraak_gezien g where g.doorbraak_id = d.id
                                  and g.medewerker_id = :ik) as door_mij_gezien
                  from doorbraak d join medewerker m on m.id = d.medewerker_id
                 where \s""" + vanOrganisatie("d.huishouden_id") + na + " order by d.vanaf desc, d.id desc limit :n")
            .param("org", organisatie).param("ik", ik).param("n", n + 1);
        if (!na.isEmpty()) {
            sql = sql.param("naVanaf", Timestamp.from(naVanaf)).param("naId", naId);
        }
        return sql.query((rs, i) -> new DoorbraakRegel(rs.getObject("id", UUID.class),
                rs.getObject("huishouden_id", UUID.class), rs.getObject("medewerker_id", UUID.class),
                rs.getString("naam"), Rol.valueOf(rs.getString("rol")), rs.getString("reden"),
                rs.getTimestamp("vanaf").toInstant(), rs.getTimestamp("tot").toInstant(), rs.getString("gezien"),
                rs.getBoolean("door_mij_gezien"))).list();
    }

    /** Whether the override is on a household of this organisation. */
    boolean doorbraakVan(UUID doorbraak, UUID organisatie) {
        return jdbc.sql("select exists (select 1 from doorbraak d where d.id = :id and "
                + vanOrganisatie("d.huishouden_id") + ")").param("id", doorbraak).param("org", organisatie)
            .query(Boolean.class).single();
    }

    /** Acknowledges; a second acknowledgement by the same person keeps the first. */
    void gezien(UUID doorbraak, UUID medewerker, Instant op) {
        jdbc.sql("""
                insert into doorbraak_gezien (doorbraak_id, medewerker_id, op) values (:d, :m, :op)
                on conflict do nothing""")
            .param("d", doorbraak).param("m", medewerker).param("op", Timestamp.from(op)).update();
    }

    // --- register figures for the privacy officer

    /** Current consents of this organisation's households per category (one row per person and consent). */
    Map<Gegevenssoort, Integer> perGegevenssoort(UUID organisatie, LocalDate vandaag) {
        Map<Gegevenssoort, Integer> per = new java.util.EnumMap<>(Gegevenssoort.class);
        jdbc.sql("select g, count(*) as n from toestemming t cross join unnest(t.gegevens) g where " + GELDIG
                + " and " + vanOrganisatie("t.huishouden_id") + " group by g")
            .param("org", organisatie).param("vandaag", vandaag)
            .query(rs -> {
                per.put(Gegevenssoort.valueOf(rs.getString("g")), rs.getInt("n"));
            });
        return per;
    }

    /** Current consents of this organisation's households per purpose. */
    Map<Doel, Integer> perDoel(UUID organisatie, LocalDate vandaag) {
        Map<Doel, Integer> per = new java.util.EnumMap<>(Doel.class);
        jdbc.sql("select doel, count(*) as n from toestemming t where " + GELDIG + " and "
                + vanOrganisatie("t.huishouden_id") + " group by doel")
            .param("org", organisatie).param("vandaag", vandaag)
            .query(rs -> {
                per.put(Doel.valueOf(rs.getString("doel")), rs.getInt("n"));
            });
        return per;
    }

    /** Checks due within {@code grens} in this organisation's households. */
    int controlesVan(UUID organisatie, LocalDate vandaag, LocalDate grens) {
        return jdbc.sql("select count(*) from toestemming t where " + TE_CONTROLEREN + " and "
                + vanOrganisatie("t.huishouden_id")).param("org", organisatie).param("vandaag", vandaag)
            .param("grens", grens).query(Integer.class).single();
    }

    private static final String GELDIG = """
            t.ingetrokken_op is null and t.vanaf <= :vandaag and (t.tot is null or t.tot >= :vandaag)""";

    private static Set<Gegevenssoort> gegevens(ResultSet rs) throws SQLException {
        Set<Gegevenssoort> gegevens = EnumSet.noneOf(Gegevenssoort.class);
        for (String g : (String[]) rs.getArray("gegevens").getArray()) {
            gegevens.add(Gegevenssoort.valueOf(g));
        }
        return gegevens;
    }

    private static Toestemming toestemming(ResultSet rs, int n) throws SQLException {
        Set<Gegevenssoort> gegevens = EnumSet.noneOf(Gegevenssoort.class);
        for (String g : (String[]) rs.getArray("gegevens").getArray()) {
            gegevens.add(Gegevenssoort.valueOf(g));
        }
        String rol = rs.getString("ontvanger_rol");
        Timestamp ingetrokken = rs.getTimestamp("ingetrokken_op");
        return new Toestemming(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class),
                rs.getObject("persoon_id", UUID.class), rs.getObject("ontvanger_organisatie_id", UUID.class),
                rol == null ? null : Rol.valueOf(rol), rs.getString("ontvanger_naam"), gegevens,
                Doel.valueOf(rs.getString("doel")), rs.getObject("vanaf", LocalDate.class),
                rs.getObject("tot", LocalDate.class), Wijze.valueOf(rs.getString("wijze")), rs.getString("taal"),
                rs.getObject("vastgelegd_door", UUID.class), rs.getTimestamp("vastgelegd_op").toInstant(),
                rs.getObject("controle_op", LocalDate.class), ingetrokken == null ? null : ingetrokken.toInstant(),
                rs.getObject("ingetrokken_door", UUID.class), rs.getString("intrekking_reden"), rs.getLong("versie"));
    }
}
