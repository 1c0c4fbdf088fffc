package nl.wegwijs.signaal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Signals and their actions by hand-written SQL. Lists sort on (rang, gemeld_op desc, id desc), where the generated
 * column {@code rang} is 0 for acute … 3 for low, and 9 for closed, so that one index serves both the open signals
 * across households (partial index on rang &lt; 9) and a household's own list (open first, most urgent first).
 */
@Repository
class Signalen {

    private static final String SIGNAAL = """
            select id, huishouden_id, persoon_id, categorie, urgentie, omschrijving, richting, aan, aan_medewerker_id,
                   aan_medewerker_naam, gemeld_door,
                   gemeld_door_naam, gemeld_op, vastgelegd_op, status, afgesloten_op, afgesloten_door, afsluitnotitie,
                   doorverwijzing_id, versie
              from signaal where id = ?""";

    private static final String REGEL = """
            select s.id, s.huishouden_id, s.huishouden_naam, s.persoon_id, s.categorie, s.urgentie, s.richting,
                   s.status, s.gemeld_op, s.gemeld_door_naam, %s as omschrijving, a.open_acties, a.vroegste_actie,
                   s.versie, s.aan, s.aan_medewerker_naam, l.soort as laatste_soort, l.auteur_naam as laatste_door,
                   coalesce(l.geschreven_op, s.vastgelegd_op) as laatste_op%s
              from signaal s
             cross join lateral (select count(*) as open_acties, min(x.streefdatum) as vroegste_actie
                                   from actiepunt x where x.signaal_id = s.id and x.gedaan_op is null) a
              left join lateral (select b.soort, b.auteur_naam, b.geschreven_op from signaal_bericht b
                                  where b.signaal_id = s.id order by b.volgnummer desc limit 1) l on true""";

    /** After the signal :na in the order (rang, gemeld_op desc, id desc). */
    private static final String NA = " " + """
            and (s.rang > (select k.rang from signaal k where k.id = :na)
                 or s.rang = (select k.rang from signaal k where k.id = :na)
                    and (s.gemeld_op, s.id) < (select k.gemeld_op, k.id from signaal k where k.id = :na))""";

    private final JdbcClient jdbc;

    Signalen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A signal with its actions; {@code vergrendel} locks its row until the transaction ends (for every write). */
    Optional<Signaal> findById(SignaalId id, boolean vergrendel) {
        Optional<Signaal> kaal = jdbc.sql(SIGNAAL + (vergrendel ? " for update" : "")).param(id.value())
            .query((rs, n) -> signaal(rs, List.of(), List.of())).optional();
        return kaal.map(s -> met(s, berichten(id), jdbc.sql("""
                select id, omschrijving, eigenaar, partner_naam, eigenaar_medewerker_id, eigenaar_medewerker_naam,
                       streefdatum, gedaan_op, vastgelegd_door, vastgelegd_op, versie
                  from actiepunt where signaal_id = ? order by streefdatum, vastgelegd_op, id""")
            .param(id.value()).query(Signalen::actiepunt).list()));
    }

    /** The thread of a signal, in the order written. */
    List<SignaalBericht> berichten(SignaalId id) {
        return jdbc.sql("""
                select id, volgnummer, soort, tekst, auteur_id, auteur_naam, auteur_rol, geschreven_op
                  from signaal_bericht where signaal_id = ? order by volgnummer""")
            .param(id.value())
            .query((rs, n) -> new SignaalBericht(rs.getObject("id", UUID.class), rs.getInt("volgnummer"),
                    BerichtSoort.valueOf(rs.getString("soort")), rs.getString("tekst"),
                    rs.getObject("auteur_id", UUID.class), rs.getString("auteur_naam"),
                    Rol.valueOf(rs.getString("auteur_rol")), rs.getTimestamp("geschreven_op").toInstant()))
            .list();
    }

    /**
     * A page of a household's signals the reader may see ({@link Signaalbeleid}): open ones first, most urgent
     * first, newest first.
     */
    List<SignaalRegel> vanHuishouden(HuishoudenId huishouden, Signaalbeleid.Voorwaarde mag, @Nullable SignaalId na,
            int aantal) {
        return jdbc.sql(REGEL.formatted("s.omschrijving", "") + " where s.huishouden_id = :huishouden and "
                + mag.sql() + (na == null ? "" : NA) + " order by s.rang, s.gemeld_op desc, s.id desc limit :aantal")
            .params(mag.parameters()).param("huishouden", huishouden.value())
            .param("na", na == null ? null : na.value()).param("aantal", aantal).query(Signalen::regel).list();
    }

