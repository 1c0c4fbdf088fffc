package nl.wegwijs.contact;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Contacts and the staff present at them, by hand-written SQL; a household's list merges its contacts with the group
 * sessions its members attended. Only the services of this module use it.
 */
@Repository
class Contactmomenten {

    private static final String CONTACT = """
            select c.id, c.huishouden_id, c.datum, c.minuten, c.soort, c.personen,
                   array(select m.medewerker_id from contactmoment_medewerker m where m.contactmoment_id = c.id
                          order by m.medewerker_id) as medewerkers,
                   c.tolk, c.tolk_taal, c.themas, c.afspraken, c.notitie, c.volgend_contact, c.vastgelegd_door,
                   c.vastgelegd_op, c.versie
              from contactmoment c""";

    private final JdbcClient jdbc;

    Contactmomenten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A contact that has not been deleted. */
    Optional<Contactmoment> find(ContactmomentId id) {
        return jdbc.sql(CONTACT + " where c.id = ? and c.verwijderd_op is null").param(id.value())
            .query(Contactmomenten::contactmoment).optional();
    }

    void voegToe(Contactmoment c) {
        jdbc.sql("""
                insert into contactmoment (id, huishouden_id, datum, minuten, soort, personen, tolk, tolk_taal, themas,
                       afspraken, notitie, volgend_contact, vastgelegd_door, vastgelegd_op, versie)
                values (:id, :huishouden, :datum, :minuten, :soort, :personen, :tolk, :tolkTaal, :themas, :afspraken,
                        :notitie, :volgend, :door, :op, 1)""")
            .param("id", c.id().value()).param("huishouden", c.huishouden().value()).param("datum", c.datum())
            .param("minuten", c.minuten()).param("soort", c.soort().name())
            .param("personen", c.personen().toArray(UUID[]::new)).param("tolk", c.tolk().name())
            .param("tolkTaal", c.tolkTaal()).param("themas", namen(c.themas()))
            .param("afspraken", c.afspraken()).param("notitie", c.notitie()).param("volgend", c.volgendContact())
            .param("door", c.vastgelegdDoor()).param("op", Timestamp.from(c.vastgelegdOp()))
            .update();
        medewerkers(c);
    }

    /** Writes the changes at the version the user saw; someone else's change in between refuses them. */
    void werkBij(Contactmoment c, UUID door, Instant nu) {
        int n = jdbc.sql("""
                update contactmoment set datum = :datum, minuten = :minuten, soort = :soort, personen = :personen,
                       tolk = :tolk, tolk_taal = :tolkTaal, themas = :themas, afspraken = :afspraken,
                       notitie = :notitie, volgend_contact = :volgend, gewijzigd_door = :door, gewijzigd_op = :op,
                       versie = versie + 1
                 where id = :id and versie = :versie and verwijderd_op is null""")
            .param("datum", c.datum()).param("minuten", c.minuten()).param("soort", c.soort().name())
            .param("personen", c.personen().toArray(UUID[]::new)).param("tolk", c.tolk().name())
            .param("tolkTaal", c.tolkTaal()).param("themas", namen(c.themas()))
            .param("afspraken", c.afspraken()).param("notitie", c.notitie()).param("volgend", c.volgendContact())
            .param("door", door).param("op", Timestamp.from(nu)).param("id", c.id().value())
            .param("versie", c.versie())
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
        jdbc.sql("delete from contactmoment_medewerker where contactmoment_id = ?").param(c.id().value()).update();
        medewerkers(c);
    }

    /** Soft delete: the row stays for the record, it no longer counts anywhere; its staff-hours go. */
    void verwijder(ContactmomentId id, long versie, UUID door, Instant nu) {
        int n = jdbc.sql("""
                update contactmoment set verwijderd_door = ?, verwijderd_op = ?, versie = versie + 1
                 where id = ? and versie = ? and verwijderd_op is null""")
            .params(door, Timestamp.from(nu), id.value(), versie).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
        jdbc.sql("delete from contactmoment_medewerker where contactmoment_id = ?").param(id.value()).update();
    }

    private void medewerkers(Contactmoment c) {
        jdbc.sql("""
                insert into contactmoment_medewerker (contactmoment_id, medewerker_id, huishouden_id, datum, minuten)
                select :id, m, :huishouden, :datum, :minuten from unnest(cast(:medewerkers as uuid[])) as m""")
            .param("id", c.id().value()).param("huishouden", c.huishouden().value()).param("datum", c.datum())
            .param("minuten", c.minuten()).param("medewerkers", c.medewerkers().toArray(UUID[]::new))
            .update();
    }

