package nl.wegwijs.contact;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hours through the API (UrenApiController): one's own per month, the team's for the teamleider only. */
@IntegrationTest
class UrenApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    ContactService contacten;

    ApiFixture api;
    ContactFixture f;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        f = ContactFixture.maak(data, trajecten, huishoudens);
    }

    @Test
    void aGuideReadsTheirOwnHoursPerMonth() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        api.als(vw, get("/api/v1/uren")).andExpect(status().isOk())
            .andExpect(jsonPath("$.jaar").value(VANDAAG.getYear()))
            .andExpect(jsonPath("$.maanden.length()").value(12))
            .andExpect(jsonPath("$.maanden[%d].contacten".formatted(VANDAAG.getMonthValue() - 1)).value(1))
            .andExpect(jsonPath("$.totaal.contacten").value(1));
        api.als(vw, get("/api/v1/uren").param("jaar", "1999")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("jaar"));
        api.als(vw, get("/api/v1/uren").param("jaar", String.valueOf(VANDAAG.getYear() + 1)))
            .andExpect(status().isBadRequest());
        api.als(f.als(Rol.BEHEERDER), get("/api/v1/uren")).andExpect(status().isForbidden());
    }

    @Test
    void theTeamleiderReadsTheHoursOfTheirOwnUitvoerderOnly() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        String van = VANDAAG.withDayOfMonth(1).toString();
        api.als(f.als(Rol.TEAMLEIDER), get("/api/v1/uren/team").param("van", van).param("tot", VANDAAG.toString()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[?(@.medewerkerId == '%s')].contacten".formatted(vw.id())).value(hasItem(1)));
        // another uitvoerder's teamleider does not see this vrijwilliger
        api.als(data.wereld().als(Rol.TEAMLEIDER), get("/api/v1/uren/team")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].medewerkerId").value(not(hasItem(vw.id().toString()))));
        for (Rol rol : new Rol[] { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.BEHEERDER }) {
            api.als(f.als(rol), get("/api/v1/uren/team")).andExpect(status().isForbidden());
        }
        api.als(f.als(Rol.TEAMLEIDER), get("/api/v1/uren/team").param("van", van)).andExpect(status().isBadRequest());
        api.als(f.als(Rol.TEAMLEIDER), get("/api/v1/uren/team").param("van", "2024-01-01").param("tot", "2025-06-01"))
            .andExpect(status().isUnprocessableContent());
    }
}
