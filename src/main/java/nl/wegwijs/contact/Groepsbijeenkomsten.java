package nl.wegwijs.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Group sessions and their attendance, by hand-written SQL. Who sees a session is part of every query: the staff of
 * the uitvoerder it is organised for, and of the gemeente when it names one. Attendees' names come from the persons of
 * module huishouden, and only for households the reader may see (its visibility filter, in the same statement).
 */
@Repository
class Groepsbijeenkomsten {

    private static final String BIJEENKOMST = """
            select g.id, g.titel, g.soort, g.thema, g.datum, g.minuten, g.locatie, g.taal, g.organisator_id,
                   g.uitvoerder_id, g.gemeente_id, g.vastgelegd_door, g.versie
              from groepsbijeenkomst g""";

    private final JdbcClient jdbc;

    Groepsbijeenkomsten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which sessions a medewerker sees: a SQL condition on alias {@code g} with its parameters. */
    static Zichtbaarheid.Filter zicht(Medewerker ik) {
        if (ik.heeftRol(Rol.BEHEERDER)) {
            return new Zichtbaarheid.Filter("false", Map.of());
        }
        return new Zichtbaarheid.Filter(ik.uitvoerderId() != null ? "g.uitvoerder_id = :gOrg" : "g.gemeente_id = :gOrg",
                Map.of("gOrg", ik.organisatieId()));
    }

    Optional<Groepsbijeenkomst> find(Medewerker ik, GroepsbijeenkomstId id) {
        Zichtbaarheid.Filter zicht = zicht(ik);
        return jdbc.sql(BIJEENKOMST + " where g.id = :id and " + zicht.sql()).params(zicht.parameters())
            .param("id", id.value()).query(Groepsbijeenkomsten::bijeenkomst).optional();
    }

    /** Which of these sessions the medewerker sees (may open). */
    java.util.Set<UUID> zichtbaar(Medewerker ik, java.util.Collection<UUID> ids) {
        Zichtbaarheid.Filter zicht = zicht(ik);
        return new java.util.HashSet<>(jdbc.sql("select g.id from groepsbijeenkomst g where g.id in (:ids) and "
                + zicht.sql()).params(zicht.parameters()).param("ids", ids).query(UUID.class).list());
    }

    /** A page of the sessions a medewerker sees, newest first, keyset on (date, id) after session {@code na}. */
    List<Rij> pagina(Medewerker ik, @Nullable UUID na, int aantal) {
        Zichtbaarheid.Filter zicht = zicht(ik);
        return jdbc.sql("""
                with na as (select datum, id from groepsbijeenkomst where id = :na)
                select g.id, g.titel, g.soort, g.thema, g.datum, g.minuten, g.organisator_id,
                       (select count(*) from groepsdeelname d where d.groepsbijeenkomst_id = g.id) as deelnemers,
                       cast(null as uuid[]) as personen
                  from groepsbijeenkomst g
                 where """ + " " + zicht.sql() + """
                   and (not exists (select 1 from na) or (g.datum, g.id) < (select datum, id from na))
                 order by g.datum desc, g.id desc limit :aantal""")
            .params(zicht.parameters()).param("na", na).param("aantal", aantal)
            .query(Groepsbijeenkomsten::rij).list();
    }

    /**
     * The sessions a medewerker sees that took place between {@code van} and {@code tot}, newest first, each with the
     * persons of one household attending: to add the household from its file.
     */
    List<Rij> voorHuishouden(Medewerker ik, HuishoudenId huishouden, LocalDate van, LocalDate tot, int aantal) {
        Zichtbaarheid.Filter zicht = zicht(ik);
        return jdbc.sql("""
                select g.id, g.titel, g.soort, g.thema, g.datum, g.minuten, g.organisator_id,
                       (select count(*) from groepsdeelname d where d.groepsbijeenkomst_id = g.id) as deelnemers,
                       array(select d.persoon_id from groepsdeelname d
                              where d.groepsbijeenkomst_id = g.id and d.huishouden_id = :huishouden) as personen
                  from groepsbijeenkomst g
                 where """ + " " + zicht.sql() + """
                   and g.datum between :van and :tot
                 order by g.datum desc, g.id desc limit :aantal""")
            .params(zicht.parameters()).param("huishouden", huishouden.value()).param("van", van).param("tot", tot)
            .param("aantal", aantal).query(Groepsbijeenkomsten::rij).list();
    }