    /**
     * A page of a household's contacts and the group sessions its members attended, newest first, keyset on
     * (date, id) after the line {@code na} (a contact's or a session's id). One statement, both halves index-backed.
     */
    List<ContactRegel> lijst(HuishoudenId huishouden, @Nullable UUID na, int aantal) {
        return jdbc.sql("""
                with na as (select coalesce((select datum from contactmoment where id = :na),
                                            (select datum from groepsbijeenkomst where id = :na)) as datum,
                                   cast(:na as uuid) as id)
                select * from (
                  (select 'CONTACTMOMENT' as bron, c.id, c.huishouden_id, c.datum, c.minuten, c.soort, null as titel, c.personen,
                          array(select m.medewerker_id from contactmoment_medewerker m
                                 where m.contactmoment_id = c.id order by m.medewerker_id) as medewerkers,
                          c.tolk, c.tolk_taal, c.themas, c.afspraken, c.notitie, c.volgend_contact,
                          c.vastgelegd_door, c.versie
                     from contactmoment c, na
                    where c.huishouden_id = :huishouden and c.verwijderd_op is null
                      and (na.datum is null or (c.datum, c.id) < (na.datum, na.id))
                    order by c.datum desc, c.id desc limit :aantal)
                  union all
                  (select 'GROEPSBIJEENKOMST', g.id, cast(:huishouden as uuid), g.datum, g.minuten, g.soort, g.titel, d.personen,
                          array[g.organisator_id], null, g.taal, array[g.thema], null, null, null,
                          g.vastgelegd_door, g.versie
                     from (select d.groepsbijeenkomst_id, d.datum, array_agg(d.persoon_id order by d.persoon_id)
                                  as personen
                             from groepsdeelname d, na
                            where d.huishouden_id = :huishouden
                              and (na.datum is null or (d.datum, d.groepsbijeenkomst_id) < (na.datum, na.id))
                            group by d.groepsbijeenkomst_id, d.datum
                            order by d.datum desc, d.groepsbijeenkomst_id desc limit :aantal) d
                     join groepsbijeenkomst g on g.id = d.groepsbijeenkomst_id)
                ) x
                order by datum desc, id desc limit :aantal""")
            .param("na", na).param("huishouden", huishouden.value()).param("aantal", aantal)
            .query(Contactmomenten::regel).list();
    }

    private static ContactRegel regel(ResultSet rs, int n) throws SQLException {
        ContactRegel.Bron bron = ContactRegel.Bron.valueOf(rs.getString("bron"));
        String tolk = rs.getString("tolk");
        return new ContactRegel(bron, rs.getObject("id", UUID.class),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getObject("datum", LocalDate.class),
                rs.getInt("minuten"), rs.getString("soort"), rs.getString("titel"), uuids(rs.getArray("personen")),
                uuids(rs.getArray("medewerkers")), tolk == null ? null : Tolk.valueOf(tolk),
                rs.getString("tolk_taal"), themas(rs.getArray("themas")), rs.getString("afspraken"),
                rs.getString("notitie"), rs.getObject("volgend_contact", LocalDate.class),
                rs.getObject("vastgelegd_door", UUID.class), rs.getLong("versie"));
    }

    private static Contactmoment contactmoment(ResultSet rs, int n) throws SQLException {
        return new Contactmoment(new ContactmomentId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getObject("datum", LocalDate.class),
                rs.getInt("minuten"), Contactsoort.valueOf(rs.getString("soort")), uuids(rs.getArray("personen")),
                uuids(rs.getArray("medewerkers")), Tolk.valueOf(rs.getString("tolk")), rs.getString("tolk_taal"),
                java.util.Set.copyOf(themas(rs.getArray("themas"))), rs.getString("afspraken"),
                rs.getString("notitie"), rs.getObject("volgend_contact", LocalDate.class),
                rs.getObject("vastgelegd_door", UUID.class), rs.getTimestamp("vastgelegd_op").toInstant(),
                rs.getLong("versie"));
    }

    static List<UUID> uuids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    static List<Thema> themas(@Nullable Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((String[]) array.getArray()).map(Thema::valueOf).sorted().toList();
    }

    private static String[] namen(List<Thema> themas) {
        return themas.stream().map(Thema::name).toArray(String[]::new);
    }
}
