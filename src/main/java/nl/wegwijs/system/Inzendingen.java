package nl.wegwijs.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code formulier_inzending}: one row per (user, form token) that was posted. Every statement runs on its
 * own (auto-commit, no surrounding transaction), so a claim is visible to a second request, on any node, before the
 * first request's handler runs.
 */
@Repository
class Inzendingen {

    enum Uitkomst {
        /** The first request is still running. */
        BEZIG,
        /** The first request answered with a redirect (post-redirect-get) to {@code locatie}. */
        DOORVERWEZEN,
        /** The first request was an htmx request that succeeded with a fragment: a repeat answers 204. */
        GEEN_INHOUD
    }

    record Inzending(Uitkomst uitkomst, @Nullable String locatie, String vingerafdruk, Instant aangemaaktOp) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Inzendingen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return true when this request is the first with this token for this user, false when a row existed */
    boolean claim(String gebruiker, UUID token, String vingerafdruk) {
        return jdbc.sql("insert into formulier_inzending (gebruiker, token, vingerafdruk, aangemaakt_op) "
                + "values (?, ?, ?, ?) on conflict do nothing")
            .params(gebruiker, token, vingerafdruk, nu()).update() == 1;
    }

    Optional<Inzending> find(String gebruiker, UUID token) {
        return jdbc.sql("select uitkomst, locatie, vingerafdruk, aangemaakt_op from formulier_inzending "
                + "where gebruiker = ? and token = ?")
            .params(gebruiker, token)
            .query((rs, i) -> new Inzending(Uitkomst.valueOf(rs.getString("uitkomst")), rs.getString("locatie"),
                    rs.getString("vingerafdruk"), rs.getObject("aangemaakt_op", OffsetDateTime.class).toInstant()))
            .optional();
    }

    void doorverwezen(String gebruiker, UUID token, String locatie) {
        jdbc.sql("update formulier_inzending set uitkomst = 'DOORVERWEZEN', locatie = ? where gebruiker = ? and token = ?")
            .params(locatie, gebruiker, token).update();
    }

    void geenInhoud(String gebruiker, UUID token) {
        jdbc.sql("update formulier_inzending set uitkomst = 'GEEN_INHOUD' where gebruiker = ? and token = ?")
            .params(gebruiker, token).update();
    }

    /** The first request did not succeed: the same form may be sent again. */
    void geefVrij(String gebruiker, UUID token) {
        jdbc.sql("delete from formulier_inzending where gebruiker = ? and token = ? and uitkomst = 'BEZIG'")
            .params(gebruiker, token).update();
    }

    /**
     * A claim still "running" long after any request could take (its node stopped mid-request) is given up, so the
     * form can be sent again. @return whether such a claim was removed
     */
    boolean geefVerlatenVrij(String gebruiker, UUID token, Duration ouderDan) {
        return jdbc.sql("delete from formulier_inzending where gebruiker = ? and token = ? and uitkomst = 'BEZIG' "
                + "and aangemaakt_op < ?")
            .params(gebruiker, token, nu().minus(ouderDan)).update() == 1;
    }

    /** @return how many rows older than {@code bewaren} were removed */
    int ruimOp(Duration bewaren) {
        return jdbc.sql("delete from formulier_inzending where aangemaakt_op < ?")
            .param(nu().minus(bewaren)).update();
    }

    private OffsetDateTime nu() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
