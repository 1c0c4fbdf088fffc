package nl.wegwijs.werklijst;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role sees exactly the households it may see in the worklist, against PostgreSQL. */
@IntegrationTest
class WerklijstVisibilityTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    Werklijst werklijst;

    TestData.Wereld w;
    Traject toegewezen;
    Traject teamB;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        toegewezen = data.aanmelding(w, LocalDate.now().minusMonths(1));
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, toegewezen.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, toegewezen.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER,
                LocalDate.now());
        teamB = data.aanmelding(w, LocalDate.now().minusMonths(2));
        trajecten.accepteer(tl, teamB.id(), 1, w.teamB().id());
    }

    private List<UUID> ziet(Medewerker ik, String weergave) {
        return werklijst.pagina(ik, WerklijstFilter.weergave(weergave)).regels()
            .stream().map(WerklijstRegel::trajectId).toList();
    }

    @Test
    void vrijwilligerSeesOnlyHouseholdsAssignedToThem() {
        assertThat(ziet(w.als(Rol.VRIJWILLIGER), "team")).containsExactly(toegewezen.id().value());
        assertThat(ziet(w.vrijwilliger2(), "team")).isEmpty();
    }

    @Test
    void begeleiderSeesTheirTeamsHouseholds() {
        assertThat(ziet(w.als(Rol.BEGELEIDER), "team")).containsExactly(toegewezen.id().value());
        assertThat(ziet(w.begeleiderB(), "team")).containsExactly(teamB.id().value());
        assertThat(ziet(w.als(Rol.BEGELEIDER), "mijn")).isEmpty();
    }

    @Test
    void teamleiderRegievoerderAndBudgetcoachSeeAllOfTheirOrganisation() {
        for (Rol rol : List.of(Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BUDGETCOACH)) {
            assertThat(ziet(w.als(rol), "team")).as(rol.name())
                .containsExactlyInAnyOrder(toegewezen.id().value(), teamB.id().value());
        }
    }

    @Test
    void wijkteamBeleidAndBeheerderSeeNoHouseholds() {
        for (Rol rol : List.of(Rol.WIJKTEAM, Rol.BELEID, Rol.BEHEERDER)) {
            assertThat(ziet(w.als(rol), "team")).as(rol.name()).isEmpty();
        }
    }

    @Test
    void otherWorldsSeeNothingOfThisOne() {
        TestData.Wereld ander = data.wereld();
        for (Rol rol : Rol.values()) {
            assertThat(ziet(ander.als(rol), "team")).as(rol.name())
                .doesNotContain(toegewezen.id().value(), teamB.id().value());
        }
    }

    @Test
    void sortsByUrgencyTheEarliestOpenDeadlineFirst() {
        // teamB was BRP-registered a month earlier, so its PIP deadline comes first
        assertThat(ziet(w.als(Rol.TEAMLEIDER), "team")).containsExactly(teamB.id().value(), toegewezen.id().value());
    }
}
