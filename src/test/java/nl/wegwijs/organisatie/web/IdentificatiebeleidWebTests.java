package nl.wegwijs.organisatie.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "No BSN for volunteers" as a policy per uitvoerder: the beheerder allows it with a reason (required), every change
 * is kept with who and when, and only the beheerder can change it.
 */
@IntegrationTest
class IdentificatiebeleidWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Medewerker beheerder;
    String pad;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        beheerder = w.als(Rol.BEHEERDER);
        pad = "/beheer/uitvoerders/" + w.uitvoerder().id() + "/identificatie";
    }

    @Test
    void byDefaultVolunteersSeeNoIdentificationNumbers() throws Exception {
        assertThat(organisaties.magIdentificatieZien(w.als(Rol.VRIJWILLIGER))).isFalse();
        assertThat(organisaties.magIdentificatieZien(w.als(Rol.BEGELEIDER))).isTrue();
        mvc.perform(get(pad).with(als(beheerder))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Nu: vrijwilligers zien geen BSN en geen V-nummer.")));
        mvc.perform(get("/beheer/organisaties").with(als(beheerder))).andExpect(status().isOk())
            .andExpect(content().string(containsString(pad)));
    }

    @Test
    void allowingItNeedsAReasonAndIsKeptWithWhoAndWhen() throws Exception {
        long versie = organisaties.identificatiebeleid(beheerder, w.uitvoerder().id()).versie();
        mvc.perform(post(pad).with(als(beheerder)).with(csrf()).param("vrijwilligers", "true").param("reden", " ")
                .param("versie", String.valueOf(versie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Schrijf op waarom vrijwilligers")));
        assertThat(organisaties.magIdentificatieZien(w.als(Rol.VRIJWILLIGER))).isFalse();

        mvc.perform(post(pad).with(als(beheerder)).with(csrf()).param("vrijwilligers", "true")
                .param("reden", "Vrijwilligers doen de administratie van fase 1").param("versie", String.valueOf(versie)))
            .andExpect(redirectedUrl(pad));
        assertThat(organisaties.magIdentificatieZien(w.als(Rol.VRIJWILLIGER))).isTrue();
        assertThat(organisaties.magIdentificatieZien(w.vrijwilliger2())).isTrue();
        mvc.perform(get(pad).with(als(beheerder))).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Nu: vrijwilligers zien het BSN en het V-nummer."),
                    containsString("Vrijwilligers doen de administratie van fase 1"),
                    containsString(beheerder.naam()))));
        assertThat(jdbc.sql("select door from uitvoerder_identificatiebeleid where uitvoerder_id = ?")
            .param(w.uitvoerder().id()).query(UUID.class).list()).containsExactly(beheerder.id());

        // a stale form is refused; withdrawing it is recorded too
        mvc.perform(post(pad).with(als(beheerder)).with(csrf()).param("versie", String.valueOf(versie)))
            .andExpect(redirectedUrl(pad))
            .andExpect(flash().attribute("fout", containsString("Iemand anders heeft dit net gewijzigd")));
        assertThat(organisaties.magIdentificatieZien(w.als(Rol.VRIJWILLIGER))).isTrue();
        mvc.perform(post(pad).with(als(beheerder)).with(csrf()).param("versie", String.valueOf(versie + 1)))
            .andExpect(redirectedUrl(pad));
        assertThat(organisaties.magIdentificatieZien(w.als(Rol.VRIJWILLIGER))).isFalse();
        assertThat(jdbc.sql("select count(*) from uitvoerder_identificatiebeleid where uitvoerder_id = ?")
            .param(w.uitvoerder().id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyTheBeheerderChangesIt() throws Exception {
        mvc.perform(get(pad).with(als(w.als(Rol.TEAMLEIDER)))).andExpect(status().isForbidden());
        mvc.perform(post(pad).with(als(w.als(Rol.TEAMLEIDER))).with(csrf()).param("vrijwilligers", "true")
                .param("reden", "zelf").param("versie", "0"))
            .andExpect(status().isForbidden());
        assertThat(organisaties.magIdentificatieZien(w.als(Rol.VRIJWILLIGER))).isFalse();
    }
}
