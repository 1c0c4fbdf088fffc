package nl.wegwijs.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import nl.wegwijs.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Two requests of one session at the same time: each loaded the session before the other saved it, and both add the
 * same attribute (as a redirect's flash message does). Both saves succeed and the last one wins, instead of the
 * second failing on a duplicate key.
 */
@IntegrationTest
class SessieTests {

    @Autowired
    JdbcIndexedSessionRepository sessies;

    @Test
    void twoRequestsAddingTheSameAttributeAtOnceBothSucceed() {
        tweeVerzoekenTegelijk(sessies);
    }

    private static <S extends Session> void tweeVerzoekenTegelijk(SessionRepository<S> sessies) {
        S nieuw = sessies.createSession();
        nieuw.setAttribute("al-er", "ja");
        sessies.save(nieuw);

        S eerste = sessies.findById(nieuw.getId());
        S tweede = sessies.findById(nieuw.getId());
        eerste.setAttribute("melding", "eerste");
        tweede.setAttribute("melding", "tweede");
        sessies.save(eerste);

        assertThatCode(() -> sessies.save(tweede)).doesNotThrowAnyException();
        assertThat(sessies.findById(nieuw.getId()).<String>getAttribute("melding")).isEqualTo("tweede");
        sessies.deleteById(nieuw.getId());
    }
}
