package nl.wegwijs.huishouden;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/** The households and their persons, by hand-written SQL. Only {@link HuishoudenService} uses it. */
@Repository
class Huishoudens {

    private static final String HUISHOUDEN = """
            select id, gemeente_id, straat, huisnummer, postcode, woonplaats, koppeling_datum, huisvesting_datum,
                   regeldag, verhuis_datum, herkomst_locatie, versie from huishouden h""";
    private static final String PERSOON = """
            select id, huishouden_id, rol, voornaam, achternaam, geboortedatum, geslacht, land_van_herkomst, talen,
                   tolk_nodig, tolk_taal, geletterdheid, v_nummer, bsn, vergunning_datum, brp_datum, status
              from persoon""";

    private final JdbcClient jdbc;

    Huishoudens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Finds a household with its persons, only where {@code filter} allows: one statement (the household's columns
     * repeat on each person's row; a household without persons gives one row with null person columns).
     */
    Optional<Huishouden> find(HuishoudenId id, Zichtbaarheid.Filter filter) {
        List<Persoon> personen = new java.util.ArrayList<>();
        Huishouden[] kaal = new Huishouden[1];
        jdbc.sql("""
                select h.id, h.gemeente_id, h.straat, h.huisnummer, h.postcode, h.woonplaats, h.koppeling_datum,
                       h.huisvesting_datum, h.regeldag, h.verhuis_datum, h.herkomst_locatie, h.versie,
                       p.id as p_id, p.rol as p_rol, p.voornaam as p_voornaam, p.achternaam as p_achternaam,
                       p.geboortedatum as p_geboortedatum, p.geslacht as p_geslacht,
                       p.land_van_herkomst as p_land_van_herkomst, p.talen as p_talen, p.tolk_nodig as p_tolk_nodig,
                       p.tolk_taal as p_tolk_taal, p.geletterdheid as p_geletterdheid, p.v_nummer as p_v_nummer,
                       p.bsn as p_bsn, p.vergunning_datum as p_vergunning_datum, p.brp_datum as p_brp_datum,
                       p.status as p_status
                  from huishouden h left join persoon p on p.huishouden_id = h.id
                 where h.id = :id and\s""" + filter.sql() + " order by p.volgorde")
            .param("id", id.value()).params(filter.parameters())
            .query(rs -> {
                if (kaal[0] == null) {
                    kaal[0] = huishouden(rs, List.of());
                }
                if (rs.getObject("p_id") != null) {
                    personen.add(persoon(rs, "p_"));
                }
            });
        Huishouden h = kaal[0];
        return h == null ? Optional.empty() : Optional.of(new Huishouden(h.id(), h.gemeenteId(), h.adres(),
                h.datums(), h.herkomstLocatie(), List.copyOf(personen), h.versie()));
    }

    /** A page of households (keyset on id) with their persons, in two statements. */
    List<Huishouden> pagina(Zichtbaarheid.Filter filter, @Nullable UUID na, int aantal) {
        List<Huishouden> kaal = jdbc.sql(HUISHOUDEN + " where " + filter.sql()
                + (na == null ? "" : " and h.id > :na") + " order by h.id limit :aantal")
            .params(filter.parameters()).param("na", na).param("aantal", aantal)
            .query((rs, n) -> huishouden(rs, List.of())).list();
        Map<UUID, List<Persoon>> personen = personen(kaal.stream().map(h -> h.id().value()).toList());
        return kaal.stream().map(h -> new Huishouden(h.id(), h.gemeenteId(), h.adres(), h.datums(),
                h.herkomstLocatie(), personen.getOrDefault(h.id().value(), List.of()), h.versie())).toList();
    }

    private Map<UUID, List<Persoon>> personen(List<UUID> huishoudens) {
        if (huishoudens.isEmpty()) {
            return Map.of();
        }
        record Rij(UUID huishouden, Persoon persoon) {
        }
        return jdbc.sql(PERSOON + " where huishouden_id = any(:ids) order by huishouden_id, volgorde")
            .param("ids", huishoudens.toArray(UUID[]::new))
            .query((rs, n) -> new Rij(rs.getObject("huishouden_id", UUID.class), persoon(rs))).list().stream()
            .collect(Collectors.groupingBy(Rij::huishouden, java.util.LinkedHashMap::new,
                    Collectors.mapping(Rij::persoon, Collectors.toList())));
    }

    /** Inserts a new household or updates an existing one if its version is unchanged; returns the new version. */
    long save(Huishouden h, Instant nu) {
        Adres a = h.adres();
        HuishoudenDatums d = h.datums();
        if (h.versie() == 0 && !bestaat(h.id())) {
            jdbc.sql("""
                    insert into huishouden (id, gemeente_id, straat, huisnummer, postcode, woonplaats, koppeling_datum,
                           huisvesting_datum, regeldag, verhuis_datum, herkomst_locatie, zoeknaam, aangemaakt_op, versie)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(h.id().value(), h.gemeenteId(), a.straat(), a.huisnummer(), a.postcode(), a.woonplaats(),
                        d.koppeling(), d.huisvesting(), d.regeldag(), d.verhuizing(), h.herkomstLocatie(),
                        h.zoeknaam(), Timestamp.from(nu))
                .update();
        }
        else {
            int n = jdbc.sql("""
                    update huishouden set straat = ?, huisnummer = ?, postcode = ?, woonplaats = ?, koppeling_datum = ?,
                           huisvesting_datum = ?, regeldag = ?, verhuis_datum = ?, herkomst_locatie = ?, zoeknaam = ?,
                           versie = versie + 1
                     where id = ? and versie = ?""")
                .params(a.straat(), a.huisnummer(), a.postcode(), a.woonplaats(), d.koppeling(), d.huisvesting(),
                        d.regeldag(), d.verhuizing(), h.herkomstLocatie(), h.zoeknaam(), h.id().value(), h.versie())
                .update();
            if (n == 0) {
                throw new GelijktijdigGewijzigd();
            }
        }
        int volgorde = 0;
        for (Persoon p : h.personen()) {
            jdbc.sql("""
                    insert into persoon (id, huishouden_id, rol, voornaam, achternaam, geboortedatum, geslacht,
                           land_van_herkomst, talen, tolk_nodig, tolk_taal, geletterdheid, v_nummer, bsn,
                           vergunning_datum, brp_datum, status, volgorde)
                    values (:id, :huishouden, :rol, :voornaam, :achternaam, :geboortedatum, :geslacht, :land, :talen,
                            :tolk, :tolkTaal, :geletterdheid, :vNummer, :bsn, :vergunning, :brp, :status, :volgorde)
                    on conflict (id) do update set rol = excluded.rol, voornaam = excluded.voornaam,
                           achternaam = excluded.achternaam, geboortedatum = excluded.geboortedatum,
                           geslacht = excluded.geslacht, land_van_herkomst = excluded.land_van_herkomst,
                           talen = excluded.talen, tolk_nodig = excluded.tolk_nodig, tolk_taal = excluded.tolk_taal,
                           geletterdheid = excluded.geletterdheid, v_nummer = excluded.v_nummer, bsn = excluded.bsn,
                           vergunning_datum = excluded.vergunning_datum, brp_datum = excluded.brp_datum,
                           status = excluded.status, volgorde = excluded.volgorde, versie = persoon.versie + 1
                     where persoon.huishouden_id = excluded.huishouden_id""")
                .param("id", p.id()).param("huishouden", h.id().value()).param("rol", p.rol().name())
                .param("voornaam", p.voornaam()).param("achternaam", p.achternaam())
                .param("geboortedatum", p.geboortedatum()).param("geslacht", p.geslacht().name())
                .param("land", p.landVanHerkomst()).param("talen", p.talen().toArray(String[]::new))
                .param("tolk", p.tolkNodig()).param("tolkTaal", p.tolkTaal())
                .param("geletterdheid", p.geletterdheid().name()).param("vNummer", p.vNummer())
                .param("bsn", p.bsn()).param("vergunning", p.vergunningDatum()).param("brp", p.brpDatum())
                .param("status", p.status().name()).param("volgorde", volgorde++)
                .update();
        }
        return h.versie() + 1;
    }

    boolean bsnInGebruik(String bsn, UUID behalvePersoon) {
        return jdbc.sql("select exists (select 1 from persoon where bsn = ? and id <> ?)").params(bsn, behalvePersoon)
            .query(Boolean.class).single();
    }

    /**
     * The persons holding one of these V-numbers or BSNs (both index-backed), each with whether {@code filter} lets
     * the asker see their household, and the household's name (the hoofdpersoon, else the first person).
     */
    List<BekendePersoon.Treffer> bekend(List<String> vNummers, List<String> bsns, Zichtbaarheid.Filter filter) {
        if (vNummers.isEmpty() && bsns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.huishouden_id, p.v_nummer, p.bsn, (%s) as zichtbaar,
                       (select hp.achternaam || ', ' || hp.voornaam from persoon hp
                         where hp.huishouden_id = p.huishouden_id
                         order by (hp.rol = 'HOOFDPERSOON') desc, hp.volgorde limit 1) as naam
                  from persoon p
                 where p.v_nummer = any(:vNummers) or p.bsn = any(:bsns)
                 order by p.huishouden_id, p.volgorde""".formatted(filter.sql()))
            .params(filter.parameters())
            .param("vNummers", vNummers.toArray(String[]::new)).param("bsns", bsns.toArray(String[]::new))
            .query((rs, n) -> new BekendePersoon.Treffer(rs.getObject("id", UUID.class),
                    new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getString("v_nummer"),
                    rs.getString("bsn"), rs.getBoolean("zichtbaar"), rs.getString("naam")))
            .list();
    }

    private boolean bestaat(HuishoudenId id) {
        return jdbc.sql("select exists (select 1 from huishouden where id = ?)").param(id.value())
            .query(Boolean.class).single();
    }

    private static Huishouden huishouden(ResultSet rs, List<Persoon> personen) throws SQLException {
        return new Huishouden(new HuishoudenId(rs.getObject("id", UUID.class)), rs.getObject("gemeente_id", UUID.class),
                new Adres(rs.getString("straat"), rs.getString("huisnummer"), rs.getString("postcode"),
                        rs.getString("woonplaats")),
                new HuishoudenDatums(datum(rs, "koppeling_datum"), datum(rs, "huisvesting_datum"),
                        datum(rs, "regeldag"), datum(rs, "verhuis_datum")),
                rs.getString("herkomst_locatie"), personen, rs.getLong("versie"));
    }

    private static Persoon persoon(ResultSet rs) throws SQLException {
        return persoon(rs, "");
    }

    /** A person from columns named with this prefix ({@code p_} where the household's columns share the row). */
    private static Persoon persoon(ResultSet rs, String k) throws SQLException {
        Array talen = rs.getArray(k + "talen");
        return new Persoon(rs.getObject(k + "id", UUID.class), PersoonRol.valueOf(rs.getString(k + "rol")),
                rs.getString(k + "voornaam"), rs.getString(k + "achternaam"),
                rs.getObject(k + "geboortedatum", LocalDate.class), Geslacht.valueOf(rs.getString(k + "geslacht")),
                rs.getString(k + "land_van_herkomst"),
                talen == null ? List.of() : Arrays.asList((String[]) talen.getArray()),
                rs.getBoolean(k + "tolk_nodig"), rs.getString(k + "tolk_taal"),
                Geletterdheid.valueOf(rs.getString(k + "geletterdheid")), rs.getString(k + "v_nummer"),
                rs.getString(k + "bsn"), datum(rs, k + "vergunning_datum"), datum(rs, k + "brp_datum"),
                Verblijfsstatus.valueOf(rs.getString(k + "status")));
    }

    private static @Nullable LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }
}
