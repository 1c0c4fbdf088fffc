package nl.wegwijs.zelfredzaamheid;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The module's SQL: instruments (read once and kept: they change only by migration), the per-contract settings,
 * measurements with their scores and corrections, and the plan's actions. Every read of a household is at most two
 * statements (three with the corrections, which only the self-reliance page and the API read).
 */
@Repository
class Zelfredzaamheidsopslag {

    private final JdbcClient jdbc;
    private volatile @Nullable Map<UUID, Instrument> instrumenten;

    Zelfredzaamheidsopslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- instruments

    Map<UUID, Instrument> instrumenten() {
        Map<UUID, Instrument> i = instrumenten;
        if (i == null) {
            i = laadInstrumenten();
            instrumenten = i;
        }
        return i;
    }

    Optional<Instrument> instrument(UUID id) {
        return Optional.ofNullable(instrumenten().get(id));
    }

    private Map<UUID, Instrument> laadInstrumenten() {
        record Rij(UUID id, String code, String naam, @Nullable String omschrijving, boolean perHuishouden) {
        }
        List<Rij> rijen = jdbc.sql("select id, code, naam, omschrijving, per_huishouden from zr_instrument order by volgorde")
            .query((rs, n) -> new Rij(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("naam"),
                    rs.getString("omschrijving"), rs.getBoolean("per_huishouden")))
            .list();
        Map<UUID, List<Niveau>> niveaus = new HashMap<>();
        jdbc.sql("select instrument_id, waarde, naam, criterium from zr_niveau order by instrument_id, waarde")
            .query(rs -> {
                niveaus.computeIfAbsent(rs.getObject("instrument_id", UUID.class), k -> new ArrayList<>())
                    .add(new Niveau(rs.getInt("waarde"), rs.getString("naam"), rs.getString("criterium")));
            });
        Map<UUID, List<Onderdeel>> onderdelen = new HashMap<>();
        jdbc.sql("select id, domein_id, volgorde, naam, subdoel, indicatoren from zr_onderdeel order by domein_id, volgorde")
            .query(rs -> {
                onderdelen.computeIfAbsent(rs.getObject("domein_id", UUID.class), k -> new ArrayList<>())
                    .add(new Onderdeel(rs.getObject("id", UUID.class), rs.getInt("volgorde"), rs.getString("naam"),
                            rs.getString("subdoel"),
                            Arrays.asList((String[]) rs.getArray("indicatoren").getArray())));
            });
        Map<UUID, List<Domein>> domeinen = new HashMap<>();
        jdbc.sql("select id, instrument_id, volgorde, naam, einddoel from zr_domein order by instrument_id, volgorde")
            .query(rs -> {
                UUID id = rs.getObject("id", UUID.class);
                domeinen.computeIfAbsent(rs.getObject("instrument_id", UUID.class), k -> new ArrayList<>())
                    .add(new Domein(id, rs.getInt("volgorde"), rs.getString("naam"), rs.getString("einddoel"),
                            List.copyOf(onderdelen.getOrDefault(id, List.of()))));
            });
        Map<UUID, Instrument> alle = new LinkedHashMap<>();
        for (Rij r : rijen) {
            alle.put(r.id(), new Instrument(r.id(), r.code(), r.naam(), r.omschrijving(), r.perHuishouden(),
                    new Schaal(niveaus.getOrDefault(r.id(), List.of())),
                    List.copyOf(domeinen.getOrDefault(r.id(), List.of()))));
        }
        return java.util.Collections.unmodifiableMap(alle);
    }

    Instrument standaardInstrument() {
        return instrumenten().values().iterator().next();
    }

    // --- per contract

