package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contacts section of the household file: what it shows, and that it reads a few statements whatever the size. */
@IntegrationTest
class ContactDossierTests {

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
    ContactService contacten;

    @Autowired
    GroepsbijeenkomstService bijeenkomsten;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ContactFixture f;

    @BeforeEach
    void wereld() {
        f = ContactFixture.maak(data, trajecten, huishoudens);
    }

    SqlTeller.Telling tel(Medewerker ik) throws Exception {
        return SqlTeller.tel(() -> mvc.perform(get("/huishoudens/{id}", f.a()).with(als(ik)))
            .andExpect(status().isOk()));
    }

    /** The statements of the contacts section on this module's tables (it looks up staff names in a third). */
    static long vanDezeSectie(SqlTeller.Telling t) {
        return t.statements().stream().filter(s -> s.contains("contactmoment") || s.contains("groepsdeelname"))
            .count();
    }

    static long namen(SqlTeller.Telling t) {
        return t.statements().stream().filter(s -> s.startsWith("select id, naam from medewerker")).count();
    }

    @Test
    void theSectionReadsTheSameFewStatementsWhateverTheHouseholdAndItsContacts() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Medewerker bg = f.als(Rol.BEGELEIDER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(20), vw, bg));
        // a group session in both: whether its link may be shown is one query for all sessions in the section
        Groepsbijeenkomst g = bijeenkomsten.registreer(f.als(Rol.TEAMLEIDER), new GroepsbijeenkomstInvoer("Taalcafé",
                Bijeenkomstsoort.ANDERS, Thema.SOCIAAL_NETWERK, VANDAAG, 60, null, null, null, null,
                null));
        bijeenkomsten.voegDeelnemersToe(vw, g.id(), f.a(), f.personenA());
        tel(vw);
        SqlTeller.Telling klein = tel(vw);

        for (int i = 19; i >= 1; i--) {
            contacten.legVast(i % 2 == 0 ? vw : bg, f.a(), f.bezoekA(VANDAAG.minusDays(i), vw, bg,
                    f.als(Rol.TEAMLEIDER)));
        }
        Medewerker regie = f.als(Rol.REGIEVOERDER);
        for (String kind : List.of("Adam", "Noor", "Ilyas", "Maryam", "Zayn")) {
            long versie = huishoudens.intern(f.a()).orElseThrow().versie();
            huishoudens.voegPersoonToe(regie, f.a(), versie, TestData.persoon(PersoonRol.KIND, kind, "Haddad",
                    LocalDate.of(2019, 2, 2), VANDAAG.minusMonths(2)));
        }
        SqlTeller.Telling groot = tel(vw);

        assertThat(groot.aantal()).as(groot.toString()).isEqualTo(klein.aantal());
        assertThat(vanDezeSectie(groot)).as(groot.toString()).isEqualTo(vanDezeSectie(klein)).isEqualTo(2);
        assertThat(namen(groot)).as(groot.toString()).isEqualTo(namen(klein));
    }

    @Test
    void theWholeFileWritesOneLogRowPerPersonWhateverItsSections() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(3), vw));
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.BUDGETCOACH)) {
            Medewerker ik = f.als(rol);
            String rijen = "select betrokkene_id from verwerking where medewerker_id = ?";
            List<java.util.UUID> voor = jdbc.sql(rijen).param(ik.id()).query(java.util.UUID.class).list();
            mvc.perform(get("/huishoudens/{id}", f.a()).with(als(ik))).andExpect(status().isOk());
            List<java.util.UUID> na = new java.util.ArrayList<>(jdbc.sql(rijen).param(ik.id())
                .query(java.util.UUID.class).list());
            voor.forEach(na::remove);
            assertThat(na).as(rol.name()).containsExactlyInAnyOrderElementsOf(f.personenA());
        }
    }

    @Test
    void theFileShowsLastAndNextContactTheNormAndTheHours() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Medewerker bg = f.als(Rol.BEGELEIDER);
        ContactInvoer bezoek = f.bezoekA(VANDAAG.minusDays(3), vw, bg);
        contacten.legVast(vw, f.a(), new ContactInvoer(bezoek.datum(), 90, bezoek.soort(), bezoek.personen(),
                bezoek.medewerkers(), bezoek.tolk(), bezoek.tolkTaal(), bezoek.themas(), bezoek.afspraken(),
                bezoek.notitie(), VANDAAG.plusDays(10)));
        mvc.perform(get("/huishoudens/{id}", f.a()).with(als(vw)))
            .andExpect(content().string(allOf(containsString("Laatste contact"),
                    containsString(nl(VANDAAG.minusDays(3))), containsString(nl(VANDAAG.plusDays(10))),
                    containsString(nl(VANDAAG.minusDays(3).plusWeeks(4))),
                    containsString("3 uur begeleiding in 1 contact;"), containsString("Huisbezoek · 90 min"),
                    containsString("termijn-op-tijd"), containsString("/contactmomenten/nieuw"))));
    }

    @Test
    void aHouseholdWithoutContactForLongerThanTheNormIsOverdue() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(40), vw));
        ContactStand stand = contacten.stand(f.a());
        assertThat(stand.contactUiterlijk()).isEqualTo(VANDAAG.minusDays(40).plusWeeks(4));
        assertThat(stand.achterstallig(VANDAAG)).isTrue();
        mvc.perform(get("/huishoudens/{id}", f.a()).with(als(vw)))
            .andExpect(content().string(allOf(containsString("termijn-verlopen"), containsString("te laat"))));
        // the wijkteam does not see this household at all; the regievoerder sees the section without the button
        mvc.perform(get("/huishoudens/{id}", f.a()).with(als(f.als(Rol.WIJKTEAM)))).andExpect(status().isNotFound());
    }

    @Test
    void withoutContactTheNormRunsFromTheAanmeldingAndAReaderWhoCannotGuideGetsNoButton() throws Exception {
        ContactStand stand = contacten.stand(f.a());
        assertThat(stand.laatsteContact()).isNull();
        assertThat(stand.contactUiterlijk()).isEqualTo(f.wereld().a().aangemeldOp().plusWeeks(4));
        mvc.perform(get("/huishoudens/{id}", f.a()).with(als(f.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(allOf(containsString("Nog geen contact"), containsString("Niet gepland"))));
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        trajecten.sluitAf(tl, f.wereld().a().id(), 3, nl.wegwijs.traject.TrajectStatus.BEEINDIGD,
                nl.wegwijs.traject.EindeReden.AFGEZIEN, VANDAAG, null);
        mvc.perform(get("/huishoudens/{id}", f.a()).with(als(tl)))
            .andExpect(content().string(allOf(containsString("Nog geen contact"),
                    not(containsString("/contactmomenten/nieuw")))));
        assertThat(contacten.stand(f.a()).contactUiterlijk()).isNull();
    }

    static String nl(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
    }
}
