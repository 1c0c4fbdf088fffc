package nl.wegwijs.overleg;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Series, meetings, agenda items and agreements by hand-written SQL. Which series a medewerker sees is decided here
 * (the regievoerder: their gemeente's; a teamleider: those of gemeenten their uitvoerder has a contract with, for all
 * uitvoerders or theirs); which agenda items, by the household scope of {@link Zichtbaarheid}. Only
 * {@link OverlegService} and the dossier section use it.
 */
@Repository
class Overleggen {

    /** The household's name as lists show it: the hoofdpersoon's (the first person when there is none). */
    static final String NAAM = """
            (select np.achternaam || ', ' || np.voornaam from persoon np where np.huishouden_id = %s
              order by np.rol <> 'HOOFDPERSOON', np.id limit 1)""";

    private static final String PUNT = """
            select p.id, p.overleg_id, p.huishouden_id, %s as naam, p.redenen, p.vraag, p.ingebracht_door,
                   p.volgorde, p.besproken, p.versie
              from overleg_punt p""".formatted(NAAM.formatted("p.huishouden_id"));

    private static final String AFSPRAAK = """
            select a.id, a.punt_id, a.overleg_id, a.huishouden_id, a.omschrijving, a.eigenaar_medewerker,
                   coalesce(m.naam, a.eigenaar_naam) as eigenaar, a.uiterlijk, a.status, a.versie
              from overleg_afspraak a left join medewerker m on m.id = a.eigenaar_medewerker""";

    private final JdbcClient jdbc;

    Overleggen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- series

    /** The condition on series {@code r} for this reader: see the class comment. False for other roles. */
    static String reeksScope(nl.wegwijs.organisatie.Medewerker ik) {
        return switch (ik.rol()) {
            case REGIEVOERDER -> "r.gemeente_id = :org";
            case TEAMLEIDER -> "(r.uitvoerder_id is null or r.uitvoerder_id = :org) and r.gemeente_id in"
                    + " (select c.gemeente_id from contract c where c.uitvoerder_id = :org)";
            default -> "false";
        };
    }

    /** The series I see, each with its standing participants: two statements, however many series. */
    List<Reeks> reeksen(nl.wegwijs.organisatie.Medewerker ik) {
        List<Reeks> kaal = jdbc.sql("select r.* from overleg_reeks r where " + reeksScope(ik) + " order by r.naam, r.id")
            .param("org", ik.organisatieId()).query(Overleggen::reeks).list();
        if (kaal.isEmpty()) {
            return kaal;
        }
        Map<UUID, List<Deelnemer>> per = new HashMap<>();
        jdbc.sql("""
                select d.reeks_id, d.medewerker_id, coalesce(m.naam, d.naam) as naam, coalesce(d.rol, m.rol) as rol
                  from overleg_deelnemer d left join medewerker m on m.id = d.medewerker_id
                 where d.reeks_id = any(?) order by d.reeks_id, d.volgorde""")
            .param(kaal.stream().map(Reeks::id).toArray(UUID[]::new))
            .query(rs -> {
                per.computeIfAbsent(rs.getObject("reeks_id", UUID.class), k -> new ArrayList<>())
                    .add(deelnemer(rs));
            });
        return kaal.stream().map(r -> new Reeks(r.id(), r.gemeenteId(), r.uitvoerderId(), r.naam(),
                r.frequentieWeken(), per.getOrDefault(r.id(), List.of()), r.versie())).toList();
    }

    /** Whether I see this series: one statement, without its participants. */
    boolean reeksZichtbaar(nl.wegwijs.organisatie.Medewerker ik, UUID id) {
        return jdbc.sql("select count(*) from overleg_reeks r where r.id = :id and " + reeksScope(ik))
            .param("id", id).param("org", ik.organisatieId()).query(Integer.class).single() > 0;
    }

    Optional<Reeks> reeks(nl.wegwijs.organisatie.Medewerker ik, UUID id) {
        return jdbc.sql("select r.* from overleg_reeks r where r.id = :id and " + reeksScope(ik))
            .param("id", id).param("org", ik.organisatieId()).query(Overleggen::reeks).optional()
            .map(this::metDeelnemers);
    }

