package nl.wegwijs.afsluiting.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.afsluiting.Overdracht;
import nl.wegwijs.afsluiting.OverdrachtService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
 * The refusal on the pages: the wijkteam's handover page has a labelled refuse form (Dutch and English), refusing
 * without a reason comes back with the message and writes nothing, refusing returns to the inbox, and the guide's
 * handover and closing pages show the refusal with its reason (the handover page with the form to start again).
 */
@IntegrationTest
class OverdrachtAfwijzingWebTests {

    static final LocalDate VANDAAG = LocalDate.now();
    static final String REDEN = "Het gezin woont in een wijk van een ander wijkteam.";

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
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject t;
    Medewerker begeleider;
    Medewerker wijkteam;
    Overdracht o;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        begeleider = w.als(Rol.BEGELEIDER);
        wijkteam = w.als(Rol.WIJKTEAM);
        t = data.aanmelding(w, VANDAAG.minusMonths(10));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        trajecten.start(w.als(Rol.TEAMLEIDER), t.id(), 2, VANDAAG.minusMonths(9));
        Set<UUID> personen = new HashSet<>(trajecten.inzage(begeleider, t.huishouden()).huishouden().personen()
            .stream().map(Persoon::id).toList());
        toestemmingen.legVast(w.als(Rol.TEAMLEIDER), t.huishouden(), new NieuweToestemming(personen,
                w.gemeente().id(), Rol.WIJKTEAM, Set.of(Gegevenssoort.BASISGEGEVENS), Doel.OVERDRACHT, VANDAAG, null,
                Wijze.MONDELING, null, null));
        Overdracht c = overdrachten.maakConcept(begeleider, t.huishouden(), w.gemeente().id(), false);
        o = overdrachten.deel(begeleider, c.id(), c.versie(), true);
    }

    @Test
    void theWijkteamRefusesWithAReasonAndTheGuideReadsIt() throws Exception {
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(wijkteam)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(
                    containsString("action=\"/overdrachten/" + o.id() + "/afwijzing\""),
                    containsString("<label class=\"utrecht-form-label\" for=\"afwijzing-reden-invoer\">"
                            + "Reden van de afwijzing (verplicht)</label>"),
                    containsString("aria-describedby=\"afwijzing-reden-uitleg\""),
                    containsString("Overdracht afwijzen"))));
        mvc.perform(get("/overdrachten/{id}", o.id()).param("lang", "en").with(als(wijkteam)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Refuse handover"),
                    containsString("Reason for refusing (required)"))));
        // the guide reading the same handover gets no refuse form
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("/afwijzing"))));

        // without a reason: back to the page with the message, nothing written
        mvc.perform(post("/overdrachten/{id}/afwijzing", o.id()).param("versie", String.valueOf(o.versie()))
                .param("reden", "").with(csrf()).with(als(wijkteam)))
            .andExpect(redirectedUrl("/overdrachten/" + o.id()))
            .andExpect(flash().attributeExists("fout"));
        assertThat(stand(o.id())).isEqualTo("GEDEELD");

        mvc.perform(post("/overdrachten/{id}/afwijzing", o.id()).param("versie", String.valueOf(o.versie()))
                .param("reden", REDEN).with(csrf()).with(als(wijkteam)))
            .andExpect(redirectedUrl("/overdrachten"));
        assertThat(stand(o.id())).isEqualTo("AFGEWEZEN");
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(wijkteam))).andExpect(status().isNotFound());

        mvc.perform(get("/huishoudens/{id}/overdracht", t.huishouden()).with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Het wijkteam heeft de overdracht afgewezen"),
                    containsString(REDEN), containsString("Begin een nieuwe overdracht"),
                    containsString("Overdracht starten"))));
        mvc.perform(get("/huishoudens/{id}/afsluiting", t.huishouden()).with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"afsluiting-afgewezen\""), containsString(REDEN))));
        mvc.perform(get("/huishoudens/{id}/overdracht", t.huishouden()).param("lang", "en").with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The wijkteam refused the handover")));
        mvc.perform(get("/overdrachten/{id}", o.id()).with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Afgewezen door het wijkteam"), containsString(REDEN))));
    }

    private String stand(UUID id) {
        return jdbc.sql("select status from overdracht where id = ?").param(id).query(String.class).single();
    }
}
