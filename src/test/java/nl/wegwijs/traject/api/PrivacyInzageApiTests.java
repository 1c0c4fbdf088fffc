package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The privacyfunctionaris's inzage report by exact number, the number in the body: the report at once, the search and
 * the report in the processing log; 404 for another organisation's person or an unknown number, 403 for another role.
 */
@IntegrationTest
class PrivacyInzageApiTests {

    static final String PAD = "/api/v1/privacy/inzage";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    Persoon samira;
    String vNummer;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams f = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        w = f.w();
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), f.a().huishouden()).huishouden().hoofdpersoon();
        vNummer = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_000_000_000L));
        jdbc.sql("update persoon set v_nummer = ? where id = ?").params(vNummer, samira.id()).update();
    }

    private List<String> logregels(Medewerker wie, String doel) {
        return jdbc.sql("select record_soort from verwerking where medewerker_id = ? and betrokkene_id = ? and doel = ?")
            .params(wie.id(), samira.id(), doel).query(String.class).list();
    }

    @Test
    void thePrivacyOfficerGetsTheReportByNumberInTheBody() throws Exception {
        Medewerker fg = w.als(Rol.PRIVACYFUNCTIONARIS);
        api.schrijf(fg, post(PAD), "{\"nummer\": \"%s\"}".formatted(vNummer)).andExpect(status().isOk())
            .andExpect(jsonPath("$.formaat").value("wegwijs-inzage/1"))
            .andExpect(jsonPath("$.persoon.naam").value(samira.naam()));
        // the search (a read of the person) and the report, as on the screen
        assertThat(logregels(fg, "INZAGE")).contains("persoon", "inzage");
    }

    @Test
    void unknownNumbersOtherOrganisationsAndOtherRolesAreRefused() throws Exception {
        Medewerker fg = w.als(Rol.PRIVACYFUNCTIONARIS);
        nietGevonden(api.schrijf(fg, post(PAD), "{\"nummer\": \"%s\"}".formatted(vNummer.substring(1))));
        nietGevonden(api.schrijf(data.wereld().als(Rol.PRIVACYFUNCTIONARIS), post(PAD),
                "{\"nummer\": \"%s\"}".formatted(vNummer)));
        for (Rol rol : new Rol[] { Rol.TEAMLEIDER, Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.BEHEERDER }) {
            api.schrijf(w.als(rol), post(PAD), "{\"nummer\": \"%s\"}".formatted(vNummer))
                .andExpect(status().isForbidden());
        }
        api.schrijf(fg, post(PAD), "{\"nummer\": \" \"}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("nummer"));
        assertThat(logregels(fg, "INZAGE")).isEmpty();
    }
}
