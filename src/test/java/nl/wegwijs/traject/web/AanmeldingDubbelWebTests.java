package nl.wegwijs.traject.web;

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

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The duplicate check of the aanmelding: a V-number or BSN already in Wegwijs warns before anything is written. */
@IntegrationTest
class AanmeldingDubbelWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    String vNummer;
    String bsn;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        vNummer = nl.wegwijs.huishouden.HuishoudenWijzigenTestsHulp.vNummer();
        bsn = nl.wegwijs.huishouden.HuishoudenWijzigenTestsHulp.bsn();
    }

    private MockHttpServletRequestBuilder aanmelding(Medewerker ik, TestData.Wereld wereld, String achternaam,
            String v, String b) {
        return post("/huishoudens/nieuw").with(als(ik)).with(csrf())
            .param("contract", wereld.contract().id().toString())
            .param("personen[0].rol", "HOOFDPERSOON")
            .param("personen[0].voornaam", "Abebe")
            .param("personen[0].achternaam", achternaam)
            .param("personen[0].geboortedatum", "1985-02-03")
            .param("personen[0].geslacht", "MAN")
            .param("personen[0].landVanHerkomst", "Eritrea")
            .param("personen[0].status", "ASIELSTATUSHOUDER")
            .param("personen[0].brpDatum", LocalDate.now().minusDays(3).toString())
            .param("personen[0].vnummer", v)
            .param("personen[0].bsn", b);
    }

    private long huishoudens(String achternaam) {
        return jdbc.sql("select count(distinct huishouden_id) from persoon where achternaam = ?").param(achternaam)
            .query(Long.class).single();
    }

    @Test
    void aSecondAanmeldingWithTheSameVNummerWarnsAndLinksToTheExistingFile() throws Exception {
        String achternaam = "Tesfaye-" + vNummer;
        mvc.perform(aanmelding(w.als(Rol.REGIEVOERDER), w, achternaam, vNummer, ""))
            .andExpect(status().is3xxRedirection());
        String bestaand = jdbc.sql("select huishouden_id::text from persoon where v_nummer = ?").param(vNummer)
            .query(String.class).single();

        mvc.perform(aanmelding(w.als(Rol.REGIEVOERDER), w, achternaam, vNummer, ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Deze persoon staat misschien al in Wegwijs")))
            .andExpect(content().string(containsString("Het V-nummer " + vNummer + " hoort al bij")))
            .andExpect(content().string(containsString("href=\"/huishoudens/" + bestaand + "\"")))
            .andExpect(content().string(containsString(achternaam + ", Abebe")))
            .andExpect(content().string(containsString("name=\"tochAanmelden\"")));
        assertThat(huishoudens(achternaam)).as("nothing written after the warning").isEqualTo(1);

        mvc.perform(aanmelding(w.als(Rol.REGIEVOERDER), w, achternaam, vNummer, "").param("tochAanmelden", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/huishoudens/*"));
        assertThat(huishoudens(achternaam)).as("a deliberate different case").isEqualTo(2);
    }

    @Test
    void anotherGemeenteIsWarnedWithoutLearningWhoOrWhere() throws Exception {
        String achternaam = "Kidane-" + vNummer;
        mvc.perform(aanmelding(w.als(Rol.REGIEVOERDER), w, achternaam, vNummer, ""))
            .andExpect(status().is3xxRedirection());
        String bestaand = jdbc.sql("select huishouden_id::text from persoon where v_nummer = ?").param(vNummer)
            .query(String.class).single();

        TestData.Wereld elders = data.wereld();
        mvc.perform(aanmelding(elders.als(Rol.REGIEVOERDER), elders, "Anders", vNummer, ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("bij een huishouden dat u niet kunt inzien")))
            .andExpect(content().string(not(containsString(bestaand))))
            .andExpect(content().string(not(containsString(achternaam))))
            .andExpect(content().string(not(containsString(w.gemeente().naam()))))
            .andExpect(content().string(containsString("name=\"tochAanmelden\"")));
    }

    @Test
    void aKnownBsnWarnsAndOffersNoWayAroundTheOnePersonPerBsnRule() throws Exception {
        String achternaam = "Gebre-" + vNummer;
        mvc.perform(aanmelding(w.als(Rol.REGIEVOERDER), w, achternaam, "", bsn))
            .andExpect(status().is3xxRedirection());
        mvc.perform(aanmelding(w.als(Rol.TEAMLEIDER), w, achternaam, "", bsn))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Het BSN " + bsn + " hoort al bij")))
            .andExpect(content().string(containsString("Een BSN kan maar bij één persoon")))
            .andExpect(content().string(not(containsString("name=\"tochAanmelden\""))));
        assertThat(huishoudens(achternaam)).isEqualTo(1);
    }

    @Test
    void newNumbersRegisterWithoutAWarning() throws Exception {
        mvc.perform(aanmelding(w.als(Rol.REGIEVOERDER), w, "Nieuw-" + vNummer, vNummer, bsn))
            .andExpect(status().is3xxRedirection());
    }
}
