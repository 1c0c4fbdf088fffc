package nl.wegwijs.organisatie;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;

/**
 * How long a gemeente keeps a household's personal data after its trajectory ended (in months, default 24). The
 * gemeente is the controller; the beheerder sets it in the gemeente screen. The retention job reads it.
 */
@Service
@Transactional(readOnly = true)
public class Bewaartermijnen {

    public static final int MINIMUM = 1;
    public static final int MAXIMUM = 600;

    private final JdbcClient jdbc;

    Bewaartermijnen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The retention period of the gemeente in months. */
    public int maanden(UUID gemeente) {
        return jdbc.sql("select bewaartermijn_maanden from gemeente where id = ?").param(gemeente)
            .query(Integer.class).optional().orElseThrow(NietGevonden::new);
    }

    /** Sets the retention period (beheerder only; others see no such gemeente: 404). */
    @Transactional
    public void zet(Medewerker ik, UUID gemeente, int maanden) {
        if (!ik.heeftRol(Rol.BEHEERDER)) {
            throw new NietGevonden();
        }
        if (maanden < MINIMUM || maanden > MAXIMUM) {
            throw new DomeinFout("beheer.bewaartermijn.bereik");
        }
        if (jdbc.sql("update gemeente set bewaartermijn_maanden = ?, versie = versie + 1 where id = ?")
            .params(maanden, gemeente).update() == 0) {
            throw new NietGevonden();
        }
    }
}
