package nl.wegwijs.werklijst;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.checklist.ChecklistStandGewijzigd;
import nl.wegwijs.contact.ContactInvoer;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.contact.Contactsoort;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.contact.Tolk;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A start page per role, and the teamleider's: the inbox of new registrations (oldest first, to accept or to assign)
 * and the caseload per guide with hours, in a fixed handful of statements.
 */
@IntegrationTest
class WerklijstStartTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    ContactService contacten;

    @Autowired
    Teamoverzicht teamoverzicht;

    @Autowired
    Werklijst werklijst;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    TestData.Wereld w;
    LocalDate vandaag = LocalDate.now();

    @BeforeEach
    void wereld() {
        w = data.wereld(null);
    }

    private Traject aangemeld(String naam, LocalDate op) {
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, vandaag.minusMonths(1), naam));
        jdbc.sql("update traject set aangemeld_op = ? where id = ?").params(op, t.id().value()).update();
        return t;
    }

    private Traject toegewezen(String naam, Medewerker aan) {
        Traject t = aangemeld(naam, vandaag);
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, t.id(), 2, aan.id(),
                aan.rol() == Rol.BEGELEIDER ? ToewijzingRol.BEGELEIDER : ToewijzingRol.VRIJWILLIGER, vandaag);
        return t;
    }

    @Test
    void eachRoleStartsOnThePageOfItsWork() throws Exception {
        String[][] verwacht = { { "VRIJWILLIGER", "/werklijst" }, { "BEGELEIDER", "/werklijst" },
                { "TEAMLEIDER", "/team" }, { "REGIEVOERDER", "/regie" }, { "BUDGETCOACH", "/ontzorgen" },
                { "WIJKTEAM", "/werklijst" }, { "BELEID", "/beleid" }, { "BEHEERDER", "/beheer/organisaties" } };
        for (String[] v : verwacht) {
            mvc.perform(get("/").with(als(w.als(Rol.valueOf(v[0]))))).andExpect(redirectedUrl(v[1]));
        }
        // beleid and beheerder see no households: no empty worklist for them
        mvc.perform(get("/werklijst").with(als(w.als(Rol.BELEID)))).andExpect(redirectedUrl("/beleid"));
        mvc.perform(get("/werklijst").with(als(w.als(Rol.BEHEERDER)))).andExpect(redirectedUrl("/beheer/organisaties"));
        // the teamleider's page is the teamleider's
        mvc.perform(get("/team").with(als(w.als(Rol.BEGELEIDER)))).andExpect(redirectedUrl("/werklijst"));
        mvc.perform(get("/beleid").with(als(w.als(Rol.REGIEVOERDER)))).andExpect(redirectedUrl("/regie"));
    }

    @Test
    void beleidGetsAPageThatSaysWhatIsComingNotAnEmptyWorklist() throws Exception {
        mvc.perform(get("/beleid").with(als(w.als(Rol.BELEID))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Cijfers voor beleid")))
            .andExpect(content().string(containsString("Werkte het?")))
            .andExpect(content().string(not(containsString("toegewezen, staat het hier"))));
    }

    @Test
    void onlyRolesThatMayRegisterAHouseholdGetTheButtonOnTheWorklist() throws Exception {
        // the menu links there too: the page's own button is the second link
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.REGIEVOERDER)) {
            assertThat(aanmeldLinks(rol)).as(rol.name()).isEqualTo(2);
        }
        for (Rol rol : List.of(Rol.VRIJWILLIGER, Rol.WIJKTEAM)) {
            assertThat(aanmeldLinks(rol)).as(rol.name()).isZero();
        }
    }

    private int aanmeldLinks(Rol rol) throws Exception {
        String pagina = mvc.perform(get("/werklijst").with(als(w.als(rol))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        return org.springframework.util.StringUtils.countOccurrencesOf(pagina, "href=\"/huishoudens/nieuw\"");
    }

    @Test
    void anEmptyWorklistSaysWhatFitsTheRole() throws Exception {
        mvc.perform(get("/werklijst").with(als(w.als(Rol.WIJKTEAM))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Overgedragen huishoudens")))
            .andExpect(content().string(containsString("Er zijn (nog) geen huishoudens aan de gemeente overgedragen.")));
        mvc.perform(get("/werklijst").with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("Zodra uw teamleider u een huishouden toewijst")));
        mvc.perform(get("/werklijst").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(containsString("Huishoudens in mijn gemeente")))
            .andExpect(content().string(containsString("Er zijn (nog) geen huishoudens in uw gemeente aangemeld.")));
    }

    @Test
    void theInboxListsRegistrationsToAcceptOrAssignOldestFirst() throws Exception {
        Traject nieuw = aangemeld("Nieuw", vandaag.minusDays(1));
        Traject oud = aangemeld("Oud", vandaag.minusDays(6));
        Traject geaccepteerd = aangemeld("Geaccepteerd", vandaag.minusDays(3));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), geaccepteerd.id(), 1, w.teamA().id());
        toegewezen("Toegewezen", w.als(Rol.VRIJWILLIGER));

        List<Teamoverzicht.Aanmelding> inbox = teamoverzicht.inbox(w.als(Rol.TEAMLEIDER));
        assertThat(inbox).extracting(Teamoverzicht.Aanmelding::trajectId).containsExactly(oud.id().value(),
                geaccepteerd.id().value(), nieuw.id().value());
        assertThat(inbox).extracting(Teamoverzicht.Aanmelding::teAccepteren).containsExactly(true, false, true);

        mvc.perform(get("/team").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nieuwe aanmeldingen (3)")))
            .andExpect(content().string(containsString("/huishoudens/" + oud.huishouden().value() + "#team")))
            .andExpect(content().string(containsString("/huishoudens/" + geaccepteerd.huishouden().value()
                    + "#medewerker")))
            .andExpect(content().string(containsString("wacht 6 dagen")));
    }

    @Test
    void theCaseloadCountsHouseholdsAttentionAndHoursPerGuideInAFewStatements() throws Exception {
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);
        Traject een = toegewezen("Een", vrijwilliger);
        Traject twee = toegewezen("Twee", vrijwilliger);
        toegewezen("Drie", w.als(Rol.BEGELEIDER));
        // the real checklist gives new households overdue items; here only Een has one
        transactie.executeWithoutResult(s -> events.publishEvent(new ChecklistStandGewijzigd(twee.huishouden(), 0,
                null)));
        transactie.executeWithoutResult(s -> events.publishEvent(new ChecklistStandGewijzigd(een.huishouden(), 3,
                vandaag.minusDays(4))));
        var persoon = huishoudens.intern(een.huishouden()).orElseThrow().personen()
            .get(0).id();
        contacten.legVast(vrijwilliger, een.huishouden(), new ContactInvoer(vandaag.minusDays(3), 90,
                Contactsoort.HUISBEZOEK, Set.of(persoon), Set.of(vrijwilliger.id()), Tolk.GEEN, null,
                Set.of(Thema.WONEN), null, null, null));
        contacten.legVast(vrijwilliger, een.huishouden(), new ContactInvoer(vandaag.minusDays(40), 60,
                Contactsoort.HUISBEZOEK, Set.of(persoon), Set.of(vrijwilliger.id()), Tolk.GEEN, null,
                Set.of(Thema.WONEN), null, null, null)); // before the four weeks: does not count

        List<Teamoverzicht.Begeleider> caseload = teamoverzicht.caseload(w.als(Rol.TEAMLEIDER));
        Teamoverzicht.Begeleider v = caseload.stream().filter(b -> b.id().equals(vrijwilliger.id())).findFirst()
            .orElseThrow();
        assertThat(v.huishoudens()).isEqualTo(2);
        assertThat(v.minuten()).isEqualTo(90);
        Teamoverzicht.Begeleider b = caseload.stream().filter(x -> x.id().equals(w.als(Rol.BEGELEIDER).id()))
            .findFirst().orElseThrow();
        assertThat(b.huishoudens()).isEqualTo(1);
        assertThat(b.minuten()).isZero();
        // attention is the worklist's "te laat": the guide's households whose next thing is past
        assertThat(v.aandacht()).isEqualTo(1).isEqualTo((int) werklijst.pagina(vrijwilliger, WerklijstFilter.leeg())
            .regels().stream().filter(r -> r.volgende().teLaat(vandaag)).count());

        mvc.perform(get("/team").with(als(w.als(Rol.TEAMLEIDER)))); // warm
        var weinig = SqlTeller.tel(() -> mvc.perform(get("/team").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk()));
        for (String naam : new String[] { "Vier", "Vijf", "Zes", "Zeven" }) {
            toegewezen(naam, w.als(Rol.BEGELEIDER));
            aangemeld("Nieuw" + naam, vandaag.minusDays(2));
        }
        var veel = SqlTeller.tel(() -> mvc.perform(get("/team").with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk()));
        assertThat(veel.aantal()).as(veel.toString()).isEqualTo(weinig.aantal()).isLessThanOrEqualTo(12);
    }
}
