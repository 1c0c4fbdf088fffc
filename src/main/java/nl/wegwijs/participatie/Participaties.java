package nl.wegwijs.participatie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Phase periods and placements by hand-written SQL; a household's lists run on the indexes (huishouden_id,
 * persoon_id, van/start). Only {@link ParticipatieService} uses it.
 */
@Repository
class Participaties {

    private static final String FASE = """
            select id, huishouden_id, persoon_id, fase, van, tot, notitie, vastgelegd_door, vastgelegd_op, versie
              from piezo_fase""";

    private static final String PLAATSING = """
            select id, huishouden_id, persoon_id, soort, organisatie, contactpersoon, uren_per_week, start,
                   gepland_einde, einde, einde_reden, einde_toelichting, taalniveau, taalniveau_akkoord, werk_aangepast, notitie,
                   vastgelegd_door, vastgelegd_op, versie
              from plaatsing""";

    private final JdbcClient jdbc;

    Participaties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- phases

    List<FasePeriode> fasen(HuishoudenId huishouden) {
        return jdbc.sql(FASE + " where huishouden_id = ? order by persoon_id, van, fase, id")
            .param(huishouden.value()).query(Participaties::fase).list();
    }

    /** A person's periods, after taking a lock on the person so two writers check overlap one after the other. */
    List<FasePeriode> fasenVoorWijziging(HuishoudenId huishouden, UUID persoon) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('piezo_fase:' || ?::text, 0))").param(persoon)
            .query((rs, n) -> 1).list();
        return jdbc.sql(FASE + " where huishouden_id = ? and persoon_id = ? order by van, id")
            .params(huishouden.value(), persoon).query(Participaties::fase).list();
    }

    Optional<FasePeriode> fase(FaseId id) {
        return jdbc.sql(FASE + " where id = ?").param(id.value()).query(Participaties::fase).optional();
    }

    void insert(FasePeriode p) {
        jdbc.sql("""
                insert into piezo_fase (id, huishouden_id, persoon_id, fase, van, tot, notitie, vastgelegd_door,
                       vastgelegd_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(p.id().value(), p.huishouden().value(), p.persoonId(), p.fase().nummer(), p.van(), p.tot(),
                    p.notitie(), p.vastgelegdDoor(), Timestamp.from(p.vastgelegdOp()))
            .update();
    }

    /** Sets the end and the note, when nobody changed the period since {@code versie}; otherwise refuses. */
    void beeindig(FaseId id, long versie, @Nullable LocalDate tot, @Nullable String notitie, UUID door, Instant op) {
        int n = jdbc.sql("""
                update piezo_fase set tot = ?, notitie = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(tot, notitie, door, Timestamp.from(op), id.value(), versie).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    // --- placements

    List<Plaatsing> plaatsingen(HuishoudenId huishouden) {
        return jdbc.sql(PLAATSING + " where huishouden_id = ? order by persoon_id, einde is not null, start desc, id")
            .param(huishouden.value()).query(Participaties::plaatsing).list();
    }

    Optional<Plaatsing> plaatsing(PlaatsingId id) {
        return jdbc.sql(PLAATSING + " where id = ?").param(id.value()).query(Participaties::plaatsing).optional();
    }

    void insert(Plaatsing p) {
        PlaatsingGegevens g = p.gegevens();
        jdbc.sql("""
                insert into plaatsing (id, huishouden_id, persoon_id, soort, organisatie, contactpersoon,
                       uren_per_week, start, gepland_einde, taalniveau, taalniveau_akkoord, werk_aangepast, notitie,
                       vastgelegd_door, vastgelegd_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(p.id().value(), p.huishouden().value(), p.persoonId(), g.soort().name(), g.organisatie(),
                    g.contactpersoon(), g.urenPerWeek(), g.start(), g.geplandEinde(),
                    g.taalniveau() == null ? null : g.taalniveau().name(), g.taalniveauAkkoord(), g.werkAangepast(),
                    g.notitie(), p.vastgelegdDoor(), Timestamp.from(p.vastgelegdOp()))
            .update();
    }

    /** Ends a placement, when nobody changed it since {@code versie}; otherwise refuses. */
    void beeindig(PlaatsingId id, long versie, LocalDate einde, EindeReden reden, @Nullable String toelichting,
            UUID door, Instant op) {
        int n = jdbc.sql("""
                update plaatsing set einde = ?, einde_reden = ?, einde_toelichting = ?, gewijzigd_door = ?,
                       gewijzigd_op = ?,
                       versie = versie + 1
                 where id = ? and versie = ?""")
            .params(einde, reden.name(), toelichting, door, Timestamp.from(op), id.value(), versie).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    private static FasePeriode fase(ResultSet rs, int n) throws SQLException {
        return new FasePeriode(new FaseId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getObject("persoon_id", UUID.class),
                PiezoFase.van(rs.getInt("fase")), rs.getObject("van", LocalDate.class),
                rs.getObject("tot", LocalDate.class), rs.getString("notitie"),
                rs.getObject("vastgelegd_door", UUID.class), rs.getTimestamp("vastgelegd_op").toInstant(),
                rs.getLong("versie"));
    }

    private static Plaatsing plaatsing(ResultSet rs, int n) throws SQLException {
        String niveau = rs.getString("taalniveau");
        String reden = rs.getString("einde_reden");
        return new Plaatsing(new PlaatsingId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)),
                rs.getObject("persoon_id", UUID.class),
                new PlaatsingGegevens(rs.getObject("persoon_id", UUID.class),
                        PlaatsingSoort.valueOf(rs.getString("soort")), rs.getString("organisatie"),
                        rs.getString("contactpersoon"), rs.getInt("uren_per_week"),
                        rs.getObject("start", LocalDate.class), rs.getObject("gepland_einde", LocalDate.class),
                        niveau == null ? null : Taalniveau.valueOf(niveau), rs.getBoolean("taalniveau_akkoord"),
                        rs.getBoolean("werk_aangepast"), rs.getString("notitie")),
                rs.getObject("einde", LocalDate.class), reden == null ? null : EindeReden.valueOf(reden),
                rs.getString("einde_toelichting"),
                rs.getObject("vastgelegd_door", UUID.class), rs.getTimestamp("vastgelegd_op").toInstant(),
                rs.getLong("versie"));
    }
}
