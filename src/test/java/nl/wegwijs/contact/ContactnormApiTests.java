package nl.wegwijs.contact;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contact norms API: beheerder and the contract's teamleider set it; another uitvoerder's 404; others 403. */
@IntegrationTest
class ContactnormApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    TestData.Wereld ander;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        ander = data.wereld();
    }

    String pad() {
        return "/api/v1/contactnormen/" + w.contract().id();
    }

    int gezet() {
        return jdbc.sql("select count(*) from contact_norm where contract_id = ?").param(w.contract().id())
            .query(Integer.class).single();
    }

    @Test
    void teamleiderSetsTheNormOfTheirContractAtTheVersionRead() throws Exception {
        api.als(w.als(Rol.TEAMLEIDER), get(pad())).andExpect(status().isOk())
            .andExpect(jsonPath("$.weken").value(Contactnorm.STANDAARD_WEKEN)).andExpect(jsonPath("$.versie").value(0));
        api.als(w.als(Rol.TEAMLEIDER), get("/api/v1/contactnormen").param("aantal", "100"))
            .andExpect(jsonPath("$.items[*].contract", hasItem(w.contract().id().toString())))
            .andExpect(jsonPath("$.items[*].contract", not(hasItem(ander.contract().id().toString()))));
        api.schrijf(w.als(Rol.TEAMLEIDER), put(pad()), "{\"weken\": 3, \"versie\": 0}").andExpect(status().isOk())
            .andExpect(jsonPath("$.weken").value(3)).andExpect(jsonPath("$.eigen").value(true))
            .andExpect(jsonPath("$.versie").value(1));
        api.schrijf(w.als(Rol.BEHEERDER), put(pad()), "{\"weken\": 5, \"versie\": 0}").andExpect(status().isConflict());
        api.schrijf(w.als(Rol.BEHEERDER), put(pad()), "{\"weken\": 5, \"versie\": 1}").andExpect(status().isOk())
            .andExpect(jsonPath("$.weken").value(5));
    }

    @Test
    void badInputAndOtherRolesWriteNothing() throws Exception {
        api.schrijf(w.als(Rol.TEAMLEIDER), put(pad()), "{\"weken\": 60, \"versie\": 0}")
            .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("contact.norm.bereik"));
        // no version and no If-Match: 428 Precondition Required
        api.schrijf(w.als(Rol.TEAMLEIDER), put(pad()), "{\"weken\": 3}").andExpect(status().isPreconditionRequired());
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.als(w.als(rol), get("/api/v1/contactnormen")).andExpect(status().isForbidden());
            api.schrijf(w.als(rol), put(pad()), "{\"weken\": 3, \"versie\": 0}").andExpect(status().isForbidden());
        }
        nietGevonden(api.als(ander.als(Rol.TEAMLEIDER), get(pad())));
        nietGevonden(api.schrijf(ander.als(Rol.TEAMLEIDER), put(pad()), "{\"weken\": 3, \"versie\": 0}"));
        nietGevonden(api.als(w.als(Rol.BEHEERDER), get("/api/v1/contactnormen/" + UUID.randomUUID())));
        assertThat(gezet()).isZero();
    }
}
