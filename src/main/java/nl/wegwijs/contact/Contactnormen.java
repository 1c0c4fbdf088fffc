package nl.wegwijs.contact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.system.GelijktijdigGewijzigd;

/** The contact norm per contract (a contract without a row has {@link Contactnorm#STANDAARD_WEKEN}). */
@Repository
class Contactnormen {

    private final JdbcClient jdbc;

    Contactnormen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The norms set for these contracts, as weeks and version; contracts without one are absent. */
    Map<UUID, long[]> voor(Collection<UUID> contracten) {
        Map<UUID, long[]> normen = new HashMap<>();
        if (contracten.isEmpty()) {
            return normen;
        }
        jdbc.sql("select contract_id, weken, versie from contact_norm where contract_id = any(?)")
            .param(contracten.toArray(UUID[]::new))
            .query(rs -> {
                normen.put(rs.getObject("contract_id", UUID.class),
                        new long[] { rs.getInt("weken"), rs.getLong("versie") });
            });
        return normen;
    }

    /** Sets the norm at the version the user saw (0: the contract had none yet). */
    void zet(UUID contract, int weken, long versie, UUID door, Instant nu) {
        int n = versie == 0
                ? jdbc.sql("""
                        insert into contact_norm (contract_id, weken, gewijzigd_door, gewijzigd_op, versie)
                        values (?, ?, ?, ?, 1) on conflict (contract_id) do nothing""")
                    .params(contract, weken, door, Timestamp.from(nu)).update()
                : jdbc.sql("""
                        update contact_norm set weken = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                         where contract_id = ? and versie = ?""")
                    .params(weken, door, Timestamp.from(nu), contract, versie).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }
}
