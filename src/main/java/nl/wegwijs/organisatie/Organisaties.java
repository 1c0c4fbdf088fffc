package nl.wegwijs.organisatie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the organisatie module's tables. Only {@link OrganisatieService} uses it. */
@Repository
class Organisaties {

    private static final String CONTRACT = """
            select c.id, c.gemeente_id, c.uitvoerder_id, c.peildatum, c.ingang, c.einde, g.naam as gemeente_naam,
                   u.naam as uitvoerder_naam
              from contract c join gemeente g on g.id = c.gemeente_id join uitvoerder u on u.id = c.uitvoerder_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Organisaties(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // --- gemeenten, uitvoerders, teams

    List<Gemeente> gemeenten() {
        return jdbc.sql("select id, naam, cbs_code from gemeente order by naam").query(Gemeente.class).list();
    }

    Optional<Gemeente> gemeente(UUID id) {
        return jdbc.sql("select id, naam, cbs_code from gemeente where id = ?").param(id).query(Gemeente.class)
            .optional();
    }

    void voegToe(Gemeente g) {
        jdbc.sql("insert into gemeente (id, naam, cbs_code) values (?, ?, ?)")
            .params(g.id(), g.naam(), g.cbsCode()).update();
    }

    List<Uitvoerder> uitvoerders() {
        return jdbc.sql("select id, naam, gemeente_id from uitvoerder order by naam").query(Uitvoerder.class).list();
    }

    Optional<Uitvoerder> uitvoerder(UUID id) {
        return jdbc.sql("select id, naam, gemeente_id from uitvoerder where id = ?").param(id)
            .query(Uitvoerder.class).optional();
    }

    Optional<Identificatiebeleid> identificatiebeleid(UUID uitvoerderId) {
        return jdbc.sql("""
                select id as uitvoerder_id, vrijwilliger_identificatie as vrijwilligers,
                       vrijwilliger_identificatie_reden as reden, vrijwilliger_identificatie_door as door,
                       vrijwilliger_identificatie_op as op, versie
                  from uitvoerder where id = ?""").param(uitvoerderId).query(Identificatiebeleid.class).optional();
    }

    java.util.Set<UUID> uitvoerdersMetVrijwilligerIdentificatie() {
        return new java.util.HashSet<>(jdbc.sql("select id from uitvoerder where vrijwilliger_identificatie")
            .query(UUID.class).list());
    }

    /** Whether this uitvoerder lets its volunteers see BSN and V-nummer (false for an unknown one). */
    boolean vrijwilligerIdentificatie(UUID uitvoerderId) {
        return jdbc.sql("select vrijwilliger_identificatie from uitvoerder where id = ?").param(uitvoerderId)
            .query(Boolean.class).optional().orElse(false);
    }

    /** Sets the policy at the version read, and records the change; 0 when the version is stale. */
    int wijzigIdentificatiebeleid(UUID uitvoerderId, long versie, boolean toegestaan, @Nullable String reden,
            UUID door, java.time.Instant op) {
        int n = jdbc.sql("""
                update uitvoerder set vrijwilliger_identificatie = ?, vrijwilliger_identificatie_reden = ?,
                       vrijwilliger_identificatie_door = ?, vrijwilliger_identificatie_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(toegestaan, reden, door, java.sql.Timestamp.from(op), uitvoerderId, versie).update();
        if (n == 1) {
            jdbc.sql("""
                    insert into uitvoerder_identificatiebeleid (id, uitvoerder_id, toegestaan, reden, door, op)
                    values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), uitvoerderId, toegestaan, reden, door, java.sql.Timestamp.from(op))
                .update();
        }
        return n;
    }

    List<Identificatiebeleid.Wijziging> identificatiebeleidHistorie(UUID uitvoerderId) {
        return jdbc.sql("""
                select b.toegestaan, b.reden, m.naam as door_naam, b.op
                  from uitvoerder_identificatiebeleid b join medewerker m on m.id = b.door
                 where b.uitvoerder_id = ? order by b.op desc""")
            .param(uitvoerderId).query(Identificatiebeleid.Wijziging.class).list();
    }

    void voegToe(Uitvoerder u) {
        jdbc.sql("insert into uitvoerder (id, naam, gemeente_id) values (?, ?, ?)")
            .params(u.id(), u.naam(), u.gemeenteId()).update();
    }

    List<Team> teams(UUID uitvoerderId) {
        return jdbc.sql("select id, uitvoerder_id, naam from team where uitvoerder_id = ? order by naam")
            .param(uitvoerderId).query(Team.class).list();
    }

    List<Team> teamsVan(UUID medewerkerId) {
        return jdbc.sql("""
                select t.id, t.uitvoerder_id, t.naam from team t join medewerker_team mt on mt.team_id = t.id
                 where mt.medewerker_id = ? order by t.naam""").param(medewerkerId).query(Team.class).list();
    }

    void voegToe(Team t) {
        jdbc.sql("insert into team (id, uitvoerder_id, naam) values (?, ?, ?)")
            .params(t.id(), t.uitvoerderId(), t.naam()).update();
    }

    // --- contracten en regimes

    List<Contract> contracten() {
        return jdbc.sql(CONTRACT + " order by g.naam, c.ingang").query(this::mapContract).list();
    }

    List<Contract> contractenVanGemeente(UUID gemeenteId) {
        return jdbc.sql(CONTRACT + " where c.gemeente_id = ? order by c.ingang").param(gemeenteId)
            .query(this::mapContract).list();
    }

    List<Contract> contractenVanUitvoerder(UUID uitvoerderId) {
        return jdbc.sql(CONTRACT + " where c.uitvoerder_id = ? order by g.naam, c.ingang").param(uitvoerderId)
            .query(this::mapContract).list();
    }

    Optional<Contract> contract(UUID id) {
        return jdbc.sql(CONTRACT + " where c.id = ?").param(id).query(this::mapContract).optional();
    }

    /**
     * A contract with its gemeente's regime versions and its voorwaarden versions, in one statement (the versions as
     * JSON arrays, each ordered by the day it applies from), instead of three.
     */
    Optional<Regime> regime(UUID contractId) {
        return jdbc.sql("""
                select c.id, c.gemeente_id, c.uitvoerder_id, c.peildatum, c.ingang, c.einde, g.naam as gemeente_naam,
                       u.naam as uitvoerder_naam, gr.regimes, cv.voorwaarden
                  from contract c join gemeente g on g.id = c.gemeente_id join uitvoerder u on u.id = c.uitvoerder_id,
                  lateral (select coalesce(json_agg(json_build_object('id', r.id, 'gemeenteId', r.gemeente_id,
                                   'geldigVanaf', r.geldig_vanaf, 'pipWeken', r.pip_weken,
                                   'ontzorgenMaanden', r.ontzorgen_maanden,
                                   'inburgeringstermijnMaanden', r.inburgeringstermijn_maanden)
                                   order by r.geldig_vanaf), '[]')::text as regimes
                              from gemeente_regime r where r.gemeente_id = c.gemeente_id) gr,
                  lateral (select coalesce(json_agg(json_build_object('id', v.id, 'contractId', v.contract_id,
                                   'geldigVanaf', v.geldig_vanaf, 'begeleidingMaanden', v.begeleiding_maanden,
                                   'telVanaf', v.tel_vanaf, 'starttrigger', v.starttrigger,
                                   'startNaWeken', v.start_na_weken, 'verlengingMaxMaanden', v.verlenging_max_maanden,
                                   'verlengingVoorwaarde', v.verlenging_voorwaarde,
                                   'verlengingBesluitDoor', v.verlenging_besluit_door,
                                   'afsluitingVoorloopWeken', v.afsluiting_voorloop_weken, 'fasen', v.fasen)
                                   order by v.geldig_vanaf), '[]')::text as voorwaarden
                              from contract_voorwaarden v where v.contract_id = c.id) cv
                 where c.id = ?""")
            .param(contractId)
            .query((rs, n) -> new Regime(mapContract(rs, n),
                    json.readValue(rs.getString("regimes"), new TypeReference<List<GemeenteRegime>>() {
                    }), json.readValue(rs.getString("voorwaarden"), new TypeReference<List<ContractVoorwaarden>>() {
                    })))
            .optional();
    }

    void voegToe(Contract c) {
        jdbc.sql("insert into contract (id, gemeente_id, uitvoerder_id, peildatum, ingang, einde) values (?,?,?,?,?,?)")
            .params(c.id(), c.gemeenteId(), c.uitvoerderId(), c.peildatum().name(), c.ingang(), c.einde()).update();
    }

    int beeindig(UUID contractId, LocalDate einde) {
        return jdbc.sql("update contract set einde = ?, versie = versie + 1 where id = ? and einde is null")
            .params(einde, contractId).update();
    }

    List<GemeenteRegime> gemeenteVersies(UUID gemeenteId) {
        return jdbc.sql("""
                select id, gemeente_id, geldig_vanaf, pip_weken, ontzorgen_maanden, inburgeringstermijn_maanden
                  from gemeente_regime where gemeente_id = ? order by geldig_vanaf""")
            .param(gemeenteId).query(GemeenteRegime.class).list();
    }

    void voegToe(GemeenteRegime r) {
        jdbc.sql("""
                insert into gemeente_regime (id, gemeente_id, geldig_vanaf, pip_weken, ontzorgen_maanden,
                                             inburgeringstermijn_maanden) values (?, ?, ?, ?, ?, ?)""")
            .params(r.id(), r.gemeenteId(), r.geldigVanaf(), r.pipWeken(), r.ontzorgenMaanden(),
                    r.inburgeringstermijnMaanden())
            .update();
    }

    List<ContractVoorwaarden> voorwaarden(UUID contractId) {
        return jdbc.sql("""
                select id, contract_id, geldig_vanaf, begeleiding_maanden, tel_vanaf, starttrigger, start_na_weken,
                       verlenging_max_maanden, verlenging_voorwaarde, verlenging_besluit_door,
                       afsluiting_voorloop_weken, fasen::text as fasen
                  from contract_voorwaarden where contract_id = ? order by geldig_vanaf""")
            .param(contractId).query(this::mapVoorwaarden).list();
    }

    /** Deletes a regime version that starts after {@code vandaag}; 0 when it is in force (or gone). */
    int trekGemeenteRegimeIn(UUID gemeenteId, UUID versieId, java.time.LocalDate vandaag) {
        return jdbc.sql("delete from gemeente_regime where id = ? and gemeente_id = ? and geldig_vanaf > ?")
            .params(versieId, gemeenteId, vandaag).update();
    }

    /** Deletes a voorwaarden version that starts after {@code vandaag}; 0 when it is in force (or gone). */
    int trekVoorwaardenIn(UUID contractId, UUID versieId, java.time.LocalDate vandaag) {
        return jdbc.sql("delete from contract_voorwaarden where id = ? and contract_id = ? and geldig_vanaf > ?")
            .params(versieId, contractId, vandaag).update();
    }

    void voegToe(ContractVoorwaarden v) {
        jdbc.sql("""
                insert into contract_voorwaarden (id, contract_id, geldig_vanaf, begeleiding_maanden, tel_vanaf,
                       starttrigger, start_na_weken, verlenging_max_maanden, verlenging_voorwaarde,
                       verlenging_besluit_door, afsluiting_voorloop_weken, fasen)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
            .params(v.id(), v.contractId(), v.geldigVanaf(), v.begeleidingMaanden(), v.telVanaf().name(),
                    v.starttrigger().name(), v.startNaWeken(), v.verlengingMaxMaanden(), v.verlengingVoorwaarde(),
                    v.verlengingBesluitDoor(), v.afsluitingVoorloopWeken(), json.writeValueAsString(v.fasen()))
            .update();
    }

    void zetTaakstelling(UUID gemeenteId, int jaar, int halfjaar, int aantal) {
        jdbc.sql("""
                insert into taakstelling (gemeente_id, jaar, halfjaar, aantal) values (?, ?, ?, ?)
                on conflict (gemeente_id, jaar, halfjaar) do update set aantal = excluded.aantal""")
            .params(gemeenteId, jaar, halfjaar, aantal).update();
    }

    List<Taakstelling> taakstellingen(UUID gemeenteId) {
        return jdbc.sql("select gemeente_id, jaar, halfjaar, aantal from taakstelling where gemeente_id = ? "
                + "order by jaar desc, halfjaar desc").param(gemeenteId).query(Taakstelling.class).list();
    }

    // --- medewerkers

    /** A login account; {@code technisch}: an API client's account, which never logs in with a password. */
    record Account(Medewerker medewerker, String wachtwoordHash, boolean actief, boolean technisch) {
    }

    Optional<Account> account(String gebruikersnaam) {
        return jdbc.sql("""
                select id, gebruikersnaam, naam, rol, gemeente_id, uitvoerder_id, wachtwoord_hash, actief, technisch
                  from medewerker where gebruikersnaam = ?""")
            .param(gebruikersnaam)
            .query((rs, n) -> new Account(medewerker(rs), rs.getString("wachtwoord_hash"), rs.getBoolean("actief"),
                    rs.getBoolean("technisch")))
            .optional();
    }

    Optional<Medewerker> medewerker(UUID id) {
        return jdbc.sql("select id, gebruikersnaam, naam, rol, gemeente_id, uitvoerder_id from medewerker where id = ?")
            .param(id).query((rs, n) -> medewerker(rs)).optional();
    }

    void voegToe(Medewerker m, String wachtwoordHash, java.math.@Nullable BigDecimal fte, Collection<UUID> teams) {
        jdbc.sql("""
                insert into medewerker (id, gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_id, uitvoerder_id, fte)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(m.id(), m.gebruikersnaam(), wachtwoordHash, m.naam(), m.rol().name(), m.gemeenteId(),
                    m.uitvoerderId(), fte)
            .update();
        for (UUID team : teams) {
            jdbc.sql("insert into medewerker_team (medewerker_id, team_id) values (?, ?)").params(m.id(), team).update();
        }
    }

    /** An API client's technical account: no teams, no FTE, never a password login. */
    void voegTechnischToe(Medewerker m, String wachtwoordHash) {
        jdbc.sql("""
                insert into medewerker (id, gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_id, uitvoerder_id,
                                        technisch)
                values (?, ?, ?, ?, ?, ?, ?, true)""")
            .params(m.id(), m.gebruikersnaam(), wachtwoordHash, m.naam(), m.rol().name(), m.gemeenteId(),
                    m.uitvoerderId())
            .update();
    }

    /** Ends an API client's technical account (only such an account). */
    boolean beeindigTechnisch(UUID id) {
        return jdbc.sql("update medewerker set actief = false, versie = versie + 1 where id = ? and technisch")
            .param(id).update() == 1;
    }

    java.util.Map<UUID, String> namen(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> namen = new java.util.HashMap<>();
        jdbc.sql("select id, naam from medewerker where id = any(?)").param(ids.toArray(UUID[]::new))
            .query(rs -> {
                namen.put(rs.getObject("id", UUID.class), rs.getString("naam"));
            });
        return namen;
    }

    List<MedewerkerOverzicht> medewerkersVanUitvoerder(UUID uitvoerderId) {
        return jdbc.sql("""
                select m.id, m.naam, m.rol, m.fte,
                       coalesce((select string_agg(t.naam, ', ' order by t.naam) from medewerker_team mt
                                   join team t on t.id = mt.team_id where mt.medewerker_id = m.id), '') as teams
                  from medewerker m where m.uitvoerder_id = ? and m.actief and not m.technisch
                 order by m.rol, m.naam""")
            .param(uitvoerderId).query(MedewerkerOverzicht.class).list();
    }

    // --- issue 17: the team-first guide picker (a short list of the team, a name search over the rest)

    private static final String TOEWIJSBAAR = """
            select m.id, m.naam, m.rol, m.fte,
                   coalesce((select string_agg(t.naam, ', ' order by t.naam) from medewerker_team mt
                               join team t on t.id = mt.team_id where mt.medewerker_id = m.id), '') as teams
              from medewerker m
             where m.uitvoerder_id = :uitvoerder and m.actief and not m.technisch
               and m.rol in ('BEGELEIDER', 'VRIJWILLIGER', 'TEAMLEIDER')""";

    /** Active guiding staff of an uitvoerder in one team, by name. */
    List<MedewerkerOverzicht> toewijsbaarInTeam(UUID uitvoerderId, UUID teamId, int max) {
        return jdbc.sql(TOEWIJSBAAR + """
                 and exists (select 1 from medewerker_team mt where mt.medewerker_id = m.id and mt.team_id = :team)
                 order by m.naam, m.id limit :max""")
            .param("uitvoerder", uitvoerderId).param("team", teamId).param("max", max)
            .query(MedewerkerOverzicht.class).list();
    }

    /** An ilike pattern for names that contain {@code tekst} literally (its % and _ are no wildcards). */
    private static String bevat(String tekst) {
        return "%" + tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Active guiding staff of an uitvoerder whose name contains the text (trigram index), by name. */
    List<MedewerkerOverzicht> zoekToewijsbaar(UUID uitvoerderId, String tekst, int max) {
        return jdbc.sql(TOEWIJSBAAR + " and m.naam ilike :patroon order by m.naam, m.id limit :max")
            .param("uitvoerder", uitvoerderId).param("patroon", bevat(tekst)).param("max", max)
            .query(MedewerkerOverzicht.class).list();
    }

    /** One active guiding medewerker of an uitvoerder. */
    java.util.Optional<MedewerkerOverzicht> toewijsbaar(UUID uitvoerderId, UUID medewerkerId) {
        return jdbc.sql(TOEWIJSBAAR + " and m.id = :id").param("uitvoerder", uitvoerderId).param("id", medewerkerId)
            .query(MedewerkerOverzicht.class).optional();
    }

    List<MedewerkerOverzicht> medewerkers() {
        return jdbc.sql("""
                select m.id, m.naam, m.rol, m.fte,
                       coalesce(g.naam, u.naam) as teams
                  from medewerker m left join gemeente g on g.id = m.gemeente_id
                  left join uitvoerder u on u.id = m.uitvoerder_id order by coalesce(g.naam, u.naam), m.rol, m.naam""")
            .query(MedewerkerOverzicht.class).list();
    }

    List<Team> alleTeams() {
        return jdbc.sql("select id, uitvoerder_id, naam from team order by uitvoerder_id, naam").query(Team.class).list();
    }

    /**
     * Medewerkers (also inactive ones) whose name contains {@code deel}, case-insensitive, by name; at most
     * {@code max}. Served by the trigram index {@code medewerker_naam_trgm}.
     */
    List<Medewerker> zoekOpNaam(String deel, int max) {
        return jdbc.sql("""
                select id, gebruikersnaam, naam, rol, gemeente_id, uitvoerder_id from medewerker
                 where naam ilike :patroon order by naam, gebruikersnaam limit :max""")
            .param("patroon", bevat(deel)).param("max", max).query((rs, n) -> medewerker(rs)).list();
    }

    List<Medewerker> medewerkersVanOrganisatie(UUID organisatieId) {
        return jdbc.sql("""
                select id, gebruikersnaam, naam, rol, gemeente_id, uitvoerder_id from medewerker
                 where (gemeente_id = :org or uitvoerder_id = :org) and actief and not technisch
                 order by rol, naam""")
            .param("org", organisatieId).query((rs, n) -> medewerker(rs)).list();
    }

    private static Medewerker medewerker(ResultSet rs) throws SQLException {
        return new Medewerker(rs.getObject("id", UUID.class), rs.getString("gebruikersnaam"), rs.getString("naam"),
                Rol.valueOf(rs.getString("rol")), rs.getObject("gemeente_id", UUID.class),
                rs.getObject("uitvoerder_id", UUID.class));
    }

    private Contract mapContract(ResultSet rs, int n) throws SQLException {
        return new Contract(rs.getObject("id", UUID.class), rs.getObject("gemeente_id", UUID.class),
                rs.getObject("uitvoerder_id", UUID.class), Startmoment.valueOf(rs.getString("peildatum")),
                rs.getObject("ingang", LocalDate.class), rs.getObject("einde", LocalDate.class),
                rs.getString("gemeente_naam"), rs.getString("uitvoerder_naam"));
    }

    private ContractVoorwaarden mapVoorwaarden(ResultSet rs, int n) throws SQLException {
        List<FaseNorm> fasen = json.readValue(rs.getString("fasen"), new TypeReference<List<FaseNorm>>() {
        });
        return new ContractVoorwaarden(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
                rs.getObject("geldig_vanaf", LocalDate.class), (Integer) rs.getObject("begeleiding_maanden"),
                Startmoment.valueOf(rs.getString("tel_vanaf")), Startmoment.valueOf(rs.getString("starttrigger")),
                rs.getInt("start_na_weken"), rs.getInt("verlenging_max_maanden"),
                rs.getString("verlenging_voorwaarde"), rs.getString("verlenging_besluit_door"),
                rs.getInt("afsluiting_voorloop_weken"), fasen);
    }
}
