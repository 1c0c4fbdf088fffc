package nl.wegwijs.route;

import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The route card: who may see and change it, what is logged, bad input and stale versions refused with nothing
 * written, partners only from the household's gemeente's sociale kaart.
 */
@IntegrationTest
class RouteServiceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    RouteService route;

    @Autowired
    JdbcClient jdbc;

    RouteFixture f;

    @BeforeEach
    void wereld() {
        f = RouteFixture.maak(data, trajecten, kaart);
    }

    static Afspraken afspraken() {
        return new Afspraken(Set.of(Dag.DI), LocalTime.of(13, 0), LocalTime.of(16, 0), Set.of(Kanaal.EMAIL), null,
                Ontmoeting.WEKELIJKS, Set.of(ZelfTaak.TAALLES), null);
    }

    long aantal(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void theGuidesChangeTheCardOthersOnlyReadIt() {
        for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.BUDGETCOACH }) {
            assertThat(route.lees(f.w().als(rol), f.a().huishouden(), null).magWijzigen()).as(rol.name()).isFalse();
            assertThatThrownBy(() -> route.legVast(f.w().als(rol), f.a().huishouden(), null, Taal.NL, afspraken()))
                .isInstanceOf(DomeinFout.class).hasMessage("route.niet-toegestaan");
        }
        for (Medewerker m : new Medewerker[] { f.w().als(Rol.VRIJWILLIGER), f.w().als(Rol.BEGELEIDER),
                f.w().als(Rol.TEAMLEIDER) }) {
            assertThat(route.lees(m, f.a().huishouden(), null).magWijzigen()).as(m.rol().name()).isTrue();
        }
        route.legVast(f.w().als(Rol.VRIJWILLIGER), f.a().huishouden(), null, Taal.TI, afspraken());
        RouteService.Kaart k = route.lees(f.w().als(Rol.TEAMLEIDER), f.a().huishouden(), null);
        assertThat(k.taal()).isEqualTo(Taal.TI);
        assertThat(k.afspraken().dagen()).containsExactly(Dag.DI);
        assertThat(k.versie()).isEqualTo(1L);
    }

    @Test
    void whoDoesNotSeeTheHouseholdGetsNotFound() {
        for (Medewerker m : new Medewerker[] { f.w().als(Rol.BELEID), f.w().als(Rol.BEHEERDER),
                f.w().als(Rol.WIJKTEAM), f.w().vrijwilliger2(), f.w().begeleiderB() }) {
            assertThatThrownBy(() -> route.lees(m, f.a().huishouden(), null)).as(m.rol().name())
                .isInstanceOf(NietGevonden.class);
            assertThatThrownBy(() -> route.dienstenlijst(m, f.a().huishouden(), Taal.NL)).as(m.rol().name())
                .isInstanceOf(NietGevonden.class);
        }
    }

    @Test
    void readsAndWritesAreLogged() {
        Medewerker v = f.w().als(Rol.VRIJWILLIGER);
        route.lees(v, f.a().huishouden(), null);
        route.legVast(v, f.a().huishouden(), null, Taal.AR, afspraken());
        route.voegPartnerToe(v, f.a().huishouden(), 1, f.huisarts().id(), null);
        route.dienstenlijst(v, f.a().huishouden(), Taal.AR);
        assertThat(aantal("select count(*) from verwerking where medewerker_id = ? and record_soort = 'routekaart' "
                + "and actie = 'LEZEN'", v.id())).isPositive();
        assertThat(aantal("select count(*) from verwerking where medewerker_id = ? and record_soort = 'routekaart' "
                + "and actie = 'AANMAKEN'", v.id())).isPositive();
        assertThat(aantal("select count(*) from verwerking where medewerker_id = ? and record_soort = 'routekaart' "
                + "and actie = 'WIJZIGEN'", v.id())).isPositive();
        assertThat(aantal("select count(*) from verwerking where medewerker_id = ? and record_soort = 'dienstenlijst'",
                v.id())).isPositive();
    }

    @Test
    void badInputAndStaleVersionsWriteNothing() {
        Medewerker v = f.w().als(Rol.VRIJWILLIGER);
        var h = f.a().huishouden();
        assertThatThrownBy(() -> route.legVast(v, h, null, Taal.NL, new Afspraken(Set.of(), LocalTime.of(12, 0),
                LocalTime.of(9, 0), Set.of(), null, null, Set.of(), null)))
            .isInstanceOf(DomeinFout.class).hasMessage("route.tijd.volgorde");
        assertThatThrownBy(() -> route.legVast(v, h, null, Taal.NL, new Afspraken(Set.of(), LocalTime.of(12, 0),
                null, Set.of(), null, null, Set.of(), null)))
            .isInstanceOf(DomeinFout.class).hasMessage("route.tijd.beide");
        assertThatThrownBy(() -> route.legVast(v, h, null, Taal.NL, new Afspraken(Set.of(), null, null, Set.of(),
                "bel me maar", null, Set.of(), null)))
            .isInstanceOf(DomeinFout.class).hasMessage("route.telefoon.ongeldig");
        assertThatThrownBy(() -> route.legVast(v, h, null, Taal.NL, new Afspraken(Set.of(), null, null, Set.of(),
                null, null, Set.of(), "x".repeat(501))))
            .isInstanceOf(DomeinFout.class).hasMessage("route.notitie.te-lang");
        assertThatThrownBy(() -> route.legVast(v, h, 3L, Taal.NL, afspraken()))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(aantal("select count(*) from routekaart where huishouden_id = ?", h.value())).isZero();

        route.legVast(v, h, null, Taal.NL, afspraken());
        assertThatThrownBy(() -> route.legVast(v, h, null, Taal.NL, afspraken()))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        route.legVast(v, h, 1L, Taal.EN, afspraken());
        assertThatThrownBy(() -> route.legVast(v, h, 1L, Taal.AR, afspraken()))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(route.lees(v, h, null).taal()).isEqualTo(Taal.EN);
        assertThatThrownBy(() -> route.voegPartnerToe(v, h, 1L, f.huisarts().id(), null))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThatThrownBy(() -> route.voegPartnerToe(v, h, 2L, UUID.randomUUID(), null))
            .isInstanceOf(DomeinFout.class).hasMessage("route.partner.onbekend");
        assertThatThrownBy(() -> route.voegPartnerToe(v, h, 2L, f.huisarts().id(), "x".repeat(201)))
            .isInstanceOf(DomeinFout.class).hasMessage("route.partner.wat.te-lang");
        route.voegPartnerToe(v, h, 2L, f.huisarts().id(), null);
        assertThatThrownBy(() -> route.voegPartnerToe(v, h, 3L, f.huisarts().id(), null))
            .isInstanceOf(DomeinFout.class).hasMessage("route.partner.al");
        assertThat(aantal("select count(*) from routekaart_partner p join routekaart k on k.id = p.routekaart_id "
                + "where k.huishouden_id = ?", h.value())).isEqualTo(1);
        route.verwijderPartner(v, h, 3L, f.huisarts().id());
        assertThat(route.lees(v, h, null).partners()).isEmpty();
    }

    @Test
    void aServiceOfAnotherGemeenteIsRefused() {
        RouteFixture ander = RouteFixture.maak(data, trajecten, kaart);
        Medewerker v = f.w().als(Rol.VRIJWILLIGER);
        route.legVast(v, f.a().huishouden(), null, Taal.NL, afspraken());
        assertThatThrownBy(() -> route.voegPartnerToe(v, f.a().huishouden(), 1L, ander.huisarts().id(), null))
            .isInstanceOf(DomeinFout.class).hasMessage("route.partner.onbekend");
    }

    @Test
    void thePageShowsTheCardAndAFormErrorInDutch() throws Exception {
        Medewerker v = f.w().als(Rol.VRIJWILLIGER);
        mvc.perform(post("/huishoudens/{id}/route", f.a().huishouden()).with(als(v)).with(csrf())
                .param("taal", "ar").param("dagen", "MA").param("van", "17:00").param("tot", "09:00"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", "De eindtijd van de bereikbaarheid moet na de begintijd liggen."));
        mvc.perform(post("/huishoudens/{id}/route", f.a().huishouden()).with(als(v)).with(csrf())
                .param("taal", "klingon"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", "Kies een taal voor de kaart: Nederlands, Engels, Arabisch of Tigrinya."));
        mvc.perform(post("/huishoudens/{id}/route", f.a().huishouden()).with(als(v)).with(csrf())
                .param("taal", "ar").param("dagen", "MA", "VR").param("ontmoeting", "MAANDELIJKS"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/huishoudens/{id}/route", f.a().huishouden()).with(als(v)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("كل شهر")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Elke maand")));
        mvc.perform(get("/huishoudens/{id}/route", f.a().huishouden()).with(als(f.w().als(Rol.BELEID))))
            .andExpect(status().isNotFound());
    }
}
