package nl.wegwijs.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Verhuisbijdrage;

/**
 * The recent agreements in a moving household's file: the last ten contacts that recorded agreements, with date,
 * kind and themes (never the guide's note).
 */
@Component
class ContactVerhuisbijdrage implements Verhuisbijdrage {

    static final int MAX = 10;

    private final JdbcClient jdbc;

    ContactVerhuisbijdrage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String sleutel() {
        return "afspraken";
    }

    @Override
    public List<Map<String, Object>> gegevens(HuishoudenId huishouden) {
        return jdbc.sql("""
                select datum, soort, themas, afspraken from contactmoment
                 where huishouden_id = ? and verwijderd_op is null and afspraken is not null
                 order by datum desc, id desc limit ?""")
            .params(huishouden.value(), MAX)
            .query((rs, n) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("datum", rs.getObject("datum", java.time.LocalDate.class));
                m.put("soort", rs.getString("soort"));
                m.put("themas", List.of((String[]) rs.getArray("themas").getArray()));
                m.put("afspraken", rs.getString("afspraken"));
                return m;
            })
            .list();
    }
}
