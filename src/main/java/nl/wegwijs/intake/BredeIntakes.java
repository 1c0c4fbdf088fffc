package nl.wegwijs.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * Brede intakes by hand-written SQL, with the earlier signals in a table of their own (replaced as a whole on every
 * save). A household's intakes are read in two statements whatever the number of persons. Only {@link IntakeService}
 * uses it.
 */
@Repository
class BredeIntakes {

    private static final String INTAKE = """
            select id, huishouden_id, persoon_id, gehouden_op, regievoerder_id, aanwezig_persoon, aanwezig_partner,
                   aanwezig_begeleider, begeleider_instemming, aanwezig_overig, tolk, tolk_taal, opleidingsniveau,
                   opleiding_werk, talen, geletterdheid, taal_toelichting, gezondheid_aandacht, gezondheid_toelichting,
                   gezin, nareizigers_verwacht, nareizigers_toelichting, digitaal, digitaal_toelichting, verwachtingen,
                   kinderopvang_nodig, kinderopvang_toelichting, vastgelegd_door, vastgelegd_op, gewijzigd_door,
                   gewijzigd_op, versie
              from brede_intake""";

    private final JdbcClient jdbc;

    BredeIntakes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The intakes of a household's persons, by person. */
    Map<UUID, BredeIntake> vanHuishouden(HuishoudenId huishouden) {
        List<Rij> rijen = jdbc.sql(INTAKE + " where huishouden_id = ?").param(huishouden.value())
            .query(BredeIntakes::rij).list();
        Map<UUID, List<EerderSignaal>> signalen = signalen(rijen.stream().map(r -> r.id().value()).toList());
        Map<UUID, BredeIntake> uit = new HashMap<>();
        rijen.forEach(r -> uit.put(r.persoonId(), r.intake(signalen.getOrDefault(r.id().value(), List.of()))));
        return uit;
    }

    Optional<BredeIntake> vanPersoon(UUID persoon) {
        return jdbc.sql(INTAKE + " where persoon_id = ?").param(persoon).query(BredeIntakes::rij).optional()
            .map(r -> r.intake(signalen(List.of(r.id().value())).getOrDefault(r.id().value(), List.of())));
    }

    private Map<UUID, List<EerderSignaal>> signalen(List<UUID> intakes) {
        Map<UUID, List<EerderSignaal>> uit = new HashMap<>();
        if (intakes.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                select intake_id, bron, datum, tekst from brede_intake_signaal
                 where intake_id = any(?) order by intake_id, volgnummer""")
            .param(intakes.toArray(UUID[]::new))
            .query((rs, n) -> {
                uit.computeIfAbsent(rs.getObject("intake_id", UUID.class), k -> new ArrayList<>())
                    .add(new EerderSignaal(SignaalBron.valueOf(rs.getString("bron")),
                            rs.getObject("datum", LocalDate.class), rs.getString("tekst")));
                return 0;
            }).list();
        return uit;
    }

    /** Records a first intake; a second for the same person (someone was just ahead) is refused as concurrent. */
    void insert(BredeIntake b) {
        IntakeGegevens g = b.gegevens();
        Gezondheid gz = java.util.Objects.requireNonNull(g.gezondheid());
        try {
            jdbc.sql("""
                    insert into brede_intake (id, huishouden_id, persoon_id, gehouden_op, regievoerder_id,
                           aanwezig_persoon, aanwezig_partner, aanwezig_begeleider, begeleider_instemming,
                           aanwezig_overig, tolk, tolk_taal, opleidingsniveau, opleiding_werk, talen, geletterdheid,
                           taal_toelichting, gezondheid_aandacht, gezondheid_toelichting, gezin, nareizigers_verwacht,
                           nareizigers_toelichting, digitaal, digitaal_toelichting, verwachtingen, kinderopvang_nodig,
                           kinderopvang_toelichting, vastgelegd_door, vastgelegd_op, versie)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(b.id().value(), b.huishouden().value(), b.persoonId(), g.gehoudenOp(), b.regievoerderId(),
                        g.aanwezig().persoon(), g.aanwezig().partner(), g.aanwezig().begeleider(),
                        g.aanwezig().instemming(), g.aanwezig().overig(), g.tolk().name(), g.tolkTaal(),
                        g.opleidingsniveau().name(), g.opleidingWerk(), g.talen().toArray(String[]::new),
                        g.geletterdheid().name(), g.taalToelichting(), gz.aandacht(), gz.toelichting(), g.gezin(),
                        g.nareizigersVerwacht(), g.nareizigersToelichting(), g.digitaal().name(),
                        g.digitaalToelichting(), g.verwachtingen(), g.kinderopvangNodig(),
                        g.kinderopvangToelichting(), b.vastgelegdDoor(), Timestamp.from(b.vastgelegdOp()))
                .update();
        }
        catch (DuplicateKeyException bestaat) {
            throw new GelijktijdigGewijzigd();
        }
        schrijfSignalen(b.id(), g.signalen());
    }