    void voegToe(Groepsbijeenkomst g, Instant nu) {
        jdbc.sql("""
                insert into groepsbijeenkomst (id, titel, soort, thema, datum, minuten, locatie, taal, organisator_id,
                       uitvoerder_id, gemeente_id, vastgelegd_door, vastgelegd_op, versie)
                values (:id, :titel, :soort, :thema, :datum, :minuten, :locatie, :taal, :organisator, :uitvoerder,
                        :gemeente, :door, :op, 1)""")
            .param("id", g.id().value()).param("titel", g.titel()).param("soort", g.soort().name())
            .param("thema", g.thema().name()).param("datum", g.datum()).param("minuten", g.minuten())
            .param("locatie", g.locatie()).param("taal", g.taal()).param("organisator", g.organisatorId())
            .param("uitvoerder", g.uitvoerderId()).param("gemeente", g.gemeenteId())
            .param("door", g.vastgelegdDoor()).param("op", Timestamp.from(nu))
            .update();
    }

    /** Writes the changes at the version the user saw, and keeps the attendance's date and duration in step. */
    void werkBij(Groepsbijeenkomst g, UUID door, Instant nu) {
        int n = jdbc.sql("""
                update groepsbijeenkomst set titel = :titel, soort = :soort, thema = :thema, datum = :datum,
                       minuten = :minuten, locatie = :locatie, taal = :taal, organisator_id = :organisator,
                       gemeente_id = :gemeente, gewijzigd_door = :door, gewijzigd_op = :op, versie = versie + 1
                 where id = :id and versie = :versie""")
            .param("titel", g.titel()).param("soort", g.soort().name()).param("thema", g.thema().name())
            .param("datum", g.datum()).param("minuten", g.minuten()).param("locatie", g.locatie())
            .param("taal", g.taal()).param("organisator", g.organisatorId()).param("gemeente", g.gemeenteId())
            .param("door", door).param("op", Timestamp.from(nu)).param("id", g.id().value())
            .param("versie", g.versie())
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
        jdbc.sql("""
                update groepsdeelname set datum = ?, minuten = ?
                 where groepsbijeenkomst_id = ? and (datum <> ? or minuten <> ?)""")
            .params(g.datum(), g.minuten(), g.id().value(), g.datum(), g.minuten()).update();
    }

    /** Everyone attending (persons and their households), for writes; shows nothing by itself. */
    List<Deelname> deelnames(GroepsbijeenkomstId id) {
        return jdbc.sql("select persoon_id, huishouden_id from groepsdeelname where groepsbijeenkomst_id = ?")
            .param(id.value())
            .query((rs, n) -> new Deelname(rs.getObject("persoon_id", UUID.class),
                    new HuishoudenId(rs.getObject("huishouden_id", UUID.class))))
            .list();
    }

    /**
     * The attendees with a name for those of households the reader may see ({@code filter} on the household) and
     * none for the others. One statement.
     */
    List<Zichtbare> deelnemers(GroepsbijeenkomstId id, Zichtbaarheid.Filter filter) {
        return jdbc.sql("""
                select x.persoon_id, x.huishouden_id, x.zichtbaar,
                       case when x.zichtbaar then p.voornaam || ' ' || p.achternaam end as naam
                  from (select d.persoon_id, d.huishouden_id, (""" + filter.sql() + """
                                ) as zichtbaar
                          from groepsdeelname d where d.groepsbijeenkomst_id = :id) x
                  left join persoon p on p.id = x.persoon_id
                 order by x.zichtbaar desc, p.achternaam, p.voornaam, x.persoon_id""")
            .params(filter.parameters()).param("id", id.value())
            .query((rs, n) -> new Zichtbare(rs.getObject("persoon_id", UUID.class),
                    new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getBoolean("zichtbaar"),
                    rs.getString("naam")))
            .list();
    }

    /** Adds attendees of one household; persons already attending stay as they are. Returns those added. */
    List<UUID> voegDeelnemersToe(Groepsbijeenkomst g, HuishoudenId huishouden, Collection<UUID> personen, UUID door,
            Instant nu) {
        return jdbc.sql("""
                insert into groepsdeelname (groepsbijeenkomst_id, persoon_id, huishouden_id, datum, minuten,
                       toegevoegd_door, toegevoegd_op)
                select :id, p, :huishouden, :datum, :minuten, :door, :op from unnest(cast(:personen as uuid[])) as p
                on conflict (groepsbijeenkomst_id, persoon_id) do nothing
                returning persoon_id""")
            .param("id", g.id().value()).param("huishouden", huishouden.value()).param("datum", g.datum())
            .param("minuten", g.minuten()).param("door", door).param("op", Timestamp.from(nu))
            .param("personen", personen.toArray(UUID[]::new))
            .query(UUID.class).list();
    }

