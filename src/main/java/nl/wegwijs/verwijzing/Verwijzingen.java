package nl.wegwijs.verwijzing;

import java.sql.Array;
import java.sql.Date;
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

import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Referrals by hand-written SQL, each read joined with its service's name and kind (one statement). A household's
 * list runs on (huishouden_id, aangemaakt_tijd, id), a wijkteam's inbox on (ontvanger_organisatie_id, verstuurd_op,
 * id).
 */
@Repository
class Verwijzingen {

    private static final String VERWIJZING = """
            select v.id, v.huishouden_id, v.persoon_id, v.dienst_id, d.naam as dienst_naam, d.soort, v.reden, v.warm,
                   v.status, v.aangemaakt_op, v.verstuurd_op, v.beantwoord_op, v.afgerond_op, v.antwoord, v.uitkomst,
                   v.versie, v.signaal_id, v.wachtlijst_op, v.geaccepteerd_op, v.ontvanger_organisatie_id,
                   v.aangemaakt_door, v.aangemaakt_tijd, v.ingetrokken_op, v.intrekking_reden, v.toestemming_ids
              from verwijzing v join dienst d on d.id = v.dienst_id""";

    private final JdbcClient jdbc;

    Verwijzingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Rij> find(UUID id) {
        return jdbc.sql(VERWIJZING + " where v.id = ?").param(id).query(Verwijzingen::rij).optional();
    }

    /** A household's referrals, newest first, after {@code na}. */
    List<Rij> vanHuishouden(UUID huishouden, @Nullable UUID na, int aantal) {
        String sql = VERWIJZING + " where v.huishouden_id = :h" + (na == null ? "" : " " + """
                 and (v.aangemaakt_tijd, v.id) < (select k.aangemaakt_tijd, k.id from verwijzing k
                                                   where k.id = :na and k.huishouden_id = :h)""")
                + " order by v.aangemaakt_tijd desc, v.id desc limit :aantal";
        return jdbc.sql(sql).param("h", huishouden).param("na", na).param("aantal", aantal)
            .query(Verwijzingen::rij).list();
    }

    /**
     * A wijkteam's inbox: sent referrals to its organisation's services, newest sent first; only those waiting for an
     * answer when {@code open}. Never a withdrawn one (its consent was revoked).
     */
    List<Rij> inbox(UUID organisatie, boolean open, @Nullable UUID na, int aantal) {
        String sql = VERWIJZING.replace("v.toestemming_ids", "v.toestemming_ids, g.getoond_id, g.naam") + " " + """
                 left join lateral (select p.id as getoond_id, p.voornaam || ' ' || p.achternaam as naam
                                      from persoon p
                                     where p.huishouden_id = v.huishouden_id
                                       and (v.persoon_id is null or p.id = v.persoon_id)
                                     order by p.rol = 'HOOFDPERSOON' desc, p.volgorde, p.id limit 1) g on true"""
                + " where v.ontvanger_organisatie_id = :o and v.verstuurd_op is not null"
                + " and v.status <> 'INGETROKKEN'"
                + (open ? " and v.status in ('VERSTUURD', 'WACHTLIJST')" : "") + (na == null ? "" : " " + """
                 and (v.verstuurd_op, v.id) < (select k.verstuurd_op, k.id from verwijzing k
                                                where k.id = :na and k.ontvanger_organisatie_id = :o)""")
                + " order by v.verstuurd_op desc, v.id desc limit :aantal";
        return jdbc.sql(sql).param("o", organisatie).param("na", na).param("aantal", aantal)
            .query(Verwijzingen::rij).list();
    }

    void insert(UUID id, UUID huishouden, @Nullable UUID persoon, UUID dienst, @Nullable UUID ontvanger,
            @Nullable UUID signaal, String reden, boolean warm, LocalDate vandaag, UUID door, Instant nu) {
        jdbc.sql("""
                insert into verwijzing (id, huishouden_id, persoon_id, dienst_id, ontvanger_organisatie_id,
                       signaal_id, reden, warm, status, aangemaakt_op, aangemaakt_door, aangemaakt_tijd, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'AANGEMAAKT', ?, ?, ?, 1)""")
            .params(id, huishouden, persoon, dienst, ontvanger, signaal, reden, warm, Date.valueOf(vandaag), door,
                    Timestamp.from(nu))
            .update();
    }

