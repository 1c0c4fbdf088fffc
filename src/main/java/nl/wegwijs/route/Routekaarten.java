package nl.wegwijs.route;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Route cards by hand-written SQL: the card row with its agreements, and its partners. One version on the card guards
 * the whole: a change of a partner first bumps it ({@link #raak}), refusing a stale one. Only {@link RouteService}
 * uses it.
 */
@Repository
class Routekaarten {

    private final JdbcClient jdbc;

    Routekaarten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The household's card with its partners (two statements), or empty when none was made. */
    Optional<Routekaart> find(HuishoudenId huishouden) {
        Optional<Routekaart> kop = jdbc.sql("""
                select id, huishouden_id, taal, bereikbaar_dagen, bereikbaar_van, bereikbaar_tot, kanalen, telefoon,
                       ontmoeting, zelf, notitie, versie
                  from routekaart where huishouden_id = ?""")
            .param(huishouden.value())
            .query((rs, n) -> new Routekaart(rs.getObject("id", UUID.class),
                    new HuishoudenId(rs.getObject("huishouden_id", UUID.class)),
                    Taal.van(rs.getString("taal")).orElse(Taal.NL),
                    new Afspraken(set(Dag.class, rs.getString("bereikbaar_dagen")),
                            rs.getObject("bereikbaar_van", LocalTime.class),
                            rs.getObject("bereikbaar_tot", LocalTime.class),
                            set(Kanaal.class, rs.getString("kanalen")), rs.getString("telefoon"),
                            rs.getString("ontmoeting") == null ? null : Ontmoeting.valueOf(rs.getString("ontmoeting")),
                            set(ZelfTaak.class, rs.getString("zelf")), rs.getString("notitie")),
                    List.of(), rs.getLong("versie")))
            .optional();
        return kop.map(k -> new Routekaart(k.id(), k.huishouden(), k.taal(), k.afspraken(), jdbc.sql("""
                select dienst_id, wat from routekaart_partner where routekaart_id = ? order by volgorde, dienst_id""")
            .param(k.id())
            .query((rs, n) -> new RoutePartner(rs.getObject("dienst_id", UUID.class), rs.getString("wat")))
            .list(), k.versie()));
    }

    void insert(UUID id, HuishoudenId huishouden, UUID traject, UUID gemeente, Taal taal, Afspraken a, UUID door,
            Instant op) {
        jdbc.sql("""
                insert into routekaart (id, huishouden_id, traject_id, gemeente_id, taal, bereikbaar_dagen,
                       bereikbaar_van, bereikbaar_tot, kanalen, telefoon, ontmoeting, zelf, notitie, vastgelegd_door,
                       vastgelegd_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(id, huishouden.value(), traject, gemeente, taal.code(), tekst(a.dagen()), a.van(), a.tot(),
                    tekst(a.kanalen()), a.telefoon(), a.ontmoeting() == null ? null : a.ontmoeting().name(),
                    tekst(a.zelf()), a.notitie(), door, Timestamp.from(op))
            .update();
    }

    /** Writes language and agreements when nobody changed the card since {@code versie}; otherwise refuses. */
    void update(UUID id, long versie, Taal taal, Afspraken a, UUID door, Instant op) {
        int n = jdbc.sql("""
                update routekaart set taal = ?, bereikbaar_dagen = ?, bereikbaar_van = ?, bereikbaar_tot = ?,
                       kanalen = ?, telefoon = ?, ontmoeting = ?, zelf = ?, notitie = ?, gewijzigd_door = ?,
                       gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(taal.code(), tekst(a.dagen()), a.van(), a.tot(), tekst(a.kanalen()), a.telefoon(),
                    a.ontmoeting() == null ? null : a.ontmoeting().name(), tekst(a.zelf()), a.notitie(), door,
                    Timestamp.from(op), id, versie)
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    /** Bumps the version before a partner changes, when nobody changed the card since {@code versie}. */
    void raak(UUID id, long versie, UUID door, Instant op) {
        int n = jdbc.sql("""
                update routekaart set gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(door, Timestamp.from(op), id, versie)
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    void voegPartnerToe(UUID kaart, RoutePartner p) {
        jdbc.sql("""
                insert into routekaart_partner (routekaart_id, dienst_id, wat, volgorde)
                values (?, ?, ?, (select coalesce(max(volgorde), 0) + 1 from routekaart_partner where routekaart_id = ?))""")
            .params(kaart, p.dienstId(), p.wat(), kaart)
            .update();
    }

    int verwijderPartner(UUID kaart, UUID dienst) {
        return jdbc.sql("delete from routekaart_partner where routekaart_id = ? and dienst_id = ?")
            .params(kaart, dienst).update();
    }

    /** The free texts of an anonymised household go (the guide's note and lines); the structure stays. */
    void anonimiseer(HuishoudenId huishouden) {
        jdbc.sql("update routekaart set notitie = null, telefoon = null where huishouden_id = ?")
            .param(huishouden.value()).update();
        jdbc.sql("""
                update routekaart_partner set wat = null
                 where routekaart_id in (select id from routekaart where huishouden_id = ?)""")
            .param(huishouden.value()).update();
    }

    private static String tekst(Set<? extends Enum<?>> waarden) {
        return waarden.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> set(Class<E> soort, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Set.of();
        }
        EnumSet<E> uit = EnumSet.noneOf(soort);
        Arrays.stream(tekst.split(",")).map(String::strip).forEach(s -> uit.add(Enum.valueOf(soort, s)));
        return uit;
    }
}
