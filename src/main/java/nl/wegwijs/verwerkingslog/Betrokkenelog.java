package nl.wegwijs.verwerkingslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processing log of one data subject (betrokkene), for their inzage report: who processed their data when. Newest
 * first, keyset-paginated on (tijdstip, id) through the index (betrokkene_id, tijdstip desc, id desc), always bounded
 * in time (partition pruning). One statement a page. This module knows no medewerkers: the caller decides who may ask
 * (see the inzage report in the traject module) and resolves the names.
 */
@Service
@Transactional(readOnly = true)
public class Betrokkenelog {

    private final JdbcClient jdbc;

    Betrokkenelog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One processing of the subject's data. */
    public record Regel(UUID id, Instant tijdstip, UUID medewerkerId, @Nullable UUID organisatieId, Actie actie,
            String doel, String recordSoort, UUID recordId) {

        public VerwerkingslogZoeker.Positie positie() {
            return new VerwerkingslogZoeker.Positie(tijdstip, id);
        }
    }

    /**
     * At most {@code aantal} rows about {@code betrokkene} with {@code van <= tijdstip < tot}, newest first, after
     * {@code na} (exclusive) when given.
     */
    public List<Regel> pagina(UUID betrokkene, Instant van, Instant tot, VerwerkingslogZoeker.@Nullable Positie na,
            int aantal) {
        String sql = """
                select id, tijdstip, medewerker_id, organisatie_id, actie, doel, record_soort, record_id
                  from verwerking
                 where betrokkene_id = :betrokkene and tijdstip >= :van and tijdstip < :tot"""
                + (na == null ? "" : " and (tijdstip, id) < (:naTijdstip, :naId)")
                + " order by tijdstip desc, id desc limit :aantal";
        var spec = jdbc.sql(sql)
            .param("betrokkene", betrokkene)
            .param("van", tijd(van))
            .param("tot", tijd(tot))
            .param("aantal", aantal);
        if (na != null) {
            spec = spec.param("naTijdstip", tijd(na.tijdstip())).param("naId", na.id());
        }
        return spec
            .query(Betrokkenelog::regel)
            .list();
    }

    private static OffsetDateTime tijd(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Regel regel(ResultSet rs, int n) throws SQLException {
        return new Regel(rs.getObject("id", UUID.class), rs.getObject("tijdstip", OffsetDateTime.class).toInstant(),
                rs.getObject("medewerker_id", UUID.class), rs.getObject("organisatie_id", UUID.class),
                Actie.valueOf(rs.getString("actie")), rs.getString("doel"), rs.getString("record_soort"),
                rs.getObject("record_id", UUID.class));
    }
}
