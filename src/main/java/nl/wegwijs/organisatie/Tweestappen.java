package nl.wegwijs.organisatie;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for two-factor login. Only {@link TweestapService} uses it. */
@Repository
class Tweestappen {

    private final JdbcClient jdbc;

    Tweestappen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The encrypted secret of an enrolled medewerker. */
    Optional<String> geheim(UUID medewerker) {
        return jdbc.sql("select geheim from medewerker_tweestap where medewerker_id = ?")
            .param(medewerker).query(String.class).optional();
    }

    Set<UUID> ingesteld(Collection<UUID> medewerkers) {
        if (medewerkers.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select medewerker_id from medewerker_tweestap where medewerker_id = any(?)")
            .param(medewerkers.toArray(UUID[]::new)).query(UUID.class).list().stream().collect(Collectors.toSet());
    }

    /** Enrols; false when the medewerker was already enrolled (nothing changed). */
    boolean stelIn(UUID medewerker, String versleuteldGeheim, Instant op, long stap) {
        return jdbc.sql("""
                insert into medewerker_tweestap (medewerker_id, geheim, ingesteld_op, laatste_stap)
                values (?, ?, ?, ?) on conflict (medewerker_id) do nothing""")
            .params(medewerker, versleuteldGeheim, java.sql.Timestamp.from(op), stap).update() == 1;
    }

    /**
     * Records that the code of a time step was used; false when that step (or a later one) was used already, so the
     * same code is refused the second time, on whichever node.
     */
    boolean gebruikStap(UUID medewerker, long stap) {
        return jdbc.sql("update medewerker_tweestap set laatste_stap = ? where medewerker_id = ? and laatste_stap < ?")
            .params(stap, medewerker, stap).update() == 1;
    }

    boolean verwijder(UUID medewerker) {
        return jdbc.sql("delete from medewerker_tweestap where medewerker_id = ?").param(medewerker).update() == 1;
    }

    boolean verplicht(UUID organisatie) {
        return jdbc.sql("select exists (select 1 from tweestap_verplicht where organisatie_id = ?)")
            .param(organisatie).query(Boolean.class).single();
    }

    void zetVerplicht(UUID organisatie, Instant op, UUID door) {
        jdbc.sql("""
                insert into tweestap_verplicht (organisatie_id, sinds, door) values (?, ?, ?)
                on conflict (organisatie_id) do nothing""")
            .params(organisatie, java.sql.Timestamp.from(op), door).update();
    }

    void zetNietVerplicht(UUID organisatie) {
        jdbc.sql("delete from tweestap_verplicht where organisatie_id = ?").param(organisatie).update();
    }

    void gebeurtenis(String soort, @Nullable UUID medewerker, @Nullable UUID organisatie, UUID door, Instant op) {
        jdbc.sql("""
                insert into tweestap_gebeurtenis (id, tijdstip, soort, medewerker_id, organisatie_id, door)
                values (?, ?, ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), java.sql.Timestamp.from(op), soort, medewerker, organisatie, door).update();
    }
}