    Instelling instelling(UUID contractId) {
        return jdbc.sql("""
                select contract_id, instrument_id, domeinen, momenten, nulmeting_weken, eindmeting, drempel,
                       toegestaan_onder, versie
                  from zr_instelling where contract_id = ?""")
            .param(contractId)
            .query((rs, n) -> new Instelling(contractId, rs.getObject("instrument_id", UUID.class),
                    new LinkedHashSet<>(Arrays.asList((UUID[]) rs.getArray("domeinen").getArray())),
                    Arrays.stream((Integer[]) rs.getArray("momenten").getArray()).toList(),
                    rs.getInt("nulmeting_weken"), rs.getBoolean("eindmeting"), rs.getObject("drempel", Integer.class),
                    rs.getInt("toegestaan_onder"), rs.getLong("versie"), false))
            .optional()
            .orElseGet(() -> new Instelling(contractId, standaardInstrument().id(), java.util.Set.of(),
                    Instelling.STANDAARD_MOMENTEN, Instelling.STANDAARD_NULMETING_WEKEN, true, null, 0, 0, true));
    }

    /** Stores a contract's settings at the version the user saw (0: there was no row); false when stale. */
    boolean bewaar(Instelling i, long versie, UUID door, Instant op) {
        Object[] domeinen = i.domeinen().toArray(UUID[]::new);
        Integer[] momenten = i.momenten().toArray(Integer[]::new);
        if (versie == 0) {
            return jdbc.sql("""
                    insert into zr_instelling (contract_id, instrument_id, domeinen, momenten, nulmeting_weken,
                           eindmeting, drempel, toegestaan_onder, gewijzigd_door, gewijzigd_op)
                    values (:c, :i, :d, :m, :w, :e, :dr, :o, :door, :op)
                    on conflict (contract_id) do nothing""")
                .param("c", i.contractId()).param("i", i.instrumentId()).param("d", domeinen).param("m", momenten)
                .param("w", i.nulmetingWeken()).param("e", i.eindmeting()).param("dr", i.drempel())
                .param("o", i.toegestaanOnder()).param("door", door).param("op", Timestamp.from(op))
                .update() == 1;
        }
        return jdbc.sql("""
                update zr_instelling set instrument_id = :i, domeinen = :d, momenten = :m, nulmeting_weken = :w,
                       eindmeting = :e, drempel = :dr, toegestaan_onder = :o, gewijzigd_door = :door, gewijzigd_op = :op,
                       versie = versie + 1
                 where contract_id = :c and versie = :v""")
            .param("c", i.contractId()).param("i", i.instrumentId()).param("d", domeinen).param("m", momenten)
            .param("w", i.nulmetingWeken()).param("e", i.eindmeting()).param("dr", i.drempel())
            .param("o", i.toegestaanOnder()).param("door", door).param("op", Timestamp.from(op)).param("v", versie)
            .update() == 1;
    }

    // --- the trajectory (its start and state, from the traject module's table)

    record TrajectStand(UUID contractId, @Nullable LocalDate start, String status) {
    }

    Optional<TrajectStand> traject(UUID trajectId) {
        return jdbc.sql("select contract_id, praktische_start, status from traject where id = ?")
            .param(trajectId)
            .query((rs, n) -> new TrajectStand(rs.getObject("contract_id", UUID.class),
                    rs.getObject("praktische_start", LocalDate.class), rs.getString("status")))
            .optional();
    }

    // --- measurements

