package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TermijnStatus;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.werklijst.Werklijst;
import nl.wegwijs.werklijst.WerklijstFilter;
import nl.wegwijs.werklijst.WerklijstRegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * The demo data set loads through the real services beside the other tests' worlds: every demo user logs in and has
 * a sensible worklist, every timeline computes, and the special cases are there.
 */
@IntegrationTest
class DemoDataTests {

    static final List<String> REGIEVOERDERS = List.of("regievoerder", "regievoerder.groningen",
            "regievoerder.heerenveen", "regievoerder.roermond", "regievoerder.rotterdam", "regievoerder.tholen",
            "regievoerder.woerden", "regievoerder.tynaarlo", "regievoerder.haarlem", "regievoerder.alkmaar",
            "regievoerder.castricum");

    @Autowired
    DemoData demo;

    @Autowired
    MockMvc mvc;

    @Autowired
    Werklijst werklijst;

    @Autowired
    TrajectService trajecten;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void laad() {
        demo.laad(); // the first test in this JVM loads, the others find it present
    }

    Medewerker als(String gebruikersnaam) {
        return ((IngelogdeMedewerker) accounts.loadUserByUsername(gebruikersnaam)).getMedewerker();
    }

    List<WerklijstRegel> werklijstVan(String gebruikersnaam) {
        return werklijst.pagina(als(gebruikersnaam), WerklijstFilter.leeg()).regels();
    }

    List<Dossier> dossiers(String gebruikersnaam) {
        Medewerker ik = als(gebruikersnaam);
        List<Dossier> dossiers = new ArrayList<>();
        UUID na = null;
        List<Traject> pagina;
        do {
            pagina = trajecten.pagina(ik, na, 100);
            for (Traject t : pagina) {
                dossiers.add(trajecten.dossier(ik, t.id()).orElseThrow());
                na = t.id().value();
            }
        } while (pagina.size() == 100);
        return dossiers;
    }

    List<Dossier> alleDossiers() {
        return REGIEVOERDERS.stream().flatMap(r -> dossiers(r).stream()).toList();
    }

    @Test
    void loadsOnlyOnceAndNeverOnANonEmptyDatabase() {
        assertThat(demo.aanwezig()).isTrue();
        assertThat(demo.eersteStart()).isFalse();
        assertThat(demo.laad()).isEmpty();
    }

    @Test
    void everyDemoUserLogsInWithTheDemoPassword() throws Exception {
        for (String gebruiker : List.of("beheerder", "regievoerder", "budgetcoach", "wijkteam", "beleid",
                "teamleider", "begeleider", "vrijwilliger", "begeleider.tynaarlo", "teamleider.tholen")) {
            mvc.perform(formLogin().user(gebruiker).password(DemoData.WACHTWOORD))
                .andExpect(authenticated().withUsername(gebruiker));
        }
    }

