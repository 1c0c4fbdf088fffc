package nl.wegwijs.signaal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signal screens over HTTP: raising both ways and who sees it, the open signals per teamleider, regievoerder and
 * guide, the plan van aanpak to closure, authorization per role, validation, optimistic locking, logging, the
 * worklist event and the dossier section.
 */
@IntegrationTest
@RecordApplicationEvents
class SignaalWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    SignaalService signalen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestData.Wereld w;
    Traject a;
    Traject b;

    /** A: team A with the vrijwilliger assigned; B: team B. */
    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
    }

    private Signaal signaal(Medewerker door, Traject t, Urgentie urgentie, String omschrijving) {
        return signalen.meld(door, t.huishouden(), new NieuwSignaal(null, Categorie.GELDZORGEN, urgentie,
                omschrijving, null, null, null, Deling.TOESTEMMING));
    }

    private long aantal(Traject t) {
        return jdbc.sql("select count(*) from signaal where huishouden_id = ?").param(t.huishouden().value())
            .query(Long.class).single();
    }

    // --- both ways

    @Test
    void regievoerderRaisesASignalAndTheAssignedGuideSeesIt() throws Exception {
        MvcResult r = mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden())
                .with(als(w.als(Rol.REGIEVOERDER))).with(csrf())
                .param("categorie", "SCHOOLVERZUIM").param("urgentie", "HOOG")
                .param("omschrijving", "Lina is al twee weken niet op school geweest.")
                .param("gemeldOp", VANDAAG.toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/signalen/*"))
            .andExpect(flash().attributeExists("melding"))
            .andReturn();
        String pad = r.getResponse().getRedirectedUrl();
        assertThat(jdbc.sql("select richting || '/' || status from signaal where huishouden_id = ?")
            .param(a.huishouden().value()).query(String.class).single()).isEqualTo("NAAR_BEGELEIDING/OPEN");

        for (Medewerker gids : List.of(w.als(Rol.VRIJWILLIGER), w.als(Rol.BEGELEIDER))) {
            mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(gids))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Schoolverzuim")))
                .andExpect(content().string(containsString("door " + w.als(Rol.REGIEVOERDER).naam() + ", aan de begeleiding")))
                .andExpect(content().string(containsString("Lina is al twee weken niet op school geweest.")));
            mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(gids))).andExpect(status().isOk())
                .andExpect(content().string(containsString("signalen-kop")))
                .andExpect(content().string(containsString(pad)));
            mvc.perform(get(pad).with(als(gids))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan van aanpak")));
            mvc.perform(get("/signalen").with(als(gids))).andExpect(status().isOk())
                .andExpect(content().string(containsString(pad)));
        }
        mvc.perform(get(pad).with(als(w.begeleiderB()))).andExpect(status().isNotFound());
        mvc.perform(get("/signalen").with(als(w.begeleiderB()))).andExpect(content().string(not(containsString(pad))));
    }

    @Test
    void aGuidesSignalGoesToTheGemeenteOnlyWithTheBasisForSharingIt() throws Exception {
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("Mag de gemeente dit weten?")));
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(not(containsString("Mag de gemeente dit weten?"))));
        mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.VRIJWILLIGER)))
                .with(csrf()).param("categorie", "GELDZORGEN").param("urgentie", "NORMAAL")
                .param("omschrijving", "Aanmaningen van de energieleverancier."))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("signaal", "deling", "signaal.deling.leeg"));
        assertThat(aantal(a)).isZero();
        mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.VRIJWILLIGER)))
                .with(csrf()).param("categorie", "GELDZORGEN").param("urgentie", "NORMAAL")
                .param("omschrijving", "Aanmaningen van de energieleverancier.").param("deling", "ACUUT_GEVAAR"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select richting || '/' || deling from signaal where huishouden_id = ?")
            .param(a.huishouden().value()).query(String.class).single()).isEqualTo("NAAR_GEMEENTE/ACUUT_GEVAAR");
        mvc.perform(get("/signalen").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(containsString("Geldzorgen")))
            .andExpect(content().string(containsString(", aan de regievoerder")))
            .andExpect(content().string(not(containsString("Aanmaningen van de energieleverancier."))));
    }

    // --- the open signals across households

    @Test
    void teamleiderSeesOnlyTheOpenSignalsOfTheirUitvoerderMostUrgentFirst() throws Exception {
        Signaal laag = signaal(w.als(Rol.VRIJWILLIGER), a, Urgentie.LAAG, "Laag");
        Signaal acuut = signaal(w.begeleiderB(), b, Urgentie.ACUUT, "Acuut");
        Signaal dicht = signaal(w.als(Rol.BEGELEIDER), a, Urgentie.HOOG, "Gesloten");
        signalen.sluitAf(w.als(Rol.BEGELEIDER), dicht.id(), 1, "Opgelost", false);
        TestData.Wereld ander = data.wereld();
        Traject vreemd = data.aanmelding(ander, VANDAAG.minusMonths(1));
        Signaal elders = signaal(ander.als(Rol.REGIEVOERDER), vreemd, Urgentie.ACUUT, "Elders");

        String pagina = mvc.perform(get("/signalen").with(als(w.als(Rol.TEAMLEIDER)))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("/signalen/" + laag.id(), "/signalen/" + acuut.id())
            .doesNotContain("/signalen/" + elders.id(), "/signalen/" + dicht.id());
        assertThat(pagina.indexOf("/signalen/" + acuut.id())).isLessThan(pagina.indexOf("/signalen/" + laag.id()));

        assertThat(signalen.open(w.als(Rol.REGIEVOERDER), null, 25).signalen()).extracting(SignaalRegel::id)
            .containsExactly(acuut.id(), laag.id());
        assertThat(signalen.open(w.als(Rol.BEGELEIDER), null, 25).signalen()).extracting(SignaalRegel::id)
            .containsExactly(laag.id());
        assertThat(signalen.open(w.als(Rol.TEAMLEIDER), null, 1))
            .satisfies(p -> assertThat(p.signalen()).extracting(SignaalRegel::id).containsExactly(acuut.id()))
            .satisfies(p -> assertThat(signalen.open(w.als(Rol.TEAMLEIDER), p.volgende(), 1).signalen())
                .extracting(SignaalRegel::id).containsExactly(laag.id()));
        assertThat(signalen.open(ander.als(Rol.TEAMLEIDER), null, 25).signalen()).extracting(SignaalRegel::id)
            .containsExactly(elders.id());
        for (Medewerker wie : List.of(w.als(Rol.BELEID), w.als(Rol.BEHEERDER))) {
            mvc.perform(get("/signalen").with(als(wie))).andExpect(status().isNotFound());
        }
    }

    @Test
    void theOpenSignalsPageRunsTheSameFewStatementsWhateverTheNumberOfSignals() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        signaal(w.als(Rol.BEGELEIDER), a, Urgentie.HOOG, "Eerste");
        mvc.perform(get("/signalen").with(als(tl))); // warm up
        var een = SqlTeller.tel(() -> mvc.perform(get("/signalen").with(als(tl))).andExpect(status().isOk()));
        for (int i = 0; i < 5; i++) {
            Signaal s = signaal(w.begeleiderB(), b, Urgentie.values()[i % 4], "Signaal " + i);
            signalen.voegActieToe(w.begeleiderB(), s.id(), new ActiepuntGegevens("Actie", Eigenaar.BEGELEIDER, null,
                    null, VANDAAG, null));
        }
        var zes = SqlTeller.tel(() -> mvc.perform(get("/signalen").with(als(tl))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Karimi, Samira"))));
        assertThat(zes.aantal()).as(zes.toString()).isEqualTo(een.aantal()).isLessThanOrEqualTo(4);
    }

    @Test
    void theOverviewKeepsTheHouseholdNameCurrent() throws Exception {
        Signaal s = signaal(w.als(Rol.BEGELEIDER), a, Urgentie.HOOG, "Naam volgt");
        var h = huishoudens.intern(a.huishouden()).orElseThrow();
        var hoofd = h.hoofdpersoon();
        huishoudens.wijzigPersoon(w.als(Rol.REGIEVOERDER), a.huishouden(), h.versie(), new nl.wegwijs.huishouden.NieuwePersoon(
                hoofd.id(), PersoonRol.HOOFDPERSOON, hoofd.voornaam(), "Haddad-Omar", hoofd.geboortedatum(),
                hoofd.geslacht(), hoofd.landVanHerkomst(), hoofd.talen(), hoofd.tolkNodig(), hoofd.tolkTaal(),
                hoofd.geletterdheid(), hoofd.vNummer(), hoofd.bsn(), hoofd.vergunningDatum(), hoofd.brpDatum(),
                hoofd.status()));
        assertThat(signalen.open(w.als(Rol.TEAMLEIDER), null, 25).signalen())
            .filteredOn(r -> r.id().equals(s.id())).extracting(SignaalRegel::huishoudenNaam)
            .containsExactly("Haddad-Omar, Samira");
    }

    // --- who may

    @Test
    void rolesThatMayNotSeeTheHouseholdGet404OnEveryScreenAndWriteNothing() throws Exception {
        Signaal s = signaal(w.als(Rol.BEGELEIDER), a, Urgentie.NORMAAL, "Zorgen");
        Actiepunt actie = signalen.voegActieToe(w.als(Rol.BEGELEIDER), s.id(), new ActiepuntGegevens("Bellen",
                Eigenaar.BEGELEIDER, null, null, VANDAAG.plusDays(3), null));
        for (Medewerker wie : List.of(w.vrijwilliger2(), w.begeleiderB(), w.als(Rol.WIJKTEAM), w.als(Rol.BELEID),
                w.als(Rol.BEHEERDER), data.wereld().als(Rol.TEAMLEIDER))) {
            mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(wie)))
                .andExpect(status().isNotFound());
            mvc.perform(get("/signalen/{id}", s.id()).with(als(wie))).andExpect(status().isNotFound());
            mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(wie)).with(csrf())
                    .param("categorie", "ANDERS").param("urgentie", "LAAG").param("omschrijving", "Vreemd"))
                .andExpect(status().isNotFound());
            mvc.perform(post("/signalen/{id}/reacties", s.id()).with(als(wie)).with(csrf())
                    .param("tekst", "Vreemd"))
                .andExpect(status().isNotFound());
            mvc.perform(post("/signalen/{id}/stand", s.id()).with(als(wie)).with(csrf()).param("versie", "1")
                    .param("status", "IN_BEHANDELING"))
                .andExpect(status().isNotFound());
            mvc.perform(post("/signalen/{id}/afsluiting", s.id()).with(als(wie)).with(csrf()).param("versie", "1")
                    .param("afsluitnotitie", "Weg").param("ondanksOpenActies", "true"))
                .andExpect(status().isNotFound());
            mvc.perform(post("/signalen/{id}/acties", s.id()).with(als(wie)).with(csrf())
                    .param("wat", "Vreemd").param("eigenaar", "BEGELEIDER")
                    .param("streefdatum", VANDAAG.toString()))
                .andExpect(status().isNotFound());
            mvc.perform(post("/signalen/{id}/acties/{a}/gedaan", s.id(), actie.id()).with(als(wie)).with(csrf())
                    .param("versie", "1"))
                .andExpect(status().isNotFound());
        }
        mvc.perform(get("/signalen/{id}", UUID.randomUUID()).with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isNotFound());
        Signaal nu = signalen.find(w.als(Rol.TEAMLEIDER), s.id()).orElseThrow().signaal();
        assertThat(nu.omschrijving() + "/" + nu.status() + "/" + nu.versie() + "/" + nu.acties().size() + "/"
                + nu.openActies().size()).isEqualTo("Zorgen/OPEN/1/1/1");
        assertThat(aantal(a)).isEqualTo(1);
    }

    @Test
    void afterAWarmHandoverTheWijkteamReadsSignalsOnlyWithConsentAndNobodyRaisesNewOnes() throws Exception {
        Signaal s = signaal(w.als(Rol.BEGELEIDER), a, Urgentie.HOOG, "Schulden");
        Signaal zonder = signaal(w.begeleiderB(), b, Urgentie.HOOG, "Zonder toestemming");
        data.toestemming(w, a, Rol.WIJKTEAM, nl.wegwijs.traject.Gegevenssoort.SIGNALEN);
        for (Traject t : List.of(a, b)) {
            int versie = t == a ? 3 : 2;
            trajecten.start(w.als(Rol.TEAMLEIDER), t.id(), versie, VANDAAG.minusDays(30));
            trajecten.sluitAf(w.als(Rol.TEAMLEIDER), t.id(), versie + 1, TrajectStatus.OVERGEDRAGEN,
                    EindeReden.WARME_OVERDRACHT, VANDAAG, null);
        }
        mvc.perform(get("/signalen/{id}", s.id()).with(als(w.als(Rol.WIJKTEAM)))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Schulden")))
            .andExpect(content().string(not(containsString("Signaal afsluiten"))));
        // the handover summary alone does not open the signals (GELDZORGEN: neither SIGNALEN nor FINANCIEN)
        mvc.perform(get("/signalen/{id}", zonder.id()).with(als(w.als(Rol.WIJKTEAM))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/{id}/signalen", b.huishouden()).with(als(w.als(Rol.WIJKTEAM))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Zonder toestemming"))))
            .andExpect(content().string(containsString("Toestemming nodig")));
        for (Medewerker wie : List.of(w.als(Rol.WIJKTEAM), w.als(Rol.BEGELEIDER))) {
            mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(wie)).with(csrf())
                    .param("categorie", "ANDERS").param("urgentie", "LAAG").param("omschrijving", "Nieuw"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De begeleiding van dit huishouden is afgesloten")));
        }
        assertThat(aantal(a)).isEqualTo(1);
    }

    // --- the plan van aanpak to closure

    @Test
    void aPlanIsAgreedTickedOffAndTheSignalClosedOnlyExplicitlyWhileActionsAreOpen() throws Exception {
        Signaal s = signaal(w.als(Rol.REGIEVOERDER), a, Urgentie.HOOG, "Huurachterstand");
        Medewerker gids = w.als(Rol.BEGELEIDER);
        mvc.perform(post("/signalen/{id}/acties", s.id()).with(als(gids)).with(csrf())
                .param("wat", "Betalingsregeling met de verhuurder").param("eigenaar", "BEGELEIDER")
                .param("ikBenEigenaar", "true").param("streefdatum", VANDAAG.plusDays(7).toString()))
            .andExpect(redirectedUrl("/signalen/" + s.id() + "#plan"));
        mvc.perform(post("/signalen/{id}/acties", s.id()).with(als(gids)).with(csrf())
                .param("wat", "Aanmelden schuldhulp").param("eigenaar", "PARTNER")
                .param("partnerNaam", "Schuldhulp Testdorp").param("streefdatum", VANDAAG.plusDays(14).toString()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/signalen/{id}", s.id()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(containsString("Betalingsregeling met de verhuurder")))
            .andExpect(content().string(containsString("(" + gids.naam() + ")")))
            .andExpect(content().string(containsString("Schuldhulp Testdorp")));
        Signaal metPlan = signalen.find(gids, s.id()).orElseThrow().signaal();
        Actiepunt eerste = metPlan.plan().get(0);
        // the vrijwilliger did not raise it and does not own the action: they may not tick it off
        mvc.perform(post("/signalen/{id}/acties/{a}/gedaan", s.id(), eerste.id()).with(als(w.als(Rol.VRIJWILLIGER)))
                .with(csrf()).param("versie", "1"))
            .andExpect(flash().attribute("fout", containsString("kan alleen de melder")));
        mvc.perform(post("/signalen/{id}/acties/{a}/gedaan", s.id(), eerste.id()).with(als(gids))
                .with(csrf()).param("versie", "1"))
            .andExpect(flash().attribute("melding", containsString("gedaan")));

        mvc.perform(post("/signalen/{id}/afsluiting", s.id()).with(als(gids)).with(csrf()).param("versie", "1")
                .param("afsluitnotitie", "Regeling loopt"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("afsluiting", "ondanksOpenActies",
                    "signaal.afsluiten.open-acties"))
            .andExpect(content().string(containsString("Er staat nog 1 actie open")));
        mvc.perform(post("/signalen/{id}/afsluiting", s.id()).with(als(gids)).with(csrf()).param("versie", "1")
                .param("afsluitnotitie", " ").param("ondanksOpenActies", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Schrijf in de afsluitnotitie hoe het is afgelopen.")));
        assertThat(signalen.find(gids, s.id()).orElseThrow().signaal().status()).isEqualTo(SignaalStatus.OPEN);

        mvc.perform(post("/signalen/{id}/afsluiting", s.id()).with(als(gids)).with(csrf()).param("versie", "1")
                .param("afsluitnotitie", "Regeling loopt; schuldhulp neemt het over").param("ondanksOpenActies", "true"))
            .andExpect(redirectedUrl("/signalen/" + s.id()))
            .andExpect(flash().attribute("melding", containsString("afgesloten")));
        mvc.perform(post("/signalen/{id}/acties", s.id()).with(als(gids)).with(csrf())
                .param("wat", "Nog iets").param("eigenaar", "BEGELEIDER")
                .param("streefdatum", VANDAAG.toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Dit signaal is afgesloten")));
        assertThat(jdbc.sql("select status || '/' || afsluitnotitie || '/' || versie from signaal where id = ?")
            .param(s.id().value()).query(String.class).single())
            .isEqualTo("AFGESLOTEN/Regeling loopt; schuldhulp neemt het over/2");
        assertThat(jdbc.sql("select count(*) from actiepunt where signaal_id = ?").param(s.id().value())
            .query(Long.class).single()).isEqualTo(2);

        mvc.perform(post("/signalen/{id}/heropening", s.id()).with(als(gids)).with(csrf()).param("versie", "2"))
            .andExpect(flash().attribute("melding", containsString("weer open")));
        assertThat(signalen.find(gids, s.id()).orElseThrow().signaal().status()).isEqualTo(SignaalStatus.OPEN);
    }

    // --- the conversation (issue 17)

    @Test
    void theRaiseFormOffersTheOtherSidesAndEachAssignedGuideByName() throws Exception {
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"REGIEVOERDER\"")))
            .andExpect(content().string(containsString("value=\"TEAMLEIDER\"")))
            .andExpect(content().string(containsString("value=\"" + vrijwilliger.id() + "\"")))
            .andExpect(content().string(containsString(vrijwilliger.naam() + " (Vrijwilliger)")));
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(not(containsString("value=\"REGIEVOERDER\""))))
            .andExpect(content().string(containsString("value=\"" + vrijwilliger.id() + "\"")));
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(vrijwilliger)))
            .andExpect(content().string(not(containsString("value=\"" + vrijwilliger.id() + "\""))));
    }

    @Test
    void aGuideRaisesToTheTeamleiderAndTheAddresseeMustBeSomeoneElseAssignedNow() throws Exception {
        mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("aan", "TEAMLEIDER").param("categorie", "PSYCHISCH").param("urgentie", "NORMAAL")
                .param("omschrijving", "Vader slaapt slecht."))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select aan || '/' || richting from signaal where huishouden_id = ?")
            .param(a.huishouden().value()).query(String.class).single()).isEqualTo("TEAMLEIDER/NAAR_BEGELEIDING");
        mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.REGIEVOERDER)))
                .with(csrf()).param("aan", "REGIEVOERDER").param("categorie", "ANDERS").param("urgentie", "LAAG")
                .param("omschrijving", "Aan mezelf"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("signaal", "aan", "signaal.aan.zelf"));
        mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.REGIEVOERDER)))
                .with(csrf()).param("aan", w.begeleiderB().id().toString()).param("categorie", "ANDERS")
                .param("urgentie", "LAAG").param("omschrijving", "Aan een vreemde"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("signaal", "aan", "signaal.aan.gids.onbekend"));
        assertThat(aantal(a)).isEqualTo(1);
    }

    @Test
    void theGuideRepliesInTheirOwnNameAndTheReportStaysTheRegievoerders() throws Exception {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);
        String pad = mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(regie)).with(csrf())
                .param("aan", vrijwilliger.id().toString()).param("categorie", "SCHOOLVERZUIM")
                .param("urgentie", "HOOG").param("omschrijving", "Lina is niet op school geweest."))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(pad + "/reacties").with(als(vrijwilliger)).with(csrf())
                .param("tekst", "Ik ga morgen met de moeder naar school."))
            .andExpect(redirectedUrl(pad + "#gesprek"));
        mvc.perform(post(pad + "/reacties").with(als(vrijwilliger)).with(csrf()).param("tekst", " "))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("reactie", "tekst", "NotBlank"));
        // the old "rewrite the signal" form is gone
        mvc.perform(post(pad).with(als(vrijwilliger)).with(csrf()).param("versie", "1")
                .param("categorie", "ANDERS").param("urgentie", "LAAG").param("omschrijving", "Overschreven"))
            .andExpect(status().isMethodNotAllowed());

        mvc.perform(get(pad).with(als(regie))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Gemeld door " + regie.naam())))
            .andExpect(content().string(containsString("aan " + vrijwilliger.naam())))
            .andExpect(content().string(containsString("Lina is niet op school geweest.")))
            .andExpect(content().string(containsString("Ik ga morgen met de moeder naar school.")))
            .andExpect(content().string(containsString(vrijwilliger.naam() + "</strong>")))
            .andExpect(content().string(containsString("Signaal afsluiten")));
        assertThat(jdbc.sql("select auteur_id || '/' || auteur_rol || '/' || tekst from signaal_bericht b "
                + "join signaal s on s.id = b.signaal_id where s.huishouden_id = ?").param(a.huishouden().value())
            .query(String.class).single())
            .isEqualTo(vrijwilliger.id() + "/VRIJWILLIGER/Ik ga morgen met de moeder naar school.");
        assertThat(jdbc.sql("select omschrijving || '/' || gemeld_door from signaal where huishouden_id = ?")
            .param(a.huishouden().value()).query(String.class).single())
            .isEqualTo("Lina is niet op school geweest./" + regie.id());

        // the vrijwilliger did not raise it: no close form, and a forged post is refused
        mvc.perform(get(pad).with(als(vrijwilliger)))
            .andExpect(content().string(not(containsString("Signaal afsluiten"))))
            .andExpect(content().string(containsString("U kunt reageren.")));
        mvc.perform(post(pad + "/afsluiting").with(als(vrijwilliger)).with(csrf()).param("versie", "1")
                .param("afsluitnotitie", "Klaar"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("kan alleen de melder")));
        mvc.perform(post(pad + "/afsluiting").with(als(regie)).with(csrf()).param("versie", "1")
                .param("afsluitnotitie", "Lina gaat weer naar school."))
            .andExpect(redirectedUrl(pad));
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(vrijwilliger)))
            .andExpect(content().string(containsString(regie.naam() + " sloot het signaal af")));
    }

    // --- validation and optimistic locking

    @Test
    void anIncompleteSignalShowsDutchMessagesAndWritesNothing() throws Exception {
        mvc.perform(post("/huishoudens/{id}/signalen", a.huishouden()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("urgentie", "HOOG").param("omschrijving", " ")
                .param("gemeldOp", VANDAAG.plusDays(4).toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies waarover het signaal gaat.")))
            .andExpect(content().string(containsString("Beschrijf wat er aan de hand is.")))
            .andExpect(content().string(containsString("De datum waarop het is opgemerkt kan niet in de toekomst liggen.")));
        Signaal s = signaal(w.als(Rol.BEGELEIDER), a, Urgentie.NORMAAL, "Zorgen");
        mvc.perform(post("/signalen/{id}/acties", s.id()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("wat", "Doorverwijzen").param("eigenaar", "PARTNER")
                .param("streefdatum", VANDAAG.toString()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("actie", "partnerNaam", "signaal.actie.partner.leeg"));
        mvc.perform(post("/signalen/{id}/acties", s.id()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("wat", "Gesprek").param("eigenaar", "REGIEVOERDER").param("ikBenEigenaar", "true")
                .param("streefdatum", VANDAAG.toString()))
            .andExpect(model().attributeHasFieldErrorCode("actie", "ikBenEigenaar",
                    "signaal.actie.medewerker.past-niet"));
        assertThat(aantal(a)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from actiepunt where signaal_id = ?").param(s.id().value())
            .query(Long.class).single()).isZero();
    }

    /** A stand without a status re-renders the signal with the error (the template comparison covers it). */
    @Test
    void aStandWithoutStatusShowsTheSignalWithTheError() throws Exception {
        Signaal s = signaal(w.als(Rol.BEGELEIDER), a, Urgentie.ACUUT, "Geen status");
        mvc.perform(post("/signalen/{id}/stand", s.id()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "1"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("stand", "status"));
    }

    @Test
    void aStaleVersionShowsTheCurrentStateAndOverwritesNothing() throws Exception {
        Signaal s = signaal(w.als(Rol.BEGELEIDER), a, Urgentie.NORMAAL, "Eerste versie");
        Actiepunt actie = signalen.voegActieToe(w.als(Rol.BEGELEIDER), s.id(), new ActiepuntGegevens("Bellen",
                Eigenaar.BEGELEIDER, null, null, VANDAAG.plusDays(3), null));
        mvc.perform(post("/signalen/{id}/stand", s.id()).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "1").param("status", "IN_BEHANDELING"))
            .andExpect(redirectedUrl("/signalen/" + s.id()))
            .andExpect(flash().attributeExists("melding"));
        mvc.perform(post("/signalen/{id}/stand", s.id()).with(als(w.als(Rol.REGIEVOERDER))).with(csrf())
                .param("versie", "1").param("status", "OPEN"))
            .andExpect(redirectedUrl("/signalen/" + s.id()))
            .andExpect(flash().attribute("fout", containsString("Iemand anders heeft dit intussen gewijzigd")));
        mvc.perform(post("/signalen/{id}/acties/{a}/gedaan", s.id(), actie.id()).with(als(w.als(Rol.BEGELEIDER)))
                .with(csrf()).param("versie", "1"));
        mvc.perform(post("/signalen/{id}/acties/{a}/gedaan", s.id(), actie.id()).with(als(w.als(Rol.TEAMLEIDER)))
                .with(csrf()).param("versie", "1").param("gedaan", "false"))
            .andExpect(flash().attribute("fout", containsString("Iemand anders")));
        Signaal nu = signalen.find(w.als(Rol.TEAMLEIDER), s.id()).orElseThrow().signaal();
        assertThat(nu.omschrijving() + "/" + nu.categorie() + "/" + nu.status() + "/" + nu.versie())
            .isEqualTo("Eerste versie/GELDZORGEN/IN_BEHANDELING/2");
        assertThat(nu.acties().get(0).gedaanOp()).isEqualTo(VANDAAG);
        mvc.perform(get("/signalen/{id}", s.id()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(containsString("nam het signaal in behandeling")));
    }

    // --- log, worklist, file

    @Test
    void readingAndWritingSignalsIsLoggedForEveryPerson() throws Exception {
        Medewerker ik = w.als(Rol.REGIEVOERDER);
        Signaal s = signaal(ik, a, Urgentie.HOOG, "Zorgen");
        mvc.perform(get("/huishoudens/{id}/signalen", a.huishouden()).with(als(ik))).andExpect(status().isOk());
        mvc.perform(get("/signalen/{id}", s.id()).with(als(ik))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select actie || '/' || record_soort || '/' || doel || '/' || count(*) from verwerking
                 where medewerker_id = ? and huishouden_id = ? and record_soort like 'signa%'
                 group by actie, record_soort, doel order by 1""")
            .params(ik.id(), a.huishouden().value()).query(String.class).list())
            .containsExactly("AANMAKEN/signaal/REGIE/3", "LEZEN/signaal/REGIE/3", "LEZEN/signalen/REGIE/3");
    }

    @Test
    void everyWritePublishesOpenUrgentAndTheEarliestOpenAction() {
        events.clear();
        Medewerker gids = w.als(Rol.BEGELEIDER);
        Signaal laag = signaal(gids, a, Urgentie.LAAG, "Laag");
        assertThat(events.stream(SignaalStandGewijzigd.class)).last()
            .isEqualTo(new SignaalStandGewijzigd(a.huishouden(), 1, false, null));
        Signaal hoog = signaal(gids, a, Urgentie.HOOG, "Hoog");
        signalen.voegActieToe(gids, laag.id(), new ActiepuntGegevens("Later", Eigenaar.BEGELEIDER, null, null,
                VANDAAG.plusDays(9), null));
        Actiepunt vroeg = signalen.voegActieToe(gids, hoog.id(), new ActiepuntGegevens("Eerst", Eigenaar.STATUSHOUDER,
                null, null, VANDAAG.plusDays(2), null));
        assertThat(events.stream(SignaalStandGewijzigd.class)).last()
            .isEqualTo(new SignaalStandGewijzigd(a.huishouden(), 2, true, VANDAAG.plusDays(2)));
        signalen.markeerActie(gids, hoog.id(), vroeg.id(), 1, true);
        signalen.sluitAf(gids, hoog.id(), 1, "Geregeld", false);
        assertThat(events.stream(SignaalStandGewijzigd.class)).hasSize(6).last()
            .isEqualTo(new SignaalStandGewijzigd(a.huishouden(), 1, false, VANDAAG.plusDays(9)));
    }

    @Test
    void theFileShowsOpenSignalsWithTheirOpenActionsInConstantStatements() throws Exception {
        Medewerker ik = w.als(Rol.VRIJWILLIGER);
        signaal(w.als(Rol.REGIEVOERDER), a, Urgentie.ACUUT, "Eerste");
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(ik))); // warm up
        var een = SqlTeller.tel(() -> mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(ik)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Acuut"))));
        for (int i = 0; i < 4; i++) {
            Signaal s = signaal(w.als(Rol.BEGELEIDER), a, Urgentie.NORMAAL, "Signaal " + i);
            for (int j = 0; j < 3; j++) {
                signalen.voegActieToe(w.als(Rol.BEGELEIDER), s.id(), new ActiepuntGegevens("Actie " + i + "." + j,
                        Eigenaar.PARTNER, "GGD", null, VANDAAG.plusDays(j - 1), null));
            }
        }
        var vijf = SqlTeller.tel(() -> mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(ik)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Actie 3.2")))
            .andExpect(content().string(containsString("GGD"))));
        assertThat(vijf.aantal()).as(vijf.toString()).isEqualTo(een.aantal());
        assertThat(vijf.statements()).filteredOn(s -> s.contains("from signaal") || s.contains("actiepunt"))
            .hasSize(1);
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and huishouden_id = ? and actie = 'LEZEN'""")
            .params(ik.id(), a.huishouden().value())
            .query(Long.class).single()).as("each view of the file, signals included, logs one read per person")
            .isEqualTo(3 * 3);
        signaal(w.begeleiderB(), b, Urgentie.ACUUT, "Van een ander huishouden");
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(ik)))
            .andExpect(content().string(not(containsString("Van een ander huishouden"))));
    }
}
