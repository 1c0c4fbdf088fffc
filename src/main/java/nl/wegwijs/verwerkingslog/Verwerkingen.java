package nl.wegwijs.verwerkingslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Filter;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Positie;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Regel;

/**
 * Reads the processing log. Every query is bounded by {@code tijdstip} (partition pruning), orders by
 * (tijdstip desc, id desc) and continues after a keyset position, never at an offset. An equality on medewerker,
 * betrokkene or huishouden puts that index (column, tijdstip desc, id desc) to use; without one the
 * (tijdstip desc, id desc) index serves, a trace id its own index. Actie and failure are only residual filters. The
 * activity's name comes from the register.
 */
@Repository
class Verwerkingen {

    private final JdbcClient jdbc;

    Verwerkingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Regel> pagina(Filter filter, @Nullable Positie na, int aantal) {
        StringBuilder sql = new StringBuilder("""
                select v.id, v.tijdstip, v.medewerker_id, v.organisatie_id, v.actie, v.doel, a.naam as activiteit,
                       v.betrokkene_id, v.huishouden_id, v.record_soort, v.record_id, v.geslaagd, v.trace_id
                  from verwerking v join verwerkingsactiviteit a on a.code = v.doel
                 where tijdstip >= :van and tijdstip < :tot""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("van", tijd(filter.van()));
        params.put("tot", tijd(filter.tot()));
        gelijk(sql, params, "medewerker_id", filter.medewerkerId());
        gelijk(sql, params, "betrokkene_id", filter.betrokkeneId());
        gelijk(sql, params, "huishouden_id", filter.huishoudenId());
        gelijk(sql, params, "actie", filter.actie() == null ? null : filter.actie().name());
        gelijk(sql, params, "trace_id", filter.traceId());
        if (filter.alleenMislukt()) {
            sql.append(" and not geslaagd");
        }
        if (na != null) {
            sql.append(" and (tijdstip, v.id) < (:na_tijdstip, :na_id)");
            params.put("na_tijdstip", tijd(na.tijdstip()));
            params.put("na_id", na.id());
        }
        sql.append(" order by tijdstip desc, v.id desc limit :aantal");
        params.put("aantal", aantal);
        return jdbc.sql(sql.toString()).params(params).query(Verwerkingen::regel).list();
    }

    private static void gelijk(StringBuilder sql, Map<String, Object> params, String kolom, @Nullable Object waarde) {
        if (waarde != null) {
            sql.append(" and ").append(kolom).append(" = :").append(kolom);
            params.put(kolom, waarde);
        }
    }

    private static OffsetDateTime tijd(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Regel regel(ResultSet rs, int n) throws SQLException {
        return new Regel(rs.getObject("id", UUID.class), rs.getObject("tijdstip", OffsetDateTime.class).toInstant(),
                rs.getObject("medewerker_id", UUID.class), rs.getObject("organisatie_id", UUID.class),
                Actie.valueOf(rs.getString("actie")), rs.getString("doel"), rs.getString("activiteit"),
                rs.getObject("betrokkene_id", UUID.class), rs.getObject("huishouden_id", UUID.class),
                rs.getString("record_soort"), rs.getObject("record_id", UUID.class), rs.getBoolean("geslaagd"),
                rs.getObject("trace_id", UUID.class));
    }
}
