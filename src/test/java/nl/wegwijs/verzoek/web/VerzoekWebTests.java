package nl.wegwijs.verzoek.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verzoek.AkkoordWijze;
import nl.wegwijs.verzoek.NieuwVerzoek;
import nl.wegwijs.verzoek.Product;
import nl.wegwijs.verzoek.Verzoek;
import nl.wegwijs.verzoek.VerzoekService;
import nl.wegwijs.verzoek.VerzoekSoort;
import nl.wegwijs.verzoek.VerzoekStatus;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The request screens over HTTP: the lazy section of the file, the form (refused without the client's agreement),
 * the regievoerder's list and decision through a confirmation page, a second decision, and 404s.
 */
@IntegrationTest
class VerzoekWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject t;
    Medewerker tl;
    Medewerker rv;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        tl = w.als(Rol.TEAMLEIDER);
        rv = w.als(Rol.REGIEVOERDER);
        t = data.aanmelding(w, VANDAAG.minusMonths(10));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, VANDAAG.minusMonths(9));
    }

    private Verzoek verlenging(int maanden) {
        return verzoeken.dienIn(tl, t.huishouden(), new NieuwVerzoek(VerzoekSoort.VERLENGING, maanden, null, null,
                null, "Nog veel post", VANDAAG, AkkoordWijze.MONDELING));
    }

    private long aantal() {
        return jdbc.sql("select count(*) from verzoek where huishouden_id = ?").param(t.huishouden().value())
            .query(Long.class).single();
    }

    private MockHttpServletRequestBuilder formulier(Medewerker wie, String... anders) {
        java.util.Map<String, String> velden = new java.util.LinkedHashMap<>();
        velden.put("soort", "PRODUCT");
        velden.put("product", "MINDFIT");
        velden.put("reden", "Slaapt slecht sinds de verhuizing");
        velden.put("akkoordOp", VANDAAG.toString());
        velden.put("akkoordWijze", "SCHRIFTELIJK");
        for (int i = 0; i < anders.length; i += 2) {
            velden.put(anders[i], anders[i + 1]);
        }
        MockHttpServletRequestBuilder r = post("/huishoudens/{id}/verzoeken", t.huishouden()).with(als(wie))
            .with(csrf());
        velden.forEach(r::param);
        return r;
    }

    @Test
    void theFileHasALazySectionWithTheLinkForTheTeamleiderOnly() throws Exception {
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Verzoeken aan de gemeente")))
            .andExpect(content().string(containsString("data-hx-get=\"/huishoudens/" + t.huishouden() + "/verzoeken\"")))
            .andExpect(content().string(containsString("/huishoudens/" + t.huishouden() + "/verzoeken/nieuw")));
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(rv)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-hx-get=\"/huishoudens/" + t.huishouden() + "/verzoeken\"")))
            .andExpect(content().string(not(containsString("/verzoeken/nieuw"))));
    }

    @Test
    void teamleiderSubmitsThroughTheForm() throws Exception {
        mvc.perform(get("/huishoudens/{id}/verzoeken/nieuw", t.huishouden()).with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Akkoord van de cliënt")));
        mvc.perform(formulier(tl))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/huishoudens/" + t.huishouden() + "/verzoeken"))
            .andExpect(flash().attribute("melding", containsString("ingediend")));
        mvc.perform(get("/huishoudens/{id}/verzoeken", t.huishouden()).with(als(tl)).header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<html"))))
            .andExpect(content().string(containsString("Product: Mindfit")));
    }

    @Test
    void refusesTheFormWithoutTheClientsAgreementAndSavesNothing() throws Exception {
        mvc.perform(formulier(tl, "akkoordOp", "", "akkoordWijze", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Zonder akkoord kunt u geen verzoek indienen")));
        mvc.perform(formulier(tl, "soort", "VERLENGING", "maanden", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul een aantal maanden in")));
        assertThat(aantal()).isZero();
    }

    @Test
    void aBegeleiderCannotSubmit() throws Exception {
        mvc.perform(formulier(w.als(Rol.BEGELEIDER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Alleen de teamleider")));
        assertThat(aantal()).isZero();
    }

    @Test
    void theRegievoerderApprovesAnExtensionThroughAConfirmation() throws Exception {
        Verzoek v = verlenging(6);
        mvc.perform(get("/verzoeken").with(als(rv)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Open verzoeken")))
            .andExpect(content().string(containsString("Haddad, Samira")))
            .andExpect(content().string(containsString("Verlenging met 6 maanden")));
        mvc.perform(get("/verzoeken/{id}", v.id()).with(als(rv)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Goedkeuren")))
            .andExpect(content().string(containsString("al 0 van ten hoogste 6 maanden verlengd")));
        mvc.perform(post("/verzoeken/{id}/besluit", v.id()).with(als(rv)).with(csrf()).param("versie", "1")
                .param("uitkomst", "GOEDGEKEURD"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Verzoek goedkeuren?")))
            .andExpect(content().string(containsString("De begeleiding wordt verlengd met 6 maanden")));
        assertThat(verzoeken.find(rv, v.id()).orElseThrow().verzoek().status()).isEqualTo(VerzoekStatus.INGEDIEND);
        mvc.perform(post("/verzoeken/{id}/besluit", v.id()).with(als(rv)).with(csrf()).param("versie", "1")
                .param("uitkomst", "GOEDGEKEURD").param("bevestigd", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/verzoeken/" + v.id()))
            .andExpect(flash().attribute("melding", containsString("goedgekeurd")));
        assertThat(verzoeken.find(rv, v.id()).orElseThrow().verzoek().status())
            .isEqualTo(VerzoekStatus.GOEDGEKEURD);
        // a second decision from a page still open elsewhere
        mvc.perform(post("/verzoeken/{id}/besluit", v.id()).with(als(rv)).with(csrf()).param("versie", "1")
                .param("uitkomst", "AFGEWEZEN").param("reden", "Toch niet").param("bevestigd", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", containsString("al besloten")));
        assertThat(verzoeken.find(rv, v.id()).orElseThrow().verzoek().status())
            .isEqualTo(VerzoekStatus.GOEDGEKEURD);
    }

    @Test
    void rejectingNeedsAReason() throws Exception {
        Verzoek v = verzoeken.dienIn(tl, t.huishouden(), new NieuwVerzoek(VerzoekSoort.PRODUCT, null,
                Product.EUROWIJZER, null, null, "Wil leren omgaan met geld", VANDAAG, AkkoordWijze.MONDELING));
        mvc.perform(post("/verzoeken/{id}/besluit", v.id()).with(als(rv)).with(csrf()).param("versie", "1")
                .param("uitkomst", "AFGEWEZEN").param("reden", " "))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Schrijf waarom u het verzoek afwijst")));
        assertThat(verzoeken.find(rv, v.id()).orElseThrow().verzoek().status()).isEqualTo(VerzoekStatus.INGEDIEND);
    }

    @Test
    void theTeamleiderSeesTheirOwnRequestsAndCannotDecide() throws Exception {
        Verzoek v = verlenging(3);
        mvc.perform(get("/verzoeken").with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Mijn verzoeken")))
            .andExpect(content().string(containsString("Verlenging met 3 maanden")));
        mvc.perform(get("/verzoeken/{id}", v.id()).with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Goedkeuren"))))
            .andExpect(content().string(containsString("Verzoek intrekken")));
        mvc.perform(post("/verzoeken/{id}/besluit", v.id()).with(als(tl)).with(csrf()).param("versie", "1")
                .param("uitkomst", "GOEDGEKEURD"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", containsString("alleen de regievoerder van de gemeente beslist")));
        mvc.perform(post("/verzoeken/{id}/intrekking", v.id()).with(als(tl)).with(csrf()).param("versie", "1"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/huishoudens/" + t.huishouden() + "/verzoeken"));
        assertThat(verzoeken.find(tl, v.id()).orElseThrow().verzoek().status())
            .isEqualTo(VerzoekStatus.INGETROKKEN);
    }

    @Test
    void anotherGemeenteAndOtherRolesGet404() throws Exception {
        Verzoek v = verlenging(3);
        Medewerker ander = data.wereld().als(Rol.REGIEVOERDER);
        mvc.perform(get("/verzoeken/{id}", v.id()).with(als(ander))).andExpect(status().isNotFound());
        mvc.perform(post("/verzoeken/{id}/besluit", v.id()).with(als(ander)).with(csrf()).param("versie", "1")
                .param("uitkomst", "GOEDGEKEURD").param("bevestigd", "true"))
            .andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/{id}/verzoeken", t.huishouden()).with(als(ander)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/verzoeken").with(als(w.als(Rol.BEGELEIDER)))).andExpect(status().isNotFound());
    }
}
