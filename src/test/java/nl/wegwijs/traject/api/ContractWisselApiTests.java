package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract switch through the API (ContractWisselApiController): beheerder only, same gemeente only. */
@IntegrationTest
class ContractWisselApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    ApiFixture.TweeTeams f;
    Contract nieuw;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        f = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(1));
        Uitvoerder u = organisaties.registreerUitvoerder("Nieuwe uitvoerder " + UUID.randomUUID().toString()
            .substring(0, 8), null, List.of("Team N"));
        nieuw = organisaties.registreerContract(f.w().gemeente().id(), u.id(), Startmoment.HUISVESTING,
                LocalDate.of(2022, 1, 1), null,
                List.of(new ContractVoorwaarden(null, null, LocalDate.of(2022, 1, 1), 12,
                        Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, 6, "Alleen in uitzonderingsgevallen",
                        "Regievoerder", 6, List.of(new FaseNorm("FASE1", "Opstart", 12)))));
    }

    private UUID contract(nl.wegwijs.traject.Traject t) {
        return jdbc.sql("select contract_id from traject where id = ?").param(t.id().value()).query(UUID.class)
            .single();
    }

    private String pad() {
        return "/api/v1/contracten/" + f.w().contract().id() + "/overzetting";
    }

    @Test
    void theBeheerderMovesTheRunningTrajectoriesToAnotherContract() throws Exception {
        String per = LocalDate.now().plusDays(1).toString();
        api.schrijf(f.w().als(Rol.BEHEERDER), post(pad()),
                "{\"nieuwContractId\": \"%s\", \"per\": \"%s\"}".formatted(nieuw.id(), per))
            .andExpect(status().isOk()).andExpect(jsonPath("$.aantal").value(2))
            .andExpect(jsonPath("$.per").value(per));
        assertThat(contract(f.a())).isEqualTo(nieuw.id());
        assertThat(contract(f.b())).isEqualTo(nieuw.id());
    }

    @Test
    void otherRolesAndBadInputAreRefusedAndNothingMoves() throws Exception {
        String body = "{\"nieuwContractId\": \"%s\", \"per\": \"%s\"}".formatted(nieuw.id(), LocalDate.now());
        for (Rol rol : new Rol[] { Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.schrijf(f.w().als(rol), post(pad()), body).andExpect(status().isForbidden());
        }
        Medewerker beheer = f.w().als(Rol.BEHEERDER);
        api.schrijf(beheer, post(pad()), "{\"per\": \"%s\"}".formatted(LocalDate.now()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("nieuwContractId"));
        nietGevonden(api.schrijf(beheer, post(pad()),
                "{\"nieuwContractId\": \"%s\", \"per\": \"%s\"}".formatted(UUID.randomUUID(), LocalDate.now())));
        // a contract of another gemeente
        api.schrijf(beheer, post(pad()), "{\"nieuwContractId\": \"%s\", \"per\": \"%s\"}"
            .formatted(data.wereld().contract().id(), LocalDate.now())).andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("traject.contract.andere-gemeente"));
        assertThat(contract(f.a())).isEqualTo(f.w().contract().id());
    }
}
