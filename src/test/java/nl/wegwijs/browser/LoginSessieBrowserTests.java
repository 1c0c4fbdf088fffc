package nl.wegwijs.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real server (its session filter and cookies): an anonymous visitor of the login page gets a CSRF
 * cookie but no session, so a flood of login page requests writes no session rows; logging in still works (the
 * other browser tests log in through this page).
 */
class LoginSessieBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAnonymousLoginPageCreatesNoSessionRow() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long voor = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).isEqualTo(200);
            assertThat(antwoord.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("SESSION="))
                .anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.contains("HttpOnly") && c.contains("SameSite=Strict"));
        }
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(voor);
    }
}
