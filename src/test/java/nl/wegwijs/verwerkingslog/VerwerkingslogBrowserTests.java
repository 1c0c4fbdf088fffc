package nl.wegwijs.verwerkingslog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The beheerder browses the processing log: filters, newest first, keyset pages of 50, ids but no names. */
@IntegrationTest
class VerwerkingslogBrowserTests {

    private static final Pattern REGEL = Pattern.compile("<tr class=\"utrecht-table__row\">\\s*<th class=\"utrecht-table__cell");
    private static final Pattern RECORD = Pattern.compile(
            "<span class=\"wegwijs-kaarttabel__sub\">([0-9a-f-]{36})</span>");
    private static final Pattern VOLGENDE = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    Verwerkingslog verwerkingslog;

    @Autowired
    PlatformTransactionManager transacties;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestData.Wereld w;
    Medewerker beheerder;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        beheerder = w.als(Rol.BEHEERDER);
    }

    @Test
    void listsTheReadsOfATeamleiderAndTheMedewerkerFilterNarrowsThem() throws Exception {
        Traject traject = data.aanmelding(w, LocalDate.now().minusMonths(1));
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        Dossier dossier = trajecten.dossier(teamleider, traject.huishouden()).orElseThrow();
        List<Persoon> personen = dossier.huishouden().personen();

        String pagina = mvc.perform(get("/beheer/verwerkingslog").param("medewerker", teamleider.gebruikersnaam())
                .with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(teamleider.naam())))
            .andExpect(content().string(containsString(w.uitvoerder().naam())))
            .andExpect(content().string(containsString("Lezen")))
            .andExpect(content().string(containsString("Begeleiding")))
            .andExpect(content().string(not(containsString("BEGELEIDING"))))
            .andExpect(content().string(containsString(traject.huishouden().toString())))
            .andExpect(content().string(not(containsString(w.als(Rol.REGIEVOERDER).naam()))))
            .andExpect(content().string(not(containsString("Haddad"))))
            .andExpect(content().string(not(containsString("Samira"))))
            .andReturn().getResponse().getContentAsString();
        assertThat(regels(pagina)).isEqualTo(personen.size());
        personen.forEach(p -> assertThat(pagina).contains(p.id().toString()));

        String regie = mvc.perform(get("/beheer/verwerkingslog")
                .param("medewerker", w.als(Rol.REGIEVOERDER).gebruikersnaam()).with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(w.als(Rol.REGIEVOERDER).naam())))
            .andExpect(content().string(containsString("Aanmaken")))
            .andExpect(content().string(not(containsString(teamleider.naam()))))
            .andReturn().getResponse().getContentAsString();
        assertThat(regels(regie)).isGreaterThanOrEqualTo(personen.size());
    }

    @Test
    void filtersByPartOfTheDisplayNameShownInTheListInAnyCase() throws Exception {
        Traject traject = data.aanmelding(w, LocalDate.now().minusMonths(1));
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        List<Persoon> personen = trajecten.dossier(teamleider, traject.huishouden()).orElseThrow().huishouden()
            .personen();
        // the list shows "Naam teamleider-<key>"; a part of that name in capitals finds exactly this medewerker
        String deel = teamleider.naam().substring(teamleider.naam().indexOf("teamleider")).toUpperCase();
        String pagina = zoek("medewerker", deel);
        assertThat(pagina).contains("Alleen verwerkingen door " + teamleider.naam() + " ("
                + teamleider.gebruikersnaam() + ", " + w.uitvoerder().naam() + ").");
        assertThat(regels(pagina)).isEqualTo(personen.size());
        assertThat(pagina).doesNotContain(w.als(Rol.REGIEVOERDER).naam());
    }

    @Test
    void offersTheMedewerkersToChooseFromWhenSeveralNamesMatch() throws Exception {
        Traject traject = data.aanmelding(w, LocalDate.now().minusMonths(1));
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        List<Persoon> personen = trajecten.dossier(teamleider, traject.huishouden()).orElseThrow().huishouden()
            .personen();
        // every medewerker of this world has the world's key in their name
        String sleutel = teamleider.gebruikersnaam().substring("teamleider-".length());
        String pagina = zoek("medewerker", sleutel);
        // the text as a user reads it: Thymeleaf escaped the quotes (&quot;), JTE writes them as they are
        assertThat(HtmlUtils.htmlUnescape(pagina)).contains("Meerdere medewerkers passen bij \"" + sleutel + "\". Kies er een:");
        assertThat(pagina).contains(teamleider.naam() + " (" + teamleider.gebruikersnaam() + ", "
                + w.uitvoerder().naam() + ")");
        assertThat(pagina).contains(w.als(Rol.REGIEVOERDER).naam() + " (" + w.als(Rol.REGIEVOERDER).gebruikersnaam()
                + ", " + w.gemeente().naam() + ")");
        assertThat(regels(pagina)).isZero();
        Matcher keuze = Pattern.compile("href=\"([^\"]*medewerker=" + Pattern.quote(teamleider.gebruikersnaam())
                + "[^\"]*)\"").matcher(pagina);
        assertThat(keuze.find()).isTrue();
        String gekozen = mvc.perform(get(HtmlUtils.htmlUnescape(keuze.group(1))).with(TestData.als(beheerder)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(regels(gekozen)).isEqualTo(personen.size());
    }

    @Test
    void theNameSearchIsServedByATrigramIndex() {
        TransactionTemplate tx = new TransactionTemplate(transacties);
        String plan = tx.execute(s -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("explain select id from medewerker where naam ilike '%teamleider%'")
                .query(String.class).list());
        });
        assertThat(plan).contains("medewerker_naam_trgm");
    }

    @Test
    void newestFirstOverAPeriodReadsThePrimaryKeyBackwards() {
        // V60 dropped the separate (tijdstip desc, id desc) index: the log's "newest first" pages use the key
        TransactionTemplate tx = new TransactionTemplate(transacties);
        String plan = tx.execute(s -> {
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_sort = off").update();
            return String.join("\n", jdbc.sql("""
                    explain select id from verwerking
                     where tijdstip >= now() - interval '3 months' and tijdstip < now() + interval '1 day'
                       and (tijdstip, id) < (now(), '00000000-0000-0000-0000-000000000000'::uuid)
                     order by tijdstip desc, id desc limit 51""").query(String.class).list());
        });
        assertThat(plan).contains("Backward using verwerking_").contains("_pkey").doesNotContainPattern("(^|->)\\s*Sort\\s+\\(");
        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'verwerking_tijdstip'")
            .query(Integer.class).single()).isZero();
    }

    @Test
    void filtersByBetrokkeneHuishoudenActieAndPeriod() throws Exception {
        Traject traject = data.aanmelding(w, LocalDate.now().minusMonths(1));
        Medewerker teamleider = w.als(Rol.TEAMLEIDER);
        Persoon eerste = trajecten.dossier(teamleider, traject.huishouden()).orElseThrow().huishouden().personen()
            .get(0);

        String perPersoon = zoek("betrokkene", eerste.id().toString(), "actie", "LEZEN");
        assertThat(regels(perPersoon)).isEqualTo(1);
        assertThat(perPersoon).contains(teamleider.naam());

        String perHuishouden = zoek("huishouden", traject.huishouden().toString(), "medewerker",
                teamleider.gebruikersnaam());
        assertThat(regels(perHuishouden)).isEqualTo(3);

        String aangemaakt = zoek("huishouden", traject.huishouden().toString(), "actie", "AANMAKEN");
        assertThat(aangemaakt).contains(w.als(Rol.REGIEVOERDER).naam()).doesNotContain(teamleider.naam());

        String gisteren = LocalDate.now().minusDays(2).toString();
        String eerder = zoek("huishouden", traject.huishouden().toString(), "van", gisteren, "tot", gisteren);
        assertThat(regels(eerder)).isZero();
        assertThat(eerder).contains("Er zijn geen verwerkingen gevonden die bij dit filter passen.");
    }

    @Test
    void pagesByKeysetFiftyAtATimeWithoutRepeatingRows() throws Exception {
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        Set<UUID> geschreven = new HashSet<>();
        TransactionTemplate tx = new TransactionTemplate(transacties);
        for (int aantal : new int[] { 70, 50 }) {
            List<Verwerking> regels = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                UUID record = UUID.randomUUID();
                geschreven.add(record);
                regels.add(new Verwerking(begeleider.id(), begeleider.organisatieId(), Actie.LEZEN, "BEGELEIDING",
                        UUID.randomUUID(), UUID.randomUUID(), "persoon", record));
            }
            tx.executeWithoutResult(s -> verwerkingslog.leg(regels));
        }

        List<UUID> gezien = new ArrayList<>();
        List<Integer> paginas = new ArrayList<>();
        String url = "/beheer/verwerkingslog?medewerker=" + begeleider.gebruikersnaam();
        while (url != null) {
            String pagina = mvc.perform(get(url).with(TestData.als(beheerder)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
            List<UUID> records = records(pagina);
            paginas.add(records.size());
            gezien.addAll(records);
            Matcher volgende = VOLGENDE.matcher(pagina);
            url = volgende.find() ? HtmlUtils.htmlUnescape(volgende.group(1)) : null;
            assertThat(paginas).hasSizeLessThanOrEqualTo(3);
        }
        assertThat(paginas).containsExactly(50, 50, 20);
        assertThat(gezien).doesNotHaveDuplicates();
        assertThat(new HashSet<>(gezien)).isEqualTo(geschreven);
    }

    @Test
    void refusesUnknownGebruikersnaamAndMalformedIdsInDutch() throws Exception {
        mvc.perform(get("/beheer/verwerkingslog").param("medewerker", "bestaat-niet-" + UUID.randomUUID())
                .with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Er is geen medewerker met deze naam of gebruikersnaam.")));
        mvc.perform(get("/beheer/verwerkingslog").param("betrokkene", "geen-id").with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul een geldige id in")));
        mvc.perform(get("/beheer/verwerkingslog").param("van", "2026-02-01").param("tot", "2026-01-01")
                .with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("De einddatum ligt vóór de begindatum.")));
    }

    @Test
    void isForbiddenForEveryOtherRole() throws Exception {
        for (Rol rol : Rol.values()) {
            if (rol != Rol.BEHEERDER) {
                mvc.perform(get("/beheer/verwerkingslog").with(TestData.als(w.als(rol))))
                    .andExpect(status().isForbidden());
            }
        }
    }

    private String zoek(String... parameters) throws Exception {
        var verzoek = get("/beheer/verwerkingslog").with(TestData.als(beheerder));
        for (int i = 0; i < parameters.length; i += 2) {
            verzoek.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(verzoek).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int regels(String pagina) {
        Matcher m = REGEL.matcher(pagina);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<UUID> records(String pagina) {
        List<UUID> ids = new ArrayList<>();
        Matcher m = RECORD.matcher(pagina);
        while (m.find()) {
            ids.add(UUID.fromString(m.group(1)));
        }
        return ids;
    }
}
