package nl.wegwijs.traject.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inzage report of one person (issue 18, point 6): data of every module and who read it, as a page, a PDF and a
 * JSON export (UI and API); who may produce it; the FG's exact-number way in; the statement count; the
 * rectification trail.
 */
@IntegrationTest
class InzagerapportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    TestData.Wereld w;
    Traject a;
    Persoon samira;
    String pad;
    String vNummer;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden().hoofdpersoon();
        pad = "/huishoudens/" + a.huishouden() + "/personen/" + samira.id() + "/inzage";
        vNummer = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_000_000_000L));
        jdbc.sql("update persoon set v_nummer = ? where id = ?").params(vNummer, samira.id()).update();
        UUID h = a.huishouden().value();
        UUID bg = w.als(Rol.BEGELEIDER).id();
        jdbc.sql("""
                insert into contactmoment (id, huishouden_id, datum, minuten, soort, personen, tolk, themas, afspraken,
                                           notitie, vastgelegd_door, vastgelegd_op)
                values (?, ?, current_date, 45, 'HUISBEZOEK', array[?]::uuid[], 'GEEN', '{WONEN}', 'Huurafspraak',
                        'Zorgnotitie', ?, now())""")
            .params(UUID.randomUUID(), h, samira.id(), bg).update();
        jdbc.sql("""
                insert into brief (id, huishouden_id, persoon_id, afzender, ontvangen_op, onderwerp, status,
                                   vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, 'DUO', current_date, 'Studielening', 'OPEN', ?, now())""")
            .params(UUID.randomUUID(), h, samira.id(), bg).update();
        UUID signaal = UUID.randomUUID();
        jdbc.sql("""
                insert into signaal (id, huishouden_id, huishouden_naam, persoon_id, categorie, urgentie, omschrijving,
                                     richting, gemeld_door, gemeld_door_naam, gemeld_op, vastgelegd_op, status, aan)
                values (?, ?, 'Haddad', ?, 'GELDZORGEN', 'NORMAAL', 'Schuldmelding', 'NAAR_GEMEENTE', ?,
                        'Begeleider', current_date, now(), 'OPEN', 'REGIEVOERDER')""")
            .params(signaal, h, samira.id(), bg).update();
        jdbc.sql("""
                insert into signaal_bericht (id, signaal_id, volgnummer, soort, tekst, auteur_id, auteur_naam,
                                             auteur_rol, geschreven_op)
                values (?, ?, 1, 'REACTIE', 'Teruggebeld', ?, 'Regie', 'REGIEVOERDER', now())""")
            .params(UUID.randomUUID(), signaal, w.als(Rol.REGIEVOERDER).id()).update();
        data.toestemming(w, a, Rol.REGIEVOERDER, Gegevenssoort.NOTITIES);
    }

    private JsonNode rapport(Medewerker wie) throws Exception {
        String body = mvc.perform(get(pad + ".json").with(als(wie))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static String tekst(JsonNode n) {
        return n.toString();
    }

    @Test
    void hetRapportBevatGegevensVanElkeModuleEnWieZeLas() throws Exception {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        mvc.perform(get("/huishoudens/" + a.huishouden()).with(als(regie))).andExpect(status().isOk());
        mvc.perform(get("/huishoudens/" + a.huishouden()).with(als(begeleider))).andExpect(status().isOk());

        JsonNode r = rapport(w.als(Rol.TEAMLEIDER));

        assertThat(r.path("formaat").asText()).isEqualTo("wegwijs-inzage/1");
        assertThat(r.path("persoon").path("naam").asText()).isEqualTo(samira.naam());
        assertThat(r.path("gemaaktDoor").path("rol").asText()).isEqualTo("TEAMLEIDER");
        List<String> namen = r.path("onderdelen").findValuesAsText("naam");
        assertThat(namen).contains("persoon", "traject", "checklist", "contact", "post", "signalen", "toestemmingen");
        String alles = tekst(r.path("onderdelen"));
        assertThat(alles).contains(vNummer, "Huurafspraak", "Zorgnotitie", "Studielening",
                "Schuldmelding", "Teruggebeld", "NOTITIES", w.gemeente().naam());

        JsonNode regels = r.path("verwerkingen").path("regels");
        assertThat(regels.size()).isGreaterThanOrEqualTo(3);
        boolean regieGelezen = false;
        boolean begeleiderGelezen = false;
        for (JsonNode regel : regels) {
            assertThat(Instant.parse(regel.path("tijdstip").asText())).isBefore(Instant.now().plusSeconds(60));
            if (regel.path("medewerker").asText().equals(regie.naam()) && regel.path("actie").asText().equals("LEZEN")
                    && regel.path("rol").asText().equals("REGIEVOERDER")
                    && regel.path("organisatie").asText().equals(w.gemeente().naam())) {
                regieGelezen = true;
            }
            if (regel.path("medewerker").asText().equals(begeleider.naam())
                    && regel.path("rol").asText().equals("BEGELEIDER")
                    && regel.path("organisatie").asText().equals(w.uitvoerder().naam())) {
                begeleiderGelezen = true;
            }
        }
        assertThat(regieGelezen).as("the regievoerder's read is listed with name, role, organisation").isTrue();
        assertThat(begeleiderGelezen).as("the begeleider's read is listed").isTrue();
        // producing the report is itself logged, once for the person, as INZAGE
        assertThat(jdbc.sql("select count(*) from verwerking where betrokkene_id = ? and doel = 'INZAGE'")
            .param(samira.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(rapport(w.als(Rol.BEGELEIDER)).path("verwerkingen").path("regels").get(0).path("doel").asText())
            .isEqualTo("INZAGE");
    }

    @Test
    void dePdfIsLeesbaarEnBevatHetzelfde() throws Exception {
        mvc.perform(get("/huishoudens/" + a.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk());
        byte[] pdf = mvc.perform(get(pad + ".pdf").with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/inzage.pdf"), pdf);
        String tekst;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(tekst).contains("Wat Wegwijs weet over " + samira.naam(), "Gemaakt door",
                w.als(Rol.BEGELEIDER).naam(), "Huurafspraak", "Studielening", "Schuldmelding",
                "Wie heeft uw gegevens gebruikt?", w.als(Rol.REGIEVOERDER).naam(), "Regie door de gemeente");
    }

    @Test
    void dePaginaHeeftDeTweeKnoppenEnDeApiGeeftDezelfdeStructuur() throws Exception {
        String html = mvc.perform(get(pad).with(als(w.als(Rol.TEAMLEIDER)))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(html).contains(pad + ".pdf", pad + ".json", "Huurafspraak");
        // one click from the household file, for those who may produce it; not for the regievoerder
        assertThat(mvc.perform(get("/huishoudens/" + a.huishouden()).with(als(w.als(Rol.BEGELEIDER))))
            .andReturn().getResponse().getContentAsString()).contains("href=\"" + pad + "\"");
        assertThat(mvc.perform(get("/huishoudens/" + a.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andReturn().getResponse().getContentAsString()).doesNotContain(pad);
        String api = mvc.perform(get("/api/v1/personen/" + samira.id() + "/inzage").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode r = json.readTree(api);
        assertThat(r.path("formaat").asText()).isEqualTo("wegwijs-inzage/1");
        assertThat(r.path("onderdelen").findValuesAsText("naam")).contains("contact", "toestemmingen");
        mvc.perform(get("/api/v1/personen/" + samira.id() + "/inzage").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isNotFound());
    }

    @Test
    void alleenTeamleiderEnBegeleiderVanHetHuishoudenMaken() throws Exception {
        for (Medewerker wie : List.of(w.als(Rol.VRIJWILLIGER), w.als(Rol.REGIEVOERDER), w.als(Rol.BUDGETCOACH),
                w.als(Rol.BELEID), w.als(Rol.WIJKTEAM), w.als(Rol.BEHEERDER), w.begeleiderB(),
                w.als(Rol.PRIVACYFUNCTIONARIS))) {
            for (String p : List.of(pad, pad + ".pdf", pad + ".json")) {
                mvc.perform(get(p).with(als(wie))).andExpect(status().isNotFound());
            }
        }
        assertThat(jdbc.sql("select count(*) from verwerking where betrokkene_id = ? and doel = 'INZAGE'")
            .param(samira.id()).query(Integer.class).single()).isZero();
        mvc.perform(get(pad).with(als(w.als(Rol.BEGELEIDER)))).andExpect(status().isOk());
    }

    @Test
    void deFgVindtAlleenMetHetHeleNummerBijDeEigenOrganisatie() throws Exception {
        Medewerker fg = w.als(Rol.PRIVACYFUNCTIONARIS);
        jakarta.servlet.http.Cookie sessie = mvc.perform(get("/privacy/inzage").with(als(fg)))
            .andExpect(status().isOk()).andReturn().getResponse().getCookie("SESSION");
        assertThat(sessie).isNotNull();
        mvc.perform(get("/privacy/inzage").with(als(w.als(Rol.BEGELEIDER)))).andExpect(status().isNotFound());
        // a part of the number finds nobody
        mvc.perform(post("/privacy/inzage").with(als(fg)).with(csrf()).cookie(sessie)
            .param("nummer", vNummer.substring(0, 6))).andExpect(redirectedUrl("/privacy/inzage"));
        mvc.perform(get(pad).with(als(fg)).cookie(sessie)).andExpect(status().isNotFound());
        // the FG of another organisation finds nobody with the whole number
        Medewerker andere = data.wereld().als(Rol.PRIVACYFUNCTIONARIS);
        mvc.perform(post("/privacy/inzage").with(als(andere)).with(csrf()).param("nummer", vNummer))
            .andExpect(redirectedUrl("/privacy/inzage"));
        // the whole number of a person of their gemeente: the report
        mvc.perform(post("/privacy/inzage").with(als(fg)).with(csrf()).cookie(sessie).param("nummer", vNummer))
            .andExpect(redirectedUrl(pad));
        mvc.perform(get(pad).with(als(fg)).cookie(sessie)).andExpect(status().isOk());
        mvc.perform(get(pad + ".json").with(als(fg)).cookie(sessie)).andExpect(status().isOk());
        // another person of the same household was not looked up: not open to the FG
        Persoon yusuf = trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden().personen().get(1);
        mvc.perform(get("/huishoudens/" + a.huishouden() + "/personen/" + yusuf.id() + "/inzage").with(als(fg))
            .cookie(sessie)).andExpect(status().isNotFound());
    }

    @Test
    void hetAantalStatementsHangtNietAfVanHetAantalLogregels() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        SqlTeller.Telling weinig = SqlTeller.tel(() -> mvc.perform(get(pad + ".json").with(als(tl)))
            .andExpect(status().isOk()));
        for (int i = 0; i < 40; i++) {
            jdbc.sql("""
                    insert into verwerking (id, tijdstip, medewerker_id, organisatie_id, actie, doel, betrokkene_id,
                                            huishouden_id, record_soort, record_id)
                    values (?, ?, ?, ?, 'LEZEN', 'REGIE', ?, ?, 'huishouden', ?)""")
                .params(UUID.randomUUID(), Timestamp.from(Instant.now().minusSeconds(i)),
                        (i % 2 == 0 ? w.als(Rol.REGIEVOERDER) : w.als(Rol.BUDGETCOACH)).id(), w.gemeente().id(),
                        samira.id(), a.huishouden().value(), a.huishouden().value())
                .update();
        }
        SqlTeller.Telling veel = SqlTeller.tel(() -> mvc.perform(get(pad + ".json").with(als(tl)))
            .andExpect(status().isOk()));
        assertThat(veel.aantal()).as(weinig + "\n" + veel).isEqualTo(weinig.aantal());
        // a ceiling for the whole report: thirteen sections of one to four statements each (44 with the issue-22
        // modules), plus the access check, the log and the session
        assertThat(veel.aantal()).as(veel.toString()).isLessThanOrEqualTo(48);
    }

    @Test
    void eenVerbeteringLaatEenSpoorAchterInHetRapport() throws Exception {
        Medewerker bg = w.als(Rol.BEGELEIDER);
        var h = trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden();
        Persoon p = h.hoofdpersoon();
        huishoudens.wijzigGegevens(bg, h.id(), h.versie(), h.adres(), h.datums(), h.herkomstLocatie(),
                List.of(new NieuwePersoon(p.id(), p.rol(), p.voornaam(), "Haddad-Verbeterd", p.geboortedatum(),
                        p.geslacht(), p.landVanHerkomst(), p.talen(), p.tolkNodig(), p.tolkTaal(), p.geletterdheid(),
                        p.vNummer(), p.bsn(), p.vergunningDatum(), p.brpDatum(), p.status())));
        assertThat(jdbc.sql("select veld, oude_waarde, nieuwe_waarde, medewerker_id from gegevens_correctie "
                + "where persoon_id = ?").param(p.id()).query().listOfRows())
            .containsExactly(Map.of("veld", "achternaam", "oude_waarde", p.achternaam(), "nieuwe_waarde",
                    "Haddad-Verbeterd", "medewerker_id", bg.id()));

        JsonNode r = rapport(w.als(Rol.TEAMLEIDER));
        JsonNode correcties = null;
        for (JsonNode o : r.path("onderdelen")) {
            for (JsonNode t : o.path("tabellen")) {
                if (t.path("naam").asText().equals("correcties")) {
                    correcties = t.path("rijen");
                }
            }
        }
        assertThat(correcties).isNotNull();
        assertThat(correcties.size()).isEqualTo(1);
        assertThat(correcties.get(0).path("veld").asText()).isEqualTo("achternaam");
        assertThat(correcties.get(0).path("oudeWaarde").asText()).isEqualTo(p.achternaam());
        assertThat(correcties.get(0).path("nieuweWaarde").asText()).isEqualTo("Haddad-Verbeterd");
        assertThat(correcties.get(0).path("door").asText()).isEqualTo(bg.naam());
        // the other persons of the household got no trail of their own
        assertThat(jdbc.sql("select count(*) from gegevens_correctie where huishouden_id = ?")
            .param(h.id().value()).query(Integer.class).single()).isEqualTo(1);
    }
}