    @Test
    void worklistsPerRoleShowARealCaseload() {
        assertThat(werklijstVan("vrijwilliger")).hasSize(4);
        assertThat(werklijstVan("begeleider")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(werklijstVan("teamleider")).hasSize(Werklijst.PAGINA);
        assertThat(werklijstVan("regievoerder")).hasSizeGreaterThanOrEqualTo(18);
        assertThat(werklijstVan("budgetcoach")).hasSizeGreaterThanOrEqualTo(18);
        assertThat(werklijstVan("wijkteam")).hasSize(2).allMatch(r -> r.status().equals("OVERGEDRAGEN"));
        assertThat(werklijstVan("beleid")).isEmpty();
        assertThat(werklijstVan("beheerder")).isEmpty();
    }

    @Test
    void demoBegeleiderIsAssignedAsBegeleiderToSeveralHouseholds() {
        List<WerklijstRegel> mijn = werklijst.pagina(als("begeleider"),
                WerklijstFilter.weergave("mijn")).regels();
        assertThat(mijn).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyTimelineOfTheTeamleiderComputes() {
        List<Dossier> dossiers = dossiers("teamleider");
        assertThat(dossiers).hasSizeGreaterThanOrEqualTo(40);
        assertThat(dossiers).allSatisfy(d -> assertThat(d.termijnen()).isNotEmpty());
    }

    @Test
    void sixtyHouseholdsAcrossElevenGemeentenWithTwentyInDenHaag() {
        assertThat(alleDossiers()).hasSizeBetween(55, 70);
        assertThat(dossiers("regievoerder")).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void containsNareizigersAGezinsmigrantAndOverdueDeadlines() {
        List<Dossier> alle = alleDossiers();
        assertThat(alle).filteredOn(d -> d.huishouden().personen().stream()
            .anyMatch(p -> p.nareiziger() && p.brpDatum() != null && d.huishouden().brpDatum() != null
                    && p.brpDatum().isAfter(d.huishouden().brpDatum())))
            .hasSizeGreaterThanOrEqualTo(2);
        assertThat(alle).flatMap(d -> d.huishouden().personen()).extracting(Persoon::status)
            .contains(Verblijfsstatus.GEZINSMIGRANT);
        assertThat(alle).filteredOn(d -> !d.traject().status().isAfgesloten())
            .flatMap(Dossier::termijnen).anyMatch(Termijn::isVerlopen);
    }

    @Test
    void tholenHasNoFormalEnd() {
        assertThat(dossiers("regievoerder.tholen")).isNotEmpty()
            .allSatisfy(d -> assertThat(termijn(d, TermijnSoort.EINDE_BEGELEIDING).status())
                .isEqualTo(TermijnStatus.GEEN_EINDE));
    }

    @Test
    void haarlemGivesTwoYearsToHouseholdsHousedBefore2020AndOneYearAfter() {
        LocalDate grens = LocalDate.of(2020, 1, 1);
        List<Dossier> haarlem = dossiers("regievoerder.haarlem").stream()
            .filter(d -> d.huishouden().datums().huisvesting() != null).toList();
        List<Dossier> voor = haarlem.stream().filter(d -> d.huishouden().datums().huisvesting().isBefore(grens))
            .toList();
        List<Dossier> na = haarlem.stream().filter(d -> !d.huishouden().datums().huisvesting().isBefore(grens))
            .toList();
        assertThat(voor).isNotEmpty().allSatisfy(d -> assertThat(d.voorwaarden().begeleidingMaanden()).isEqualTo(24));
        assertThat(na).isNotEmpty().allSatisfy(d -> assertThat(d.voorwaarden().begeleidingMaanden()).isEqualTo(12));
        assertThat(voor).allSatisfy(d -> assertThat(termijn(d, TermijnSoort.EINDE_BEGELEIDING).uiterlijk())
            .isEqualTo(d.huishouden().brpDatum().plusMonths(24)));
    }

    @Test
    void heerenveenMovedItsRunningHouseholdsFromVluchtelingenWerkToTheGemeente() {
        List<Dossier> heerenveen = dossiers("regievoerder.heerenveen");
        assertThat(heerenveen).hasSize(5);
        assertThat(heerenveen).filteredOn(d -> d.huishouden().brpDatum().isBefore(DemoOrganisatie.HEERENVEEN_ZELF)
                && d.traject().status() != TrajectStatus.BEEINDIGD)
            .hasSize(2)
            .allSatisfy(d -> assertThat(d.contract().uitvoerderNaam()).isEqualTo("Gemeente Heerenveen"));
        assertThat(dossiers("teamleider.heerenveen")).hasSize(4);
    }

    @Test
    void phaseOneWorkerHandsOverToTheBegeleider() {
        assertThat(dossiers("teamleider")).anyMatch(d -> {
            List<Toewijzing> toewijzingen = d.traject().toewijzingen();
            return toewijzingen.stream().filter(w -> w.rol() == ToewijzingRol.FASE1 && w.tot() != null)
                .anyMatch(fase1 -> toewijzingen.stream().anyMatch(w -> w.rol() == ToewijzingRol.BEGELEIDER
                        && w.vanaf().equals(fase1.tot().plusDays(1))));
        });
    }

    static Termijn termijn(Dossier d, TermijnSoort soort) {
        return d.termijnen().stream().filter(t -> t.soort() == soort).findFirst().orElseThrow();
    }
}
