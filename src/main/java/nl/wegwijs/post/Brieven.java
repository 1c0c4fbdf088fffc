package nl.wegwijs.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Letters by hand-written SQL. Lists of a household run on the index (huishouden_id, afgesloten, volgorde, id):
 * open letters first by deadline (none last), then done letters newest first; {@code volgorde} is a generated
 * column that encodes both. Only {@link PostService} and the dossier section use it.
 */
@Repository
class Brieven {

    private static final String BRIEF = """
            select id, huishouden_id, persoon_id, afzender, afzender_naam, ontvangen_op, onderwerp, actie, deadline,
                   status, afgehandeld_door, afgehandeld_op, notitie, vastgelegd_door, vastgelegd_op, gewijzigd_door,
                   gewijzigd_op, versie
              from brief""";

    private final JdbcClient jdbc;

    Brieven(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Brief> findById(BriefId id) {
        return jdbc.sql(BRIEF + " where id = ?").param(id.value()).query(Brieven::brief).optional();
    }

    /**
     * A page of a household's letters from these senders (the ones the reader may see), after the letter {@code na}
     * (keyset on the sort key of that letter).
     */
    List<Brief> pagina(HuishoudenId huishouden, Set<Afzender> afzenders, @Nullable BriefId na, int aantal) {
        String sql = BRIEF + " b where b.huishouden_id = :huishouden" + alleen(afzenders) + (na == null ? "" : " " + """
                and (b.afgesloten, b.volgorde, b.id) > (select k.afgesloten, k.volgorde, k.id from brief k
                                                          where k.id = :na and k.huishouden_id = :huishouden)""")
                + " order by b.afgesloten, b.volgorde, b.id limit :aantal";
        return jdbc.sql(sql).param("huishouden", huishouden.value()).param("na", na == null ? null : na.value())
            .param("afzenders", namen(afzenders)).param("aantal", aantal).query(Brieven::brief).list();
    }

    /** The condition for letters from these senders only: none when they are all senders. */
    private static String alleen(Set<Afzender> afzenders) {
        return afzenders.containsAll(EnumSet.allOf(Afzender.class)) ? "" : " and b.afzender = any(:afzenders::text[])";
    }

    private static String[] namen(Set<Afzender> afzenders) {
        return afzenders.stream().map(Enum::name).toArray(String[]::new);
    }

    void insert(Brief b) {
        BriefGegevens g = b.gegevens();
        jdbc.sql("""
                insert into brief (id, huishouden_id, persoon_id, afzender, afzender_naam, ontvangen_op, onderwerp,
                       actie, deadline, status, afgehandeld_door, afgehandeld_op, notitie, vastgelegd_door,
                       vastgelegd_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(b.id().value(), b.huishouden().value(), g.persoonId(), g.afzender().name(), g.afzenderNaam(),
                    g.ontvangenOp(), g.onderwerp(), g.actie(), g.deadline(), g.status().name(),
                    naam(g.afgehandeldDoor()), b.afgehandeldOp(), g.notitie(), b.vastgelegdDoor(),
                    Timestamp.from(b.vastgelegdOp()))
            .update();
    }

    /** Writes the changes when nobody changed the letter since version {@code b.versie()}; otherwise refuses. */
    void update(Brief b) {
        BriefGegevens g = b.gegevens();
        int n = jdbc.sql("""
                update brief set persoon_id = ?, afzender = ?, afzender_naam = ?, ontvangen_op = ?, onderwerp = ?,
                       actie = ?, deadline = ?, status = ?, afgehandeld_door = ?, afgehandeld_op = ?, notitie = ?,
                       gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(g.persoonId(), g.afzender().name(), g.afzenderNaam(), g.ontvangenOp(), g.onderwerp(), g.actie(),
                    g.deadline(), g.status().name(), naam(g.afgehandeldDoor()), b.afgehandeldOp(), g.notitie(),
                    b.gewijzigdDoor(), b.gewijzigdOp() == null ? null : Timestamp.from(b.gewijzigdOp()),
                    b.id().value(), b.versie())
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    /** How many letters still need action, and the earliest deadline among them (one statement). */
    PostStandGewijzigd stand(HuishoudenId huishouden) {
        return jdbc.sql("""
                select count(*) as open, min(deadline) as vroegste from brief
                 where huishouden_id = ? and status in ('OPEN', 'IN_BEHANDELING')""")
            .param(huishouden.value())
            .query((rs, n) -> new PostStandGewijzigd(huishouden, rs.getInt("open"),
                    rs.getObject("vroegste", LocalDate.class)))
            .single();
    }

    /**
     * For the household file, in one statement, of the letters from these senders: the first {@code max} open letters (with the number of all open
     * and of all overdue ones), and how many handled letters each of guide, together and statushouder handled.
     */
    PostDossier.Inhoud dossier(HuishoudenId huishouden, Set<Afzender> afzenders, int max, LocalDate vandaag) {
        List<PostDossier.OpenBrief> open = new ArrayList<>();
        Map<AfgehandeldDoor, Integer> door = new EnumMap<>(AfgehandeldDoor.class);
        int[] aantal = { 0, 0 };
        jdbc.sql("""
                (select 'B' as soort, b.id, b.persoon_id, b.afzender, b.afzender_naam, b.onderwerp, b.actie,
                        b.deadline, b.status, null as afgehandeld_door, count(*) over () as aantal,
                        count(*) filter (where b.deadline < :vandaag) over () as verlopen
                   from brief b
                  where b.huishouden_id = :huishouden and not b.afgesloten %1$s
                  order by b.volgorde, b.id
                  limit :max)
                union all
                (select 'D', null, null, null, null, null, null, null, null, b.afgehandeld_door, count(*), 0
                   from brief b
                  where b.huishouden_id = :huishouden and b.status = 'AFGEHANDELD' %1$s
                  group by b.afgehandeld_door)""".formatted(alleen(afzenders)))
            .param("huishouden", huishouden.value()).param("max", max).param("vandaag", vandaag)
            .param("afzenders", namen(afzenders))
            .query(rs -> {
                if ("B".equals(rs.getString("soort"))) {
                    aantal[0] = rs.getInt("aantal");
                    aantal[1] = rs.getInt("verlopen");
                    String naam = rs.getString("afzender_naam");
                    open.add(new PostDossier.OpenBrief(new BriefId(rs.getObject("id", UUID.class)),
                            rs.getObject("persoon_id", UUID.class), Afzender.valueOf(rs.getString("afzender")), naam,
                            rs.getString("onderwerp"), rs.getString("actie"),
                            rs.getObject("deadline", LocalDate.class), BriefStatus.valueOf(rs.getString("status"))));
                }
                else {
                    door.put(AfgehandeldDoor.valueOf(rs.getString("afgehandeld_door")), rs.getInt("aantal"));
                }
            });
        return new PostDossier.Inhoud(open, aantal[0], aantal[1], door);
    }

    private static Brief brief(ResultSet rs, int n) throws SQLException {
        String door = rs.getString("afgehandeld_door");
        Timestamp gewijzigd = rs.getTimestamp("gewijzigd_op");
        return new Brief(new BriefId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)),
                new BriefGegevens(rs.getObject("persoon_id", UUID.class), Afzender.valueOf(rs.getString("afzender")),
                        rs.getString("afzender_naam"), rs.getObject("ontvangen_op", LocalDate.class),
                        rs.getString("onderwerp"), rs.getString("actie"), rs.getObject("deadline", LocalDate.class),
                        BriefStatus.valueOf(rs.getString("status")), door == null ? null : AfgehandeldDoor.valueOf(door),
                        rs.getString("notitie")),
                rs.getObject("afgehandeld_op", LocalDate.class), rs.getObject("vastgelegd_door", UUID.class),
                rs.getTimestamp("vastgelegd_op").toInstant(), rs.getObject("gewijzigd_door", UUID.class),
                gewijzigd == null ? null : gewijzigd.toInstant(), rs.getLong("versie"));
    }

    private static @Nullable String naam(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }
}
