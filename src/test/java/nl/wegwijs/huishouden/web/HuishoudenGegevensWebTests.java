package nl.wegwijs.huishouden.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
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

/** The edit screens of a household and its persons over HTTP, per role. */
@IntegrationTest
class HuishoudenGegevensWebTests {

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject traject;
    String pad;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        traject = trajecten.meldAan(w.als(Rol.REGIEVOERDER), new Aanmelding(w.contract().id(), Adres.ONBEKEND,
                new HuishoudenDatums(LocalDate.now().minusDays(30), null, null, null), null,
                List.of(persoon(PersoonRol.HOOFDPERSOON, "Amal", LocalDate.of(1985, 1, 1)),
                        persoon(PersoonRol.KIND, "Noor", LocalDate.of(2015, 6, 1))),
                LocalDate.now()));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), traject.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), traject.id(), 2, w.als(Rol.VRIJWILLIGER).id(),
                ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        pad = "/huishoudens/" + traject.huishouden();
    }

    static NieuwePersoon persoon(PersoonRol rol, String voornaam, LocalDate geboren) {
        return new NieuwePersoon(null, rol, voornaam, "Darwish", geboren, Geslacht.VROUW, "Syrië",
                List.of("Arabisch"), false, null, Geletterdheid.ONBEKEND, null, null, null, null,
                Verblijfsstatus.ASIELSTATUSHOUDER);
    }

    private Huishouden huishouden() {
        return huishoudens.intern(traject.huishouden()).orElseThrow();
    }

    /** The whole edit form as the browser posts it, filled from the household as it is now. */
    private MockHttpServletRequestBuilder formulier(Medewerker ik, Huishouden h, String... anders) {
        java.util.Map<String, String> velden = new java.util.LinkedHashMap<>();
        velden.put("versie", String.valueOf(h.versie()));
        velden.put("koppeling", String.valueOf(h.datums().koppeling()));
        for (int i = 0; i < h.personen().size(); i++) {
            Persoon p = h.personen().get(i);
            String v = "personen[" + i + "].";
            velden.put(v + "id", p.id().toString());
            velden.put(v + "rol", p.rol().name());
            velden.put(v + "voornaam", p.voornaam());
            velden.put(v + "achternaam", p.achternaam());
            velden.put(v + "geboortedatum", p.geboortedatum().toString());
            velden.put(v + "geslacht", p.geslacht().name());
            velden.put(v + "landVanHerkomst", p.landVanHerkomst());
            velden.put(v + "talen", String.join(", ", p.talen()));
            velden.put(v + "geletterdheid", p.geletterdheid().name());
            velden.put(v + "status", p.status().name());
        }
        for (int i = 0; i < anders.length; i += 2) {
            velden.put(anders[i], anders[i + 1]);
        }
        MockHttpServletRequestBuilder r = post(pad + "/gegevens").with(als(ik)).with(csrf());
        velden.forEach(r::param);
        return r;
    }

    @Test
    void aBegeleiderCorrectsTheAddressAndTheMissingBrpDateAndGoesBackToTheFile() throws Exception {
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        mvc.perform(get(pad + "/gegevens").with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Gegevens wijzigen")))
            .andExpect(content().string(containsString("name=\"personen[1].brpDatum\"")))
            .andExpect(content().string(containsString("value=\"Noor\"")));
        LocalDate brp = LocalDate.now().minusDays(3);
        mvc.perform(formulier(begeleider, huishouden()).param("straat", "Kerkstraat").param("huisnummer", "3")
                .param("postcode", "1234 ab").param("woonplaats", "Testdorp")
                .param("personen[0].brpDatum", brp.toString()).param("personen[1].brpDatum", brp.toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(pad))
            .andExpect(flash().attribute("melding", "De gegevens van het huishouden zijn opgeslagen."));
        Huishouden h = huishouden();
        assertThat(h.adres().regel()).isEqualTo("Kerkstraat 3, 1234 AB Testdorp");
        assertThat(h.brpDatum()).isEqualTo(brp);
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and actie = 'WIJZIGEN' "
                + "and medewerker_id = ?").params(traject.huishouden().value(), begeleider.id())
            .query(Long.class).single()).isEqualTo(2);
        mvc.perform(get(pad).with(als(begeleider)))
            .andExpect(content().string(containsString("Kerkstraat 3")))
            .andExpect(content().string(not(containsString("Datum van inschrijving in de BRP ontbreekt"))));
    }

    @Test
    void wrongInputShowsDutchMessagesPerFieldKeepsTheInputAndSavesNothing() throws Exception {
        Huishouden voor = huishouden();
        mvc.perform(formulier(w.als(Rol.REGIEVOERDER), voor, "straat", "Kerkstraat", "postcode", "12345",
                "personen[0].voornaam", "", "personen[1].bsn", "123456789", "personen[1].brpDatum", "2010-01-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul de voornaam in.")))
            .andExpect(content().string(containsString("Vul een postcode in als 1234 AB.")))
            .andExpect(content().string(containsString("elfproef")))
            .andExpect(content().string(containsString("kan niet voor de geboortedatum liggen")))
            .andExpect(content().string(containsString("href=\"#personen[1].bsn\"")))
            .andExpect(content().string(containsString("value=\"Kerkstraat\"")));
        Huishouden na = huishouden();
        assertThat(na.versie()).isEqualTo(voor.versie());
        assertThat(na.adres()).isEqualTo(Adres.ONBEKEND);
    }

    @Test
    void aStaleVersionGivesAClearMessageAndKeepsTheInput() throws Exception {
        Huishouden voor = huishouden();
        huishoudens.wijzig(w.als(Rol.REGIEVOERDER), traject.huishouden(), voor.versie(),
                new Adres("Laan", "1", null, null), voor.datums(), null);
        mvc.perform(formulier(w.als(Rol.BEGELEIDER), voor).param("straat", "Mijn straat"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Iemand anders heeft dit huishouden intussen gewijzigd")))
            .andExpect(content().string(containsString("value=\"Mijn straat\"")))
            .andExpect(content().string(containsString("name=\"versie\" value=\"" + (voor.versie() + 1) + "\"")));
        assertThat(huishouden().adres().straat()).isEqualTo("Laan");
    }

    @Test
    void aNareizigerIsAddedWithHerOwnDates() throws Exception {
        mvc.perform(get(pad + "/personen/nieuw").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Persoon toevoegen")));
        LocalDate aankomst = LocalDate.now().minusDays(1);
        Huishouden voor = huishouden();
        mvc.perform(post(pad + "/personen/nieuw").with(als(w.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", String.valueOf(voor.versie()))
                .param("persoon.rol", "NAREIZIGER").param("persoon.voornaam", "Karim")
                .param("persoon.achternaam", "Darwish").param("persoon.geboortedatum", "1983-04-04")
                .param("persoon.geslacht", "MAN").param("persoon.landVanHerkomst", "Syrië")
                .param("persoon.status", "NAREIZIGER").param("persoon.brpDatum", aankomst.toString())
                .param("persoon.tolkNodig", "true").param("persoon.tolkTaal", "Arabisch"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(pad))
            .andExpect(flash().attribute("melding", "Karim Darwish is toegevoegd aan het huishouden."));
        Huishouden na = huishouden();
        assertThat(na.personen()).hasSize(3);
        Persoon karim = na.personen().get(2);
        assertThat(karim.nareiziger()).isTrue();
        assertThat(karim.brpDatum()).isEqualTo(aankomst);
        assertThat(karim.tolkTaal()).isEqualTo("Arabisch");
        assertThat(jdbc.sql("select count(*) from verwerking where betrokkene_id = ? and actie = 'AANMAKEN'")
            .param(karim.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anIncompleteNewPersonIsRefusedPerFieldAndNothingIsAdded() throws Exception {
        mvc.perform(post(pad + "/personen/nieuw").with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", String.valueOf(huishouden().versie()))
                .param("persoon.rol", "NAREIZIGER").param("persoon.voornaam", "Karim")
                .param("persoon.geslacht", "MAN").param("persoon.status", "NAREIZIGER")
                .param("persoon.tolkNodig", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul de achternaam in.")))
            .andExpect(content().string(containsString("Vul de geboortedatum in.")))
            .andExpect(content().string(containsString("Vul de taal van de tolk in")))
            .andExpect(content().string(containsString("value=\"Karim\"")));
        assertThat(huishouden().personen()).hasSize(2);
    }

    @Test
    void rolesThatMayNotChangeBaseDataAndOutsidersGetNotFound() throws Exception {
        Huishouden voor = huishouden();
        for (Medewerker ik : List.of(w.als(Rol.VRIJWILLIGER), w.als(Rol.BUDGETCOACH), w.begeleiderB(),
                data.wereld().als(Rol.REGIEVOERDER), data.wereld().als(Rol.TEAMLEIDER))) {
            mvc.perform(get(pad + "/gegevens").with(als(ik))).andExpect(status().isNotFound());
            mvc.perform(get(pad + "/personen/nieuw").with(als(ik))).andExpect(status().isNotFound());
            mvc.perform(formulier(ik, voor).param("straat", "Inbraak")).andExpect(status().isNotFound());
        }
        assertThat(huishouden().versie()).isEqualTo(voor.versie());
    }

    @Test
    void theFileLinksToTheEditScreensOnlyForRolesThatMayEdit() throws Exception {
        mvc.perform(get(pad).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(content().string(containsString("href=\"" + pad + "/gegevens\"")))
            .andExpect(content().string(containsString("href=\"" + pad + "/personen/nieuw\"")));
        mvc.perform(get(pad).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(pad + "/gegevens"))));
        mvc.perform(get(pad).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(pad + "/personen/nieuw"))));
    }
}
