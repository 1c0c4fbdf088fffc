package nl.wegwijs.verwerkingslog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The processing log after Logboek Dataverwerkingen: a register of processing activities every row names, a trace id
 * per request, success and failure (logins), append-only, its own retention.
 */
@IntegrationTest
class VerwerkingslogLdvTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Verwerkingslog verwerkingslog;

    @Autowired
    VerwerkingslogBewaring bewaring;

    @Autowired
    PlatformTransactionManager transacties;

    TestData.Wereld w;

    @BeforeEach
    void wereld() {
        w = data.wereld();
    }

    // --- the register

    @Test
    void everyPurposeWrittenTodayAndEveryPublishedCodeIsInTheRegister() {
        Set<String> register = Set.copyOf(jdbc.sql("select code from verwerkingsactiviteit").query(String.class).list());
        Set<String> rollen = Arrays.stream(Rol.values()).map(Rol::doel).collect(Collectors.toSet());
        assertThat(register).containsAll(rollen).containsAll(Verwerkingsactiviteit.ALLE);
        assertThat(Verwerkingsactiviteit.ALLE).containsAll(rollen);
        // every entry says what, why, on which ground, how long and about whom
        assertThat(jdbc.sql("select count(*) from verwerkingsactiviteit where naam = '' or doel = '' or grondslag = ''"
                + " or bewaartermijn = '' or betrokkenen = ''").query(Long.class).single()).isZero();
    }

    @Test
    void anActivityOutsideTheRegisterCannotBeWritten() {
        Medewerker ik = w.als(Rol.BEGELEIDER);
        UUID iemand = UUID.randomUUID();
        assertThatThrownBy(() -> new TransactionTemplate(transacties).executeWithoutResult(s -> verwerkingslog.leg(
                List.of(new Verwerking(ik.id(), ik.organisatieId(), Actie.LEZEN, "NIEUWSGIERIGHEID", iemand, null,
                        "persoon", iemand)))))
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    // --- trace id

    @Test
    void theRowsOfOneRequestShareATraceIdAndTwoRequestsHaveTwo() throws Exception {
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(1));
        Medewerker ik = w.als(Rol.TEAMLEIDER);
        MvcResult eerste = mvc.perform(get("/huishoudens/{id}", t.huishouden().value()).with(TestData.als(ik)))
            .andExpect(status().isOk()).andReturn();
        List<UUID> na1 = traces(ik, t);
        assertThat(na1).hasSize(1).doesNotContainNull();
        assertThat(rijen(ik, t)).isGreaterThan(1); // several persons, one trace
        assertThat(eerste.getResponse().getHeader("traceparent"))
            .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
            .contains(na1.get(0).toString().replace("-", ""));

        mvc.perform(get("/huishoudens/{id}", t.huishouden().value()).with(TestData.als(ik)))
            .andExpect(status().isOk());
        assertThat(traces(ik, t)).hasSize(2);
    }

    @Test
    void aCallersTraceparentIsContinued() throws Exception {
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(1));
        Medewerker ik = w.als(Rol.TEAMLEIDER);
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        MvcResult r = mvc.perform(get("/huishoudens/{id}", t.huishouden().value()).with(TestData.als(ik))
            .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")).andExpect(status().isOk()).andReturn();
        assertThat(traces(ik, t)).containsExactly(UUID.fromString("4bf92f35-77b3-4da6-a3ce-929d0e0e4736"));
        assertThat(r.getResponse().getHeader("traceparent")).startsWith("00-" + trace + "-");

        // an invalid one (all-zero trace id) is not: a new trace starts
        MvcResult ongeldig = mvc.perform(get("/login").header("traceparent",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01")).andReturn();
        assertThat(ongeldig.getResponse().getHeader("traceparent")).doesNotContain("-" + "0".repeat(32) + "-")
            .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void outsideARequestEachCallGetsItsOwnTrace() {
        Medewerker ik = w.als(Rol.BEGELEIDER);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transacties);
        tx.executeWithoutResult(s -> verwerkingslog.leg(List.of(
                new Verwerking(ik.id(), ik.organisatieId(), Actie.LEZEN, Verwerkingsactiviteit.BEGELEIDING, a, null,
                        "persoon", a),
                new Verwerking(ik.id(), ik.organisatieId(), Actie.LEZEN, Verwerkingsactiviteit.BEGELEIDING, b, null,
                        "persoon", b))));
        tx.executeWithoutResult(s -> verwerkingslog.leg(List.of(new Verwerking(ik.id(), ik.organisatieId(),
                Actie.LEZEN, Verwerkingsactiviteit.BEGELEIDING, a, null, "persoon", a))));
        List<UUID> traces = jdbc.sql("select distinct trace_id from verwerking where medewerker_id = ?")
            .param(ik.id()).query(UUID.class).list();
        assertThat(traces).hasSize(2).doesNotContainNull();
    }

    // --- success and failure

    @Test
    void aFailedLoginWritesAFailureRowForTheAccountAndASuccessfulOneASuccessRow() throws Exception {
        Medewerker ik = w.als(Rol.BEGELEIDER);
        mvc.perform(formLogin("/login").user(ik.gebruikersnaam()).password("fout-wachtwoord"))
            .andExpect(unauthenticated());
        assertThat(inlogs(ik.id())).containsExactly(false);

        mvc.perform(formLogin("/login").user(ik.gebruikersnaam()).password(TestData.WACHTWOORD))
            .andExpect(authenticated());
        assertThat(inlogs(ik.id())).containsExactlyInAnyOrder(false, true);
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? and doel = 'AUTHENTICATIE' "
                + "and betrokkene_id = medewerker_id and record_soort = 'medewerker' and trace_id is not null "
                + "and tijdstip > now() - interval '1 hour'").param(ik.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aFailedLoginForAnUnknownUsernameIsCountedWithoutWhatWasTyped() throws Exception {
        String onbekend = "niemand-" + UUID.randomUUID();
        long voor = onbekendeInlogs();
        mvc.perform(formLogin("/login").user(onbekend).password("x")).andExpect(unauthenticated());
        assertThat(onbekendeInlogs()).isEqualTo(voor + 1);
    }

    @Test
    void legMisluktKeepsItsRowWhenTheCallersTransactionRollsBack() {
        Medewerker ik = w.als(Rol.BEGELEIDER);
        UUID iemand = UUID.randomUUID();
        try {
            new TransactionTemplate(transacties).executeWithoutResult(s -> {
                verwerkingslog.legMislukt(List.of(new Verwerking(ik.id(), ik.organisatieId(), Actie.WIJZIGEN,
                        Verwerkingsactiviteit.BEGELEIDING, iemand, null, "persoon", iemand)));
                throw new IllegalStateException("mislukt");
            });
        }
        catch (IllegalStateException verwacht) {
            // the processing failed
        }
        assertThat(jdbc.sql("select geslaagd from verwerking where betrokkene_id = ?").param(iemand)
            .query(Boolean.class).list()).containsExactly(false);
    }

    // --- browsing

    @Test
    void thePrivacyOfficerBrowsesTheLogWithActivityOutcomeAndTraceAndFiltersOnThem() throws Exception {
        Medewerker pf = w.als(Rol.PRIVACYFUNCTIONARIS);
        Medewerker ik = w.als(Rol.BEGELEIDER);
        mvc.perform(formLogin("/login").user(ik.gebruikersnaam()).password("fout-wachtwoord"))
            .andExpect(unauthenticated());
        UUID trace = jdbc.sql("select trace_id from verwerking where medewerker_id = ? and doel = 'AUTHENTICATIE'")
            .param(ik.id()).query(UUID.class).single();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(1));
        mvc.perform(get("/huishoudens/{id}", t.huishouden().value()).with(TestData.als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk());

        String mislukt = mvc.perform(get("/privacy/verwerkingslog").param("medewerker", ik.gebruikersnaam())
                .param("mislukt", "true").with(TestData.als(pf)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mislukt).contains("Inloggen").contains("Mislukt").contains(trace.toString())
            .contains("/privacy/verwerkingslog?trace=" + trace).doesNotContain("Haddad").doesNotContain("Samira");
        assertThat(regels(mislukt)).isEqualTo(1);

        // by trace: exactly the rows of that one request
        assertThat(regels(mvc.perform(get("/privacy/verwerkingslog").param("trace", trace.toString())
                .with(TestData.als(pf))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
            .isEqualTo(1);
        // successful reads are not failures
        String gelezen = mvc.perform(get("/privacy/verwerkingslog").param("huishouden", t.huishouden().toString())
                .param("mislukt", "true").with(TestData.als(pf))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(regels(gelezen)).isZero();
        String alles = mvc.perform(get("/privacy/verwerkingslog").param("huishouden", t.huishouden().toString())
                .with(TestData.als(pf))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(alles).contains("Gelukt").doesNotContain("Haddad");
        assertThat(regels(alles)).isPositive();

        // the beheerder's address stays the beheerder's; other roles see nothing
        mvc.perform(get("/beheer/verwerkingslog").with(TestData.als(pf))).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/verwerkingslog").param("huishouden", t.huishouden().toString())
            .with(TestData.als(w.als(Rol.TEAMLEIDER)))).andExpect(status().isNotFound());
    }

    private static int regels(String pagina) {
        return (int) java.util.regex.Pattern.compile("<tr class=\"utrecht-table__row\">\\s*<th class=\"utrecht-table__cell")
            .matcher(pagina).results().count();
    }

    // --- append-only

    @Test
    void theApplicationCanNeitherChangeNorDeleteNorTruncateTheLog() {
        Medewerker ik = w.als(Rol.BEGELEIDER);
        UUID iemand = UUID.randomUUID();
        new TransactionTemplate(transacties).executeWithoutResult(s -> verwerkingslog.leg(List.of(new Verwerking(
                ik.id(), ik.organisatieId(), Actie.LEZEN, Verwerkingsactiviteit.BEGELEIDING, iemand, null, "persoon",
                iemand))));

        assertThatThrownBy(() -> jdbc.sql("update verwerking set doel = 'BEHEER' where betrokkene_id = ?")
            .param(iemand).update()).rootCause().hasMessageContaining("niet worden gewijzigd of verwijderd");
        assertThatThrownBy(() -> jdbc.sql("delete from verwerking where betrokkene_id = ?").param(iemand).update())
            .rootCause().hasMessageContaining("niet worden gewijzigd of verwijderd");
        assertThatThrownBy(() -> jdbc.sql("truncate verwerking").update())
            .rootCause().hasMessageContaining("niet worden gewijzigd of verwijderd");
        String partitie = jdbc.sql("select tableoid::regclass::text from verwerking where betrokkene_id = ?")
            .param(iemand).query(String.class).single();
        assertThatThrownBy(() -> jdbc.sql("truncate " + partitie).update())
            .rootCause().hasMessageContaining("niet worden gewijzigd of verwijderd");

        assertThat(jdbc.sql("select doel from verwerking where betrokkene_id = ?").param(iemand).query(String.class)
            .list()).containsExactly("BEGELEIDING");
    }

    // --- retention

    @Test
    void retentionDropsOnlyWholeMonthsBeforeTheCutOffAndMakesTheComingMonths() {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        Medewerker ik = w.als(Rol.BEGELEIDER);
        UUID januari = UUID.randomUUID();
        UUID februari = UUID.randomUUID();
        schrijfOp(ik, januari, ZonedDateTime.of(2020, 1, 15, 12, 0, 0, 0, zone).toOffsetDateTime());
        schrijfOp(ik, februari, ZonedDateTime.of(2020, 2, 10, 12, 0, 0, 0, zone).toOffsetDateTime());
        assertThat(bewaring.partities()).containsKeys("verwerking_2020_01", "verwerking_2020_02")
            .doesNotContainKey("verwerking_2031_06");

        // "today" is 15 March 2020 with one month of retention: January lies entirely before 15 February, February not
        VerwerkingslogBewaring.Uitkomst eerst = bewaring.bewaar(ZonedDateTime.of(2020, 3, 15, 3, 15, 0, 0, zone), 1);
        assertThat(eerst.verwijderd()).containsExactly("verwerking_2020_01");
        assertThat(eerst.aangemaakt()).isEmpty(); // V2 made March 2020 to March 2021
        assertThat(bewaring.partities()).doesNotContainKey("verwerking_2020_01").containsKey("verwerking_2020_02");
        assertThat(aantal(januari)).isZero();
        assertThat(aantal(februari)).isEqualTo(1);

        // later, with twenty years of retention (nothing of today may go): the coming twelve months are made when
        // missing, gapless after V2's last month (December 2030)
        VerwerkingslogBewaring.Uitkomst later = bewaring.bewaar(ZonedDateTime.of(2030, 6, 10, 3, 15, 0, 0, zone),
                240);
        assertThat(later.verwijderd()).isEmpty();
        assertThat(later.aangemaakt()).containsExactly("verwerking_2031_01", "verwerking_2031_02",
                "verwerking_2031_03", "verwerking_2031_04", "verwerking_2031_05", "verwerking_2031_06");
        assertThat(bewaring.partities().get("verwerking_2031_01").van())
            .isEqualTo(bewaring.partities().get("verwerking_2030_12").tot());
        // a new partition is protected like the others
        assertThatThrownBy(() -> jdbc.sql("truncate verwerking_2031_03").update())
            .rootCause().hasMessageContaining("niet worden gewijzigd of verwijderd");
        // rows of today (other tests) are untouched: the current month's partition is still there
        assertThat(bewaring.partities()).containsKey("verwerking_" + java.time.YearMonth.now(zone)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy_MM")));
    }

    private void schrijfOp(Medewerker ik, UUID betrokkene, OffsetDateTime wanneer) {
        jdbc.sql("""
                insert into verwerking (id, tijdstip, medewerker_id, organisatie_id, actie, doel, betrokkene_id,
                                        record_soort, record_id)
                values (gen_random_uuid(), ?, ?, ?, 'LEZEN', 'BEGELEIDING', ?, 'persoon', ?)""")
            .params(wanneer, ik.id(), ik.organisatieId(), betrokkene, betrokkene).update();
    }

    private long aantal(UUID betrokkene) {
        return jdbc.sql("select count(*) from verwerking where betrokkene_id = ?").param(betrokkene)
            .query(Long.class).single();
    }

    private List<Boolean> inlogs(UUID medewerker) {
        return jdbc.sql("select geslaagd from verwerking where medewerker_id = ? and doel = 'AUTHENTICATIE' "
                + "and tijdstip > now() - interval '1 hour' order by tijdstip").param(medewerker)
            .query(Boolean.class).list();
    }

    private long onbekendeInlogs() {
        return jdbc.sql("select count(*) from verwerking where betrokkene_id = ? and medewerker_id = ? "
                + "and doel = 'AUTHENTICATIE' and not geslaagd and organisatie_id is null "
                + "and tijdstip > now() - interval '1 hour'")
            .params(new UUID(0, 0), new UUID(0, 0)).query(Long.class).single();
    }

    private List<UUID> traces(Medewerker ik, Traject t) {
        return jdbc.sql("select distinct trace_id from verwerking where medewerker_id = ? and huishouden_id = ? "
                + "and tijdstip > now() - interval '1 hour'").params(ik.id(), t.huishouden().value())
            .query(UUID.class).list();
    }

    private long rijen(Medewerker ik, Traject t) {
        return jdbc.sql("select count(*) from verwerking where medewerker_id = ? and huishouden_id = ? "
                + "and tijdstip > now() - interval '1 hour'").params(ik.id(), t.huishouden().value())
            .query(Long.class).single();
    }
}
