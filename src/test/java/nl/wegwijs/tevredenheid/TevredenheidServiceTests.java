package nl.wegwijs.tevredenheid;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The satisfaction questionnaire: recorded once per household by its guidance while open, logged, bad input refused
 * with nothing written; the report only for teamleider, regievoerder and beleid, in aggregate, small groups hidden.
 */
@IntegrationTest
class TevredenheidServiceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    TevredenheidService service;

    @Autowired
    JdbcClient jdbc;

    /** A household of team A under a six-month contract, guidance started five months ago: the end is due now. */
    HuishoudenId huishouden(TestData.Wereld w) {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(6));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        long versie = trajecten.dossier(tl, t.huishouden()).orElseThrow().traject().versie();
        trajecten.start(tl, t.id(), versie, LocalDate.now().minusMonths(5));
        return t.huishouden();
    }

    static TevredenheidService.Invoer invoer(int waarde) {
        Map<Vraag, Integer> a = new EnumMap<>(Vraag.class);
        for (Vraag v : Vraag.values()) {
            a.put(v, v == Vraag.V6 ? null : waarde);
        }
        return new TevredenheidService.Invoer(Invulwijze.SAMEN, a, "Fijn dat ik weet waar ik heen kan.");
    }

    long aantal(HuishoudenId h) {
        return jdbc.sql("select count(*) from tevredenheid where huishouden_id = ?").param(h.value())
            .query(Long.class).single();
    }

    @Test
    void theGuidanceRecordsItOnceAtTheEndOfAShortGuidanceAndItIsLogged() {
        TestData.Wereld w = data.wereld(6);
        HuishoudenId h = huishouden(w);
        TevredenheidService.Stand stand = service.lees(w.als(Rol.BEGELEIDER), h);
        assertThat(stand.peiling().moment()).isEqualTo(Moment.EINDE);
        assertThat(stand.magAfnemen()).isTrue();
        service.legVast(w.als(Rol.BEGELEIDER), h, invoer(4));
        assertThat(aantal(h)).isEqualTo(1);
        assertThat(service.lees(w.als(Rol.BEGELEIDER), h).afgenomenOp()).isEqualTo(LocalDate.now());
        assertThatThrownBy(() -> service.legVast(w.als(Rol.TEAMLEIDER), h, invoer(2)))
            .isInstanceOf(DomeinFout.class).hasMessage("tevredenheid.al-afgenomen");
        assertThat(aantal(h)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and record_soort = 'tevredenheid'"
                + " and actie = 'AANMAKEN'").param(h.value()).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and record_soort = 'tevredenheid'"
                + " and actie = 'LEZEN'").param(h.value()).query(Long.class).single()).isPositive();
    }

    @Test
    void othersMayNotRecordAndOutsidersDoNotSeeTheHousehold() {
        TestData.Wereld w = data.wereld(6);
        HuishoudenId h = huishouden(w);
        assertThatThrownBy(() -> service.legVast(w.als(Rol.BUDGETCOACH), h, invoer(3)))
            .isInstanceOf(DomeinFout.class);
        for (Medewerker m : new Medewerker[] { w.als(Rol.BELEID), w.als(Rol.WIJKTEAM), w.als(Rol.BEHEERDER),
                w.begeleiderB() }) {
            assertThatThrownBy(() -> service.legVast(m, h, invoer(3))).as(m.rol().name())
                .isInstanceOf(NietGevonden.class);
        }
        assertThat(aantal(h)).isZero();
    }

    @Test
    void notBeforeItOpensAndNotOffTheScale() {
        TestData.Wereld w = data.wereld(24);
        HuishoudenId h = huishouden(w);
        assertThat(service.lees(w.als(Rol.BEGELEIDER), h).peiling().moment()).isEqualTo(Moment.EERSTE_JAAR);
        assertThatThrownBy(() -> service.legVast(w.als(Rol.BEGELEIDER), h, invoer(4)))
            .isInstanceOf(DomeinFout.class).hasMessage("tevredenheid.nog-niet");
        TestData.Wereld kort = data.wereld(6);
        HuishoudenId k = huishouden(kort);
        assertThatThrownBy(() -> service.legVast(kort.als(Rol.BEGELEIDER), k, invoer(7)))
            .isInstanceOf(DomeinFout.class).hasMessage("tevredenheid.antwoord.buiten-schaal");
        assertThatThrownBy(() -> service.legVast(kort.als(Rol.BEGELEIDER), k,
                new TevredenheidService.Invoer(Invulwijze.ZELF, Map.of(), null)))
            .isInstanceOf(DomeinFout.class).hasMessage("tevredenheid.antwoord.geen");
        assertThatThrownBy(() -> service.legVast(kort.als(Rol.BEGELEIDER), k,
                new TevredenheidService.Invoer(null, Map.of(Vraag.V1, 3), null)))
            .isInstanceOf(DomeinFout.class).hasMessage("tevredenheid.wijze.leeg");
        assertThatThrownBy(() -> service.legVast(kort.als(Rol.BEGELEIDER), k,
                new TevredenheidService.Invoer(Invulwijze.ZELF, Map.of(Vraag.V1, 3), "x".repeat(1001))))
            .isInstanceOf(DomeinFout.class).hasMessage("tevredenheid.opmerking.te-lang");
        assertThat(aantal(h) + aantal(k)).isZero();
    }

    @Test
    void theReportShowsOnlyGroupsOfFiveOrMore() {
        TestData.Wereld w = data.wereld(6);
        int jaar = LocalDate.now().getYear();
        for (int i = 0; i < 4; i++) {
            service.legVast(w.als(Rol.BEGELEIDER), huishouden(w), invoer(4));
        }
        TevredenheidService.Rapport vier = service.rapport(w.als(Rol.BELEID), jaar, null);
        assertThat(vier.aantal()).isEqualTo(4);
        assertThat(vier.toonbaar()).isFalse();
        assertThat(vier.vragen()).allMatch(r -> r.jaar().onderdrukt());
        assertThat(vier.opmerkingen()).isEmpty();

        service.legVast(w.als(Rol.BEGELEIDER), huishouden(w), invoer(5));
        for (Medewerker m : new Medewerker[] { w.als(Rol.BELEID), w.als(Rol.REGIEVOERDER), w.als(Rol.TEAMLEIDER) }) {
            TevredenheidService.Rapport r = service.rapport(m, jaar, Moment.EINDE);
            assertThat(r.aantal()).as(m.rol().name()).isEqualTo(5);
            assertThat(r.toonbaar()).isTrue();
            Tevredenheidsregels.Verdeling v1 = r.vragen().get(0).jaar();
            assertThat(v1.aantallen()).containsExactly(0L, 0L, 0L, 4L, 1L);
            assertThat(v1.gemiddelde()).isEqualTo(4.2);
            // nobody answered V6: suppressed
            assertThat(r.vragen().get(5).jaar().onderdrukt()).isTrue();
            assertThat(r.opmerkingen()).hasSize(5);
        }
        assertThat(service.rapport(w.als(Rol.BELEID), jaar, Moment.EERSTE_JAAR).aantal()).isZero();
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.VRIJWILLIGER, Rol.BUDGETCOACH, Rol.WIJKTEAM, Rol.BEHEERDER,
                Rol.PRIVACYFUNCTIONARIS }) {
            assertThatThrownBy(() -> service.rapport(w.als(rol), jaar, null)).as(rol.name())
                .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> service.rapport(w.als(Rol.BELEID), 1200, null)).isInstanceOf(DomeinFout.class);
    }

    @Test
    void theFormAndTheReportPages() throws Exception {
        TestData.Wereld w = data.wereld(6);
        HuishoudenId h = huishouden(w);
        Medewerker b = w.als(Rol.BEGELEIDER);
        mvc.perform(get("/huishoudens/{id}/tevredenheid", h).with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Ik weet waar ik heen kan met een vraag.")))
            .andExpect(content().string(containsString("Ja, helemaal")));
        mvc.perform(post("/huishoudens/{id}/tevredenheid", h).with(als(b)).with(csrf()).param("V1", "9")
                .param("wijze", "SAMEN"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", "Een antwoord valt buiten de schaal van 1 tot 5. Kies opnieuw."));
        assertThat(aantal(h)).isZero();
        mvc.perform(post("/huishoudens/{id}/tevredenheid", h).with(als(b)).with(csrf()).param("V1", "5")
                .param("V2", "4").param("wijze", "ZELF"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("melding"));
        assertThat(aantal(h)).isEqualTo(1);
        mvc.perform(get("/tevredenheid").with(als(w.als(Rol.BELEID))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Te weinig antwoorden")))
            .andExpect(content().string(not(containsString("Fijn dat"))));
        mvc.perform(get("/tevredenheid").param("jaar", "abc").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk());
        mvc.perform(get("/tevredenheid").with(als(b))).andExpect(status().isForbidden());
    }
}