    /** Writes the findings when nobody changed the intake since {@code versie}; otherwise refuses. */
    void update(BredeIntake.Id id, long versie, IntakeGegevens g, UUID door, Instant op) {
        Gezondheid gz = java.util.Objects.requireNonNull(g.gezondheid());
        int n = jdbc.sql("""
                update brede_intake set gehouden_op = ?, aanwezig_persoon = ?, aanwezig_partner = ?,
                       aanwezig_begeleider = ?, begeleider_instemming = ?, aanwezig_overig = ?, tolk = ?,
                       tolk_taal = ?, opleidingsniveau = ?, opleiding_werk = ?, talen = ?, geletterdheid = ?,
                       taal_toelichting = ?, gezondheid_aandacht = ?, gezondheid_toelichting = ?, gezin = ?,
                       nareizigers_verwacht = ?, nareizigers_toelichting = ?, digitaal = ?, digitaal_toelichting = ?,
                       verwachtingen = ?, kinderopvang_nodig = ?, kinderopvang_toelichting = ?, gewijzigd_door = ?,
                       gewijzigd_op = ?, versie = versie + 1
                 where id = ? and versie = ?""")
            .params(g.gehoudenOp(), g.aanwezig().persoon(), g.aanwezig().partner(), g.aanwezig().begeleider(),
                    g.aanwezig().instemming(), g.aanwezig().overig(), g.tolk().name(), g.tolkTaal(),
                    g.opleidingsniveau().name(), g.opleidingWerk(), g.talen().toArray(String[]::new),
                    g.geletterdheid().name(), g.taalToelichting(), gz.aandacht(), gz.toelichting(), g.gezin(),
                    g.nareizigersVerwacht(), g.nareizigersToelichting(), g.digitaal().name(), g.digitaalToelichting(),
                    g.verwachtingen(), g.kinderopvangNodig(), g.kinderopvangToelichting(), door, Timestamp.from(op),
                    id.value(), versie)
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
        jdbc.sql("delete from brede_intake_signaal where intake_id = ?").param(id.value()).update();
        schrijfSignalen(id, g.signalen());
    }

    private void schrijfSignalen(BredeIntake.Id id, List<EerderSignaal> signalen) {
        if (signalen.isEmpty()) {
            return;
        }
        int nr = 0;
        UUID[] ids = new UUID[signalen.size()];
        Integer[] nummers = new Integer[signalen.size()];
        String[] bronnen = new String[signalen.size()];
        String[] datums = new String[signalen.size()];
        String[] teksten = new String[signalen.size()];
        for (EerderSignaal s : signalen) {
            ids[nr] = id.value();
            nummers[nr] = nr + 1;
            bronnen[nr] = s.bron().name();
            datums[nr] = s.datum().toString();
            teksten[nr] = s.tekst();
            nr++;
        }
        jdbc.sql("""
                insert into brede_intake_signaal (intake_id, volgnummer, bron, datum, tekst)
                select * from unnest(?::uuid[], ?::int[], ?::text[], ?::date[], ?::text[])""")
            .params(ids, nummers, bronnen, datums, teksten).update();
    }

    /** A row without its signals. */
    private record Rij(BredeIntake.Id id, HuishoudenId huishouden, UUID persoonId, UUID regievoerderId,
            IntakeGegevens gegevens, UUID vastgelegdDoor, Instant vastgelegdOp, @Nullable UUID gewijzigdDoor,
            @Nullable Instant gewijzigdOp, long versie) {

        BredeIntake intake(List<EerderSignaal> signalen) {
            IntakeGegevens g = gegevens;
            return new BredeIntake(id, huishouden, persoonId, regievoerderId, new IntakeGegevens(g.gehoudenOp(),
                    g.aanwezig(), g.tolk(), g.tolkTaal(), g.opleidingsniveau(), g.opleidingWerk(), g.talen(),
                    g.geletterdheid(), g.taalToelichting(), g.gezondheid(), g.gezin(), g.nareizigersVerwacht(),
                    g.nareizigersToelichting(), g.digitaal(), g.digitaalToelichting(), g.verwachtingen(),
                    g.kinderopvangNodig(), g.kinderopvangToelichting(), signalen), vastgelegdDoor, vastgelegdOp,
                    gewijzigdDoor, gewijzigdOp, versie);
        }
    }

    private static Rij rij(ResultSet rs, int n) throws SQLException {
        Array talen = rs.getArray("talen");
        Timestamp gewijzigd = rs.getTimestamp("gewijzigd_op");
        IntakeGegevens g = new IntakeGegevens(rs.getObject("gehouden_op", LocalDate.class),
                new Aanwezigen(rs.getBoolean("aanwezig_persoon"), rs.getBoolean("aanwezig_partner"),
                        rs.getBoolean("aanwezig_begeleider"), rs.getBoolean("begeleider_instemming"),
                        rs.getString("aanwezig_overig")),
                Tolk.valueOf(rs.getString("tolk")), rs.getString("tolk_taal"),
                Opleidingsniveau.valueOf(rs.getString("opleidingsniveau")), rs.getString("opleiding_werk"),
                talen == null ? List.of() : List.of((String[]) talen.getArray()),
                Geletterdheid.valueOf(rs.getString("geletterdheid")), rs.getString("taal_toelichting"),
                new Gezondheid(rs.getBoolean("gezondheid_aandacht"), rs.getString("gezondheid_toelichting")),
                rs.getString("gezin"), rs.getBoolean("nareizigers_verwacht"), rs.getString("nareizigers_toelichting"),
                DigitaleVaardigheid.valueOf(rs.getString("digitaal")), rs.getString("digitaal_toelichting"),
                rs.getString("verwachtingen"), rs.getBoolean("kinderopvang_nodig"),
                rs.getString("kinderopvang_toelichting"), List.of());
        return new Rij(new BredeIntake.Id(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getObject("persoon_id", UUID.class),
                rs.getObject("regievoerder_id", UUID.class), g, rs.getObject("vastgelegd_door", UUID.class),
                rs.getTimestamp("vastgelegd_op").toInstant(), rs.getObject("gewijzigd_door", UUID.class),
                gewijzigd == null ? null : gewijzigd.toInstant(), rs.getLong("versie"));
    }
}
