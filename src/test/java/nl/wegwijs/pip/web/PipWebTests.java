package nl.wegwijs.pip.web;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.pip.Doel;
import nl.wegwijs.pip.Eigenaar;
import nl.wegwijs.pip.Pip;
import nl.wegwijs.pip.PipService;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.TrajectService;

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
 * The PIP screens over HTTP: the regievoerder drafts, adds goals and sets the PIP with plain form posts; a guide sees
 * the goals and reports on the uitvoerder's; the budgetcoach sees the money goals only; the lazy section of the
 * household file, the htmx fragment, the version history and the PDF.
 */
@IntegrationTest
class PipWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    PipService pip;

    TestData.Wereld w;
    HuishoudenId h;
    UUID samira;
    Medewerker regie;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(4));
        h = t.huishouden();
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), t.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER,
                LocalDate.now().minusDays(30));
        regie = w.als(Rol.REGIEVOERDER);
        samira = trajecten.inzage(regie, h).huishouden().personen().get(0).id();
    }

    private Pip huidig() {
        return pip.persoon(regie, h, samira).pip();
    }

    private void zetPip() throws Exception {
        String naar = "/huishoudens/" + h + "/pip#pip-" + samira;
        mvc.perform(post("/huishoudens/{id}/pip/{p}", h, samira).with(als(regie)).with(csrf()))
            .andExpect(redirectedUrl(naar)).andExpect(flash().attribute("melding", "Het concept van het PIP is gemaakt."));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/plan", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("leerroute", "B1_ROUTE").param("niveau", "B1")
            .param("intensiteit", "GEMIDDELD").param("ontzorgen", "true"))
            .andExpect(redirectedUrl(naar));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/doelen", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("leefgebied", "WONEN").param("termijn", "KORT")
            .param("omschrijving", "Huurtoeslag zelf aanvragen").param("eigenaar", "UITVOERDER"))
            .andExpect(redirectedUrl(naar)).andExpect(flash().attribute("melding", "Het doel is toegevoegd."));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/doelen", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("leefgebied", "FINANCIEN").param("termijn", "LANG")
            .param("omschrijving", "Vaste lasten zelf betalen").param("eigenaar", "BUDGETCOACH"))
            .andExpect(redirectedUrl(naar));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/doelen", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("leefgebied", "TAAL").param("termijn", "KORT")
            .param("omschrijving", "Elke week naar de les").param("eigenaar", "TAALSCHOOL")
            .param("contact", "Anja de Wit, Taalschool Noord"))
            .andExpect(redirectedUrl(naar));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/vaststelling", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("op", LocalDate.now().toString()))
            .andExpect(redirectedUrl(naar)).andExpect(flash().attribute("melding", "Het PIP is vastgesteld."));
    }

    @Test
    void theRegievoerderDraftsAndSetsAPipWithPlainFormPosts() throws Exception {
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(regie))).andExpect(status().isOk())
            .andExpect(content().string(containsString("PIP opstellen")));
        zetPip();
        assertThat(huidig().huidige().orElseThrow().doelen()).hasSize(3);
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(regie))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Versie 1, vastgesteld op")))
            .andExpect(content().string(containsString("Vraag het aan: Anja de Wit, Taalschool Noord")))
            .andExpect(content().string(containsString("Bijstellen")));
        // a stale form: a clear message, nothing changed
        mvc.perform(post("/huishoudens/{id}/pip/{p}/bijstelling", h, samira).with(als(regie)).with(csrf())
            .param("versie", "1").param("reden", "VERHUIZING"))
            .andExpect(flash().attribute("fout", containsString("Iemand anders heeft dit intussen gewijzigd")));
        // a refusal in plain Dutch
        mvc.perform(post("/huishoudens/{id}/pip/{p}/bijstelling", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("reden", "OVERIG"))
            .andExpect(flash().attribute("fout", containsString("Schrijf bij ‘anders’ kort waarom")));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/bijstelling", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("reden", "VERHUIZING"))
            .andExpect(flash().attribute("melding", containsString("nieuwe versie")));
        mvc.perform(get("/huishoudens/{id}/pip/{p}/versies", h, samira).param("nummer", "1").with(als(regie)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Huurtoeslag zelf aanvragen")))
            .andExpect(content().string(containsString("Versie 2")));
    }

    @Test
    void aGuideReportsOnTheUitvoerdersGoalAndTheBudgetcoachSeesOnlyMoneyGoals() throws Exception {
        zetPip();
        Doel wonen = huidig().huidige().orElseThrow().doelen().stream()
            .filter(d -> d.eigenaar() == Eigenaar.UITVOERDER).findFirst().orElseThrow();
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(w.als(Rol.VRIJWILLIGER)))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Huurtoeslag zelf aanvragen")))
            .andExpect(content().string(containsString("Voortgang melden")))
            .andExpect(content().string(not(containsString("PIP opstellen"))))
            .andExpect(content().string(not(containsString("Vaststellen"))));
        mvc.perform(post("/huishoudens/{id}/pip/doelen/{d}/voortgang", h, wonen.id()).with(als(w.als(Rol.VRIJWILLIGER)))
            .with(csrf()).param("versie", "" + wonen.versie()).param("op", LocalDate.now().toString())
            .param("tekst", "Formulier samen ingevuld").param("status", "BEZIG"))
            .andExpect(redirectedUrl("/huishoudens/" + h + "/pip#doel-" + wonen.id()))
            .andExpect(flash().attribute("melding", "De voortgang is opgeslagen."));
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(regie)))
            .andExpect(content().string(containsString("Formulier samen ingevuld")))
            .andExpect(content().string(containsString("Voortgang van iedereen")));
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(w.als(Rol.BUDGETCOACH)))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Vaste lasten zelf betalen")))
            .andExpect(content().string(not(containsString("Huurtoeslag zelf aanvragen"))));
        // the budgetcoach sees nothing of the plan itself: no route, no version history, no PDF
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(content().string(not(containsString("B1-route"))));
        mvc.perform(get("/huishoudens/{id}/pip/{p}/versies", h, samira).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/{id}/pip/{p}/pdf", h, samira).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(w.als(Rol.WIJKTEAM)))).andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(data.wereld().als(Rol.REGIEVOERDER))))
            .andExpect(status().isNotFound());
        // a guide cannot set anything: refused, nothing written
        long voor = huidig().versie();
        mvc.perform(post("/huishoudens/{id}/pip/{p}/bijstelling", h, samira).with(als(w.als(Rol.BEGELEIDER)))
            .with(csrf()).param("versie", "" + voor).param("reden", "VERHUIZING"))
            .andExpect(flash().attribute("fout", containsString("Alleen de regievoerder")));
        assertThat(huidig().versie()).isEqualTo(voor);
    }

    @Test
    void theHouseholdFileLoadsTheSectionLazilyAndHtmxGetsTheFragment() throws Exception {
        mvc.perform(get("/huishoudens/{id}", h).with(als(regie))).andExpect(status().isOk())
            .andExpect(content().string(containsString("data-hx-get=\"/huishoudens/" + h + "/pip\"")))
            .andExpect(content().string(containsString("data-hx-trigger=\"revealed\"")));
        mvc.perform(get("/huishoudens/{id}/pip", h).header("HX-Request", "true").with(als(regie)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("PIP opstellen")))
            .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void thePdfIsThePlanInPlainDutch() throws Exception {
        zetPip();
        byte[] pdf = mvc.perform(get("/huishoudens/{id}/pip/{p}/pdf", h, samira).with(als(regie)))
            .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
            .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Uw plan: Samira Haddad").contains("B1-route")
                .contains("Huurtoeslag zelf aanvragen").contains("Wie helpt: uw begeleider")
                .contains("Wie helpt: uw taalschool (Anja de Wit, Taalschool Noord)").contains("Geld (financiën)");
        }
        mvc.perform(get("/huishoudens/{id}/pip/{p}/pdf", h, samira).with(als(w.als(Rol.WIJKTEAM))))
            .andExpect(status().isNotFound());
    }

    /** The page with everything on it, so the JTE page is compared with Thymeleaf's (issue 21). */
    @Test
    void theRegievoerderSeesTheDraftOfAChangeWithItsGoalsAndThePipsRecords() throws Exception {
        zetPip();
        String naar = "/huishoudens/" + h + "/pip#pip-" + samira;
        String vandaag = LocalDate.now().toString();
        mvc.perform(post("/huishoudens/{id}/pip/{p}/akkoord", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("op", vandaag).param("wijze", "MONDELING_MET_TOLK"))
            .andExpect(redirectedUrl(naar)).andExpect(flash().attribute("melding", "Het akkoord is opgeslagen."));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/delingen", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("partner", "TAALSCHOOL").param("naam", "Anja de Wit")
            .param("op", vandaag))
            .andExpect(flash().attribute("melding", "Opgeslagen met wie het PIP is gedeeld."));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/delingen", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("partner", "UITVOERDER").param("op", vandaag))
            .andExpect(flash().attribute("melding", "Opgeslagen met wie het PIP is gedeeld."));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/gesprekken", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("op", vandaag).param("wie", "Samira, tolk")
            .param("uitkomst", "Gaat goed <echt>"))
            .andExpect(flash().attribute("melding", "Het gesprek is opgeslagen."));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/feiten", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("eersteTaalles", LocalDate.now().minusDays(5).toString()))
            .andExpect(flash().attribute("melding", "De datums zijn opgeslagen."));
        mvc.perform(post("/huishoudens/{id}/pip/{p}/bijstelling", h, samira).with(als(regie)).with(csrf())
            .param("versie", "" + huidig().versie()).param("reden", "VERHUIZING").param("toelichting", "Naar Utrecht"))
            .andExpect(flash().attribute("melding", containsString("nieuwe versie")));
        // a second person with a new draft without goals
        UUID tweede = pip.pagina(regie, h).personen().stream().filter(x -> x.pip() == null).findFirst()
            .orElseThrow().persoon().id();
        mvc.perform(post("/huishoudens/{id}/pip/{p}", h, tweede).with(als(regie)).with(csrf()))
            .andExpect(flash().attribute("melding", "Het concept van het PIP is gemaakt."));
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(regie))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Concept versie 2, bijstelling")))
            .andExpect(content().string(containsString("Doel opslaan")))
            .andExpect(content().string(containsString("Gaat goed")));
        mvc.perform(get("/huishoudens/{id}/pip", h).header("HX-Request", "true").with(als(regie)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Doel opslaan")));
        mvc.perform(get("/huishoudens/{id}/pip", h).with(als(w.als(Rol.VRIJWILLIGER)))).andExpect(status().isOk());
        mvc.perform(get("/huishoudens/{id}/pip/{p}/versies", h, samira).with(als(regie)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Naar Utrecht")));
        mvc.perform(get("/huishoudens/{id}/pip/{p}/versies", h, samira).param("nummer", "2").with(als(regie)))
            .andExpect(status().isOk());
    }
}
