package nl.wegwijs;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.werklijst.WerklijstVerversing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Wegwijs nodes on one PostgreSQL: a user logs in on one and continues on the other (sessions live in the
 * database), and a scheduled job runs once across both (ShedLock).
 */
class TweeNodesTests {

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTweeNodes() {
        a = node();
        b = node();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(WegwijsApplication.class)
            .profiles("test")
            .properties("server.port=0", "wegwijs.scheduling.enabled=false")
            .run();
    }

    static String url(ConfigurableApplicationContext node, String pad) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort() + pad;
    }

    @Test
    void aUserLogsInOnOneNodeAndContinuesOnTheOther() throws Exception {
        Medewerker teamleider = a.getBean(TestData.class).wereld().als(Rol.TEAMLEIDER);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String loginPagina = browser.send(HttpRequest.newBuilder(URI.create(url(a, "/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPagina);
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
        String formulier = "username=" + teamleider.gebruikersnaam() + "&password=" + TestData.WACHTWOORD + "&_csrf="
                + csrf.group(1);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(url(a, "/login")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formulier, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> opB = browser.send(HttpRequest.newBuilder(URI.create(url(b, "/werklijst"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opB.statusCode()).isEqualTo(200);
        assertThat(opB.body()).contains(teamleider.naam()).contains("Mijn huishoudens");
    }

    @Test
    void aFormSentAgainToTheOtherNodeAnswersWithTheFirstResult() throws Exception {
        TestData.Wereld w = a.getBean(TestData.class).wereld();
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        TrajectService trajecten = a.getBean(TrajectService.class);
        Traject t = a.getBean(TestData.class).aanmelding(w, java.time.LocalDate.now().minusMonths(1));
        trajecten.accepteer(teamleider, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(teamleider, t.id(), 2, begeleider.id(), ToewijzingRol.BEGELEIDER, java.time.LocalDate.now());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(browser, begeleider);

        String pad = "/huishoudens/" + t.huishouden() + "/post";
        String pagina = browser.send(HttpRequest.newBuilder(URI.create(url(a, pad))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher formulier = Pattern.compile("action=\"" + pad + "\"[\\s\\S]*?name=\"_csrf\"\\s+value=\"([^\"]+)\""
                + "[\\s\\S]*?name=\"_formulier\"\\s+value=\"([^\"]+)\"").matcher(pagina);
        assertThat(formulier.find()).as("the letter form carries a CSRF field and a form token").isTrue();
        String velden = "_csrf=" + formulier.group(1) + "&_formulier=" + formulier.group(2)
                + "&afzender=UWV&onderwerp=Herberekening&ontvangenOp=" + java.time.LocalDate.now() + "&status=OPEN";
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(URI.create(url(node, pad)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).isEqualTo(302);
            assertThat(antwoord.headers().firstValue("Location").orElseThrow()).endsWith(pad);
        }
        assertThat(a.getBean(JdbcClient.class).sql("select count(*) from brief where huishouden_id = ?")
            .param(t.huishouden().value()).query(Long.class).single()).as("letters").isEqualTo(1);
    }

    private static void logIn(HttpClient browser, Medewerker wie) throws Exception {
        String loginPagina = browser.send(HttpRequest.newBuilder(URI.create(url(a, "/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPagina);
        assertThat(csrf.find()).isTrue();
        String formulier = "username=" + wie.gebruikersnaam() + "&password=" + TestData.WACHTWOORD + "&_csrf="
                + csrf.group(1);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(url(a, "/login")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formulier, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
    }

    @Test
    void aScheduledJobRunsOnceAcrossNodes() throws Exception {
        a.getBean(JdbcClient.class).sql("delete from shedlock where name = 'werklijst-verversen'").update();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            WerklijstVerversing job = node.getBean(WerklijstVerversing.class);
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return job.ververs();
            }));
        }
        start.countDown();
        long uitgevoerd = runs.stream().map(CompletableFuture::join).filter(r -> r != null).count();
        assertThat(uitgevoerd).as("exactly one node ran the job").isEqualTo(1);
        assertThat(b.getBean(WerklijstVerversing.class).ververs()).as("within lockAtLeastFor no node runs it again")
            .isNull();
    }
}
