package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.traject.Gegevenssoort;

/**
 * The consents for the file to follow a household to another gemeente (purpose {@link Doel#VERHUIZING}) valid on a
 * day: per person, to whom and which categories. Read by the export, which decides whether every adult consented.
 * One statement; logs nothing (the caller logs the export).
 */
@Component
public class Verhuistoestemming {

    /** One person's valid consent to move the file. */
    public record Geldig(UUID persoonId, UUID ontvangerOrganisatieId, Set<Gegevenssoort> gegevens) {
    }

    private final JdbcClient jdbc;

    Verhuistoestemming(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Geldig> geldig(UUID huishouden, LocalDate op) {
        return jdbc.sql("""
                select persoon_id, ontvanger_organisatie_id, gegevens from toestemming
                 where huishouden_id = ? and doel = 'VERHUIZING' and ingetrokken_op is null
                   and vanaf <= ? and (tot is null or tot >= ?)""")
            .params(huishouden, op, op)
            .query((rs, n) -> {
                Set<Gegevenssoort> s = EnumSet.noneOf(Gegevenssoort.class);
                for (String g : (String[]) rs.getArray("gegevens").getArray()) {
                    s.add(Gegevenssoort.valueOf(g));
                }
                return new Geldig(rs.getObject("persoon_id", UUID.class),
                        rs.getObject("ontvanger_organisatie_id", UUID.class), s);
            })
            .list();
    }
}