    /** Marks it sent on these register consents, or on the consent recorded here (wijze, op). */
    void verstuur(UUID id, long versie, LocalDate vandaag, List<UUID> toestemmingen, @Nullable String wijze,
            @Nullable LocalDate op, UUID door, Instant nu) {
        wijzig(jdbc.sql("""
                update verwijzing set status = 'VERSTUURD', verstuurd_op = ?, toestemming_ids = ?,
                       toestemming_wijze = ?, toestemming_op = ?, toestemming_door = ?, gewijzigd_door = ?,
                       gewijzigd_tijd = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(Date.valueOf(vandaag), toestemmingen.toArray(UUID[]::new), wijze,
                    op == null ? null : Date.valueOf(op), wijze == null ? null : door, door, Timestamp.from(nu), id,
                    versie)
            .update());
    }

    /** Records the service's answer. */
    void beantwoord(UUID id, long versie, VerwijzingStatus status, @Nullable String antwoord, LocalDate vandaag,
            UUID door, Instant nu) {
        wijzig(jdbc.sql("""
                update verwijzing set status = :status, antwoord = coalesce(:antwoord, antwoord),
                       wachtlijst_op = case when :status = 'WACHTLIJST' then :vandaag else wachtlijst_op end,
                       geaccepteerd_op = case when :status = 'GEACCEPTEERD' then :vandaag else geaccepteerd_op end,
                       beantwoord_op = case when :status in ('GEACCEPTEERD', 'AFGEWEZEN') then :vandaag
                                            else beantwoord_op end,
                       beantwoord_door = :door, gewijzigd_door = :door, gewijzigd_tijd = :nu, versie = versie + 1
                 where id = :id and versie = :versie""")
            .param("status", status.name()).param("antwoord", antwoord).param("vandaag", Date.valueOf(vandaag))
            .param("door", door).param("nu", Timestamp.from(nu)).param("id", id).param("versie", versie)
            .update());
    }

    void rondAf(UUID id, long versie, @Nullable String uitkomst, LocalDate vandaag, UUID door, Instant nu) {
        wijzig(jdbc.sql("""
                update verwijzing set status = 'AFGEROND', afgerond_op = ?, uitkomst = ?, gewijzigd_door = ?,
                       gewijzigd_tijd = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(Date.valueOf(vandaag), uitkomst, door, Timestamp.from(nu), id, versie).update());
    }

    /**
     * The household's open referrals (AANGEMAAKT, VERSTUURD, WACHTLIJST) that a revoked consent covers, locked for
     * the withdrawal: those sent on it (its id among the consents used), and drafts to the consent's organisation
     * for the person or the household as a whole (the caller decides whether the person's consent was needed).
     */
    List<Rij> gedektDoor(UUID huishouden, UUID toestemming, UUID persoon, UUID organisatie, boolean concepten) {
        return jdbc.sql(VERWIJZING + " " + """
                 where v.huishouden_id = :h and v.status in ('AANGEMAAKT', 'VERSTUURD', 'WACHTLIJST')
                   and (:t = any(v.toestemming_ids)
                        or (:concepten and v.status = 'AANGEMAAKT' and v.ontvanger_organisatie_id = :o
                            and (v.persoon_id = :p or v.persoon_id is null)))
                 order by v.aangemaakt_tijd, v.id
                   for update of v""")
            .param("h", huishouden).param("t", toestemming).param("concepten", concepten).param("o", organisatie)
            .param("p", persoon).query(Verwijzingen::rij).list();
    }

    /** Withdraws an open referral: final state INGETROKKEN, with the day, the reason and the revoked consent. */
    void trekIn(UUID id, long versie, String reden, UUID toestemming, LocalDate vandaag, UUID door, Instant nu) {
        wijzig(jdbc.sql("""
                update verwijzing set status = 'INGETROKKEN', ingetrokken_op = ?, intrekking_reden = ?,
                       ingetrokken_toestemming_id = ?, gewijzigd_door = ?, gewijzigd_tijd = ?, versie = versie + 1
                 where id = ? and versie = ? and status in ('AANGEMAAKT', 'VERSTUURD', 'WACHTLIJST')""")
            .params(Date.valueOf(vandaag), reden, toestemming, door, Timestamp.from(nu), id, versie).update());
    }

    /**
     * Waiting times per service of a gemeente: referrals sent, accepted, and the average and longest days from sent
     * to accepted. One statement on (dienst_id, status).
     */
    List<Wachttijd> wachttijden(UUID gemeente) {
        return jdbc.sql("""
                select d.id, d.naam, d.soort, count(v.verstuurd_op) as verstuurd, count(v.geaccepteerd_op) as geaccepteerd,
                       avg(v.geaccepteerd_op - v.verstuurd_op) as gemiddeld,
                       max(v.geaccepteerd_op - v.verstuurd_op) as langst,
                       count(*) filter (where v.status in ('VERSTUURD', 'WACHTLIJST')) as wachtend
                  from dienst d join verwijzing v on v.dienst_id = d.id
                 where d.gemeente_id = ?
                 group by d.id, d.naam, d.soort
                 order by d.soort, d.naam""")
            .param(gemeente)
            .query((rs, n) -> {
                java.math.BigDecimal gem = rs.getBigDecimal("gemiddeld");
                Integer langst = (Integer) rs.getObject("langst");
                return new Wachttijd(rs.getObject("id", UUID.class), rs.getString("naam"),
                        Dienstsoort.valueOf(rs.getString("soort")), rs.getInt("verstuurd"), rs.getInt("geaccepteerd"),
                        rs.getInt("wachtend"), gem == null ? null : gem.doubleValue(), langst);
            })
            .list();
    }

    private static void wijzig(int n) {
        if (n != 1) {
            throw new GelijktijdigGewijzigd();
        }
    }

    private static Rij rij(ResultSet rs, int n) throws SQLException {
        String antwoord = rs.getString("antwoord");
        String uitkomst = rs.getString("uitkomst");
        UUID ontvanger = rs.getObject("ontvanger_organisatie_id", UUID.class);
        Verwijzing v = new Verwijzing(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class),
                rs.getObject("persoon_id", UUID.class), rs.getObject("dienst_id", UUID.class),
                rs.getString("dienst_naam"), Dienstsoort.valueOf(rs.getString("soort")), rs.getString("reden"),
                rs.getBoolean("warm"), VerwijzingStatus.valueOf(rs.getString("status")), datum(rs, "aangemaakt_op"),
                datum(rs, "verstuurd_op"), datum(rs, "beantwoord_op"), datum(rs, "afgerond_op"),
                uitkomst != null ? uitkomst : antwoord, rs.getLong("versie"), rs.getObject("signaal_id", UUID.class),
                datum(rs, "wachtlijst_op"), datum(rs, "geaccepteerd_op"), ontvanger != null,
                datum(rs, "ingetrokken_op"), rs.getString("intrekking_reden"));
        Array ids = rs.getArray("toestemming_ids");
        List<UUID> toestemmingen = ids == null ? List.of() : Arrays.asList((UUID[]) ids.getArray());
        String naam = null;
        UUID getoond = null;
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            if ("naam".equals(rs.getMetaData().getColumnName(i))) {
                naam = rs.getString(i);
                getoond = rs.getObject("getoond_id", UUID.class);
            }
        }
        return new Rij(v, ontvanger, antwoord, rs.getObject("aangemaakt_door", UUID.class), toestemmingen, naam,
                getoond);
    }

    @SuppressWarnings("NullAway")
    private static @Nullable LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }

    /** A referral with what only this module needs: the receiving organisation, the answer note, who made it. */
    record Rij(Verwijzing verwijzing, @Nullable UUID ontvangerOrganisatieId, @Nullable String antwoord,
            UUID aangemaaktDoor, List<UUID> toestemmingen, @Nullable String naam, @Nullable UUID getoond) {
    }
}
