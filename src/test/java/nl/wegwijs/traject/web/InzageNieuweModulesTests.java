package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.wegwijs.NieuweModulesFixture;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The issue-22 modules in a person's inzage report: referrals (theirs and the household's, not another member's),
 * the closing and handover, self-reliance, the route card, and that a satisfaction questionnaire was taken (not its
 * answers or comment), in the JSON export, the page and the PDF.
 */
@IntegrationTest
class InzageNieuweModulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    TestData.Wereld w;
    Traject a;
    String naam;
    NieuweModulesFixture.Gevuld gevuld;
    String pad;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        naam = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        gevuld = NieuweModulesFixture.vul(jdbc, w, a, naam);
        pad = "/huishoudens/" + a.huishouden() + "/personen/" + gevuld.eerste() + "/inzage";
    }

    private static JsonNode tabel(JsonNode rapport, String onderdeel, String tabel) {
        for (JsonNode o : rapport.path("onderdelen")) {
            if (o.path("naam").asText().equals(onderdeel)) {
                for (JsonNode t : o.path("tabellen")) {
                    if (t.path("naam").asText().equals(tabel)) {
                        return t.path("rijen");
                    }
                }
            }
        }
        throw new AssertionError("no table " + onderdeel + "/" + tabel);
    }

    private static List<String> kolom(JsonNode rijen, String kolom) {
        List<String> uit = new ArrayList<>();
        rijen.forEach(r -> uit.add(r.path(kolom).asText()));
        return uit;
    }

    @Test
    void deJsonBevatDeNieuweOnderdelen() throws Exception {
        JsonNode r = json.readTree(mvc.perform(get(pad + ".json").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(r.path("onderdelen").findValuesAsText("naam")).contains("verwijzingen", "afsluiting",
                "zelfredzaamheid", "route", "tevredenheid");
        // the person's own referrals and the household's, not the other member's
        JsonNode verwijzingen = tabel(r, "verwijzingen", "verwijzingen");
        assertThat(kolom(verwijzingen, "reden")).containsExactlyInAnyOrder("Reden voor " + naam,
                "Huishouden " + naam, "Ingetrokken verwijzing " + naam);
        assertThat(kolom(verwijzingen, "status")).containsExactlyInAnyOrder("AFGEROND", "AFGEWEZEN", "INGETROKKEN");
        assertThat(kolom(verwijzingen, "voor")).contains("HUISHOUDEN", "PERSOON");
        assertThat(kolom(verwijzingen, "toestemming")).containsOnly("MONDELING");
        assertThat(r.path("onderdelen").toString()).contains("Afgewezen " + naam, "Uitkomst " + naam,
                "Intrekking " + naam)
            .doesNotContain("Alleen de tweede " + naam);

        assertThat(kolom(tabel(r, "afsluiting", "eindgesprekken"), "eigenKijk")).containsExactly("Eigen kijk " + naam);
        assertThat(kolom(tabel(r, "afsluiting", "besluiten"), "verzoekPersoon")).containsExactly("Verzoek " + naam);
        JsonNode overdrachten = tabel(r, "afsluiting", "overdrachten");
        assertThat(kolom(overdrachten, "status")).containsExactlyInAnyOrder("GEACCEPTEERD", "TERUGGETROKKEN");
        assertThat(overdrachten.toString()).contains("Aanvulling " + naam, "Deelnemers " + naam,
                "Teruggetrokken " + naam, "LEEFGEBIEDEN, CHECKLIST");
        assertThat(kolom(tabel(r, "afsluiting", "hulpvragen"), "toelichting")).containsExactly("Hulpvraag " + naam);

        assertThat(kolom(tabel(r, "zelfredzaamheid", "metingen"), "notitie")).containsExactly("Meetnotitie " + naam);
        assertThat(kolom(tabel(r, "zelfredzaamheid", "scores"), "niveau")).containsExactly("2");
        assertThat(kolom(tabel(r, "zelfredzaamheid", "acties"), "omschrijving")).containsExactly("Planactie " + naam);
        assertThat(kolom(tabel(r, "zelfredzaamheid", "metingcorrecties"), "reden"))
            .containsExactly("Correctie " + naam);

        assertThat(r.path("onderdelen").toString()).contains("Routenotitie " + naam, "Partnerregel " + naam,
                "0612345678");
        JsonNode tevredenheid = tabel(r, "tevredenheid", "vragenlijsten");
        assertThat(kolom(tevredenheid, "moment")).containsExactly("EINDE");
        // the answers and the comment are not shown apart, not even here
        assertThat(r.toString()).doesNotContain("Opmerking " + naam);

        // the other member's report has their own referral and the household's
        String ander = "/huishoudens/" + a.huishouden() + "/personen/" + gevuld.tweede() + "/inzage.json";
        JsonNode r2 = json.readTree(mvc.perform(get(ander).with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(kolom(tabel(r2, "verwijzingen", "verwijzingen"), "reden"))
            .containsExactlyInAnyOrder("Alleen de tweede " + naam, "Huishouden " + naam);
        // a person measured alone: not in the other member's report
        assertThat(tabel(r2, "zelfredzaamheid", "metingen").size()).isZero();
    }

    @Test
    void dePaginaEnDePdfTonenZe() throws Exception {
        String html = mvc.perform(get(pad).with(als(w.als(Rol.BEGELEIDER)))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(html).contains("Verwijzingen", "Reden voor " + naam, "Afsluiting en overdracht",
                "Eigen kijk " + naam, "Zelfredzaamheid", "Planactie " + naam, "Routekaart", "Routenotitie " + naam,
                "Tevredenheid", "Aan het einde van de begeleiding")
            .doesNotContain("Opmerking " + naam);
        byte[] pdf = mvc.perform(get(pad + ".pdf").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String tekst;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(tekst).contains("Verwijzingen", "Reden voor " + naam, "Afgewezen " + naam, "Eigen kijk " + naam,
                "Meetnotitie " + naam, "Routenotitie " + naam);
    }
}
