package nl.wegwijs.socialekaart;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Services by hand-written SQL. A gemeente's list runs on the index (gemeente_id, soort, naam, id), with or without
 * a kind filter.
 */
@Repository
class Diensten {

    private static final String DIENST = """
            select id, gemeente_id, naam, soort, telefoon, email, adres, website, talen, wachttijd_weken, verwijzen,
                   organisatie_id, actief, versie
              from dienst""";

    private final JdbcClient jdbc;

    Diensten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DienstRegel> find(UUID id) {
        return jdbc.sql(DIENST + " where id = ?").param(id).query(Diensten::regel).optional();
    }

    /** All active services of a gemeente, by kind and name. */
    List<Dienst> actief(UUID gemeenteId) {
        return jdbc.sql(DIENST + " where gemeente_id = ? and actief order by soort, naam, id").param(gemeenteId)
            .query(Diensten::regel).list().stream().map(DienstRegel::dienst).toList();
    }

    List<Dienst> opId(Set<UUID> ids) {
        return jdbc.sql(DIENST + " where id = any(?)").param(ids.toArray(UUID[]::new)).query(Diensten::regel).list()
            .stream().map(DienstRegel::dienst).toList();
    }

    /**
     * A page of a gemeente's services (active and not), optionally of one kind and speaking one language (compared
     * without case), after service {@code na}.
     */
    List<DienstRegel> pagina(UUID gemeenteId, @Nullable Dienstsoort soort, @Nullable String taal, @Nullable UUID na,
            int aantal) {
        String sql = DIENST + " d where d.gemeente_id = :g" + (soort == null ? "" : " and d.soort = :soort")
                + (taal == null ? "" : " and exists (select 1 from unnest(d.talen) t where lower(t) = lower(:taal))")
                + (na == null ? "" : " " + """
                         and (d.soort, d.naam, d.id) > (select k.soort, k.naam, k.id from dienst k
                                                         where k.id = :na and k.gemeente_id = :g)""")
                + " order by d.soort, d.naam, d.id limit :aantal";
        return jdbc.sql(sql).param("g", gemeenteId).param("soort", soort == null ? null : soort.name())
            .param("taal", taal).param("na", na).param("aantal", aantal).query(Diensten::regel).list();
    }

    void insert(Dienst d, UUID door, Instant op) {
        jdbc.sql("""
                insert into dienst (id, gemeente_id, naam, soort, telefoon, email, adres, website, talen,
                       wachttijd_weken, verwijzen, organisatie_id, actief, aangemaakt_door, aangemaakt_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, true, ?, ?, 1)""")
            .params(d.id(), d.gemeenteId(), d.naam(), d.soort().name(), d.telefoon(), d.email(), d.adres(),
                    d.website(), pgArray(d.talen()), d.wachttijdWeken(), d.verwijzen(), d.organisatieId(), door,
                    Timestamp.from(op))
            .update();
    }

    void update(UUID id, long versie, DienstGegevens g, UUID door, Instant op) {
        int n = jdbc.sql("""
                update dienst set naam = ?, soort = ?, telefoon = ?, email = ?, adres = ?, website = ?,
                       talen = ?::text[], wachttijd_weken = ?, verwijzen = ?, organisatie_id = ?, gewijzigd_door = ?,
                       gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(g.naam(), g.soort().name(), g.telefoon(), g.email(), g.adres(), g.website(), pgArray(g.talen()),
                    g.wachttijdWeken(), g.verwijzen(), g.organisatieId(), door, Timestamp.from(op), id, versie)
            .update();
        if (n != 1) {
            throw new GelijktijdigGewijzigd();
        }
    }

    void zetActief(UUID id, long versie, boolean actief, UUID door, Instant op) {
        int n = jdbc.sql("""
                update dienst set actief = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(actief, door, Timestamp.from(op), id, versie).update();
        if (n != 1) {
            throw new GelijktijdigGewijzigd();
        }
    }

    /** A text[] literal: {"a","b"} with quotes and backslashes escaped. */
    static String pgArray(List<String> waarden) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < waarden.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append('"').append(waarden.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private static DienstRegel regel(ResultSet rs, int n) throws SQLException {
        Array talen = rs.getArray("talen");
        List<String> t = talen == null ? List.of() : Arrays.asList((String[]) talen.getArray());
        Integer wacht = (Integer) rs.getObject("wachttijd_weken");
        Dienst d = new Dienst(rs.getObject("id", UUID.class), rs.getObject("gemeente_id", UUID.class),
                rs.getString("naam"), Dienstsoort.valueOf(rs.getString("soort")), rs.getString("telefoon"),
                rs.getString("email"), rs.getString("adres"), rs.getString("website"), t, wacht,
                rs.getString("verwijzen"), rs.getObject("organisatie_id", UUID.class), rs.getLong("versie"));
        return new DienstRegel(d, rs.getBoolean("actief"));
    }
}
