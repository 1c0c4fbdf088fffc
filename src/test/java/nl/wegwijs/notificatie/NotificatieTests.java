package nl.wegwijs.notificatie;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Notifications reach exactly their addressee (a medewerker, or a role in one organisation) and go once read. */
@IntegrationTest
class NotificatieTests {

    @Autowired
    Notificaties notificaties;

    @Autowired
    TestData data;

    @Autowired
    MockMvc mvc;

    @Test
    void aNotificationForOneMedewerkerReachesOnlyThem() {
        TestData.Wereld w = data.wereld();
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);
        notificaties.stuur(Ontvanger.medewerker(begeleider.id()), null, "notificatie.titel", List.of(), "/werklijst");

        assertThat(notificaties.ongelezen(begeleider)).extracting(Notificatie::link).containsExactly("/werklijst");
        assertThat(notificaties.ongelezen(vrijwilliger)).isEmpty();
        assertThat(notificaties.markeerGelezen(vrijwilliger, notificaties.ongelezen(begeleider).get(0).id()))
            .isFalse();
    }

    @Test
    void aNotificationForARoleReachesEveryoneWithThatRoleThereAndIsSettledByTheFirstReader() {
        TestData.Wereld w = data.wereld();
        Medewerker regievoerder = w.als(Rol.REGIEVOERDER);
        Medewerker anderGemeente = data.wereld().als(Rol.REGIEVOERDER);
        notificaties.stuur(Ontvanger.rol(w.gemeente().id(), Rol.REGIEVOERDER), null, "notificatie.titel",
                List.of("x"), "/regie");

        List<Notificatie> mijn = notificaties.ongelezen(regievoerder);
        assertThat(mijn).hasSize(1);
        assertThat(notificaties.ongelezen(anderGemeente)).isEmpty();
        assertThat(notificaties.ongelezen(w.als(Rol.BUDGETCOACH))).isEmpty();
        assertThat(notificaties.markeerGelezen(regievoerder, mijn.get(0).id())).isTrue();
        assertThat(notificaties.ongelezen(regievoerder)).isEmpty();
    }

    @Test
    void anAddresseeIsOneMedewerkerOrOneRoleInOneOrganisation() {
        assertThatThrownBy(() -> new Ontvanger(null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ontvanger(null, java.util.UUID.randomUUID(), null))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePageListsAndMarksRead() throws Exception {
        TestData.Wereld w = data.wereld();
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        notificaties.stuur(Ontvanger.medewerker(begeleider.id()), null, "notificatie.titel", List.of(),
                "/werklijst");
        mvc.perform(get("/notificaties").with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Meldingen (1)")));
        mvc.perform(get("/notificaties").header("HX-Request", "true").with(als(begeleider)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<html"))));
        var id = notificaties.ongelezen(begeleider).get(0).id();
        mvc.perform(post("/notificaties/{id}/gelezen", id).with(csrf()).with(als(begeleider)))
            .andExpect(redirectedUrl("/notificaties"));
        assertThat(notificaties.ongelezen(begeleider)).isEmpty();
    }
}
