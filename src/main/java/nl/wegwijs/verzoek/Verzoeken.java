package nl.wegwijs.verzoek;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.traject.TrajectId;

/** Requests by hand-written SQL. Only {@link VerzoekService} uses it. */
@Repository
class Verzoeken {

    private static final String KOLOMMEN = """
            v.id, v.huishouden_id, v.traject_id, v.gemeente_id, v.soort, v.maanden, v.product, v.product_naam,
            v.gewenste_start, v.reden, v.akkoord_op, v.akkoord_wijze, v.status, v.ingediend_door,
            v.ingediend_door_naam, v.ingediend_op, v.besloten_door, v.besloten_door_naam, v.besloten_op,
            v.besluit_reden, v.versie""";

    /** The household's name as lists show it: the hoofdpersoon's (or the first person's). */
    private static final String NAAM = """
            (select q.achternaam || ', ' || q.voornaam from persoon q where q.huishouden_id = v.huishouden_id
              order by q.rol = 'HOOFDPERSOON' desc, q.volgorde, q.id limit 1) as naam""";

    private final JdbcClient jdbc;

    Verzoeken(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Verzoek> findById(VerzoekId id) {
        return jdbc.sql("select " + KOLOMMEN + " from verzoek v where v.id = ?").param(id.value())
            .query(Verzoeken::verzoek).optional();
    }

    /** A household's requests, newest first (a household has a few). */
    List<Verzoek> vanHuishouden(HuishoudenId huishouden, int max) {
        return jdbc.sql("select " + KOLOMMEN + " from verzoek v where v.huishouden_id = ?"
                + " order by v.ingediend_op desc, v.id desc limit ?")
            .params(huishouden.value(), max).query(Verzoeken::verzoek).list();
    }

    /**
     * The open requests of a gemeente, oldest first, of the households the visibility filter lets through, after
     * request {@code na} (keyset on submission time and id); index {@code verzoek_open_per_gemeente}.
     */
    List<VerzoekRegel> openVanGemeente(UUID gemeente, Zichtbaarheid.Filter filter, @Nullable VerzoekId na,
            int aantal) {
        return jdbc.sql("select " + KOLOMMEN + ", " + NAAM + " from verzoek v"
                + " where v.gemeente_id = :gemeente and v.status = 'INGEDIEND' and " + filter.sql()
                + (na == null ? "" : " and (v.ingediend_op, v.id) > (select k.ingediend_op, k.id from verzoek k"
                        + " where k.id = :na)")
                + " order by v.ingediend_op, v.id limit :aantal")
            .params(filter.parameters()).param("gemeente", gemeente).param("na", na == null ? null : na.value())
            .param("aantal", aantal).query(Verzoeken::regel).list();
    }

    /**
     * The requests someone submitted, newest first, of the households the visibility filter still lets through,
     * after request {@code na}; index {@code verzoek_per_indiener}.
     */
    List<VerzoekRegel> vanIndiener(UUID indiener, Zichtbaarheid.Filter filter, @Nullable VerzoekId na, int aantal) {
        return jdbc.sql("select " + KOLOMMEN + ", " + NAAM + " from verzoek v"
                + " where v.ingediend_door = :indiener and " + filter.sql()
                + (na == null ? "" : " and (v.ingediend_op, v.id) < (select k.ingediend_op, k.id from verzoek k"
                        + " where k.id = :na)")
                + " order by v.ingediend_op desc, v.id desc limit :aantal")
            .params(filter.parameters()).param("indiener", indiener).param("na", na == null ? null : na.value())
            .param("aantal", aantal).query(Verzoeken::regel).list();
    }

    void insert(Verzoek v) {
        jdbc.sql("""
                insert into verzoek (id, huishouden_id, traject_id, gemeente_id, soort, maanden, product,
                       product_naam, gewenste_start, reden, akkoord_op, akkoord_wijze, status, ingediend_door,
                       ingediend_door_naam, ingediend_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(v.id().value(), v.huishouden().value(), v.traject().value(), v.gemeenteId(), v.soort().name(),
                    v.maanden(), v.product() == null ? null : v.product().name(), v.productNaam(), v.gewensteStart(),
                    v.reden(), v.akkoordOp(), v.akkoordWijze().name(), v.status().name(), v.ingediendDoor(),
                    v.ingediendDoorNaam(), Timestamp.from(v.ingediendOp()))
            .update();
    }

    /** Writes the decision or withdrawal when nobody changed the request since {@code v.versie()}. */
    void update(Verzoek v) {
        int n = jdbc.sql("""
                update verzoek set status = ?, besloten_door = ?, besloten_door_naam = ?, besloten_op = ?,
                       besluit_reden = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(v.status().name(), v.beslotenDoor(), v.beslotenDoorNaam(),
                    v.beslotenOp() == null ? null : Timestamp.from(v.beslotenOp()), v.besluitReden(),
                    v.id().value(), v.versie())
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    /** The free texts go when the household is anonymised; kind, product, dates and outcome stay for the figures. */
    void anonimiseer(HuishoudenId huishouden, String tekst) {
        jdbc.sql("""
                update verzoek set reden = :tekst, besluit_reden = case when besluit_reden is null then null
                       else :tekst end, product_naam = case when product_naam is null then null else :tekst end
                 where huishouden_id = :h""")
            .param("tekst", tekst).param("h", huishouden.value()).update();
    }

    private static Verzoek verzoek(ResultSet rs, int n) throws SQLException {
        String product = rs.getString("product");
        Timestamp besloten = rs.getTimestamp("besloten_op");
        return new Verzoek(new VerzoekId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)),
                new TrajectId(rs.getObject("traject_id", UUID.class)), rs.getObject("gemeente_id", UUID.class),
                VerzoekSoort.valueOf(rs.getString("soort")), rs.getObject("maanden", Integer.class),
                product == null ? null : Product.valueOf(product), rs.getString("product_naam"),
                rs.getObject("gewenste_start", LocalDate.class), rs.getString("reden"),
                rs.getObject("akkoord_op", LocalDate.class), AkkoordWijze.valueOf(rs.getString("akkoord_wijze")),
                VerzoekStatus.valueOf(rs.getString("status")), rs.getObject("ingediend_door", UUID.class),
                rs.getString("ingediend_door_naam"), rs.getTimestamp("ingediend_op").toInstant(),
                rs.getObject("besloten_door", UUID.class), rs.getString("besloten_door_naam"),
                besloten == null ? null : besloten.toInstant(), rs.getString("besluit_reden"), rs.getLong("versie"));
    }

    private static VerzoekRegel regel(ResultSet rs, int n) throws SQLException {
        return new VerzoekRegel(verzoek(rs, n), rs.getString("naam"));
    }
}
