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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    /** Per person: the categories valid today for this organisation and role. One statement on the household index. */
    Map<UUID, Set<Gegevenssoort>> geldig(UUID huishouden, UUID organisatie, Rol rol, LocalDate op) {
        Map<UUID, Set<Gegevenssoort>> per = new HashMap<>();
        jdbc.sql("""
                select persoon_id, gegevens from toestemming
                 where huishouden_id = :h and ontvanger_organisatie_id = :org
                   and (ontvanger_rol is null or ontvanger_rol = :rol)
                   and ingetrokken_op is null and vanaf <= :op and (tot is null or tot >= :op)""")
            .param("h", huishouden).param("org", organisatie).param("rol", rol.name()).param("op", op)
            .query(rs -> {
                Set<Gegevenssoort> s = per.computeIfAbsent(rs.getObject("persoon_id", UUID.class),
                        k -> EnumSet.noneOf(Gegevenssoort.class));
                for (String g : (String[]) rs.getArray("gegevens").getArray()) {
                    s.add(Gegevenssoort.valueOf(g));
                }
            });
        return per;
    }

    Optional<Toestemmingsbron.Doorbraak> doorbraak(UUID medewerker, UUID huishouden, Instant nu) {
        return jdbc.sql("""
                select id, reden, tot from doorbraak
                 where medewerker_id = :m and huishouden_id = :h and vanaf <= :nu and tot > :nu
                 order by tot desc limit 1""")
            .param("m", medewerker).param("h", huishouden).param("nu", Timestamp.from(nu))
            .query((rs, i) -> new Toestemmingsbron.Doorbraak(rs.getObject("id", UUID.class), rs.getString("reden"),
                    rs.getTimestamp("tot").toInstant()))
            .optional();
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
