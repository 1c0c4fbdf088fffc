package nl.wegwijs.afsluiting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.traject.EindeReden;

/** The closing's tables by hand-written SQL. Only this module's services use it. */
@Repository
class Afsluitingen {

    private static final String OVERDRACHT = """
            o.id, o.huishouden_id, o.traject_id, o.gemeente_id, o.ontvanger_organisatie_id, o.ontvanger_naam,
            o.status, o.hulpvraag, o.driegesprek_vereist, o.samenvatting::text as samenvatting, o.aanvullingen::text as aanvullingen,
            o.gedeelde_blokken, o.toestemmingen, o.driegesprek_op, o.driegesprek_deelnemers, o.aangemaakt_door,
            o.aangemaakt_door_naam, o.aangemaakt_op, o.gedeeld_door, o.gedeeld_op, o.geaccepteerd_door,
            o.geaccepteerd_door_naam, o.geaccepteerd_op, o.teruggetrokken_op, o.terugtrekking_reden, o.afgewezen_door,
            o.afgewezen_door_naam, o.afgewezen_op, o.afwijzing_reden, o.versie""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Afsluitingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- settings

    AfsluitInstelling instelling(UUID contract) {
        return jdbc.sql("""
                select contract_id, voorloop_weken, driegesprek_bij_hulpvraag, vroeg_bezoek_wijkteam,
                       dienstenlijst_zonder_hulpvraag, schriftelijk_aan_regie, versie
                  from afsluiting_instelling where contract_id = ?""")
            .param(contract)
            .query((rs, i) -> new AfsluitInstelling(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBoolean(3),
                    rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getLong(7)))
            .optional().orElseGet(() -> AfsluitInstelling.standaard(contract));
    }

    /** Stores the settings when nobody changed them since {@code i.versie()} (0: none stored yet). */
    void bewaar(AfsluitInstelling i) {
        int n;
        if (i.versie() == 0) {
            n = jdbc.sql("""
                    insert into afsluiting_instelling (contract_id, voorloop_weken, driegesprek_bij_hulpvraag,
                           vroeg_bezoek_wijkteam, dienstenlijst_zonder_hulpvraag, schriftelijk_aan_regie, versie)
                    values (?, ?, ?, ?, ?, ?, 1) on conflict (contract_id) do nothing""")
                .params(i.contractId(), i.voorloopWeken(), i.driegesprekBijHulpvraag(), i.vroegBezoekWijkteam(),
                        i.dienstenlijstZonderHulpvraag(), i.schriftelijkAanRegie())
                .update();
        }
        else {
            n = jdbc.sql("""
                    update afsluiting_instelling set voorloop_weken = ?, driegesprek_bij_hulpvraag = ?,
                           vroeg_bezoek_wijkteam = ?, dienstenlijst_zonder_hulpvraag = ?, schriftelijk_aan_regie = ?,
                           versie = versie + 1
                     where contract_id = ? and versie = ?""")
                .params(i.voorloopWeken(), i.driegesprekBijHulpvraag(), i.vroegBezoekWijkteam(),
                        i.dienstenlijstZonderHulpvraag(), i.schriftelijkAanRegie(), i.contractId(), i.versie())
                .update();
        }
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    // --- eindgesprek and decisions

    /** The trajectory's eindgesprekken, latest first (a handful at most). */
    List<Eindgesprek> eindgesprekken(UUID traject) {
        return jdbc.sql("""
                select id, huishouden_id, traject_id, gehouden_op, aanwezig, samenvatting, eigen_kijk,
                       vastgelegd_door, vastgelegd_door_naam, vastgelegd_op, versie
                  from eindgesprek where traject_id = ? order by gehouden_op desc, vastgelegd_op desc limit 10""")
            .param(traject)
            .query((rs, i) -> new Eindgesprek(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9), rs.getTimestamp(10).toInstant(),
                    rs.getLong(11)))
            .list();
    }

    void voegToe(Eindgesprek e) {
        jdbc.sql("""
                insert into eindgesprek (id, huishouden_id, traject_id, gehouden_op, aanwezig, samenvatting,
                       eigen_kijk, vastgelegd_door, vastgelegd_door_naam, vastgelegd_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
            .params(e.id(), e.huishoudenId(), e.trajectId(), e.gehoudenOp(), e.aanwezig(), e.samenvatting(),
                    e.eigenKijk(), e.vastgelegdDoor(), e.vastgelegdDoorNaam(), Timestamp.from(e.vastgelegdOp()))
            .update();
    }

