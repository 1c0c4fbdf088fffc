package nl.wegwijs.notificatie;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Notifications through the API (NotificatieApiController): one's own unread ones, marking one read, 404 otherwise. */
@IntegrationTest
class NotificatieApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Notificaties notificaties;

    @Test
    void aMedewerkerReadsAndMarksTheirOwnNotifications() throws Exception {
        ApiFixture api = new ApiFixture(mvc);
        TestData.Wereld w = data.wereld();
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        notificaties.stuur(Ontvanger.medewerker(begeleider.id()), null, "notificatie.titel", List.of(), "/werklijst");
        List<Notificatie> mijn = notificaties.ongelezen(begeleider);
        UUID id = mijn.get(0).id();
        api.als(begeleider, get("/api/v1/notificaties")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].id").value(id.toString()))
            .andExpect(jsonPath("$.items[0].link").value("/werklijst"))
            .andExpect(jsonPath("$.items[0].tekst").isNotEmpty());
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/notificaties")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(0));

        // not theirs: 404, and it stays unread
        nietGevonden(api.als(w.als(Rol.VRIJWILLIGER), post("/api/v1/notificaties/{id}/gelezen", id).with(csrf())));
        nietGevonden(api.als(data.wereld().als(Rol.BEGELEIDER),
                post("/api/v1/notificaties/{id}/gelezen", id).with(csrf())));
        assertThat(notificaties.ongelezen(begeleider)).hasSize(1);

        api.als(begeleider, post("/api/v1/notificaties/{id}/gelezen", id).with(csrf()))
            .andExpect(status().isNoContent());
        assertThat(notificaties.ongelezen(begeleider)).isEmpty();
        nietGevonden(api.als(begeleider, post("/api/v1/notificaties/{id}/gelezen", id).with(csrf())));
        api.als(begeleider, post("/api/v1/notificaties/{id}/gelezen", "geen-id").with(csrf()))
            .andExpect(status().isBadRequest());
    }
}
