package nl.wegwijs.organisatie.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.organisatie.Taakstelling;
import nl.wegwijs.organisatie.Uitvoerder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The beheerder's screens for organisations, medewerkers, regimes and contracts, through MockMvc. */
@IntegrationTest
class OrganisatieBeheerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    java.time.Clock clock;

    TestData.Wereld w;
    Medewerker beheerder;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        beheerder = w.als(Rol.BEHEERDER);
    }

    private List<String> paginas() {
        return List.of("/beheer/organisaties", "/beheer/medewerkers",
                "/beheer/medewerkers?organisatie=" + w.uitvoerder().id(),
                "/beheer/medewerkers?organisatie=" + w.gemeente().id(),
                "/beheer/gemeenten/" + w.gemeente().id(), "/beheer/contracten/" + w.contract().id(),
                "/beheer/contracten/" + w.contract().id() + "/overzetten", "/beheer/verwerkingslog");
    }

    // --- access

    @Test
    void everyBeheerPageRendersForTheBeheerder() throws Exception {
        for (String pagina : paginas()) {
            mvc.perform(get(pagina).with(TestData.als(beheerder)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<main")));
        }
    }

    @Test
    void everyBeheerPageRendersInEnglish() throws Exception {
        for (String pagina : paginas()) {
            mvc.perform(get(pagina).param("lang", "en").with(TestData.als(beheerder)))
                .andExpect(status().isOk());
        }
    }

    @Test
    void beheerPagesAreForbiddenForEveryOtherRole() throws Exception {
        for (Rol rol : Rol.values()) {
            if (rol == Rol.BEHEERDER) {
                continue;
            }
            for (String pagina : paginas()) {
                mvc.perform(get(pagina).with(TestData.als(w.als(rol)))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/beheer/gemeenten").with(TestData.als(w.als(rol))).with(csrf())
                    .param("gemeenteNaam", "Stiekem").param("cbsCode", vrijeCbsCode()))
                .andExpect(status().isForbidden());
        }
    }

    @Test
    void unknownGemeenteOrContractIsNotFound() throws Exception {
        mvc.perform(get("/beheer/gemeenten/" + UUID.randomUUID()).with(TestData.als(beheerder)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/beheer/contracten/" + UUID.randomUUID()).with(TestData.als(beheerder)))
            .andExpect(status().isNotFound());
    }

    @Test
    void overviewListsGemeentenUitvoerdersTeamsAndContracts() throws Exception {
        mvc.perform(get("/beheer/organisaties").with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(w.gemeente().naam())))
            .andExpect(content().string(containsString(w.gemeente().cbsCode())))
            .andExpect(content().string(containsString(w.uitvoerder().naam())))
            .andExpect(content().string(containsString("Team A")))
            .andExpect(content().string(containsString("/beheer/contracten/" + w.contract().id())));
    }

    // --- gemeenten, uitvoerders, teams

    @Test
    void addsGemeenteWithFlashMessage() throws Exception {
        String naam = "Nieuwdorp " + UUID.randomUUID().toString().substring(0, 8);
        String cbs = vrijeCbsCode();
        mvc.perform(post("/beheer/gemeenten").with(TestData.als(beheerder)).with(csrf())
                .param("gemeenteNaam", naam).param("cbsCode", cbs.toLowerCase()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/beheer/organisaties"))
            .andExpect(flash().attribute("melding", containsString("Gemeente " + naam + " is toegevoegd")));
        Gemeente nieuw = gemeente(naam);
        assertThat(nieuw.cbsCode()).isEqualTo(cbs);
        assertThat(organisaties.gemeenteVersies(nieuw.id())).hasSize(1);
    }

    @Test
    void refusesCbsCodeWithoutGmAndFourDigitsAndWritesNothing() throws Exception {
        String naam = "Foutdorp " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/beheer/gemeenten").with(TestData.als(beheerder)).with(csrf())
                .param("gemeenteNaam", naam).param("cbsCode", "12345"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(
                    "Vul een CBS-code in als GM gevolgd door vier cijfers, bijvoorbeeld GM0716.")))
            .andExpect(content().string(containsString("value=\"" + naam + "\"")));
        assertThat(organisaties.gemeenten()).extracting(Gemeente::naam).doesNotContain(naam);
    }

    @Test
    void refusesCbsCodeThatIsTaken() throws Exception {
        mvc.perform(post("/beheer/gemeenten").with(TestData.als(beheerder)).with(csrf())
                .param("gemeenteNaam", "Dubbeldorp").param("cbsCode", w.gemeente().cbsCode()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Er is al een gemeente met deze CBS-code.")));
    }

    @Test
    void addsUitvoerderThatIsTheGemeenteItself() throws Exception {
        String naam = "Gemeente zelf " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/beheer/uitvoerders").with(TestData.als(beheerder)).with(csrf())
                .param("uitvoerderNaam", naam).param("gemeenteZelf", "true")
                .param("zelfGemeente", w.gemeente().id().toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", containsString(naam)));
        Uitvoerder u = uitvoerder(naam);
        assertThat(u.gemeenteId()).isEqualTo(w.gemeente().id());
    }

    @Test
    void addsIndependentUitvoerderWithoutGemeente() throws Exception {
        String naam = "Humanitas " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/beheer/uitvoerders").with(TestData.als(beheerder)).with(csrf())
                .param("uitvoerderNaam", naam).param("zelfGemeente", w.gemeente().id().toString()))
            .andExpect(status().is3xxRedirection());
        assertThat(uitvoerder(naam).gemeenteId()).isNull();
    }

    @Test
    void refusesGemeenteZelfWithoutChosenGemeente() throws Exception {
        String naam = "Zonder gemeente " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/beheer/uitvoerders").with(TestData.als(beheerder)).with(csrf())
                .param("uitvoerderNaam", naam).param("gemeenteZelf", "true").param("zelfGemeente", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies welke gemeente deze uitvoerder is.")));
        assertThat(organisaties.uitvoerders()).extracting(Uitvoerder::naam).doesNotContain(naam);
    }

    @Test
    void addsTeamToUitvoerder() throws Exception {
        mvc.perform(post("/beheer/teams").with(TestData.als(beheerder)).with(csrf())
                .param("teamUitvoerder", w.uitvoerder().id().toString()).param("teamNaam", "Team Noord"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", "Team Team Noord is toegevoegd."));
        assertThat(organisaties.teams(w.uitvoerder().id())).extracting(t -> t.naam())
            .containsExactly("Team A", "Team B", "Team Noord");
    }

    @Test
    void refusesSecondTeamWithTheSameName() throws Exception {
        mvc.perform(post("/beheer/teams").with(TestData.als(beheerder)).with(csrf())
                .param("teamUitvoerder", w.uitvoerder().id().toString()).param("teamNaam", "team a"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Deze uitvoerder heeft al een team met deze naam.")));
        assertThat(organisaties.teams(w.uitvoerder().id())).hasSize(2);
    }

    // --- medewerkers

    @Test
    void addsMedewerkerWhoIsListedAndCanLogIn() throws Exception {
        String gebruikersnaam = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);
        String wachtwoord = "een-lang-wachtwoord";
        mvc.perform(post("/beheer/medewerkers").with(TestData.als(beheerder)).with(csrf())
                .param("gebruikersnaam", gebruikersnaam).param("medewerkerNaam", "Noor de Vries")
                .param("rol", "BEGELEIDER").param("organisatie", w.uitvoerder().id().toString())
                .param("fte", "0.6").param("teams", w.teamB().id().toString())
                .param("wachtwoord", wachtwoord))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/beheer/medewerkers?organisatie=" + w.uitvoerder().id()))
            .andExpect(flash().attribute("melding", "Noor de Vries is toegevoegd en kan inloggen als "
                    + gebruikersnaam + "."));

        mvc.perform(get("/beheer/medewerkers").param("organisatie", w.uitvoerder().id().toString())
                .with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(gebruikersnaam)))
            .andExpect(content().string(containsString("Noor de Vries")))
            .andExpect(content().string(containsString("0,60")));
        Medewerker nieuw = organisaties.medewerkerMetGebruikersnaam(beheerder, gebruikersnaam).orElseThrow();
        assertThat(nieuw.uitvoerderId()).isEqualTo(w.uitvoerder().id());
        assertThat(organisaties.teamsVan(nieuw.id())).extracting(t -> t.id()).containsExactly(w.teamB().id());
        mvc.perform(formLogin("/login").user(gebruikersnaam).password(wachtwoord)).andExpect(authenticated());
    }

    @Test
    void refusesFteForVolunteerAndTeamsOfAnotherOrganisation() throws Exception {
        String gebruikersnaam = "vrijw-" + UUID.randomUUID().toString().substring(0, 8);
        TestData.Wereld ander = data.wereld();
        mvc.perform(post("/beheer/medewerkers").with(TestData.als(beheerder)).with(csrf())
                .param("gebruikersnaam", gebruikersnaam).param("medewerkerNaam", "Piet Vrijwilliger")
                .param("rol", "VRIJWILLIGER").param("organisatie", w.uitvoerder().id().toString())
                .param("fte", "0.5").param("teams", ander.teamA().id().toString())
                .param("wachtwoord", "een-lang-wachtwoord"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Een vrijwilliger is geen betaalde kracht en heeft geen FTE.")))
            .andExpect(content().string(containsString("Kies alleen teams van de gekozen uitvoerder.")))
            .andExpect(content().string(not(containsString("een-lang-wachtwoord"))));
        assertThat(organisaties.medewerkerMetGebruikersnaam(beheerder, gebruikersnaam)).isEmpty();
    }

    @Test
    void refusesRoleOfTheOtherSideWithTheDomainMessage() throws Exception {
        String gebruikersnaam = "regie-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/beheer/medewerkers").with(TestData.als(beheerder)).with(csrf())
                .param("gebruikersnaam", gebruikersnaam).param("medewerkerNaam", "Regie bij uitvoerder")
                .param("rol", "REGIEVOERDER").param("organisatie", w.uitvoerder().id().toString())
                .param("wachtwoord", "een-lang-wachtwoord"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Deze rol hoort bij de andere kant")));
        assertThat(organisaties.medewerkerMetGebruikersnaam(beheerder, gebruikersnaam)).isEmpty();
    }

    @Test
    void refusesGebruikersnaamInUse() throws Exception {
        mvc.perform(post("/beheer/medewerkers").with(TestData.als(beheerder)).with(csrf())
                .param("gebruikersnaam", w.als(Rol.BEGELEIDER).gebruikersnaam()).param("medewerkerNaam", "Dubbel")
                .param("rol", "BEGELEIDER").param("organisatie", w.uitvoerder().id().toString())
                .param("fte", "1").param("wachtwoord", "een-lang-wachtwoord"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Deze gebruikersnaam is al in gebruik.")));
    }

    // --- gemeente regime and taakstelling

    @Test
    void addsRegimeVersionAndLeavesTheFirstUnchanged() throws Exception {
        GemeenteRegime eerste = organisaties.gemeenteVersies(w.gemeente().id()).get(0);
        LocalDate vanaf = vandaag().plusMonths(1);
        mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/versies").with(TestData.als(beheerder))
                .with(csrf())
                .param("geldigVanaf", vanaf.toString()).param("pipWeken", "12").param("ontzorgenMaanden", "12")
                .param("inburgeringstermijnMaanden", "36"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/beheer/gemeenten/" + w.gemeente().id()))
            .andExpect(flash().attribute("melding", "De nieuwe versie van het regime geldt vanaf " + d(vanaf) + "."));

        List<GemeenteRegime> versies = organisaties.gemeenteVersies(w.gemeente().id());
        assertThat(versies).hasSize(2);
        assertThat(versies.get(0)).isEqualTo(eerste);
        assertThat(versies.get(1).geldigVanaf()).isEqualTo(vanaf);
        assertThat(versies.get(1).pipWeken()).isEqualTo(12);
        assertThat(versies.get(1).ontzorgenMaanden()).isEqualTo(12);
        mvc.perform(get("/beheer/gemeenten/" + w.gemeente().id()).with(TestData.als(beheerder)))
            .andExpect(content().string(containsString(d(vanaf))))
            .andExpect(content().string(containsString("Een wijziging herschrijft het verleden nooit")))
            .andExpect(content().string(containsString("Die datum is morgen of later")));
    }

    @Test
    void refusesSecondVersionFromTheSameDateWithTheDutchDomainMessage() throws Exception {
        LocalDate vanaf = vandaag().plusMonths(2);
        organisaties.nieuwGemeenteRegime(beheerder, w.gemeente().id(), vanaf, 10, 6, 36);
        List<GemeenteRegime> voor = organisaties.gemeenteVersies(w.gemeente().id());
        mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/versies").with(TestData.als(beheerder))
                .with(csrf())
                .param("geldigVanaf", vanaf.toString()).param("pipWeken", "8").param("ontzorgenMaanden", "6")
                .param("inburgeringstermijnMaanden", "36"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(
                    "Er bestaat al een versie die geldt vanaf " + d(vanaf) + ". Kies een andere datum.")));
        assertThat(organisaties.gemeenteVersies(w.gemeente().id())).isEqualTo(voor);
    }

    @Test
    void refusesRegimeVersionFromTodayOrEarlierBecauseItWouldRewriteThePast() throws Exception {
        for (LocalDate vanaf : List.of(vandaag().minusYears(1), vandaag().minusDays(1), vandaag())) {
            mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/versies").with(TestData.als(beheerder))
                    .with(csrf())
                    .param("geldigVanaf", vanaf.toString()).param("pipWeken", "8").param("ontzorgenMaanden", "6")
                    .param("inburgeringstermijnMaanden", "36"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een nieuwe versie gaat op zijn vroegst morgen in: kies "
                        + d(vandaag().plusDays(1)) + " of later.")));
        }
        assertThat(organisaties.gemeenteVersies(w.gemeente().id())).hasSize(1);
    }

    @Test
    void withdrawsARegimeVersionNotYetInForceAfterAConfirmationStep() throws Exception {
        LocalDate vanaf = vandaag().plusDays(1);
        organisaties.nieuwGemeenteRegime(beheerder, w.gemeente().id(), vanaf, 14, 6, 36);
        GemeenteRegime gepland = organisaties.gemeenteVersies(w.gemeente().id()).get(1);
        String intrekken = "/beheer/gemeenten/" + w.gemeente().id() + "/versies/" + gepland.id() + "/intrekken";
        mvc.perform(get("/beheer/gemeenten/" + w.gemeente().id()).with(TestData.als(beheerder)))
            .andExpect(content().string(containsString("Nog niet van kracht")))
            .andExpect(content().string(containsString("href=\"" + intrekken + "\"")));
        // the link leads to a page that names the version and asks; nothing is withdrawn yet
        mvc.perform(get(intrekken).with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Versie vanaf " + d(vanaf) + " intrekken?")))
            .andExpect(content().string(containsString("Ja, versie intrekken")))
            .andExpect(content().string(containsString("action=\"" + intrekken + "\"")));
        assertThat(organisaties.gemeenteVersies(w.gemeente().id())).hasSize(2);

        mvc.perform(post(intrekken).with(TestData.als(beheerder)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", "De versie van het regime vanaf " + d(vanaf) + " is ingetrokken."));
        assertThat(organisaties.gemeenteVersies(w.gemeente().id())).hasSize(1);
    }

    @Test
    void aRegimeVersionInForceCannotBeWithdrawn() throws Exception {
        GemeenteRegime geldend = organisaties.gemeenteVersies(w.gemeente().id()).get(0);
        organisaties.nieuwGemeenteRegime(beheerder, w.gemeente().id(), vandaag().plusDays(3), 14, 6, 36);
        String intrekken = "/beheer/gemeenten/" + w.gemeente().id() + "/versies/" + geldend.id() + "/intrekken";
        mvc.perform(get("/beheer/gemeenten/" + w.gemeente().id()).with(TestData.als(beheerder)))
            .andExpect(content().string(not(containsString(intrekken))));
        mvc.perform(get(intrekken).with(TestData.als(beheerder)))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", containsString("geldt al of heeft gegolden")));
        mvc.perform(post(intrekken).with(TestData.als(beheerder)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", "De versie vanaf " + d(geldend.geldigVanaf())
                    + " geldt al of heeft gegolden. U kunt hem niet meer intrekken, want er zijn termijnen mee "
                    + "berekend. Wilt u iets veranderen? Voeg dan een nieuwe versie toe."));
        assertThat(organisaties.gemeenteVersies(w.gemeente().id())).hasSize(2).contains(geldend);
        // another gemeente's version through this gemeente's address is not found
        mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/versies/" + UUID.randomUUID() + "/intrekken")
                .with(TestData.als(beheerder)).with(csrf()))
            .andExpect(status().isNotFound());
    }

    @Test
    void withdrawingIsForTheBeheerderOnly() throws Exception {
        organisaties.nieuwGemeenteRegime(beheerder, w.gemeente().id(), vandaag().plusDays(5), 14, 6, 36);
        GemeenteRegime gepland = organisaties.gemeenteVersies(w.gemeente().id()).get(1);
        mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/versies/" + gepland.id() + "/intrekken")
                .with(TestData.als(w.als(Rol.REGIEVOERDER))).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(organisaties.gemeenteVersies(w.gemeente().id())).hasSize(2);
    }

    @Test
    void refusesOutOfRangeNumberInDutchAndKeepsWhatWasEntered() throws Exception {
        mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/versies").with(TestData.als(beheerder))
                .with(csrf())
                .param("geldigVanaf", "2026-01-01").param("pipWeken", "200").param("ontzorgenMaanden", "")
                .param("inburgeringstermijnMaanden", "36"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul 1 tot en met 104 weken in.")))
            .andExpect(content().string(containsString(
                    "Vul in hoeveel maanden de gemeente financieel ontzorgt.")))
            .andExpect(content().string(containsString("value=\"2026-01-01\"")))
            .andExpect(content().string(containsString("value=\"200\"")));
        assertThat(organisaties.gemeenteVersies(w.gemeente().id())).hasSize(1);
    }

    @Test
    void refusesWordInNumberFieldInDutch() throws Exception {
        mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/versies").with(TestData.als(beheerder))
                .with(csrf())
                .param("geldigVanaf", "2026-01-01").param("pipWeken", "10").param("ontzorgenMaanden", "zes")
                .param("inburgeringstermijnMaanden", "36"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul een geheel getal in.")));
        assertThat(organisaties.gemeenteVersies(w.gemeente().id())).hasSize(1);
    }

    @Test
    void setsTaakstellingPerHalfYear() throws Exception {
        mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/taakstellingen").with(TestData.als(beheerder))
                .with(csrf()).param("jaar", "2025").param("halfjaar", "1").param("aantal", "559"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", "De taakstelling voor 2025, eerste halfjaar is opgeslagen."));
        assertThat(organisaties.taakstellingen(w.gemeente().id()))
            .containsExactly(new Taakstelling(w.gemeente().id(), 2025, 1, 559));
        mvc.perform(get("/beheer/gemeenten/" + w.gemeente().id()).with(TestData.als(beheerder)))
            .andExpect(content().string(containsString("2025, eerste halfjaar")));
    }

    // --- contracts

    @Test
    void addsVoorwaardenVersionWithPhasesReadFromLines() throws Exception {
        ContractVoorwaarden eerste = organisaties.voorwaarden(w.contract().id()).get(0);
        LocalDate vanaf = vandaag().plusMonths(1);
        mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/voorwaarden").with(TestData.als(beheerder))
                .with(csrf())
                .param("geldigVanaf", vanaf.toString()).param("geenFormeelEinde", "true")
                .param("telVanaf", "BRP_INSCHRIJVING").param("starttrigger", "KOPPELING")
                .param("startNaWeken", "2").param("verlengingMaxMaanden", "0").param("afsluitingVoorloopWeken", "8")
                .param("fasen", "intake;Intake en regeldag;6\r\n\r\nVERVOLG ; Verdere begeleiding ;"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", "De nieuwe versie van de voorwaarden geldt vanaf " + d(vanaf) + "."));
        List<ContractVoorwaarden> versies = organisaties.voorwaarden(w.contract().id());
        assertThat(versies).hasSize(2);
        assertThat(versies.get(0)).isEqualTo(eerste);
        ContractVoorwaarden nieuw = versies.get(1);
        assertThat(nieuw.heeftFormeelEinde()).isFalse();
        assertThat(nieuw.starttrigger()).isEqualTo(Startmoment.KOPPELING);
        assertThat(nieuw.startNaWeken()).isEqualTo(2);
        assertThat(nieuw.fasen()).containsExactly(new FaseNorm("INTAKE", "Intake en regeldag", 6),
                new FaseNorm("VERVOLG", "Verdere begeleiding", null));
        mvc.perform(get("/beheer/contracten/" + w.contract().id()).with(TestData.als(beheerder)))
            .andExpect(content().string(containsString("Geen formeel einde")))
            .andExpect(content().string(containsString("INTAKE Intake en regeldag (ongeveer 6 weken)")));
    }

    @Test
    void refusesUnreadablePhaseLinesAndMissingDurationInDutch() throws Exception {
        mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/voorwaarden").with(TestData.als(beheerder))
                .with(csrf())
                .param("geldigVanaf", "2024-07-01").param("begeleidingMaanden", "")
                .param("telVanaf", "BRP_INSCHRIJVING").param("starttrigger", "HUISVESTING")
                .param("startNaWeken", "0").param("verlengingMaxMaanden", "6").param("afsluitingVoorloopWeken", "6")
                .param("fasen", "FASE1 Opstart 12\nFASE2;;x\nFASE2;Nog eens;4"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul de duur in maanden in, of kies geen formeel einde.")))
            .andExpect(content().string(containsString(
                    "Regel 1: schrijf een fase als CODE;Naam;weken (de weken mogen leeg blijven).")))
            .andExpect(content().string(containsString("Regel 2: vul een naam in van hoogstens 100 tekens.")))
            .andExpect(content().string(containsString(
                    "Regel 2: de weken zijn een geheel getal van 1 tot en met 520, of leeg.")))
            .andExpect(content().string(containsString("Regel 3: de code FASE2 staat er al eerder in.")));
        assertThat(organisaties.voorwaarden(w.contract().id())).hasSize(1);
    }

    @Test
    void refusesVoorwaardenVersionFromTodayOrEarlier() throws Exception {
        for (LocalDate vanaf : List.of(LocalDate.of(2022, 1, 1), vandaag())) {
            mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/voorwaarden").with(TestData.als(beheerder))
                    .with(csrf())
                    .param("geldigVanaf", vanaf.toString()).param("begeleidingMaanden", "18")
                    .param("telVanaf", "BRP_INSCHRIJVING").param("starttrigger", "HUISVESTING")
                    .param("startNaWeken", "0").param("verlengingMaxMaanden", "6").param("afsluitingVoorloopWeken", "6")
                    .param("fasen", "FASE1;Opstart;12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een nieuwe versie gaat op zijn vroegst morgen in")));
        }
        assertThat(organisaties.voorwaarden(w.contract().id())).hasSize(1);
    }

    @Test
    void withdrawsAVoorwaardenVersionNotYetInForceButNotOneInForce() throws Exception {
        ContractVoorwaarden eerste = organisaties.voorwaarden(w.contract().id()).get(0);
        LocalDate vanaf = vandaag().plusDays(1);
        organisaties.nieuweVoorwaarden(beheerder, new ContractVoorwaarden(UUID.randomUUID(), w.contract().id(), vanaf,
                18, Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, 0, null, null, 6,
                List.of(new FaseNorm("A", "Alles", null))));
        ContractVoorwaarden gepland = organisaties.voorwaarden(w.contract().id()).get(1);
        String basis = "/beheer/contracten/" + w.contract().id() + "/voorwaarden/";
        mvc.perform(get("/beheer/contracten/" + w.contract().id()).with(TestData.als(beheerder)))
            .andExpect(content().string(containsString("href=\"" + basis + gepland.id() + "/intrekken\"")))
            .andExpect(content().string(not(containsString(basis + eerste.id() + "/intrekken"))));
        mvc.perform(get(basis + gepland.id() + "/intrekken").with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Versie vanaf " + d(vanaf) + " intrekken?")));
        mvc.perform(post(basis + eerste.id() + "/intrekken").with(TestData.als(beheerder)).with(csrf()))
            .andExpect(flash().attribute("fout", containsString("geldt al of heeft gegolden")));
        mvc.perform(post(basis + gepland.id() + "/intrekken").with(TestData.als(beheerder)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", "De versie van de voorwaarden vanaf " + d(vanaf)
                    + " is ingetrokken."));
        assertThat(organisaties.voorwaarden(w.contract().id())).containsExactly(eerste);
    }

    @Test
    void refusesVoorwaardenVersionFromAnExistingDate() throws Exception {
        LocalDate vanaf = vandaag().plusMonths(3);
        organisaties.nieuweVoorwaarden(beheerder, new ContractVoorwaarden(UUID.randomUUID(), w.contract().id(), vanaf,
                18, Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, 0, null, null, 6,
                List.of(new FaseNorm("A", "Alles", null))));
        mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/voorwaarden").with(TestData.als(beheerder))
                .with(csrf())
                .param("geldigVanaf", vanaf.toString()).param("begeleidingMaanden", "18")
                .param("telVanaf", "BRP_INSCHRIJVING").param("starttrigger", "HUISVESTING")
                .param("startNaWeken", "0").param("verlengingMaxMaanden", "6").param("afsluitingVoorloopWeken", "6")
                .param("fasen", "FASE1;Opstart;12"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Er bestaat al een versie die geldt vanaf " + d(vanaf) + ".")));
        assertThat(organisaties.voorwaarden(w.contract().id())).hasSize(2);
    }

    @Test
    void sluitsContractWithItsFirstVoorwaarden() throws Exception {
        Uitvoerder tweede = organisaties.registreerUitvoerder("Tweede " + UUID.randomUUID(), null, List.of());
        var resultaat = mvc.perform(post("/beheer/contracten").with(TestData.als(beheerder)).with(csrf())
                .param("contractGemeente", w.gemeente().id().toString())
                .param("contractUitvoerder", tweede.id().toString())
                .param("peildatum", "HUISVESTING").param("ingang", "2025-01-01")
                .param("voorwaarden.geldigVanaf", "2025-01-01").param("voorwaarden.begeleidingMaanden", "36")
                .param("voorwaarden.telVanaf", "BRP_INSCHRIJVING").param("voorwaarden.starttrigger", "HUISVESTING")
                .param("voorwaarden.startNaWeken", "0").param("voorwaarden.verlengingMaxMaanden", "0")
                .param("voorwaarden.afsluitingVoorloopWeken", "6")
                .param("voorwaarden.fasen", "INTENSIEF;Intensief;52\nSPREEKUUR;Spreekuur;"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", containsString("is vastgelegd")))
            .andReturn();
        var contract = organisaties.contractenVanGemeente(w.gemeente().id()).stream()
            .filter(c -> c.uitvoerderId().equals(tweede.id())).findFirst().orElseThrow();
        assertThat(resultaat.getResponse().getRedirectedUrl()).isEqualTo("/beheer/contracten/" + contract.id());
        assertThat(contract.peildatum()).isEqualTo(Startmoment.HUISVESTING);
        assertThat(organisaties.voorwaarden(contract.id())).singleElement()
            .satisfies(v -> assertThat(v.begeleidingMaanden()).isEqualTo(36))
            .satisfies(v -> assertThat(v.fasen()).hasSize(2));
    }

    @Test
    void refusesContractWithoutUitvoerderAndShowsNestedErrors() throws Exception {
        int voor = organisaties.contractenVanGemeente(w.gemeente().id()).size();
        mvc.perform(post("/beheer/contracten").with(TestData.als(beheerder)).with(csrf())
                .param("contractGemeente", w.gemeente().id().toString()).param("contractUitvoerder", "")
                .param("peildatum", "HUISVESTING").param("ingang", "2025-01-01")
                .param("voorwaarden.geldigVanaf", "").param("voorwaarden.begeleidingMaanden", "36")
                .param("voorwaarden.telVanaf", "BRP_INSCHRIJVING").param("voorwaarden.starttrigger", "HUISVESTING")
                .param("voorwaarden.startNaWeken", "0").param("voorwaarden.verlengingMaxMaanden", "0")
                .param("voorwaarden.afsluitingVoorloopWeken", "6").param("voorwaarden.fasen", "A;Alles;"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies de uitvoerder.")))
            .andExpect(content().string(containsString("Vul de datum in vanaf wanneer deze versie geldt.")))
            .andExpect(content().string(containsString("href=\"#voorwaarden.geldigVanaf\"")));
        assertThat(organisaties.contractenVanGemeente(w.gemeente().id())).hasSize(voor);
    }

    @Test
    void endsContractAndRefusesAnEndBeforeTheStart() throws Exception {
        mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/einde").with(TestData.als(beheerder))
                .with(csrf()).param("einde", "2021-12-31"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(
                    "Het einde van een contract kan niet vóór de ingangsdatum liggen.")));
        mvc.perform(post("/beheer/contracten/" + w.contract().id() + "/einde").with(TestData.als(beheerder))
                .with(csrf()).param("einde", "2026-12-31"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", "Het contract eindigt op 31-12-2026."));
        assertThat(organisaties.contract(w.contract().id()).orElseThrow().einde())
            .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    // --- helpers

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private static String d(LocalDate datum) {
        return datum.getDayOfMonth() + "-" + datum.getMonthValue() + "-" + datum.getYear();
    }

    private String vrijeCbsCode() {
        List<String> bezet = organisaties.gemeenten().stream().map(Gemeente::cbsCode).toList();
        while (true) {
            String code = "GM" + ThreadLocalRandom.current().nextInt(5000, 10000);
            if (!bezet.contains(code)) {
                return code;
            }
        }
    }

    private Gemeente gemeente(String naam) {
        return organisaties.gemeenten().stream().filter(g -> g.naam().equals(naam)).findFirst().orElseThrow();
    }

    private Uitvoerder uitvoerder(String naam) {
        return organisaties.uitvoerders().stream().filter(u -> u.naam().equals(naam)).findFirst().orElseThrow();
    }
}