    /** A household's measurements with their scores, oldest first: two statements. */
    List<Meting> metingen(UUID huishouden) {
        Map<UUID, List<Score>> scores = new HashMap<>();
        jdbc.sql("""
                select s.meting_id, s.item_id, s.status, s.niveau, s.wijze
                  from zr_score s join zr_meting m on m.id = s.meting_id
                 where m.huishouden_id = ?""")
            .param(huishouden)
            .query(rs -> {
                String wijze = rs.getString("wijze");
                scores.computeIfAbsent(rs.getObject("meting_id", UUID.class), k -> new ArrayList<>())
                    .add(new Score(rs.getObject("item_id", UUID.class), Scorestatus.valueOf(rs.getString("status")),
                            rs.getObject("niveau", Integer.class), wijze == null ? null : Wijze.valueOf(wijze)));
            });
        return jdbc.sql("""
                select id, huishouden_id, traject_id, persoon_id, instrument_id, gemeten_op, soort, notitie,
                       vastgelegd_door, vastgelegd_op, versie
                  from zr_meting where huishouden_id = ? order by gemeten_op, vastgelegd_op, id""")
            .param(huishouden)
            .query((rs, n) -> {
                UUID id = rs.getObject("id", UUID.class);
                return new Meting(id, rs.getObject("huishouden_id", UUID.class),
                        rs.getObject("traject_id", UUID.class), rs.getObject("persoon_id", UUID.class),
                        rs.getObject("instrument_id", UUID.class), rs.getObject("gemeten_op", LocalDate.class),
                        Metingsoort.valueOf(rs.getString("soort")), rs.getString("notitie"),
                        List.copyOf(scores.getOrDefault(id, List.of())), rs.getObject("vastgelegd_door", UUID.class),
                        rs.getTimestamp("vastgelegd_op").toInstant(), rs.getLong("versie"));
            })
            .list();
    }

