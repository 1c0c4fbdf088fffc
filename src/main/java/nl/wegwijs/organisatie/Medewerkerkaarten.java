package nl.wegwijs.organisatie;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a medewerker is, for a report that names the people who processed someone's data (the inzage report): name,
 * role and organisation, for many at once in one statement. Holds no personal data of clients.
 */
@Service
@Transactional(readOnly = true)
public class Medewerkerkaarten {

    private final JdbcClient jdbc;

    Medewerkerkaarten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A medewerker's name, role and organisation (the gemeente's or uitvoerder's name). */
    public record Kaart(UUID id, String naam, Rol rol, @Nullable String organisatie) {
    }

    /** The cards of these medewerkers (unknown ids are absent), in one statement. */
    public Map<UUID, Kaart> van(Collection<UUID> medewerkers) {
        Map<UUID, Kaart> kaarten = new HashMap<>();
        if (medewerkers.isEmpty()) {
            return kaarten;
        }
        jdbc.sql("""
                select m.id, m.naam, m.rol, coalesce(g.naam, u.naam) as organisatie
                  from medewerker m
                  left join gemeente g on g.id = m.gemeente_id
                  left join uitvoerder u on u.id = m.uitvoerder_id
                 where m.id = any(:ids)""")
            .param("ids", medewerkers.stream().distinct().toArray(UUID[]::new))
            .query(rs -> {
                UUID id = rs.getObject("id", UUID.class);
                kaarten.put(id, new Kaart(id, rs.getString("naam"), Rol.valueOf(rs.getString("rol")),
                        rs.getString("organisatie")));
            });
        return kaarten;
    }
}
