package nl.wegwijs.socialekaart;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.TestData.als;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sociale kaart's pages through MockMvc (the JTE move, issue 21: tests render every page with both engines and
 * compare): the list with its filters and pages, a service read-only and maintained, the form with bad input.
 */
@IntegrationTest
class SocialeKaartWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    SocialeKaart kaart;

    static DienstGegevens gegevens(String naam, Dienstsoort soort, List<String> talen, Integer wachttijd) {
        return new DienstGegevens(naam, soort, wachttijd == null ? null : "070 555 0101",
                wachttijd == null ? null : "info@voorbeeld.example", null,
                wachttijd == null ? null : "https://voorbeeld.example", talen, wachttijd,
                wachttijd == null ? null : "Bellen & mailen", null);
    }

    @Test
    void theListWithItsFiltersAndPages() throws Exception {
        TestData.Wereld w = data.wereld();
        UUID g = w.gemeente().id();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        mvc.perform(get("/socialekaart").with(als(tl))).andExpect(status().isOk());
        for (int i = 0; i < SocialeKaart.PAGINA + 1; i++) {
            kaart.voegToe(tl, g, gegevens("Huisarts " + (10 + i), Dienstsoort.HUISARTS,
                    i % 2 == 0 ? List.of("Nederlands", "Arabisch") : List.of(), i % 3 == 0 ? null : 1 + i % 5));
        }
        Dienst weg = kaart.voegToe(tl, g, gegevens("Inloop De Brug", Dienstsoort.INLOOP, List.of(), 2));
        kaart.zetActief(tl, weg.id(), weg.versie(), false);
        mvc.perform(get("/socialekaart").with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Huisarts 10")));
        SocialeKaart.Pagina pagina = kaart.pagina(tl, g, null, null, SocialeKaart.PAGINA);
        mvc.perform(get("/socialekaart").with(als(tl)).param("gemeente", g.toString())
                .param("na", pagina.volgende().toString()))
            .andExpect(status().isOk())
            .andExpect(model().attribute("gepagineerd", true));
        mvc.perform(get("/socialekaart").with(als(w.als(Rol.BEGELEIDER))).param("soort", "HUISARTS")
                .param("taal", "arabisch").param("na", pagina.volgende().toString()))
            .andExpect(status().isOk());
        mvc.perform(get("/socialekaart").with(als(w.als(Rol.BEGELEIDER))).param("soort", "INLOOP"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Inloop De Brug")));
        mvc.perform(get("/socialekaart").with(als(tl)).param("taal", "Klingon"))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Huisarts 10"))));
    }

    @Test
    void aServiceReadOnlyAndMaintainedAndTheFormWithBadInput() throws Exception {
        TestData.Wereld w = data.wereld();
        UUID g = w.gemeente().id();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Dienst vol = kaart.voegToe(tl, g, gegevens("GGZ-team Kompas", Dienstsoort.GGZ, List.of("Nederlands", "Tigrinya"), 3));
        Dienst leeg = kaart.voegToe(tl, g, gegevens("Inloop", Dienstsoort.INLOOP, List.of(), null));
        kaart.zetActief(tl, leeg.id(), leeg.versie(), false);

        // read-only for a begeleider, with every field and without
        mvc.perform(get("/socialekaart/{id}", vol.id()).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("GGZ-team Kompas"), containsString("Tigrinya"))));
        mvc.perform(get("/socialekaart/{id}", leeg.id()).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk());

        // maintained by the teamleider: active and inactive
        mvc.perform(get("/socialekaart/{id}", vol.id()).with(als(tl))).andExpect(status().isOk());
        mvc.perform(get("/socialekaart/{id}", leeg.id()).with(als(tl))).andExpect(status().isOk());

        // a new one: the empty form, then bad input shown at its field
        mvc.perform(get("/socialekaart/nieuw").with(als(tl)).param("gemeente", g.toString()))
            .andExpect(status().isOk());
        mvc.perform(post("/socialekaart/nieuw").with(als(tl)).with(csrf()).param("gemeente", g.toString())
                .param("naam", "Budgetloket").param("soort", "SCHULDHULP").param("email", "geen-adres")
                .param("talen", "Nederlands, Arabisch").param("wachttijdWeken", "2"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("dienst", "email"));

        // a change with bad input keeps the page
        mvc.perform(post("/socialekaart/{id}", vol.id()).with(als(tl)).with(csrf())
                .param("versie", String.valueOf(vol.versie())).param("naam", " ").param("soort", "GGZ"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("dienst", "naam"));
    }
}
