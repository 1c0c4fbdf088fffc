package nl.wegwijs.tevredenheid;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;

/** The questionnaires by hand-written SQL. Only {@link TevredenheidService} uses it. */
@Repository
class Tevredenheidsmetingen {

    private final JdbcClient jdbc;

    Tevredenheidsmetingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the household's questionnaires were taken (no answers: those are reported in aggregate only). */
    List<Afgenomen> afgenomen(HuishoudenId huishouden) {
        return jdbc.sql("""
                select id, moment, afgenomen_op from tevredenheid where huishouden_id = ? order by afgenomen_op""")
            .param(huishouden.value())
            .query((rs, n) -> new Afgenomen(rs.getObject("id", UUID.class), Moment.valueOf(rs.getString("moment")),
                    rs.getObject("afgenomen_op", LocalDate.class)))
            .list();
    }

    /** Records one questionnaire; false when this household already has one for this moment. */
    boolean insert(UUID id, HuishoudenId huishouden, UUID traject, UUID gemeente, UUID uitvoerder, Moment moment,
            LocalDate op, Invulwijze wijze, Map<Vraag, Integer> antwoorden, @Nullable String opmerking, UUID door,
            Instant nu) {
        int n = jdbc.sql("""
                insert into tevredenheid (id, huishouden_id, traject_id, gemeente_id, uitvoerder_id, moment,
                       afgenomen_op, wijze, v1, v2, v3, v4, v5, v6, opmerking, vastgelegd_door, vastgelegd_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                on conflict (huishouden_id, moment) do nothing""")
            .params(id, huishouden.value(), traject, gemeente, uitvoerder, moment.name(), op, wijze.name(),
                    antwoorden.get(Vraag.V1), antwoorden.get(Vraag.V2), antwoorden.get(Vraag.V3),
                    antwoorden.get(Vraag.V4), antwoorden.get(Vraag.V5), antwoorden.get(Vraag.V6), opmerking, door,
                    Timestamp.from(nu))
            .update();
        return n == 1;
    }

    /** Counts per quarter, question and answer (one statement), in a gemeente's or uitvoerder's scope. */
    List<Telling> tellingen(Scope scope, UUID organisatie, LocalDate van, LocalDate tot, @Nullable Moment moment) {
        return jdbc.sql("""
                select extract(quarter from t.afgenomen_op)::int as kwartaal, v.nr, v.waarde, count(*) as aantal
                  from tevredenheid t
                  cross join lateral (values (1, t.v1), (2, t.v2), (3, t.v3), (4, t.v4), (5, t.v5), (6, t.v6))
                       as v(nr, waarde)
                 where t.%s = ? and t.afgenomen_op >= ? and t.afgenomen_op < ?
                   and (cast(? as text) is null or t.moment = cast(? as text)) and v.waarde is not null
                 group by 1, 2, 3""".formatted(scope.kolom))
            .params(organisatie, van, tot, naam(moment), naam(moment))
            .query((rs, n) -> new Telling(rs.getInt("kwartaal"), rs.getInt("nr"), rs.getInt("waarde"),
                    rs.getLong("aantal")))
            .list();
    }

    /** Questionnaires per quarter. */
    Map<Integer, Long> perKwartaal(Scope scope, UUID organisatie, LocalDate van, LocalDate tot,
            @Nullable Moment moment) {
        Map<Integer, Long> uit = new java.util.TreeMap<>();
        jdbc.sql("""
                select extract(quarter from afgenomen_op)::int as kwartaal, count(*) as aantal from tevredenheid
                 where %s = ? and afgenomen_op >= ? and afgenomen_op < ?
                   and (cast(? as text) is null or moment = cast(? as text))
                 group by 1""".formatted(scope.kolom))
            .params(organisatie, van, tot, naam(moment), naam(moment))
            .query((rs, n) -> uit.put(rs.getInt("kwartaal"), rs.getLong("aantal")))
            .list();
        return uit;
    }

    /** The comments of the period, alphabetically (no date, no household). */
    List<String> opmerkingen(Scope scope, UUID organisatie, LocalDate van, LocalDate tot, @Nullable Moment moment,
            int max) {
        return jdbc.sql("""
                select opmerking from tevredenheid
                 where %s = ? and afgenomen_op >= ? and afgenomen_op < ?
                   and (cast(? as text) is null or moment = cast(? as text)) and opmerking is not null
                 order by opmerking limit ?""".formatted(scope.kolom))
            .params(organisatie, van, tot, naam(moment), naam(moment), max)
            .query(String.class).list();
    }

    /** Clears the comments of an anonymised household (the answers stay for the figures). */
    void anonimiseer(HuishoudenId huishouden) {
        jdbc.sql("update tevredenheid set opmerking = null where huishouden_id = ?").param(huishouden.value())
            .update();
    }

    private static @Nullable String naam(@Nullable Moment m) {
        return m == null ? null : m.name();
    }

    enum Scope {
        GEMEENTE("gemeente_id"), UITVOERDER("uitvoerder_id");

        final String kolom;

        Scope(String kolom) {
            this.kolom = kolom;
        }
    }

    record Telling(int kwartaal, int vraag, int waarde, long aantal) {
    }

    /** A questionnaire taken: when and for which moment, without its answers. */
    public record Afgenomen(UUID id, Moment moment, LocalDate op) {
    }
}
