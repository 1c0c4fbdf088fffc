package nl.wegwijs.bewaren;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

@IntegrationTest
class VerhuisTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    JdbcClient jdbc;

    /** The household consents (recorded by the teamleider) that its file moves to {@code naar}. */
    private void verhuistoestemming(TestData.Wereld w, Traject t, UUID naar) {
        Set<UUID> personen = new HashSet<>(BewaarFixture.personen(jdbc, t.huishouden()));
        toestemmingen.legVast(w.als(Rol.TEAMLEIDER), t.huishouden(), new NieuweToestemming(personen, naar, null,
                Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG), Doel.VERHUIZING, LocalDate.now(), null,
                Wijze.MONDELING_MET_TOLK, "Arabisch", null));
    }

    private String export(TestData.Wereld w, Traject t) throws Exception {
        return mvc.perform(get("/huishoudens/" + t.huishouden().value() + "/verhuizing/export")
            .with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    private long huishoudens(TestData.Wereld w) {
        return jdbc.sql("select count(*) from huishouden where gemeente_id = ?").param(w.gemeente().id())
            .query(Long.class).single();
    }

    private MockMultipartFile bestand(String json) {
        return new MockMultipartFile("bestand", "dossier.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void zonderToestemmingGeenExportEnAlleenVoorRegievoerderEnTeamleider() throws Exception {
        TestData.Wereld w = data.wereld();
        TestData.Wereld ander = data.wereld();
        Traject t = BewaarFixture.huishouden(data, trajecten, w, BewaarFixture.achternaam(), null);
        String pad = "/huishoudens/" + t.huishouden().value() + "/verhuizing/export";

        mvc.perform(get(pad).with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isForbidden());
        mvc.perform(get(pad).with(als(w.als(Rol.TEAMLEIDER)))).andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/" + t.huishouden().value()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(containsString("Toestemming voor verhuizing vastleggen")))
            .andExpect(content().string(not(containsString("/verhuizing/export"))));

        verhuistoestemming(w, t, ander.gemeente().id());
        mvc.perform(get(pad).with(als(w.als(Rol.TEAMLEIDER)))).andExpect(status().isOk());
        mvc.perform(get(pad).with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isOk());
        for (Medewerker m : List.of(w.als(Rol.BEGELEIDER), w.als(Rol.BUDGETCOACH), w.als(Rol.BEHEERDER),
                w.als(Rol.PRIVACYFUNCTIONARIS), ander.als(Rol.REGIEVOERDER), ander.als(Rol.TEAMLEIDER))) {
            mvc.perform(get(pad).with(als(m))).andExpect(status().isNotFound());
        }
        // a revoked consent no longer counts
        jdbc.sql("update toestemming set ingetrokken_op = now() where huishouden_id = ? and doel = 'VERHUIZING'")
            .param(t.huishouden().value()).update();
        mvc.perform(get(pad).with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isForbidden());
    }

    @Test
    void hetDossierGaatMetToestemmingMeeNaarDeNieuweGemeente() throws Exception {
        TestData.Wereld oud = data.wereld();
        TestData.Wereld nieuw = data.wereld();
        String naam = BewaarFixture.achternaam();
        Traject t = BewaarFixture.huishouden(data, trajecten, oud, naam, null);
        jdbc.sql("update persoon set bsn = ? where huishouden_id = ? and volgorde = 0")
            .params(String.valueOf(100_000_000 + (int) (Math.random() * 800_000_000)), t.huishouden().value())
            .update();
        BewaarFixture.begeleiding(jdbc, t.huishouden(), oud.als(Rol.BEGELEIDER), naam);
        verhuistoestemming(oud, t, nieuw.gemeente().id());

        mvc.perform(get("/huishoudens/" + t.huishouden().value()).with(als(oud.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(containsString("/verhuizing/export")));
        mvc.perform(get("/huishoudens/" + t.huishouden().value() + "/verhuizing/export")
            .with(als(oud.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andExpect(jsonPath("$.formaat").value("wegwijs-verhuisdossier"))
            .andExpect(jsonPath("$.versie").value(1))
            .andExpect(jsonPath("$.van.cbsCode").value(oud.gemeente().cbsCode()))
            .andExpect(jsonPath("$.naar[0]").value(nieuw.gemeente().cbsCode()))
            .andExpect(jsonPath("$.personen.length()").value(3))
            .andExpect(jsonPath("$.personen[0].achternaam").value(naam))
            .andExpect(jsonPath("$.personen[0].geboortedatum").value("1990-03-01"))
            .andExpect(jsonPath("$.traject.status").value("AANGEMELD"))
            .andExpect(jsonPath("$.checklist[?(@.status == 'GEREGELD')].wieDeedHet").value("SAMEN"))
            .andExpect(jsonPath("$.afspraken.length()").value(2))
            .andExpect(jsonPath("$.afspraken[0].afspraken").value("Afspraak met " + naam));
        String json = export(oud, t);
        assertThat(json).doesNotContain("Notitie over " + naam);
        assertThat(logrijen(t.huishouden(), "LEZEN")).isEqualTo(2 * 3);
        long voor = huishoudens(nieuw);

        String nieuwPad = mvc.perform(multipart("/verhuizing/import").file(bestand(json))
            .param("contract", nieuw.contract().id().toString()).param("straat", "Nieuwe straat")
            .param("huisnummer", "7").with(als(nieuw.als(Rol.REGIEVOERDER))).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", containsString("niet overgenomen")))
            .andReturn().getResponse().getRedirectedUrl();

        assertThat(huishoudens(nieuw)).isEqualTo(voor + 1);
        HuishoudenId h = new HuishoudenId(UUID.fromString(nieuwPad.substring("/huishoudens/".length())));
        assertThat(jdbc.sql("select voornaam || ' ' || achternaam || ' ' || geboortedatum || ' ' || coalesce(bsn, '-') "
                + "from persoon where huishouden_id = ? order by volgorde").param(h.value()).query(String.class).list())
            .containsExactly("Samira " + naam + " 1990-03-01 -", "Yusuf " + naam + " 1988-07-12 -",
                    "Lina " + naam + " 2016-05-05 -");
        assertThat(jdbc.sql("select straat from huishouden where id = ?").param(h.value()).query(String.class).single())
            .isEqualTo("Nieuwe straat");
        assertThat(logrijen(h, "AANMAKEN")).isEqualTo(3);
        mvc.perform(get(nieuwPad).with(als(nieuw.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Overgenomen uit " + oud.gemeente().naam())))
            .andExpect(content().string(containsString("Afspraak met " + naam)))
            .andExpect(content().string(containsString("Samira " + naam)));
    }

    @Test
    void eenOngeldigBestandWordtGeweigerdZonderIetsVastTeLeggen() throws Exception {
        TestData.Wereld oud = data.wereld();
        TestData.Wereld nieuw = data.wereld();
        TestData.Wereld derde = data.wereld();
        Traject t = BewaarFixture.huishouden(data, trajecten, oud, BewaarFixture.achternaam(), null);
        verhuistoestemming(oud, t, nieuw.gemeente().id());
        String json = export(oud, t);
        Medewerker regie = nieuw.als(Rol.REGIEVOERDER);
        long voor = huishoudens(nieuw);

        String[][] gevallen = {
            { "geen json", "Dit bestand is geen JSON" },
            { "{\"formaat\": \"iets anders\", \"versie\": 1}", "geen Wegwijs-verhuisdossier" },
            { json.replace("\"versie\" : 1", "\"versie\" : 9"), "Deze versie van het verhuisdossier (9)" },
            { json.replace("\"geboortedatum\" : \"1988-07-12\"", "\"geboortedatum\" : \"12 juli\""),
                "Het dossier klopt niet bij het veld personen[2].geboortedatum" },
            { json.replace("\"voornaam\" : \"Lina\"", "\"voornaam\" : \" \""), "Persoon 3 in het dossier heeft geen" },
        };
        for (String[] geval : gevallen) {
            mvc.perform(multipart("/verhuizing/import").file(bestand(geval[0]))
                .param("contract", nieuw.contract().id().toString()).with(als(regie)).with(csrf()))
                .andExpect(redirectedUrl("/verhuizing/import"))
                .andExpect(flash().attribute("fout", containsString(geval[1])));
        }
        // meant for another gemeente
        mvc.perform(multipart("/verhuizing/import").file(bestand(json))
            .param("contract", derde.contract().id().toString()).with(als(derde.als(Rol.REGIEVOERDER))).with(csrf()))
            .andExpect(redirectedUrl("/verhuizing/import"))
            .andExpect(flash().attribute("fout", containsString("bestemd voor een andere gemeente")));
        // only the regievoerder imports
        for (Rol rol : List.of(Rol.TEAMLEIDER, Rol.BEGELEIDER, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            mvc.perform(multipart("/verhuizing/import").file(bestand(json))
                .param("contract", nieuw.contract().id().toString()).with(als(nieuw.als(rol))).with(csrf()))
                .andExpect(status().isNotFound());
            mvc.perform(get("/verhuizing/import").with(als(nieuw.als(rol)))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/verhuizing/import").with(als(regie))).andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"bestand\"")));
        assertThat(huishoudens(nieuw)).isEqualTo(voor);
        assertThat(huishoudens(derde)).isZero();
    }

    private long logrijen(HuishoudenId h, String actie) {
        return jdbc.sql("select count(*) from verwerking where huishouden_id = ? and doel = 'VERHUIZING' and actie = ?")
            .params(h.value(), actie).query(Long.class).single();
    }
}
