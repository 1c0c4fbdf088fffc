package nl.wegwijs.koppeling;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

/** The api_client table. */
@Repository
class ApiClients {

    private static final String SELECT = """
            select k.id, k.client_id, k.naam, k.medewerker_id, m.rol, coalesce(m.gemeente_id, m.uitvoerder_id) as org,
                   coalesce(g.naam, u.naam) as org_naam, k.scopes, k.aangemaakt_op, k.ingetrokken_op,
                   k.laatst_gebruikt, k.versie
              from api_client k join medewerker m on m.id = k.medewerker_id
              left join gemeente g on g.id = m.gemeente_id left join uitvoerder u on u.id = m.uitvoerder_id""";

    private final JdbcClient jdbc;

    ApiClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void voegToe(UUID id, String clientId, String geheimHash, String naam, UUID medewerkerId,
            Collection<String> scopes, Instant op, UUID door) {
        jdbc.sql("""
                insert into api_client (id, client_id, geheim_hash, naam, medewerker_id, scopes, aangemaakt_op,
                                        aangemaakt_door)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, clientId, geheimHash, naam, medewerkerId, scopes.toArray(String[]::new), Timestamp.from(op),
                    door)
            .update();
    }

    List<ApiClient> alle() {
        return jdbc.sql(SELECT + " order by k.ingetrokken_op nulls first, k.naam, k.id").query(ApiClients::client)
            .list();
    }

    Optional<ApiClient> een(UUID id) {
        return jdbc.sql(SELECT + " where k.id = ?").param(id).query(ApiClients::client).optional();
    }

    /** Revokes; false when the version is stale or it was revoked already. */
    boolean trekIn(UUID id, long versie, Instant op, UUID door) {
        return jdbc.sql("""
                update api_client set ingetrokken_op = ?, ingetrokken_door = ?, versie = versie + 1
                 where id = ? and versie = ? and ingetrokken_op is null""")
            .params(Timestamp.from(op), door, id, versie).update() == 1;
    }

    /** What the token endpoint needs of a client that is not revoked. */
    record Inlog(UUID id, String clientId, String geheimHash, String naam, Set<String> scopes) {
    }

    Optional<Inlog> inlog(String clientId) {
        return jdbc.sql("""
                select k.id, k.client_id, k.geheim_hash, k.naam, k.scopes
                  from api_client k join medewerker m on m.id = k.medewerker_id
                 where k.client_id = ? and k.ingetrokken_op is null and m.actief""")
            .param(clientId)
            .query((rs, n) -> new Inlog(rs.getObject("id", UUID.class), rs.getString("client_id"),
                    rs.getString("geheim_hash"), rs.getString("naam"), Set.copyOf(tekst(rs.getArray("scopes")))))
            .optional();
    }

    /** The acting account and current scopes of a client that is not revoked, for a Bearer request. */
    record Actief(Medewerker medewerker, Set<String> scopes, @Nullable Instant laatstGebruikt) {
    }

    /** One indexed statement (the unique client_id), run on every Bearer request. */
    Optional<Actief> actief(String clientId) {
        return jdbc.sql("""
                select m.id, m.gebruikersnaam, m.naam, m.rol, m.gemeente_id, m.uitvoerder_id, k.scopes,
                       k.laatst_gebruikt
                  from api_client k join medewerker m on m.id = k.medewerker_id
                 where k.client_id = ? and k.ingetrokken_op is null and m.actief and m.technisch""")
            .param(clientId)
            .query((rs, n) -> new Actief(new Medewerker(rs.getObject("id", UUID.class), rs.getString("gebruikersnaam"),
                    rs.getString("naam"), Rol.valueOf(rs.getString("rol")), rs.getObject("gemeente_id", UUID.class),
                    rs.getObject("uitvoerder_id", UUID.class)), Set.copyOf(tekst(rs.getArray("scopes"))),
                    tijd(rs, "laatst_gebruikt")))
            .optional();
    }

    void gebruikt(String clientId, Instant op) {
        jdbc.sql("update api_client set laatst_gebruikt = ? where client_id = ?").params(Timestamp.from(op), clientId)
            .update();
    }

    private static ApiClient client(ResultSet rs, int n) throws SQLException {
        return new ApiClient(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("naam"),
                rs.getObject("medewerker_id", UUID.class), Rol.valueOf(rs.getString("rol")),
                rs.getObject("org", UUID.class), rs.getString("org_naam"), tekst(rs.getArray("scopes")),
                java.util.Objects.requireNonNull(tijd(rs, "aangemaakt_op")), tijd(rs, "ingetrokken_op"),
                tijd(rs, "laatst_gebruikt"), rs.getLong("versie"));
    }

    private static List<String> tekst(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant tijd(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }
}
