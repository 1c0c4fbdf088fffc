package nl.wegwijs.afsluiting.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.afsluiting.AfsluitingOnderdeel;
import nl.wegwijs.afsluiting.AfsluitingService;
import nl.wegwijs.afsluiting.Hulpvraagsoort;
import nl.wegwijs.afsluiting.Overdracht;
import nl.wegwijs.afsluiting.OverdrachtService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every afsluiting page in its states, so the test run compares each JTE template with its Thymeleaf original
 * (wegwijs.sjablonen.vergelijken): the closing page and its refused forms shown again with what was entered, the
 * guide's handover page from start to shared, the wijkteam's inbox and handover page up to the later hulpvragen,
 * the settings per contract; and the household file's closing section rendered by both engines.
 */
@IntegrationTest
class AfsluitingPaginasWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    OverdrachtService overdrachten;

    @Autowired
    AfsluitingService afsluiting;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    TestData.Wereld w;
    Traject t;
    Medewerker begeleider;
    Medewerker teamleider;
    Medewerker wijkteam;

    /** A six-month guidance started five months ago: the closing is due now. */
    @BeforeEach
    void wereld() {
        w = data.wereld(6);
        begeleider = w.als(Rol.BEGELEIDER);
        teamleider = w.als(Rol.TEAMLEIDER);
        wijkteam = w.als(Rol.WIJKTEAM);
        t = data.aanmelding(w, VANDAAG.minusMonths(6));
        trajecten.accepteer(teamleider, t.id(), 1, w.teamA().id());
        trajecten.start(teamleider, t.id(), 2, VANDAAG.minusMonths(5));
    }

    @AfterEach
    void taal() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theClosingPageAndItsRefusedFormsKeepWhatWasEntered() throws Exception {
        String pagina = "/huishoudens/" + t.huishouden() + "/afsluiting";
        mvc.perform(get(pagina).with(als(begeleider))).andExpect(status().isOk());
        mvc.perform(get(pagina).with(als(teamleider))).andExpect(status().isOk());
        mvc.perform(get(pagina).param("lang", "en").with(als(teamleider))).andExpect(status().isOk());

        // refused: a date in the future; the page again with the entered values
        mvc.perform(post(pagina + "/eindgesprek").param("op", VANDAAG.plusDays(3).toString())
                .param("aanwezig", "Samira & Anna").param("samenvatting", "<b>Besproken</b>")
                .param("eigenKijk", "Het gaat goed > beter").with(csrf()).with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(model().attributeExists("fout"))
            .andExpect(content().string(containsString("Samira &amp; Anna")));
        mvc.perform(post(pagina + "/eindgesprek").param("op", "").param("aanwezig", "")
                .with(csrf()).with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(model().attributeExists("fout"));
        long versie = trajecten.dossier(teamleider, t.huishouden()).orElseThrow().traject().versie();
        mvc.perform(post(pagina + "/verlenging").param("versie", String.valueOf(versie)).param("maanden", "99")
                .param("reden", "Nog niet zelfredzaam").param("verzoek", "Zelf gevraagd")
                .param("verzoekOp", VANDAAG.toString()).with(csrf()).with(als(teamleider)))
            .andExpect(status().isOk())
            .andExpect(model().attributeExists("fout"));
        mvc.perform(post(pagina + "/beeindiging").param("versie", String.valueOf(versie)).param("reden", "")
                .param("dienstenlijst", "true").param("toelichting", "Verhuisd").with(csrf()).with(als(teamleider)))
            .andExpect(status().isOk())
            .andExpect(model().attributeExists("fout"));

        // the eindgesprek recorded, then the page shows it
        mvc.perform(post(pagina + "/eindgesprek").param("op", VANDAAG.toString()).param("aanwezig", "Samira, Anna")
                .param("samenvatting", "De laatste stappen").param("eigenKijk", "Tevreden").with(csrf())
                .with(als(begeleider)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get(pagina).with(als(teamleider))).andExpect(status().isOk())
            .andExpect(content().string(containsString("De laatste stappen")));

        // the household file's closing section, by both engines
        gelijkeOnderdelen(begeleider);
        gelijkeOnderdelen(teamleider);
    }

    @Test
    void theHandoverFromStartToHulpvraagOnEveryPage() throws Exception {
        Set<UUID> personen = new HashSet<>(trajecten.inzage(begeleider, t.huishouden()).huishouden().personen()
            .stream().map(Persoon::id).toList());
        toestemmingen.legVast(teamleider, t.huishouden(), new NieuweToestemming(personen, w.gemeente().id(),
                Rol.WIJKTEAM, Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG), Doel.OVERDRACHT,
                VANDAAG, null, Wijze.MONDELING, null, null));
        String gids = "/huishoudens/" + t.huishouden() + "/overdracht";
        mvc.perform(get(gids).with(als(begeleider))).andExpect(status().isOk());
        // refused start (no receiver): the page again
        mvc.perform(post(gids).param("hulpvraag", "true").with(csrf()).with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(model().attributeExists("fout"));

        Overdracht c = overdrachten.maakConcept(begeleider, t.huishouden(), w.gemeente().id(), true);
        mvc.perform(get(gids).with(als(begeleider))).andExpect(status().isOk());
        mvc.perform(get(gids).param("lang", "en").with(als(begeleider))).andExpect(status().isOk());
        // refused addition (too long): the page again with what was entered
        mvc.perform(post("/overdrachten/{id}/aanvulling", c.id()).param("versie", String.valueOf(c.versie()))
                .param("huishouden", t.huishouden().toString()).param("hulpvraag", "true")
                .param("aanvulling_CHECKLIST", "x".repeat(600)).param("aanvulling_BRIEVEN", "Brief & <map>")
                .with(csrf()).with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(model().attributeExists("fout"));
        mvc.perform(post("/overdrachten/{id}/aanvulling", c.id()).param("versie", String.valueOf(c.versie()))
                .param("huishouden", t.huishouden().toString()).param("hulpvraag", "true")
                .param("aanvulling_BRIEVEN", "Brief van de Belastingdienst & de gemeente").with(csrf())
                .with(als(begeleider)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get(gids).with(als(begeleider))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Brief van de Belastingdienst &amp; de gemeente")));
        gelijkeOnderdelen(begeleider);

        Overdracht concept = overdrachten.pagina(begeleider, t.huishouden()).overdracht();
        Overdracht o = overdrachten.deel(begeleider, concept.id(), concept.versie(), true);
        mvc.perform(get(gids).with(als(begeleider))).andExpect(status().isOk());
        mvc.perform(get("/overdrachten").with(als(wijkteam))).andExpect(status().isOk())
            .andExpect(content().string(containsString("/overdrachten/" + o.id())));
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(wijkteam))).andExpect(status().isOk());
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(begeleider))).andExpect(status().isOk());

        o = overdrachten.planDriegesprek(wijkteam, o.id(), o.versie(), VANDAAG.plusDays(7), "Samira, Anna, wijkteam");
        mvc.perform(get(gids).with(als(begeleider))).andExpect(status().isOk());
        mvc.perform(get("/overdrachten").with(als(wijkteam))).andExpect(status().isOk());
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(wijkteam))).andExpect(status().isOk());

        o = overdrachten.accepteer(wijkteam, o.id(), o.versie());
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(wijkteam))).andExpect(status().isOk());
        overdrachten.legHulpvraagVast(wijkteam, o.id(), Hulpvraagsoort.values()[0], VANDAAG, "Betalingsregeling");
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(wijkteam))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Betalingsregeling")));
        mvc.perform(get("/overdrachten/{id}", o.id()).param("lang", "en").with(als(wijkteam)))
            .andExpect(status().isOk());
        mvc.perform(get("/overdrachten").with(als(wijkteam))).andExpect(status().isOk());
        mvc.perform(get("/overdrachten/{id}/samenvatting.pdf", o.id()).with(als(wijkteam)))
            .andExpect(status().isOk());
        mvc.perform(get(gids).with(als(begeleider))).andExpect(status().isOk());

        // the receiving wijkteam's section in the file, and the guide's once closed
        gelijk(new AfsluitingOnderdeel.Model(null, o.id()));
        gelijkeOnderdelen(teamleider);
    }

    @Test
    void theSettingsPerContract() throws Exception {
        mvc.perform(get("/afsluiting/instellingen").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(w.uitvoerder().naam())));
    }

    /** The closing section of the household file as this medewerker sees it, in Dutch and English. */
    private void gelijkeOnderdelen(Medewerker m) {
        Inzage inzage = trajecten.inzage(m, t.huishouden());
        Dossier d = trajecten.dossier(inzage);
        gelijk(new AfsluitingOnderdeel.Model(afsluiting.afsluiting(inzage, d), null));
    }

    private void gelijk(AfsluitingOnderdeel.Model model) {
        for (Locale taal : new Locale[] { Locale.forLanguageTag("nl"), Locale.ENGLISH }) {
            LocaleContextHolder.setLocale(taal);
            String oud = thymeleaf.process("afsluiting/dossier", Set.of("onderdeel"),
                    new WebContext(webApplicatie().buildExchange(new MockHttpServletRequest(),
                    new MockHttpServletResponse()), taal, Map.of("o", model)));
            String nieuw = jte.render("afsluiting/dossier/onderdeel", Map.of("o", model));
            assertThat(TemplateRenderer.normaal(nieuw)).isEqualTo(TemplateRenderer.normaal(oud));
        }
    }

    /** Thymeleaf's links need a web context (the fragment is rendered outside a request here). */
    private static JakartaServletWebApplication webApplicatie() {
        return JakartaServletWebApplication.buildApplication(new MockServletContext());
    }
}
