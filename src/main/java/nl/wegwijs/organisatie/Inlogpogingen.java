package nl.wegwijs.organisatie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import nl.wegwijs.system.Inlogrem;

/**
 * Counts failed logins per username in PostgreSQL (so two nodes brake together) and answers {@link Inlogrem}: five
 * failures within fifteen minutes refuse that username until the oldest of them is fifteen minutes old. A successful
 * login clears the count. Failures are counted per network address too (thirty within fifteen minutes refuse the
 * address), against guessing across many usernames. Usernames and addresses are stored hashed; a beheerder can lift
 * the brake on an account ({@link Inlogblokkades}).
 */
@Component
class Inlogpogingen implements Inlogrem {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inlogpogingen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean geremd(String gebruikersnaam) {
        Instant sinds = Instant.now(clock).minus(Duration.ofMinutes(VENSTER_MINUTEN));
        return jdbc.sql("select count(*) from inlog_poging where sleutel = ? and op > ?")
            .params(sleutel(gebruikersnaam), Timestamp.from(sinds))
            .query(Integer.class).single() >= MAX_MISLUKT;
    }

    @Override
    public boolean adresGeremd(String adres) {
        Instant sinds = Instant.now(clock).minus(Duration.ofMinutes(VENSTER_MINUTEN));
        return jdbc.sql("select count(*) from inlog_poging where adres = ? and op > ?")
            .params(sleutel(adres), Timestamp.from(sinds))
            .query(Integer.class).single() >= MAX_MISLUKT_PER_ADRES;
    }

    /** The usernames (as their keys) refused now, of those given: for the beheerder's list, in one statement. */
    java.util.Set<String> geremd(java.util.Collection<String> gebruikersnamen) {
        if (gebruikersnamen.isEmpty()) {
            return java.util.Set.of();
        }
        Instant sinds = Instant.now(clock).minus(Duration.ofMinutes(VENSTER_MINUTEN));
        return java.util.Set.copyOf(jdbc.sql("""
                select sleutel from inlog_poging where sleutel in (:sleutels) and op > :sinds
                group by sleutel having count(*) >= :max""")
            .param("sleutels", gebruikersnamen.stream().map(Inlogpogingen::sleutel).toList())
            .param("sinds", Timestamp.from(sinds))
            .param("max", MAX_MISLUKT)
            .query(String.class).list());
    }

    /** Lifts the brake on a username (the beheerder's unlock): its counted failures are removed. */
    boolean ontgrendel(String gebruikersnaam) {
        return jdbc.sql("delete from inlog_poging where sleutel = ?").param(sleutel(gebruikersnaam)).update() > 0;
    }

    @EventListener
    void mislukt(AbstractAuthenticationFailureEvent event) {
        String naam = event.getAuthentication().getName();
        if (naam == null) {
            return;
        }
        Instant nu = Instant.now(clock);
        jdbc.sql("delete from inlog_poging where op < ?").param(Timestamp.from(nu.minus(Duration.ofDays(1)))).update();
        String adres = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? sleutel(details.getRemoteAddress()) : null;
        jdbc.sql("insert into inlog_poging (sleutel, op, adres) values (?, ?, ?)")
            .params(sleutel(naam), Timestamp.from(nu), adres).update();
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from inlog_poging where sleutel = ?").param(sleutel(event.getAuthentication().getName()))
            .update();
    }

    static String sleutel(String gebruikersnaam) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest(gebruikersnaam.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        }
        catch (NoSuchAlgorithmException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }
}