    private Reeks metDeelnemers(Reeks r) {
        List<Deelnemer> d = jdbc.sql("""
                select d.medewerker_id, coalesce(m.naam, d.naam) as naam, coalesce(d.rol, m.rol) as rol
                  from overleg_deelnemer d left join medewerker m on m.id = d.medewerker_id
                 where d.reeks_id = ? order by d.volgorde""").param(r.id())
            .query((rs, n) -> deelnemer(rs))
            .list();
        return new Reeks(r.id(), r.gemeenteId(), r.uitvoerderId(), r.naam(), r.frequentieWeken(), d, r.versie());
    }

    private static Deelnemer deelnemer(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Deelnemer(rs.getObject("medewerker_id", UUID.class), rs.getString("naam"), rs.getString("rol"));
    }

    void insert(Reeks r, UUID door, Instant op) {
        jdbc.sql("""
                insert into overleg_reeks (id, gemeente_id, uitvoerder_id, naam, frequentie_weken, aangemaakt_door,
                       aangemaakt_op, versie) values (?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(r.id(), r.gemeenteId(), r.uitvoerderId(), r.naam(), r.frequentieWeken(), door, Timestamp.from(op))
            .update();
        deelnemers(r.id(), r.deelnemers());
    }

    void update(Reeks r) {
        int n = jdbc.sql("""
                update overleg_reeks set naam = ?, frequentie_weken = ?, uitvoerder_id = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(r.naam(), r.frequentieWeken(), r.uitvoerderId(), r.id(), r.versie()).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
        jdbc.sql("delete from overleg_deelnemer where reeks_id = ?").param(r.id()).update();
        deelnemers(r.id(), r.deelnemers());
    }

    private void deelnemers(UUID reeks, List<Deelnemer> deelnemers) {
        int i = 0;
        for (Deelnemer d : deelnemers) {
            jdbc.sql("insert into overleg_deelnemer (reeks_id, volgorde, medewerker_id, naam, rol) values (?, ?, ?, ?, ?)")
                .params(reeks, i++, d.medewerkerId(), d.intern() ? null : d.naam(), d.intern() ? null : d.rol())
                .update();
        }
    }

    /**
     * Medewerkers who may stand in a series of this gemeente or own an agreement: its regievoerders and the
     * teamleiders of uitvoerders it has a contract with (active ones, by name).
     */
    List<Deelnemer> kandidaten(UUID gemeente) {
        return jdbc.sql("""
                select m.id, m.naam, m.rol from medewerker m
                 where m.actief and not m.technisch and ((m.gemeente_id = :g and m.rol = 'REGIEVOERDER')
                    or (m.rol = 'TEAMLEIDER' and m.uitvoerder_id in
                        (select c.uitvoerder_id from contract c where c.gemeente_id = :g)))
                 order by m.naam, m.id""").param("g", gemeente)
            .query((rs, n) -> new Deelnemer(rs.getObject("id", UUID.class), rs.getString("naam"), rs.getString("rol")))
            .list();
    }

    /** Whether this uitvoerder has (had) a contract with this gemeente. */
    boolean heeftContract(UUID gemeente, UUID uitvoerder) {
        return jdbc.sql("select exists (select 1 from contract where gemeente_id = ? and uitvoerder_id = ?)")
            .params(gemeente, uitvoerder).query(Boolean.class).single();
    }

    // --- meetings

    List<Overleg> overleggen(UUID reeks) {
        return jdbc.sql("select * from overleg where reeks_id = ? order by datum desc, id").param(reeks)
            .query(Overleggen::overleg).list();
    }

    /** The meetings of all series this reader sees from {@code van} to {@code tot}, by date (at most 200). */
    List<Overleg> overleggen(nl.wegwijs.organisatie.Medewerker ik, LocalDate van, LocalDate tot) {
        return jdbc.sql("select o.* from overleg o join overleg_reeks r on r.id = o.reeks_id where "
                + reeksScope(ik) + " and o.datum between :van and :tot order by o.datum, o.id limit 200")
            .param("org", ik.organisatieId()).param("van", van).param("tot", tot).query(Overleggen::overleg).list();
    }

    Optional<Overleg> overleg(UUID id) {
        return jdbc.sql("select * from overleg where id = ?").param(id).query(Overleggen::overleg).optional();
    }

    Optional<LocalDate> laatsteDatum(UUID reeks) {
        return jdbc.sql("select datum from overleg where reeks_id = ? order by datum desc limit 1").param(reeks)
            .query(LocalDate.class).optional();
    }

    void insert(Overleg o, UUID door, Instant op) {
        jdbc.sql("""
                insert into overleg (id, reeks_id, datum, aangemaakt_door, aangemaakt_op, versie)
                values (?, ?, ?, ?, ?, 1)""").params(o.id(), o.reeksId(), o.datum(), door, Timestamp.from(op)).update();
    }

    /** Bumps the meeting's version when nobody changed it since {@code versie}; sets the date and agenda time. */
    void update(UUID id, long versie, LocalDate datum, @Nullable Instant agendaGemaakt) {
        int n = jdbc.sql("""
                update overleg set datum = ?, agenda_gemaakt_op = coalesce(?, agenda_gemaakt_op), versie = versie + 1
                 where id = ? and versie = ?""")
            .params(datum, agendaGemaakt == null ? null : Timestamp.from(agendaGemaakt), id, versie).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    // --- agenda items

    /** The agenda items the reader may see (household scope in SQL), in their order. */
    List<Agendapunt> punten(UUID overleg, Zichtbaarheid.Filter scope) {
        return jdbc.sql(PUNT + " where p.overleg_id = :overleg and " + scope.sql() + " order by p.volgorde, p.id")
            .param("overleg", overleg).params(scope.parameters()).query(Overleggen::punt).list();
    }

    /** All agenda items of a meeting, whoever may see them (for generating and ordering; never shown). */
    List<Agendapunt> allePunten(UUID overleg) {
        return jdbc.sql("select p.id, p.overleg_id, p.huishouden_id, '' as naam, p.redenen, p.vraag, p.ingebracht_door,"
                + " p.volgorde, null as besproken, p.versie from overleg_punt p where p.overleg_id = ?"
                + " order by p.volgorde, p.id").param(overleg).query(Overleggen::punt).list();
    }

    Optional<Agendapunt> punt(UUID id, Zichtbaarheid.Filter scope) {
        return jdbc.sql(PUNT + " where p.id = :id and " + scope.sql()).param("id", id).params(scope.parameters())
            .query(Overleggen::punt).optional();
    }

    void insertPunt(UUID id, UUID overleg, UUID huishouden, Set<Reden> redenen, @Nullable String vraag,
            @Nullable UUID door, int volgorde) {
        jdbc.sql("""
                insert into overleg_punt (id, overleg_id, huishouden_id, redenen, vraag, ingebracht_door, volgorde)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(id, overleg, huishouden, namen(redenen), vraag, door, volgorde).update();
    }

    /** Adds reasons (and a question when there was none) to an existing item. */
    void vulAan(UUID punt, Set<Reden> redenen, @Nullable String vraag, @Nullable UUID door) {
        jdbc.sql("""
                update overleg_punt set redenen = array(select distinct unnest(redenen || ?::text[]) order by 1),
                       vraag = coalesce(vraag, ?), ingebracht_door = coalesce(ingebracht_door, ?)
                 where id = ?""").params(namen(redenen), vraag, door, punt).update();
    }

    void volgorde(UUID punt, int volgorde) {
        jdbc.sql("update overleg_punt set volgorde = ? where id = ?").params(volgorde, punt).update();
    }

    void verwijderPunt(UUID punt) {
        jdbc.sql("delete from overleg_punt where id = ?").param(punt).update();
    }

    void verslag(UUID punt, long versie, @Nullable String besproken, UUID door, Instant op) {
        int n = jdbc.sql("""
                update overleg_punt set besproken = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""").params(besproken, door, Timestamp.from(op), punt, versie).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    // --- agreements

    List<Afspraak> afspraken(Iterable<UUID> punten) {
        List<UUID> ids = new ArrayList<>();
        punten.forEach(ids::add);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(AFSPRAAK + " where a.punt_id = any(?) order by a.uiterlijk, a.id")
            .param(ids.toArray(UUID[]::new)).query(Overleggen::afspraak).list();
    }

    Optional<Afspraak> afspraak(UUID id) {
        return jdbc.sql(AFSPRAAK + " where a.id = ?").param(id).query(Overleggen::afspraak).optional();
    }

    long aantalAfspraken(UUID punt) {
        return jdbc.sql("select count(*) from overleg_afspraak where punt_id = ?").param(punt).query(Long.class)
            .single();
    }

    /** A medewerker's open agreements (tasks), earliest first, with whether they may see the household's name. */
    List<Taak> openVan(UUID medewerker, Zichtbaarheid.Filter scope) {
        return jdbc.sql(AFSPRAAK.replace("select a.id", "select o.datum, (" + scope.sql() + ") as zichtbaar, "
                + NAAM.formatted("a.huishouden_id") + " as naam, a.id").replace("from overleg_afspraak a",
                        "from overleg_afspraak a join overleg o on o.id = a.overleg_id")
                + " where a.eigenaar_medewerker = :ik and a.status = 'OPEN' order by a.uiterlijk, a.id limit 200")
            .param("ik", medewerker).params(scope.parameters())
            .query((rs, n) -> new Taak(afspraak(rs, n), rs.getObject("datum", LocalDate.class),
                    rs.getBoolean("zichtbaar") ? rs.getString("naam") : null))
            .list();
    }

    /** The open agreements about one household. */
    List<Afspraak> openVoorHuishouden(UUID huishouden) {
        return jdbc.sql(AFSPRAAK + " where a.huishouden_id = ? and a.status = 'OPEN' order by a.uiterlijk, a.id")
            .param(huishouden).query(Overleggen::afspraak).list();
    }

    void insert(Afspraak a, @Nullable String externeNaam, UUID door, Instant op) {
        jdbc.sql("""
                insert into overleg_afspraak (id, punt_id, overleg_id, huishouden_id, omschrijving,
                       eigenaar_medewerker, eigenaar_naam, uiterlijk, status, aangemaakt_door, aangemaakt_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 1)""")
            .params(a.id(), a.puntId(), a.overlegId(), a.huishoudenId(), a.omschrijving(), a.eigenaarMedewerker(),
                    externeNaam, a.uiterlijk(), door, Timestamp.from(op))
            .update();
    }

    void status(UUID afspraak, long versie, Afspraak.Status status, @Nullable LocalDate gedaanOp) {
        int n = jdbc.sql("""
                update overleg_afspraak set status = ?, gedaan_op = ?, versie = versie + 1
                 where id = ? and versie = ?""").params(status.name(), gedaanOp, afspraak, versie).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    List<UUID> personen(UUID huishouden) {
        return jdbc.sql("select id from persoon where huishouden_id = ?").param(huishouden).query(UUID.class).list();
    }

    /** A household's rows go when it is anonymised. */
    void verwijderHuishouden(UUID huishouden) {
        jdbc.sql("delete from overleg_afspraak where huishouden_id = ?").param(huishouden).update();
        jdbc.sql("delete from overleg_punt where huishouden_id = ?").param(huishouden).update();
    }

    // --- mapping

    private static String[] namen(Set<Reden> redenen) {
        return redenen.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Reeks reeks(ResultSet rs, int n) throws SQLException {
        return new Reeks(rs.getObject("id", UUID.class), rs.getObject("gemeente_id", UUID.class),
                rs.getObject("uitvoerder_id", UUID.class), rs.getString("naam"), rs.getInt("frequentie_weken"),
                List.of(), rs.getLong("versie"));
    }

    private static Overleg overleg(ResultSet rs, int n) throws SQLException {
        Timestamp t = rs.getTimestamp("agenda_gemaakt_op");
        return new Overleg(rs.getObject("id", UUID.class), rs.getObject("reeks_id", UUID.class),
                rs.getObject("datum", LocalDate.class), t == null ? null : t.toInstant(), rs.getLong("versie"));
    }

    private static Agendapunt punt(ResultSet rs, int n) throws SQLException {
        Array a = rs.getArray("redenen");
        Set<Reden> redenen = EnumSet.noneOf(Reden.class);
        for (String s : (String[]) a.getArray()) {
            redenen.add(Reden.valueOf(s));
        }
        return new Agendapunt(rs.getObject("id", UUID.class), rs.getObject("overleg_id", UUID.class),
                rs.getObject("huishouden_id", UUID.class), rs.getString("naam"), redenen, rs.getString("vraag"),
                rs.getObject("ingebracht_door", UUID.class), rs.getInt("volgorde"), rs.getString("besproken"),
                rs.getLong("versie"));
    }

    private static Afspraak afspraak(ResultSet rs, int n) throws SQLException {
        return new Afspraak(rs.getObject("id", UUID.class), rs.getObject("punt_id", UUID.class),
                rs.getObject("overleg_id", UUID.class), rs.getObject("huishouden_id", UUID.class),
                rs.getString("omschrijving"), rs.getObject("eigenaar_medewerker", UUID.class),
                rs.getString("eigenaar"), rs.getObject("uiterlijk", LocalDate.class),
                Afspraak.Status.valueOf(rs.getString("status")), rs.getLong("versie"));
    }

    static Map<String, Object> org(nl.wegwijs.organisatie.Medewerker ik) {
        return Map.of("org", ik.organisatieId());
    }
}
