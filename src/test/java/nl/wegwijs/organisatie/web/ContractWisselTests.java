package nl.wegwijs.organisatie.web;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.traject.Traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A gemeente changes uitvoerder: the beheerder moves the running trajectories to the new contract. */
@IntegrationTest
class ContractWisselTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void movesRunningTrajectoryToTheNewContractAndKeepsTheOldOneInItsHistory() throws Exception {
        TestData.Wereld w = data.wereld();
        Traject traject = data.aanmelding(w, LocalDate.now().minusMonths(1));
        Contract nieuw = tweedeContract(w);
        LocalDate per = LocalDate.now().plusDays(1);

        mvc.perform(get("/beheer/contracten/" + w.contract().id() + "/overzetten").with(TestData.als(w.als(Rol.BEHEERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(nieuw.uitvoerderNaam())));

        mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/overzetten")
                .with(TestData.als(w.als(Rol.BEHEERDER))).with(csrf())
                .param("nieuwContract", nieuw.id().toString()).param("per", per.toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/beheer/contracten/" + nieuw.id()))
            .andExpect(flash().attribute("melding", containsString("1 lopend traject is overgezet naar het contract met "
                    + nieuw.uitvoerderNaam())));

        List<Map<String, Object>> historie = jdbc.sql(
                "select contract_id, vanaf, tot from traject_contract where traject_id = ? order by vanaf")
            .param(traject.id().value()).query().listOfRows();
        assertThat(historie).hasSize(2);
        assertThat(historie.get(0).get("contract_id")).isEqualTo(w.contract().id());
        assertThat(historie.get(0).get("tot")).isEqualTo(Date.valueOf(per.minusDays(1)));
        assertThat(historie.get(1).get("contract_id")).isEqualTo(nieuw.id());
        assertThat(historie.get(1).get("vanaf")).isEqualTo(Date.valueOf(per));
        assertThat(historie.get(1).get("tot")).isNull();
        assertThat(jdbc.sql("select contract_id from traject where id = ?").param(traject.id().value())
            .query(UUID.class).single()).isEqualTo(nieuw.id());
    }

    @Test
    void refusesAContractOfAnotherGemeenteAndAMissingDate() throws Exception {
        TestData.Wereld w = data.wereld();
        TestData.Wereld ander = data.wereld();
        Traject traject = data.aanmelding(w, LocalDate.now().minusMonths(1));
        tweedeContract(w);

        mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/overzetten")
                .with(TestData.als(w.als(Rol.BEHEERDER))).with(csrf())
                .param("nieuwContract", ander.contract().id().toString()).param("per", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies een ander contract van dezelfde gemeente.")))
            .andExpect(content().string(containsString("Vul de eerste dag onder het nieuwe contract in.")));
        assertThat(jdbc.sql("select contract_id from traject where id = ?").param(traject.id().value())
            .query(UUID.class).single()).isEqualTo(w.contract().id());
    }

    @Test
    void isForbiddenForOtherRoles() throws Exception {
        TestData.Wereld w = data.wereld();
        Contract nieuw = tweedeContract(w);
        for (Rol rol : Rol.values()) {
            if (rol != Rol.BEHEERDER) {
                mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/overzetten")
                        .with(TestData.als(w.als(rol))).with(csrf())
                        .param("nieuwContract", nieuw.id().toString()).param("per", LocalDate.now().toString()))
                    .andExpect(status().isForbidden());
            }
        }
    }

    private Contract tweedeContract(TestData.Wereld w) {
        Uitvoerder zelf = organisaties.registreerUitvoerder("Gemeente zelf " + UUID.randomUUID(), w.gemeente().id(),
                List.of("Team zelf"));
        return organisaties.registreerContract(w.gemeente().id(), zelf.id(), Startmoment.HUISVESTING,
                LocalDate.now().minusMonths(1), null,
                List.of(new ContractVoorwaarden(null, null, LocalDate.of(2022, 1, 1), 36, Startmoment.BRP_INSCHRIJVING,
                        Startmoment.HUISVESTING, 0, 0, null, null, 6, List.of(new FaseNorm("INTENSIEF", "Intensief", 52),
                                new FaseNorm("SPREEKUUR", "Spreekuur", null)))));
    }
}
