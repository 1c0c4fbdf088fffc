package nl.wegwijs.traject;

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

/** Trajectories with their assignments and extensions, by hand-written SQL. Only {@link TrajectService} uses it. */
@Repository
class Trajecten {

    private static final String TRAJECT = """
            select id, huishouden_id, contract_id, gemeente_id, uitvoerder_id, team_id, status, aangemeld_op,
                   aangemeld_door, praktische_start, fase_code, fase_start, einde_datum, einde_reden,
                   einde_toelichting, versie
              from traject""";

    private final JdbcClient jdbc;
    private final tools.jackson.databind.json.JsonMapper json;

    Trajecten(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What the household file needs of a trajectory, read at once. */
    record Volledig(Traject traject, java.util.Map<UUID, PersoonFeiten> feiten, List<StatusWijziging> historie) {
    }

    /**
     * A trajectory with its assignments and extensions, the recorded facts per person and the status history, in
     * one statement (the children as JSON arrays) instead of five.
     */
    Optional<Volledig> volledig(TrajectId id) {
        return jdbc.sql("""
                select t.id, t.huishouden_id, t.contract_id, t.gemeente_id, t.uitvoerder_id, t.team_id, t.status,
                       t.aangemeld_op, t.aangemeld_door, t.praktische_start, t.fase_code, t.fase_start,
                       t.einde_datum, t.einde_reden, t.einde_toelichting, t.versie, tw.toewijzingen, vl.verlengingen,
                       pf.feiten, st.historie
                  from traject t,
                  lateral (select coalesce(json_agg(json_build_object('id', w.id, 'medewerkerId', w.medewerker_id,
                                   'rol', w.rol, 'vanaf', w.vanaf, 'tot', w.tot) order by w.vanaf, w.id), '[]')::text
                                   as toewijzingen
                              from toewijzing w where w.traject_id = t.id) tw,
                  lateral (select coalesce(json_agg(json_build_object('id', v.id, 'maanden', v.maanden,
                                   'besluitOp', v.besluit_op, 'beslotenDoor', v.besloten_door, 'reden', v.reden)
                                   order by v.besluit_op, v.id), '[]')::text as verlengingen
                              from verlenging v where v.traject_id = t.id) vl,
                  lateral (select coalesce(json_agg(json_build_object('persoonId', f.persoon_id,
                                   'pipVastgesteldOp', f.pip_vastgesteld_op, 'pipVastgelegdDoor', f.pip_vastgelegd_door,
                                   'inburgeringAfgerondOp', f.inburgering_afgerond_op,
                                   'inburgeringAfronding', f.inburgering_afronding,
                                   'inburgeringVastgelegdDoor', f.inburgering_vastgelegd_door, 'versie', f.versie)),
                                   '[]')::text as feiten
                              from traject_persoon_feit f where f.traject_id = t.id) pf,
                  lateral (select coalesce(json_agg(json_build_object('status', s.status, 'per', s.per,
                                   'medewerkerId', s.medewerker_id,
                                   'vastgelegdOp', to_char(s.vastgelegd_op at time zone 'UTC',
                                                           'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                   'reden', s.einde_reden, 'toelichting', s.toelichting)
                                   order by s.vastgelegd_op, s.per), '[]')::text as historie
                              from traject_status s where s.traject_id = t.id) st
                 where t.id = ?""")
            .param(id.value())
            .query((rs, n) -> {
                Traject t = met(kaal(rs, n), lees(rs.getString("toewijzingen"), Toewijzing.class),
                        lees(rs.getString("verlengingen"), Verlenging.class));
                java.util.Map<UUID, PersoonFeiten> feiten = new java.util.HashMap<>();
                lees(rs.getString("feiten"), PersoonFeiten.class).forEach(f -> feiten.put(f.persoonId(), f));
                return new Volledig(t, feiten, lees(rs.getString("historie"), StatusWijziging.class));
            })
            .optional();
    }

    private <T> List<T> lees(String rijen, Class<T> soort) {
        return json.readValue(rijen, json.getTypeFactory().constructCollectionType(List.class, soort));
    }

    Optional<Traject> findById(TrajectId id) {
        return jdbc.sql(TRAJECT + " where id = ?").param(id.value()).query(this::kaal).optional().map(this::vul);
    }

    Optional<Traject> findByHuishouden(HuishoudenId huishouden) {
        return jdbc.sql(TRAJECT + " where huishouden_id = ?").param(huishouden.value()).query(this::kaal).optional()
            .map(this::vul);
    }

    /** The trajectory of a household, only when the visibility filter lets it through (one statement). */
    Optional<Toegang> toegang(nl.wegwijs.organisatie.Medewerker ik, nl.wegwijs.huishouden.Zichtbaarheid.Filter filter,
            HuishoudenId huishouden) {
        return jdbc.sql("""
                select t.id, t.huishouden_id, t.gemeente_id, t.uitvoerder_id, t.team_id, t.contract_id, t.status,
                       t.fase_code
                  from traject t
                 where t.huishouden_id = :huishouden and\s""" + filter.sql())
            .params(filter.parameters()).param("huishouden", huishouden.value())
            .query((rs, i) -> {
                TrajectStatus status = TrajectStatus.valueOf(rs.getString("status"));
                return new Toegang(ik, new TrajectId(rs.getObject("id", UUID.class)), huishouden,
                        rs.getObject("gemeente_id", UUID.class), rs.getObject("uitvoerder_id", UUID.class),
                        rs.getObject("team_id", UUID.class), rs.getObject("contract_id", UUID.class), status,
                        rs.getString("fase_code"), Toegang.magBegeleiden(ik, status));
            })
            .optional();
    }

    /** A page of trajectories within a visibility filter, keyset on id, with assignments and extensions batched. */
    List<Traject> pagina(nl.wegwijs.huishouden.Zichtbaarheid.Filter filter, @Nullable UUID na, int aantal) {
        List<Traject> kaal = jdbc.sql(TRAJECT + " t where " + filter.sql()
                + (na == null ? "" : " and t.id > :na") + " order by t.id limit :aantal")
            .params(filter.parameters()).param("na", na).param("aantal", aantal).query(this::kaal).list();
        if (kaal.isEmpty()) {
            return kaal;
        }
        UUID[] ids = kaal.stream().map(t -> t.id().value()).toArray(UUID[]::new);
        java.util.Map<UUID, List<Toewijzing>> toewijzingen = new java.util.HashMap<>();
        jdbc.sql("select traject_id, id, medewerker_id, rol, vanaf, tot from toewijzing where traject_id = any(:ids) "
                + "order by vanaf, id").param("ids", ids)
            .query(rs -> {
                toewijzingen.computeIfAbsent(rs.getObject("traject_id", UUID.class), k -> new java.util.ArrayList<>())
                    .add(new Toewijzing(rs.getObject("id", UUID.class), rs.getObject("medewerker_id", UUID.class),
                            ToewijzingRol.valueOf(rs.getString("rol")), rs.getObject("vanaf", LocalDate.class),
                            rs.getObject("tot", LocalDate.class)));
            });
        java.util.Map<UUID, List<Verlenging>> verlengingen = new java.util.HashMap<>();
        jdbc.sql("select traject_id, id, maanden, besluit_op, besloten_door, reden from verlenging "
                + "where traject_id = any(:ids) order by besluit_op, id").param("ids", ids)
            .query(rs -> {
                verlengingen.computeIfAbsent(rs.getObject("traject_id", UUID.class), k -> new java.util.ArrayList<>())
                    .add(new Verlenging(rs.getObject("id", UUID.class), rs.getInt("maanden"),
                            rs.getObject("besluit_op", LocalDate.class), rs.getString("besloten_door"),
                            rs.getString("reden")));
            });
        return kaal.stream().map(t -> met(t, toewijzingen.getOrDefault(t.id().value(), List.of()),
                verlengingen.getOrDefault(t.id().value(), List.of()))).toList();
    }

    List<TrajectId> toewijzingWisselingen(LocalDate van, LocalDate tot) {
        return jdbc.sql("""
                select traject_id from toewijzing where vanaf between :van and :tot
                union
                select traject_id from toewijzing where tot between :vanGisteren and :totGisteren""")
            .param("van", van).param("tot", tot).param("vanGisteren", van.minusDays(1))
            .param("totGisteren", tot.minusDays(1))
            .query((rs, n) -> new TrajectId(rs.getObject(1, UUID.class))).list();
    }

    /** Running trajectories under a contract, for a change of uitvoerder. */
    List<TrajectId> lopendOnder(UUID contractId) {
        return jdbc.sql("select id from traject where contract_id = ? and status not in "
                + "('AFGEROND', 'OVERGEDRAGEN', 'BEEINDIGD') order by id")
            .param(contractId).query((rs, n) -> new TrajectId(rs.getObject(1, UUID.class))).list();
    }

    void save(Traject t, UUID medewerker, Instant nu) {
        if (t.versie() == 0 && !bestaat(t.id())) {
            jdbc.sql("""
                    insert into traject (id, huishouden_id, contract_id, gemeente_id, uitvoerder_id, team_id, status,
                           aangemeld_op, aangemeld_door, praktische_start, fase_code, fase_start, einde_datum,
                           einde_reden, einde_toelichting, versie)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(t.id().value(), t.huishouden().value(), t.contractId(), t.gemeenteId(), t.uitvoerderId(),
                        t.teamId(), t.status().name(), t.aangemeldOp(), t.aangemeldDoor(), t.praktischeStart(),
                        t.faseCode(), t.faseStart(), t.eindeDatum(), naam(t.eindeReden()), t.eindeToelichting())
                .update();
        }
        else {
            int n = jdbc.sql("""
                    update traject set contract_id = ?, uitvoerder_id = ?, team_id = ?, status = ?,
                           praktische_start = ?, fase_code = ?, fase_start = ?, einde_datum = ?, einde_reden = ?,
                           einde_toelichting = ?,
                           overgedragen_aan = case when ? = 'OVERGEDRAGEN' then overgedragen_aan end,
                           versie = versie + 1
                     where id = ? and versie = ?""")
                .params(t.contractId(), t.uitvoerderId(), t.teamId(), t.status().name(), t.praktischeStart(),
                        t.faseCode(), t.faseStart(), t.eindeDatum(), naam(t.eindeReden()), t.eindeToelichting(),
                        t.status().name(), t.id().value(), t.versie())
                .update();
            if (n == 0) {
                throw new GelijktijdigGewijzigd();
            }
        }
        for (Toewijzing w : t.toewijzingen()) {
            jdbc.sql("""
                    insert into toewijzing (id, traject_id, medewerker_id, rol, vanaf, tot) values (?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set tot = excluded.tot where toewijzing.tot is distinct from excluded.tot""")
                .params(w.id(), t.id().value(), w.medewerkerId(), w.rol().name(), w.vanaf(), w.tot()).update();
        }
        for (Verlenging v : t.verlengingen()) {
            jdbc.sql("""
                    insert into verlenging (id, traject_id, maanden, besluit_op, besloten_door, reden)
                    values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                .params(v.id(), t.id().value(), v.maanden(), v.besluitOp(), v.beslotenDoor(), v.reden()).update();
        }
        for (Traject.Historie h : t.nieuweHistorie()) {
            if (h instanceof Traject.Historie.Status s) {
                jdbc.sql("""
                        insert into traject_status (traject_id, status, per, medewerker_id, vastgelegd_op,
                               einde_reden, toelichting)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(t.id().value(), s.status().name(), s.per(), medewerker, Timestamp.from(nu),
                            naam(s.reden()), s.toelichting())
                    .update();
            }
            else if (h instanceof Traject.Historie.Fase f) {
                jdbc.sql("update traject_fase set tot = ? where traject_id = ? and tot is null")
                    .params(f.vanaf().minusDays(1), t.id().value()).update();
                jdbc.sql("insert into traject_fase (traject_id, fase_code, vanaf) values (?, ?, ?)")
                    .params(t.id().value(), f.code(), f.vanaf()).update();
            }
            else if (h instanceof Traject.Historie.ContractWissel c) {
                jdbc.sql("update traject_contract set tot = ? where traject_id = ? and tot is null")
                    .params(c.vanaf().minusDays(1), t.id().value()).update();
                jdbc.sql("insert into traject_contract (traject_id, contract_id, vanaf) values (?, ?, ?)")
                    .params(t.id().value(), c.contractId(), c.vanaf()).update();
            }
        }
    }

    /**
     * Records the organisation whose wijkteam accepted the warm handover of a trajectory just closed as
     * OVERGEDRAGEN (its WIJKTEAM users see the household from then on, see {@link TrajectZichtbaarheid}); the save of
     * any other status clears it (a reopening).
     */
    void overgedragenAan(TrajectId id, UUID organisatie) {
        jdbc.sql("update traject set overgedragen_aan = ? where id = ? and status = 'OVERGEDRAGEN'")
            .params(organisatie, id.value()).update();
    }

    List<StatusWijziging> statusHistorie(TrajectId id) {
        return jdbc.sql("select status, per, medewerker_id, vastgelegd_op, einde_reden, toelichting "
                + "from traject_status where traject_id = ? order by vastgelegd_op, per").param(id.value())
            .query((rs, n) -> {
                String reden = rs.getString("einde_reden");
                return new StatusWijziging(TrajectStatus.valueOf(rs.getString("status")),
                        rs.getObject("per", LocalDate.class), rs.getObject("medewerker_id", UUID.class),
                        rs.getTimestamp("vastgelegd_op").toInstant(),
                        reden == null ? null : EindeReden.valueOf(reden), rs.getString("toelichting"));
            })
            .list();
    }

    List<ContractPeriode> contractHistorie(TrajectId id) {
        return jdbc.sql("select contract_id, vanaf, tot from traject_contract where traject_id = ? order by vanaf")
            .param(id.value()).query(ContractPeriode.class).list();
    }

    private boolean bestaat(TrajectId id) {
        return jdbc.sql("select exists (select 1 from traject where id = ?)").param(id.value()).query(Boolean.class)
            .single();
    }

    private Traject kaal(ResultSet rs, int n) throws SQLException {
        String reden = rs.getString("einde_reden");
        return new Traject(new TrajectId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getObject("contract_id", UUID.class),
                rs.getObject("gemeente_id", UUID.class), rs.getObject("uitvoerder_id", UUID.class),
                rs.getObject("team_id", UUID.class), TrajectStatus.valueOf(rs.getString("status")),
                rs.getObject("aangemeld_op", LocalDate.class), rs.getObject("aangemeld_door", UUID.class),
                rs.getObject("praktische_start", LocalDate.class), rs.getString("fase_code"),
                rs.getObject("fase_start", LocalDate.class), rs.getObject("einde_datum", LocalDate.class),
                reden == null ? null : EindeReden.valueOf(reden), rs.getString("einde_toelichting"), List.of(),
                List.of(), rs.getLong("versie"));
    }

    private static Traject met(Traject t, List<Toewijzing> toewijzingen, List<Verlenging> verlengingen) {
        return new Traject(t.id(), t.huishouden(), t.contractId(), t.gemeenteId(), t.uitvoerderId(), t.teamId(),
                t.status(), t.aangemeldOp(), t.aangemeldDoor(), t.praktischeStart(), t.faseCode(), t.faseStart(),
                t.eindeDatum(), t.eindeReden(), t.eindeToelichting(), toewijzingen, verlengingen, t.versie());
    }

    private Traject vul(Traject t) {
        List<Toewijzing> toewijzingen = jdbc.sql("""
                select id, medewerker_id, rol, vanaf, tot from toewijzing where traject_id = ? order by vanaf, id""")
            .param(t.id().value()).query(Toewijzing.class).list();
        List<Verlenging> verlengingen = jdbc.sql("""
                select id, maanden, besluit_op, besloten_door, reden from verlenging where traject_id = ?
                 order by besluit_op, id""")
            .param(t.id().value()).query(Verlenging.class).list();
        return met(t, toewijzingen, verlengingen);
    }

    private static @Nullable String naam(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }


    /** A period under one contract. */
    record ContractPeriode(UUID contractId, LocalDate vanaf, @Nullable LocalDate tot) {
    }
}
