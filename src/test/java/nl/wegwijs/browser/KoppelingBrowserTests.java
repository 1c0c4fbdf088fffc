package nl.wegwijs.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.koppeling.KoppelingService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API clients against the real server (its session filter, cookies, HTTP): a Bearer client reads and writes without
 * any session row or cookie and without CSRF; and the beheerder registers a client on a phone and sees the secret once.
 * Screenshots in target/screenshots (koppeling-*.png).
 */
class KoppelingBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    KoppelingService koppelingen;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bearerCallsOverHttpStoreNoSessionAndNeedNoCsrf() throws Exception {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(1));
        TestData.Wereld w = wereld.w();
        var r = koppelingen.registreer(w.als(Rol.BEHEERDER), "BI-tool", w.gemeente().id(), Rol.REGIEVOERDER,
                Set.of("huishoudens.lezen", "huishoudens.schrijven"));
        HttpClient http = HttpClient.newHttpClient();
        long voor = jdbc.sql("select count(*) from spring_session").query(Long.class).single();

        String basic = Base64.getEncoder().encodeToString((r.client().clientId() + ":" + r.geheim())
            .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
            .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = "Bearer " + JsonPath.read(token.body(), "$.access_token");

        String pad = url("/api/v1/huishoudens/" + wereld.a().huishouden().value());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> lees = http.send(HttpRequest.newBuilder(URI.create(pad)).header("Authorization",
                    bearer).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(lees.statusCode()).isEqualTo(200);
            assertThat(lees.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("SESSION="));
        }
        HttpResponse<String> schrijf = http.send(HttpRequest.newBuilder(URI.create(pad))
            .header("Authorization", bearer).header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("""
                    {"versie": 3,
                     "adres": {"straat": "Httpweg", "huisnummer": "1", "postcode": "4321 BA", "woonplaats": "Testdorp"},
                     "datums": {"koppeling": null, "huisvesting": null, "regeldag": null, "verhuizing": null},
                     "herkomstLocatie": null}""")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(schrijf.statusCode()).as(schrijf.body()).isIn(200, 409, 422);
        assertThat(schrijf.statusCode()).as(schrijf.body()).isNotEqualTo(403);
        HttpResponse<String> fout = http.send(HttpRequest.newBuilder(URI.create(pad)).header("Authorization",
                "Bearer onzin").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fout.statusCode()).isEqualTo(401);
        assertThat(fout.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
            .startsWith("Bearer ").contains("invalid_token"));

        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void theBeheerderRegistersAClientOnAPhoneAndSeesTheSecretOnce() {
        TestData.Wereld w = data.wereld();
        page.setViewportSize(320, 800);
        logIn(w.als(Rol.BEHEERDER));
        page.navigate(url("/beheer/koppelingen"));
        page.getByLabel("Naam van de koppeling (bijvoorbeeld: Zaaksysteem Den Haag)").fill("Zaaksysteem telefoon");
        page.locator("#organisatie").selectOption(w.gemeente().id().toString());
        page.locator("#rol").selectOption("REGIEVOERDER");
        page.getByLabel("Lezen (huishoudens.lezen)").check();
        screenshot("koppeling-registreren-320.png");
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(320);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koppeling registreren")).click();

        assertThat(page.locator("#geheim")).isVisible();
        String geheim = page.locator("#geheim").textContent().strip();
        assertThat(geheim).hasSizeGreaterThan(30);
        screenshot("koppeling-geheim-320.png");
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(320);

        page.reload();
        assertThat(page.locator("#geheim")).hasCount(0);
        assertThat(page.locator("main")).not().containsText(geheim);

        page.setViewportSize(1280, 900);
        page.navigate(url("/beheer/koppelingen"));
        assertThat(page.locator("#koppelingen")).containsText("Zaaksysteem telefoon");
        screenshot("koppeling-lijst-1280.png");
    }
}