    Optional<HuishoudenId> huishoudenVanDeelnemer(GroepsbijeenkomstId id, UUID persoon) {
        return jdbc.sql("select huishouden_id from groepsdeelname where groepsbijeenkomst_id = ? and persoon_id = ?")
            .params(id.value(), persoon).query((rs, n) -> new HuishoudenId(rs.getObject(1, UUID.class))).optional();
    }

    void verwijderDeelnemer(GroepsbijeenkomstId id, UUID persoon) {
        jdbc.sql("delete from groepsdeelname where groepsbijeenkomst_id = ? and persoon_id = ?")
            .params(id.value(), persoon).update();
    }

    /**
     * Persons of households the medewerker may see ({@code filter} on the household) whose household has a member
     * whose name contains {@code zoek}: whole households, so a family can be added at once. Uses the household's
     * trigram-indexed search name.
     */
    List<Kandidaat> kandidaten(Zichtbaarheid.Filter filter, String zoek, int aantal) {
        return jdbc.sql("""
                select p.id, p.huishouden_id, p.voornaam || ' ' || p.achternaam as naam, p.geboortedatum,
                       (select hp.achternaam || ', ' || hp.voornaam from persoon hp where hp.huishouden_id = h.id
                         order by (hp.rol = 'HOOFDPERSOON') desc, hp.volgorde limit 1) as huishouden_naam
                  from huishouden h join persoon p on p.huishouden_id = h.id
                 where h.zoeknaam like :zoek and """ + " " + filter.sql() + """

                 order by huishouden_naam, h.id, p.volgorde limit :aantal""")
            .params(filter.parameters())
            .param("zoek", "%" + zoek.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%")
            .param("aantal", aantal)
            .query((rs, n) -> new Kandidaat(rs.getObject("id", UUID.class),
                    new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getString("naam"),
                    rs.getObject("geboortedatum", LocalDate.class), rs.getString("huishouden_naam")))
            .list();
    }

    private static Groepsbijeenkomst bijeenkomst(ResultSet rs, int n) throws SQLException {
        return new Groepsbijeenkomst(new GroepsbijeenkomstId(rs.getObject("id", UUID.class)), rs.getString("titel"),
                Bijeenkomstsoort.valueOf(rs.getString("soort")), Thema.valueOf(rs.getString("thema")),
                rs.getObject("datum", LocalDate.class), rs.getInt("minuten"), rs.getString("locatie"),
                rs.getString("taal"), rs.getObject("organisator_id", UUID.class),
                rs.getObject("uitvoerder_id", UUID.class), rs.getObject("gemeente_id", UUID.class),
                rs.getObject("vastgelegd_door", UUID.class), rs.getLong("versie"));
    }

    private static Rij rij(ResultSet rs, int n) throws SQLException {
        return new Rij(rs.getObject("id", UUID.class), rs.getString("titel"),
                Bijeenkomstsoort.valueOf(rs.getString("soort")), Thema.valueOf(rs.getString("thema")),
                rs.getObject("datum", LocalDate.class), rs.getInt("minuten"),
                rs.getObject("organisator_id", UUID.class), rs.getInt("deelnemers"),
                Contactmomenten.uuids(rs.getArray("personen")));
    }

    /** A session in a list, before the organiser's name is added. */
    record Rij(UUID id, String titel, Bijeenkomstsoort soort, Thema thema, LocalDate datum, int minuten,
            UUID organisatorId, int deelnemers, List<UUID> personen) {

        GroepsbijeenkomstOverzicht met(String organisatorNaam) {
            return new GroepsbijeenkomstOverzicht(id, titel, soort, thema, datum, minuten, organisatorId,
                    organisatorNaam, deelnemers, personen);
        }
    }

    /** One person attending, with their household. */
    record Deelname(UUID persoonId, HuishoudenId huishouden) {
    }

    /** One person attending, named only when {@code zichtbaar}. */
    record Zichtbare(UUID persoonId, HuishoudenId huishouden, boolean zichtbaar, @Nullable String naam) {
    }
}
