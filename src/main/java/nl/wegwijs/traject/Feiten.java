package nl.wegwijs.traject;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.system.GelijktijdigGewijzigd;

/** The recorded facts of the legal timeline per person ({@link PersoonFeiten}), by hand-written SQL. */
@Repository
class Feiten {

    private final JdbcClient jdbc;

    Feiten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of a trajectory by person; persons without any are absent. One statement. */
    Map<UUID, PersoonFeiten> van(TrajectId traject) {
        Map<UUID, PersoonFeiten> feiten = new HashMap<>();
        jdbc.sql("""
                select persoon_id, pip_vastgesteld_op, pip_vastgelegd_door, inburgering_afgerond_op,
                       inburgering_afronding, inburgering_vastgelegd_door, versie
                  from traject_persoon_feit where traject_id = ?""")
            .param(traject.value())
            .query(rs -> {
                String afronding = rs.getString("inburgering_afronding");
                UUID persoon = rs.getObject("persoon_id", UUID.class);
                feiten.put(persoon, new PersoonFeiten(persoon, rs.getObject("pip_vastgesteld_op", LocalDate.class),
                        rs.getObject("pip_vastgelegd_door", UUID.class),
                        rs.getObject("inburgering_afgerond_op", LocalDate.class),
                        afronding == null ? null : InburgeringAfronding.valueOf(afronding),
                        rs.getObject("inburgering_vastgelegd_door", UUID.class), rs.getLong("versie")));
            });
        return feiten;
    }

    /**
     * Stores a person's facts if the row still has the version the user saw ({@code versie} 0: nothing recorded
     * yet); otherwise {@link GelijktijdigGewijzigd}.
     */
    void bewaar(TrajectId traject, PersoonFeiten f, long versie, Instant nu) {
        Object[] waarden = { f.pipVastgesteldOp(), f.pipVastgelegdDoor(), f.inburgeringAfgerondOp(),
                f.inburgeringAfronding() == null ? null : f.inburgeringAfronding().name(),
                f.inburgeringVastgelegdDoor(), Timestamp.from(nu) };
        int n;
        if (versie == 0) {
            n = jdbc.sql("""
                    insert into traject_persoon_feit as f (pip_vastgesteld_op, pip_vastgelegd_door,
                           inburgering_afgerond_op, inburgering_afronding, inburgering_vastgelegd_door, gewijzigd_op,
                           traject_id, persoon_id, versie)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 1)
                    on conflict (traject_id, persoon_id) do nothing""")
                .params(waarden).param(traject.value()).param(f.persoonId()).update();
        }
        else {
            n = jdbc.sql("""
                    update traject_persoon_feit
                       set pip_vastgesteld_op = ?, pip_vastgelegd_door = ?, inburgering_afgerond_op = ?,
                           inburgering_afronding = ?, inburgering_vastgelegd_door = ?, gewijzigd_op = ?,
                           versie = versie + 1
                     where traject_id = ? and persoon_id = ? and versie = ?""")
                .params(waarden).param(traject.value()).param(f.persoonId()).param(versie).update();
        }
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }
}