    void voegToe(Meting m) {
        jdbc.sql("""
                insert into zr_meting (id, huishouden_id, traject_id, persoon_id, instrument_id, gemeten_op, soort,
                       notitie, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(m.id(), m.huishoudenId(), m.trajectId(), m.persoonId(), m.instrumentId(), m.gemetenOp(),
                    m.soort().name(), m.notitie(), m.vastgelegdDoor(), Timestamp.from(m.vastgelegdOp()))
            .update();
        scores(m.id(), m.scores());
    }

    /**
     * Corrects a measurement at the version the user saw: locks it, keeps what it was (date and scores) with the
     * reason, then writes the new date, note and scores. False, with nothing written, when the version is stale (a
     * concurrent correction waits for the lock and then finds the version moved on).
     */
    boolean corrigeer(UUID id, long versie, LocalDate gemetenOp, @Nullable String notitie, List<Score> scores,
            String reden, UUID door, Instant op) {
        Long huidig = jdbc.sql("select versie from zr_meting where id = ? for update").param(id).query(Long.class)
            .optional().orElse(null);
        if (huidig == null || huidig != versie) {
            return false;
        }
        jdbc.sql("""
                insert into zr_meting_correctie (id, meting_id, huishouden_id, versie, reden, vorige_datum,
                       vorige_scores, gecorrigeerd_door, gecorrigeerd_op)
                select ?, m.id, m.huishouden_id, m.versie + 1, ?, m.gemeten_op,
                       coalesce((select jsonb_agg(jsonb_build_object('item', s.item_id, 'status', s.status,
                                        'niveau', s.niveau, 'wijze', s.wijze) order by s.item_id)
                                   from zr_score s where s.meting_id = m.id), '[]'::jsonb),
                       ?, ?
                  from zr_meting m where m.id = ?""")
            .params(UUID.randomUUID(), reden, door, Timestamp.from(op), id).update();
        return wijzig(id, versie, gemetenOp, notitie, scores, door, op);
    }

    /** A household's corrections per measurement, oldest first: one statement. */
    Map<UUID, List<Correctie>> correcties(UUID huishouden) {
        Map<UUID, List<Correctie>> per = new HashMap<>();
        jdbc.sql("""
                select meting_id, versie, reden, gecorrigeerd_door, gecorrigeerd_op
                  from zr_meting_correctie where huishouden_id = ? order by meting_id, versie""")
            .param(huishouden)
            .query(rs -> {
                UUID meting = rs.getObject("meting_id", UUID.class);
                per.computeIfAbsent(meting, k -> new ArrayList<>())
                    .add(new Correctie(meting, rs.getLong("versie"), rs.getString("reden"),
                            rs.getObject("gecorrigeerd_door", UUID.class),
                            rs.getTimestamp("gecorrigeerd_op").toInstant()));
            });
        return per;
    }

    /** Writes a measurement's date, note and scores at the version the user saw; false when stale. */
    private boolean wijzig(UUID id, long versie, LocalDate gemetenOp, @Nullable String notitie, List<Score> scores,
            UUID door, Instant op) {
        int n = jdbc.sql("""
                update zr_meting set gemeten_op = ?, notitie = ?, gewijzigd_door = ?, gewijzigd_op = ?,
                       versie = versie + 1
                 where id = ? and versie = ?""")
            .params(gemetenOp, notitie, door, Timestamp.from(op), id, versie).update();
        if (n != 1) {
            return false;
        }
        jdbc.sql("delete from zr_score where meting_id = ?").param(id).update();
        scores(id, scores);
        return true;
    }

    private void scores(UUID meting, List<Score> scores) {
        for (Score s : scores) {
            jdbc.sql("insert into zr_score (meting_id, item_id, status, niveau, wijze) values (?, ?, ?, ?, ?)")
                .params(meting, s.item(), s.status().name(), s.niveau(), s.wijze() == null ? null : s.wijze().name())
                .update();
        }
    }

    // --- the plan

    /** A household's actions: open first (urgent first), then done (latest first); one statement. */
    List<Actie> acties(UUID huishouden) {
        return jdbc.sql("""
                select id, huishouden_id, meting_id, domein_id, omschrijving, uitvoerder, partner, prioriteit,
                       afgerond_op, versie
                  from zr_actie where huishouden_id = ?
                 order by afgerond_op is not null, case prioriteit when 'URGENT' then 0 when 'BELANGRIJK' then 1 else 2 end,
                          afgerond_op desc, aangemaakt_op, id""")
            .param(huishouden)
            .query((rs, n) -> new Actie(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class),
                    rs.getObject("meting_id", UUID.class), rs.getObject("domein_id", UUID.class),
                    rs.getString("omschrijving"), Actie.Uitvoerder.valueOf(rs.getString("uitvoerder")),
                    rs.getString("partner"), Actie.Prioriteit.valueOf(rs.getString("prioriteit")),
                    rs.getObject("afgerond_op", LocalDate.class), rs.getLong("versie")))
            .list();
    }

    void voegToe(Actie a, UUID door, Instant op) {
        jdbc.sql("""
                insert into zr_actie (id, huishouden_id, meting_id, domein_id, omschrijving, uitvoerder, partner,
                       prioriteit, aangemaakt_door, aangemaakt_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(a.id(), a.huishoudenId(), a.metingId(), a.domeinId(), a.omschrijving(), a.uitvoerder().name(),
                    a.partner(), a.prioriteit().name(), door, Timestamp.from(op))
            .update();
    }

    /** One action of a household; empty when it is not this household's. */
    Optional<Actie> actie(UUID huishouden, UUID id) {
        return acties(huishouden).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Ticks an action off (or reopens it with {@code op} none) at the version the user saw; false when stale. */
    boolean vinkAf(UUID huishouden, UUID id, long versie, @Nullable LocalDate afgerondOp, UUID door, Instant op) {
        return jdbc.sql("""
                update zr_actie set afgerond_op = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                 where id = ? and huishouden_id = ? and versie = ?""")
            .params(afgerondOp, door, Timestamp.from(op), id, huishouden, versie).update() == 1;
    }

    /** Erases the free text of an anonymised household (notes, action texts, partner names, correction reasons). */
    void anonimiseer(UUID huishouden) {
        jdbc.sql("update zr_meting set notitie = null where huishouden_id = ?").param(huishouden).update();
        String tekst = HuishoudenGeanonimiseerd.TEKST;
        jdbc.sql("update zr_actie set omschrijving = ?, partner = null where huishouden_id = ?")
            .params(tekst, huishouden).update();
        jdbc.sql("update zr_meting_correctie set reden = ? where huishouden_id = ?").params(tekst, huishouden)
            .update();
    }
}