    /**
     * A page of the open signals of the households the visibility filter lets through that the reader may see
     * ({@link Signaalbeleid}), most urgent first (no free text), each with the persons of its household (who are shown,
     * for the processing log).
     */
    List<OpenRegel> open(Zichtbaarheid.Filter filter, Signaalbeleid.Voorwaarde mag, @Nullable SignaalId na,
            int aantal) {
        return jdbc.sql(REGEL.formatted("null", """
                , array(select p.id from persoon p where p.huishouden_id = s.huishouden_id) as personen""")
                + " where s.rang < 9 and " + filter.sql() + " and " + mag.sql() + (na == null ? "" : NA)
                + " order by s.rang, s.gemeld_op desc, s.id desc limit :aantal")
            .params(filter.parameters()).params(mag.parameters()).param("na", na == null ? null : na.value())
            .param("aantal", aantal)
            .query((rs, n) -> new OpenRegel(regel(rs, n), java.util.Arrays.asList(
                    (UUID[]) rs.getArray("personen").getArray())))
            .list();
    }

    /** An open signal with the persons of its household. */
    record OpenRegel(SignaalRegel regel, List<UUID> personen) {
    }

    void insert(Signaal s, String huishoudenNaam, @Nullable Deling deling) {
        jdbc.sql("""
                insert into signaal (id, huishouden_id, huishouden_naam, persoon_id, categorie, urgentie,
                       omschrijving, richting, aan, aan_medewerker_id, aan_medewerker_naam, gemeld_door,
                       gemeld_door_naam, gemeld_op, vastgelegd_op, status, deling, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(s.id().value(), s.huishouden().value(), huishoudenNaam, s.persoonId(), s.categorie().name(),
                    s.urgentie().name(), s.omschrijving(), s.richting().name(), s.aan().aan().name(),
                    s.aan().medewerker(), s.aan().naam(), s.gemeldDoor(), s.gemeldDoorNaam(), s.gemeldOp(),
                    Timestamp.from(s.vastgelegdOp()), s.status().name(), deling == null ? null : deling.name())
            .update();
    }

    /**
     * Writes what changed: the signal's stand when it changed (refused when its version moved on; the report as
     * raised is never written again), new entries of the thread, new actions, and changed actions (each refused when
     * its own version moved on).
     */
    void save(Signaal s) {
        if (s.isGewijzigd()) {
            int n = jdbc.sql("""
                    update signaal set status = ?, afgesloten_op = ?, afgesloten_door = ?, afsluitnotitie = ?,
                           versie = versie + 1
                     where id = ? and versie = ?""")
                .params(s.status().name(), s.afgeslotenOp(), s.afgeslotenDoor(), s.afsluitnotitie(), s.id().value(),
                        s.versie())
                .update();
            if (n == 0) {
                throw new GelijktijdigGewijzigd();
            }
        }
        for (SignaalBericht b : s.nieuweBerichten()) {
            jdbc.sql("""
                    insert into signaal_bericht (id, signaal_id, volgnummer, soort, tekst, auteur_id, auteur_naam,
                           auteur_rol, geschreven_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(b.id(), s.id().value(), b.volgnummer(), b.soort().name(), b.tekst(), b.auteurId(),
                        b.auteurNaam(), b.auteurRol().name(), Timestamp.from(b.geschrevenOp()))
                .update();
        }
        for (Actiepunt a : s.acties()) {
            ActiepuntGegevens g = a.gegevens();
            if (a.isNieuw()) {
                jdbc.sql("""
                        insert into actiepunt (id, signaal_id, omschrijving, eigenaar, partner_naam,
                               eigenaar_medewerker_id, eigenaar_medewerker_naam, streefdatum, gedaan_op,
                               vastgelegd_door, vastgelegd_op, versie)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(a.id(), s.id().value(), g.omschrijving(), g.eigenaar().name(), g.partnerNaam(),
                            g.eigenaarMedewerker(), a.eigenaarMedewerkerNaam(), g.streefdatum(), g.gedaanOp(),
                            a.vastgelegdDoor(), Timestamp.from(a.vastgelegdOp()))
                    .update();
            }
            else if (a.isGewijzigd()) {
                int n = jdbc.sql("""
                        update actiepunt set omschrijving = ?, eigenaar = ?, partner_naam = ?,
                               eigenaar_medewerker_id = ?, eigenaar_medewerker_naam = ?, streefdatum = ?,
                               gedaan_op = ?, versie = versie + 1
                         where id = ? and signaal_id = ? and versie = ?""")
                    .params(g.omschrijving(), g.eigenaar().name(), g.partnerNaam(), g.eigenaarMedewerker(),
                            a.eigenaarMedewerkerNaam(), g.streefdatum(), g.gedaanOp(), a.id(), s.id().value(),
                            a.versie())
                    .update();
                if (n == 0) {
                    throw new GelijktijdigGewijzigd();
                }
            }
        }
    }

    /** The state the worklist needs, in one statement. */
    SignaalStandGewijzigd stand(HuishoudenId huishouden) {
        return jdbc.sql("""
                select count(*) filter (where s.rang < 9) as open, coalesce(bool_or(s.rang < 2), false) as urgent,
                       (select min(a.streefdatum) from actiepunt a join signaal o on o.id = a.signaal_id
                         where o.huishouden_id = :huishouden and o.rang < 9 and a.gedaan_op is null) as vroegste
                  from signaal s where s.huishouden_id = :huishouden""")
            .param("huishouden", huishouden.value())
            .query((rs, n) -> new SignaalStandGewijzigd(huishouden, rs.getInt("open"), rs.getBoolean("urgent"),
                    rs.getObject("vroegste", LocalDate.class)))
            .single();
    }

    /** For the household file, in one statement: the open signals the reader may see, with their open actions. */
    List<SignaalDossier.OpenSignaal> dossier(HuishoudenId huishouden, Signaalbeleid.Voorwaarde mag, int max) {
        Map<UUID, SignaalDossier.OpenSignaal> signalen = new LinkedHashMap<>();
        jdbc.sql("""
                select s.id, s.persoon_id, s.categorie, s.urgentie, s.richting, s.status, s.gemeld_op,
                       s.gemeld_door_naam, s.omschrijving, s.aan, s.aan_medewerker_naam, l.soort as laatste_soort,
                       l.auteur_naam as laatste_door, coalesce(l.geschreven_op, s.vastgelegd_op) as laatste_op,
                       a.id as actie_id, a.omschrijving as actie_omschrijving,
                       a.eigenaar, a.partner_naam, a.eigenaar_medewerker_naam, a.streefdatum
                  from (select * from signaal s where s.huishouden_id = :huishouden and s.rang < 9 and %s
                         order by s.rang, s.gemeld_op desc, s.id desc limit :max) s
                  left join lateral (select b.soort, b.auteur_naam, b.geschreven_op from signaal_bericht b
                                      where b.signaal_id = s.id order by b.volgnummer desc limit 1) l on true
                  left join actiepunt a on a.signaal_id = s.id and a.gedaan_op is null
                 order by s.rang, s.gemeld_op desc, s.id desc, a.streefdatum, a.id""".formatted(mag.sql()))
            .params(mag.parameters()).param("huishouden", huishouden.value()).param("max", max)
            .query(rs -> {
                UUID id = rs.getObject("id", UUID.class);
                SignaalDossier.OpenSignaal s = signalen.computeIfAbsent(id, k -> {
                    try {
                        return new SignaalDossier.OpenSignaal(new SignaalId(k), rs.getObject("persoon_id", UUID.class),
                                Categorie.valueOf(rs.getString("categorie")),
                                Urgentie.valueOf(rs.getString("urgentie")), Richting.valueOf(rs.getString("richting")),
                                SignaalStatus.valueOf(rs.getString("status")),
                                rs.getObject("gemeld_op", LocalDate.class), rs.getString("gemeld_door_naam"),
                                rs.getString("omschrijving"), aanLabel(rs), laatste(rs), new ArrayList<>());
                    }
                    catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                if (rs.getObject("actie_id") != null) {
                    s.openActies().add(new SignaalDossier.OpenActie(rs.getString("actie_omschrijving"),
                            Eigenaar.valueOf(rs.getString("eigenaar")), rs.getString("partner_naam"),
                            rs.getString("eigenaar_medewerker_naam"), rs.getObject("streefdatum", LocalDate.class)));
                }
            });
        return List.copyOf(signalen.values());
    }

    boolean heeftSignalen(HuishoudenId huishouden) {
        return jdbc.sql("select exists (select 1 from signaal where huishouden_id = ?)").param(huishouden.value())
            .query(Boolean.class).single();
    }

    /** Keeps the household's display name on its signals current (for lists across households). */
    void werkNaamBij(HuishoudenId huishouden, String naam) {
        jdbc.sql("update signaal set huishouden_naam = ? where huishouden_id = ? and huishouden_naam <> ?")
            .params(naam, huishouden.value(), naam).update();
    }

    private static Signaal met(Signaal s, List<SignaalBericht> berichten, List<Actiepunt> acties) {
        return new Signaal(s.id(), s.huishouden(), s.persoonId(), s.categorie(), s.urgentie(), s.omschrijving(),
                s.richting(), s.aan(), s.gemeldDoor(), s.gemeldDoorNaam(), s.gemeldOp(), s.vastgelegdOp(), s.status(),
                s.afgeslotenOp(), s.afgeslotenDoor(), s.afsluitnotitie(), s.doorverwijzing(), s.versie(), acties,
                berichten);
    }

    private static Signaal signaal(ResultSet rs, List<Actiepunt> acties, List<SignaalBericht> berichten)
            throws SQLException {
        return new Signaal(new SignaalId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getObject("persoon_id", UUID.class),
                Categorie.valueOf(rs.getString("categorie")), Urgentie.valueOf(rs.getString("urgentie")),
                rs.getString("omschrijving"), Richting.valueOf(rs.getString("richting")),
                new Signaal.Geadresseerde(Aan.valueOf(rs.getString("aan")),
                        rs.getObject("aan_medewerker_id", UUID.class), rs.getString("aan_medewerker_naam")),
                rs.getObject("gemeld_door", UUID.class), rs.getString("gemeld_door_naam"),
                rs.getObject("gemeld_op", LocalDate.class), rs.getTimestamp("vastgelegd_op").toInstant(),
                SignaalStatus.valueOf(rs.getString("status")), rs.getObject("afgesloten_op", LocalDate.class),
                rs.getObject("afgesloten_door", UUID.class), rs.getString("afsluitnotitie"),
                rs.getObject("doorverwijzing_id", UUID.class), rs.getLong("versie"), acties, berichten);
    }

    private static Adres aanLabel(ResultSet rs) throws SQLException {
        return new Adres(Aan.valueOf(rs.getString("aan")), rs.getString("aan_medewerker_naam"));
    }

    private static Activiteit laatste(ResultSet rs) throws SQLException {
        String soort = rs.getString("laatste_soort");
        return new Activiteit(soort == null ? null : BerichtSoort.valueOf(soort),
                soort == null ? rs.getString("gemeld_door_naam") : rs.getString("laatste_door"),
                rs.getTimestamp("laatste_op").toInstant());
    }

    private static Actiepunt actiepunt(ResultSet rs, int n) throws SQLException {
        return new Actiepunt(rs.getObject("id", UUID.class),
                new ActiepuntGegevens(rs.getString("omschrijving"), Eigenaar.valueOf(rs.getString("eigenaar")),
                        rs.getString("partner_naam"), rs.getObject("eigenaar_medewerker_id", UUID.class),
                        rs.getObject("streefdatum", LocalDate.class), rs.getObject("gedaan_op", LocalDate.class)),
                rs.getString("eigenaar_medewerker_naam"), rs.getObject("vastgelegd_door", UUID.class),
                rs.getTimestamp("vastgelegd_op").toInstant(), rs.getLong("versie"));
    }

    private static SignaalRegel regel(ResultSet rs, int n) throws SQLException {
        return new SignaalRegel(new SignaalId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getString("huishouden_naam"),
                rs.getObject("persoon_id", UUID.class), Categorie.valueOf(rs.getString("categorie")),
                Urgentie.valueOf(rs.getString("urgentie")), Richting.valueOf(rs.getString("richting")),
                SignaalStatus.valueOf(rs.getString("status")), rs.getObject("gemeld_op", LocalDate.class),
                rs.getString("gemeld_door_naam"), rs.getString("omschrijving"), rs.getInt("open_acties"),
                rs.getObject("vroegste_actie", LocalDate.class), rs.getLong("versie"), aanLabel(rs), laatste(rs));
    }
}
