package nl.wegwijs.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store of issue 21 on an in-memory store: the access time reaches the store only when it moved by a
 * minute, so a session still expires after its idle time (give or take that minute), and a session saved in this
 * request answers the filter's second look-up.
 */
class SessieopslagTests {

    private final MapSessionRepository onder = new MapSessionRepository(new ConcurrentHashMap<>());
    private final Sessieopslag<MapSession> opslag = new Sessieopslag<>(onder);

    @Test
    void theAccessTimeIsStoredOnlyWhenItMovedByAMinute() {
        Sessieopslag.Sessie<MapSession> sessie = opslag.createSession();
        Instant begin = Instant.parse("2026-12-07T10:00:00Z");
        sessie.sessie.setLastAccessedTime(begin);
        sessie.setMaxInactiveInterval(Duration.ofMinutes(30));

        sessie.setLastAccessedTime(begin.plusSeconds(59));
        assertThat(sessie.getLastAccessedTime()).isEqualTo(begin);
        sessie.setLastAccessedTime(begin.plusSeconds(60));
        assertThat(sessie.getLastAccessedTime()).isEqualTo(begin.plusSeconds(60));
    }

    @Test
    void aSessionExpiresAfterItsIdleTimeGiveOrTakeAMinute() {
        Sessieopslag.Sessie<MapSession> sessie = opslag.createSession();
        Instant begin = Instant.now().minus(Duration.ofMinutes(10));
        sessie.sessie.setLastAccessedTime(begin);
        sessie.setMaxInactiveInterval(Duration.ofMinutes(30));
        opslag.save(sessie);
        opslag.vergeet();
        // requests every 50 seconds for 10 minutes: the stored time follows, at most a minute behind
        Instant laatste = begin;
        for (int i = 1; i <= 12; i++) {
            Sessieopslag.Sessie<MapSession> gelezen = opslag.findById(sessie.getId());
            laatste = begin.plusSeconds(50L * i);
            gelezen.setLastAccessedTime(laatste);
            opslag.save(gelezen);
            opslag.vergeet();
        }
        MapSession opgeslagen = onder.findById(sessie.getId());
        assertThat(Duration.between(opgeslagen.getLastAccessedTime(), laatste)).isGreaterThanOrEqualTo(Duration.ZERO)
            .isLessThan(Sessieopslag.SCHRIJF_NA);
        // so it expires between 29 and 30 minutes after the last request
        Instant verloopt = opgeslagen.getLastAccessedTime().plus(opgeslagen.getMaxInactiveInterval());
        assertThat(verloopt).isAfter(laatste.plus(Duration.ofMinutes(29))).isBeforeOrEqualTo(laatste.plus(Duration.ofMinutes(30)));
    }

    @Test
    void theSessionSavedInThisRequestAnswersTheSecondLookUpUntilTheRequestEnds() {
        Sessieopslag.Sessie<MapSession> sessie = opslag.createSession();
        opslag.save(sessie);
        assertThat(opslag.findById(sessie.getId())).isSameAs(sessie);
        opslag.vergeet();
        assertThat(opslag.findById(sessie.getId())).isNotSameAs(sessie).isNotNull();
    }
}
