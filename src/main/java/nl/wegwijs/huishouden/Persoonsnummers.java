package nl.wegwijs.huishouden;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a person by an exact identification number or by id, without scope and without log: for the inzage report
 * only, whose service decides who may ask (a privacy officer of the household's organisation) and logs what is shown.
 * Never a search: only an exact BSN or V-nummer matches, so nothing is listed that the asker did not already know.
 */
@Component
public class Persoonsnummers {

    private final JdbcClient jdbc;

    Persoonsnummers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person and their household. */
    public record Treffer(UUID persoonId, HuishoudenId huishouden) {
    }

    /**
     * The person with exactly this BSN or V-nummer (spaces and dots ignored); empty for
     * anything else. One statement.
     */
    public Optional<Treffer> opNummer(String nummer) {
        String n = nummer.replaceAll("[\\s.]", "");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        java.util.List<Treffer> treffers = jdbc.sql("""
                select id, huishouden_id from persoon where bsn = :nummer
                union
                select id, huishouden_id from persoon where v_nummer = :nummer
                limit 2""")
            .param("nummer", n)
            .query((rs, i) -> new Treffer(rs.getObject("id", UUID.class),
                    new HuishoudenId(rs.getObject("huishouden_id", UUID.class))))
            .list();
        return treffers.size() == 1 ? Optional.of(treffers.get(0)) : Optional.empty();
    }

    /** The household of a person. One statement. */
    public Optional<HuishoudenId> huishoudenVan(UUID persoon) {
        return jdbc.sql("select huishouden_id from persoon where id = ?").param(persoon)
            .query((rs, i) -> new HuishoudenId(rs.getObject(1, UUID.class))).optional();
    }
}