    /** The trajectory's closing decisions, latest first. */
    List<Afsluitbesluit> besluiten(UUID traject) {
        return jdbc.sql("""
                select id, huishouden_id, traject_id, soort, einde_reden, maanden, reden, verzoek_persoon,
                       verzoek_op, dienstenlijst, besloten_door, besloten_door_naam, besloten_op
                  from afsluitbesluit where traject_id = ? order by besloten_op desc limit 10""")
            .param(traject)
            .query((rs, i) -> new Afsluitbesluit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class), Besluitsoort.valueOf(rs.getString(4)),
                    rs.getString(5) == null ? null : EindeReden.valueOf(rs.getString(5)),
                    (Integer) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                    rs.getBoolean(10), rs.getObject(11, UUID.class), rs.getString(12),
                    rs.getTimestamp(13).toInstant()))
            .list();
    }

    void voegToe(Afsluitbesluit b) {
        jdbc.sql("""
                insert into afsluitbesluit (id, huishouden_id, traject_id, soort, einde_reden, maanden, reden,
                       verzoek_persoon, verzoek_op, dienstenlijst, besloten_door, besloten_door_naam, besloten_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(b.id(), b.huishoudenId(), b.trajectId(), b.soort().name(),
                    b.eindeReden() == null ? null : b.eindeReden().name(), b.maanden(), b.reden(), b.verzoekPersoon(),
                    b.verzoekOp(), b.dienstenlijst(), b.beslotenDoor(), b.beslotenDoorNaam(),
                    Timestamp.from(b.beslotenOp()))
            .update();
    }

    // --- handovers

    Optional<Overdracht> overdracht(UUID id) {
        return jdbc.sql("select " + OVERDRACHT + " from overdracht o where o.id = ?").param(id)
            .query(this::rij).optional();
    }

    /** The trajectory's running or accepted handover (at most one), else empty. */
    Optional<Overdracht> huidige(UUID traject) {
        return jdbc.sql("select " + OVERDRACHT + " from overdracht o where o.traject_id = ?"
                + " and o.status not in ('TERUGGETROKKEN', 'AFGEWEZEN')").param(traject).query(this::rij).optional();
    }

    /** The trajectory's most recently refused handover, else empty. */
    Optional<Overdracht> laatsteAfwijzing(UUID traject) {
        return jdbc.sql("select " + OVERDRACHT + " from overdracht o where o.traject_id = ?"
                + " and o.status = 'AFGEWEZEN' order by o.afgewezen_op desc, o.id limit 1").param(traject)
            .query(this::rij).optional();
    }

    /** The handover of this trajectory shared with this organisation, still or already accepted, else empty. */
    Optional<Overdracht> ontvangen(UUID organisatie, UUID traject) {
        return jdbc.sql("select " + OVERDRACHT + " from overdracht o where o.traject_id = ?"
                + " and o.ontvanger_organisatie_id = ? and o.status in ('GEDEELD', 'DRIEGESPREK_GEPLAND',"
                + " 'GEACCEPTEERD')").params(traject, organisatie).query(this::rij).optional();
    }

    boolean wachtOpAcceptatie(UUID organisatie, UUID traject) {
        return jdbc.sql("""
                select exists (select 1 from overdracht where traject_id = ? and ontvanger_organisatie_id = ?
                                  and status in ('GEDEELD', 'DRIEGESPREK_GEPLAND'))""")
            .params(traject, organisatie).query(Boolean.class).single();
    }

    /**
     * The handovers shared with an organisation and waiting for it, oldest shared first, after handover {@code na}
     * (keyset on shared time and id); index {@code overdracht_inbox}.
     */
    List<Overdracht> inbox(UUID organisatie, @Nullable UUID na, int aantal) {
        return jdbc.sql("select " + OVERDRACHT + " from overdracht o"
                + " where o.ontvanger_organisatie_id = :org and o.status in ('GEDEELD', 'DRIEGESPREK_GEPLAND')"
                + (na == null ? "" : " and (o.gedeeld_op, o.id) > (select k.gedeeld_op, k.id from overdracht k"
                        + " where k.id = :na)")
                + " order by o.gedeeld_op, o.id limit :aantal")
            .param("org", organisatie).param("na", na).param("aantal", aantal).query(this::rij).list();
    }

    void insert(Overdracht o) {
        jdbc.sql("""
                insert into overdracht (id, huishouden_id, traject_id, gemeente_id, ontvanger_organisatie_id,
                       ontvanger_naam, status, hulpvraag, driegesprek_vereist, samenvatting, aanvullingen,
                       aangemaakt_door, aangemaakt_door_naam, aangemaakt_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, 1)""")
            .params(o.id(), o.huishoudenId(), o.trajectId(), o.gemeenteId(), o.ontvangerOrganisatieId(),
                    o.ontvangerNaam(), o.status().name(), o.hulpvraag(), o.driegesprekVereist(), json.writeValueAsString(o.samenvatting()),
                    json.writeValueAsString(o.aanvullingen()), o.aangemaaktDoor(), o.aangemaaktDoorNaam(),
                    Timestamp.from(o.aangemaaktOp()))
            .update();
    }

    /** Writes the handover when nobody changed it since {@code versie}. */
    void update(Overdracht o, long versie) {
        int n = jdbc.sql("""
                update overdracht set status = ?, hulpvraag = ?, samenvatting = ?::jsonb, aanvullingen = ?::jsonb,
                       gedeelde_blokken = ?, toestemmingen = ?, driegesprek_op = ?, driegesprek_deelnemers = ?,
                       gedeeld_door = ?, gedeeld_op = ?, geaccepteerd_door = ?, geaccepteerd_door_naam = ?,
                       geaccepteerd_op = ?, teruggetrokken_op = ?, terugtrekking_reden = ?, afgewezen_door = ?,
                       afgewezen_door_naam = ?, afgewezen_op = ?, afwijzing_reden = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(o.status().name(), o.hulpvraag(), json.writeValueAsString(o.samenvatting()),
                    json.writeValueAsString(o.aanvullingen()),
                    o.gedeeldeBlokken().stream().map(Enum::name).toArray(String[]::new),
                    o.toestemmingen().toArray(UUID[]::new), o.driegesprekOp(), o.driegesprekDeelnemers(),
                    o.gedeeldDoor(), ts(o.gedeeldOp()), o.geaccepteerdDoor(), o.geaccepteerdDoorNaam(),
                    ts(o.geaccepteerdOp()), ts(o.teruggetrokkenOp()), o.terugtrekkingReden(), o.afgewezenDoor(),
                    o.afgewezenDoorNaam(), ts(o.afgewezenOp()), o.afwijzingReden(), o.id(), versie)
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    // --- the wijkteam's hulpvragen

    List<Hulpvraag> hulpvragen(UUID overdracht) {
        return jdbc.sql("""
                select id, overdracht_id, huishouden_id, soort, gevraagd_op, toelichting, vastgelegd_door,
                       vastgelegd_door_naam, vastgelegd_op
                  from wijkteam_hulpvraag where overdracht_id = ? order by gevraagd_op desc, vastgelegd_op desc
                 limit 100""")
            .param(overdracht)
            .query((rs, i) -> new Hulpvraag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class), Hulpvraagsoort.valueOf(rs.getString(4)),
                    rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8),
                    rs.getTimestamp(9).toInstant()))
            .list();
    }

    void voegToe(Hulpvraag h) {
        jdbc.sql("""
                insert into wijkteam_hulpvraag (id, overdracht_id, huishouden_id, soort, gevraagd_op, toelichting,
                       vastgelegd_door, vastgelegd_door_naam, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(h.id(), h.overdrachtId(), h.huishoudenId(), h.soort().name(), h.gevraagdOp(), h.toelichting(),
                    h.vastgelegdDoor(), h.vastgelegdDoorNaam(), Timestamp.from(h.vastgelegdOp()))
            .update();
    }

    // --- anonymisation

    /**
     * Removes what identifies the household from its closing: the eindgesprek's texts, the reasons and the
     * requester of decisions, the handover summary's names and lines, the guide's additions, the driegesprek's
     * participants, the reason of a withdrawal and the explanation of later hulpvragen. Dates, kinds, statuses, the
     * receiving organisation and the consents stay. Idempotent.
     */
    void anonimiseer(UUID huishouden, String tekst) {
        jdbc.sql("""
                update eindgesprek set aanwezig = :t, samenvatting = :t, eigen_kijk = :t where huishouden_id = :h""")
            .param("t", tekst).param("h", huishouden).update();
        jdbc.sql("""
                update afsluitbesluit set reden = case when reden is null then null else :t end,
                       verzoek_persoon = case when verzoek_persoon is null then null else :t end
                 where huishouden_id = :h""")
            .param("t", tekst).param("h", huishouden).update();
        jdbc.sql("""
                update wijkteam_hulpvraag set toelichting = case when toelichting is null then null else :t end
                 where huishouden_id = :h""")
            .param("t", tekst).param("h", huishouden).update();
        record Ruw(UUID id, String samenvatting, String aanvullingen) {
        }
        List<Ruw> overdrachten = jdbc.sql("""
                select id, samenvatting::text, aanvullingen::text from overdracht where huishouden_id = ?""")
            .param(huishouden)
            .query((rs, i) -> new Ruw(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
        for (Ruw o : overdrachten) {
            Samenvatting s = json.readValue(o.samenvatting(), Samenvatting.class).geanonimiseerd(tekst);
            Map<String, String> aanvullingen = new java.util.LinkedHashMap<>();
            json.readValue(o.aanvullingen(), new TypeReference<Map<String, String>>() { })
                .forEach((k, v) -> aanvullingen.put(k, tekst));
            jdbc.sql("""
                    update overdracht set samenvatting = cast(:s as jsonb), aanvullingen = cast(:a as jsonb),
                           driegesprek_deelnemers = case when driegesprek_deelnemers is null then null else :t end,
                           terugtrekking_reden = case when terugtrekking_reden is null then null else :t end
                     where id = :id""")
                .param("s", json.writeValueAsString(s)).param("a", json.writeValueAsString(aanvullingen))
                .param("t", tekst).param("id", o.id()).update();
        }
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static @Nullable Instant instant(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private Overdracht rij(ResultSet rs, int nr) throws SQLException {
        Map<Blok, String> aanvullingen = new EnumMap<>(Blok.class);
        Map<String, String> ruw = json.readValue(rs.getString("aanvullingen"),
                new TypeReference<Map<String, String>>() { });
        ruw.forEach((k, v) -> aanvullingen.put(Blok.valueOf(k), v));
        Set<Blok> blokken = EnumSet.noneOf(Blok.class);
        Array a = rs.getArray("gedeelde_blokken");
        for (String b : (String[]) a.getArray()) {
            blokken.add(Blok.valueOf(b));
        }
        List<UUID> toestemmingen = new ArrayList<>(List.of((UUID[]) rs.getArray("toestemmingen").getArray()));
        return new Overdracht(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class),
                rs.getObject("traject_id", UUID.class), rs.getObject("gemeente_id", UUID.class),
                rs.getObject("ontvanger_organisatie_id", UUID.class), rs.getString("ontvanger_naam"),
                OverdrachtStatus.valueOf(rs.getString("status")), rs.getBoolean("hulpvraag"),
                rs.getBoolean("driegesprek_vereist"),
                json.readValue(rs.getString("samenvatting"), Samenvatting.class), aanvullingen, blokken,
                toestemmingen, rs.getObject("driegesprek_op", LocalDate.class), rs.getString("driegesprek_deelnemers"),
                rs.getObject("aangemaakt_door", UUID.class), rs.getString("aangemaakt_door_naam"),
                rs.getTimestamp("aangemaakt_op").toInstant(), rs.getObject("gedeeld_door", UUID.class),
                instant(rs, "gedeeld_op"), rs.getObject("geaccepteerd_door", UUID.class),
                rs.getString("geaccepteerd_door_naam"), instant(rs, "geaccepteerd_op"),
                instant(rs, "teruggetrokken_op"), rs.getString("terugtrekking_reden"),
                rs.getObject("afgewezen_door", UUID.class), rs.getString("afgewezen_door_naam"),
                instant(rs, "afgewezen_op"), rs.getString("afwijzing_reden"), rs.getLong("versie"));
    }
}
