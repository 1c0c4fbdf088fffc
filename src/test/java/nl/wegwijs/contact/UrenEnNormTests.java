package nl.wegwijs.contact;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hours per guide (own and for the teamleider) and the contact norm per contract. */
@IntegrationTest
@RecordApplicationEvents
class UrenEnNormTests {

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

    @Autowired
    UrenService uren;

    @Autowired
    ApplicationEvents events;

    ContactFixture f;

    @BeforeEach
    void wereld() {
        f = ContactFixture.maak(data, trajecten, huishoudens);
    }

    ContactInvoer anderhalfUur(Medewerker... staf) {
        ContactInvoer b = f.bezoekA(VANDAAG, staf);
        return new ContactInvoer(b.datum(), 90, b.soort(), b.personen(), b.medewerkers(), b.tolk(), b.tolkTaal(),
                b.themas(), b.afspraken(), b.notitie(), null);
    }

    @Test
    void everyStaffMemberPresentGetsTheDurationOnce() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Medewerker bg = f.als(Rol.BEGELEIDER);
        contacten.legVast(vw, f.a(), anderhalfUur(vw, bg));
        int maand = VANDAAG.getMonthValue() - 1;
        assertThat(uren.mijnUren(vw, VANDAAG.getYear()).get(maand).contactMinuten()).isEqualTo(90);
        assertThat(uren.mijnUren(bg, VANDAAG.getYear()).get(maand).contacten()).isEqualTo(1);
        assertThat(uren.teamUren(f.als(Rol.TEAMLEIDER), VANDAAG.withDayOfMonth(1), VANDAAG))
            .filteredOn(u -> u.contactMinuten() > 0)
            .extracting(Uren.Medewerker::medewerkerId, Uren.Medewerker::contactMinuten)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(vw.id(), 90),
                    org.assertj.core.groups.Tuple.tuple(bg.id(), 90));
        mvc.perform(get("/uren").with(als(vw)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Mijn uren " + VANDAAG.getYear()),
                    containsString("1 (1,5 uur)"))));
    }

    @Test
    void onlyTheTeamleiderSeesTheHoursPerGuideOfTheirOwnUitvoerder() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), anderhalfUur(vw));
        mvc.perform(get("/uren/team").with(als(f.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(vw.naam()), containsString(f.w().begeleiderB().naam()),
                    containsString("1 (1,5 uur)"))));
        for (Medewerker ik : new Medewerker[] { vw, f.als(Rol.BEGELEIDER), f.als(Rol.REGIEVOERDER),
                f.als(Rol.BEHEERDER) }) {
            mvc.perform(get("/uren/team").with(als(ik))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/uren/team").with(als(data.wereld().als(Rol.TEAMLEIDER))))
            .andExpect(content().string(not(containsString(vw.naam()))));
        mvc.perform(get("/uren/team").param("van", VANDAAG.minusYears(2).toString()).param("tot", VANDAAG.toString())
                .with(als(f.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies een periode van ten hoogste 366 dagen")));
    }

    @Test
    void theTeamleiderSetsTheNormOfTheirContractAndEveryHouseholdUnderItMoves() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(10), vw));
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        String pad = "/contactnormen/" + f.w().contract().id();
        mvc.perform(get("/contactnormen").with(als(tl)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(f.w().gemeente().naam()), containsString("standaard"))));
        events.clear();
        mvc.perform(post(pad).with(als(tl)).with(csrf()).param("weken", "2").param("versie", "0"))
            .andExpect(flash().attribute("melding", "De contactnorm is nu 2 weken."));
        assertThat(contacten.stand(f.a()).contactUiterlijk()).isEqualTo(VANDAAG.minusDays(10).plusWeeks(2));
        assertThat(contacten.stand(f.a()).achterstallig(VANDAAG)).isFalse();
        assertThat(events.stream(ContactStandGewijzigd.class).map(ContactStandGewijzigd::huishouden))
            .containsExactlyInAnyOrder(f.a(), f.b());
        // someone who still had the old page open
        mvc.perform(post(pad).with(als(f.als(Rol.BEHEERDER))).with(csrf()).param("weken", "8").param("versie", "0"))
            .andExpect(flash().attribute("fout", containsString("Iemand anders heeft dit intussen gewijzigd")));
        mvc.perform(post(pad).with(als(tl)).with(csrf()).param("weken", "0").param("versie", "1"))
            .andExpect(flash().attribute("fout", "Kies een norm van 1 tot en met 52 weken."));
        mvc.perform(post(pad).with(als(f.als(Rol.BEHEERDER))).with(csrf()).param("weken", "1").param("versie", "1"))
            .andExpect(flash().attributeExists("melding"));
        assertThat(contacten.stand(f.a()).achterstallig(VANDAAG)).isTrue();
    }

    @Test
    void noOneElseSetsTheNorm() throws Exception {
        String pad = "/contactnormen/" + f.w().contract().id();
        for (Medewerker ik : new Medewerker[] { f.als(Rol.BEGELEIDER), f.als(Rol.REGIEVOERDER),
                data.wereld().als(Rol.TEAMLEIDER) }) {
            mvc.perform(post(pad).with(als(ik)).with(csrf()).param("weken", "1").param("versie", "0"))
                .andExpect(status().isNotFound());
        }
        mvc.perform(get("/contactnormen").with(als(f.als(Rol.BEGELEIDER)))).andExpect(status().isNotFound());
        assertThat(contacten.stand(f.a()).normWeken()).isEqualTo(Contactnorm.STANDAARD_WEKEN);
    }
}
