package nl.wegwijs.checklist;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.checklist.ChecklistFixture.Begeleid;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checklist page and the checklist's section of the household file run the same few statements whatever the
 * household's size: counted around one real request, then again after five children (and their items) joined.
 */
@IntegrationTest
class ChecklistSqlAantalTests {

    /**
     * The checklist page: the Inzage (access, household (2), consent and override (2), and for a vrijwilliger the
     * uitvoerder's policy on identification numbers), items, start, names of who recorded, log; plus security. Was 9:
     * the Inzage adds the two consent statements and the policy lookup ({@code select vrijwilliger_identificatie from
     * uitvoerder}), once per page.
     */
    static final int PAGINA_MAX = 12;
    /**
     * A tick: item, the Inzage (access, household (2), consent and override (2), and for a vrijwilliger the
     * uitvoerder's policy on identification numbers), update, log, stand (count and worklist); then the live counters
     * of the out-of-band swap under the same Inzage: items, start. Was 11: the Inzage adds the two consent statements
     * and the policy lookup ({@code select vrijwilliger_identificatie from uitvoerder}), and the second access check of
     * the swap is gone.
     */
    static final int AFVINKEN_MAX = 13;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    JdbcClient jdbc;

    private SqlTeller.Telling tel(MockHttpServletRequestBuilder verzoek) throws Exception {
        return SqlTeller.tel(() -> mvc.perform(verzoek).andExpect(status().is2xxSuccessful()));
    }

    @Test
    void theChecklistPageAndTheFileSectionDoNotGrowWithTheHousehold() throws Exception {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, LocalDate.now().minusMonths(2));
        Medewerker ik = b.als(Rol.VRIJWILLIGER);
        String pagina = "/huishoudens/" + b.huishouden() + "/checklist";
        var huurtoeslag = ChecklistFixture.rij(jdbc, b.huishouden(), "huurtoeslag");
        mvc.perform(post(pagina + "/items/" + huurtoeslag.id() + "/afvinken").with(als(ik)).with(csrf())
            .param("versie", "1").param("wie", "SAMEN"));
        tel(get(pagina).with(als(ik))); // warm
        var paginaDrie = tel(get(pagina).with(als(ik)));
        var perPersoonDrie = tel(get(pagina).param("weergave", "persoon").with(als(ik)));
        var dossierDrie = tel(get("/huishoudens/{id}", b.huishouden()).with(als(ik)));
        var sectieDrie = tel(get("/huishoudens/{id}/onderdelen/checklist", b.huishouden()).header("HX-Request", "true")
            .with(als(ik)));
        int itemsDrie = ChecklistFixture.rijen(jdbc, b.huishouden()).size();

        Medewerker regie = b.als(Rol.REGIEVOERDER);
        for (String kind : new String[] { "Adam", "Noor", "Ilyas", "Maryam", "Zayn" }) {
            long versie = huishoudens.intern(b.huishouden()).orElseThrow().versie();
            huishoudens.voegPersoonToe(regie, b.huishouden(), versie, TestData.persoon(PersoonRol.KIND, kind, "Haddad",
                    LocalDate.of(2019, 2, 2), LocalDate.now().minusMonths(2)));
        }
        assertThat(ChecklistFixture.rijen(jdbc, b.huishouden()).size()).isGreaterThan(itemsDrie);

        var paginaAcht = tel(get(pagina).with(als(ik)));
        var perPersoonAcht = tel(get(pagina).param("weergave", "persoon").with(als(ik)));
        var dossierAcht = tel(get("/huishoudens/{id}", b.huishouden()).with(als(ik)));
        var sectieAcht = tel(get("/huishoudens/{id}/onderdelen/checklist", b.huishouden()).header("HX-Request", "true")
            .with(als(ik)));

        assertThat(paginaAcht.aantal()).as(paginaAcht.toString()).isEqualTo(paginaDrie.aantal())
            .isLessThanOrEqualTo(PAGINA_MAX);
        assertThat(perPersoonAcht.aantal()).as(perPersoonAcht.toString()).isEqualTo(perPersoonDrie.aantal());
        assertThat(dossierAcht.aantal()).as(dossierAcht.toString()).isEqualTo(dossierDrie.aantal());
        assertThat(sectieAcht.aantal()).as(sectieAcht.toString()).isEqualTo(sectieDrie.aantal());
        // the file's checklist section is lazy (issue 21): the file reads no item, the section one statement
        assertThat(dossierAcht.statements()).filteredOn(s -> s.contains("checklist_item")).isEmpty();
        assertThat(sectieAcht.statements()).filteredOn(s -> s.contains("checklist_item")).hasSize(1);
        // the page's processing log is one statement for all eight persons
        assertThat(paginaAcht.statements()).filteredOn(s -> s.contains("insert into verwerking")).hasSize(1);
    }

    @Test
    void tickingAnItemIsAFewStatements() throws Exception {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, LocalDate.now().minusMonths(2));
        Medewerker ik = b.als(Rol.VRIJWILLIGER);
        String pagina = "/huishoudens/" + b.huishouden() + "/checklist";
        var eerste = ChecklistFixture.rij(jdbc, b.huishouden(), "huurtoeslag");
        var tweede = ChecklistFixture.rij(jdbc, b.huishouden(), "inboedel");
        tel(post(pagina + "/items/" + eerste.id() + "/afvinken").with(als(ik)).with(csrf()).header("HX-Request", "true")
            .param("versie", "1").param("wie", "ZELF"));
        var afvinken = tel(post(pagina + "/items/" + tweede.id() + "/afvinken").with(als(ik)).with(csrf())
            .header("HX-Request", "true").param("versie", "1").param("wie", "SAMEN"));
        assertThat(afvinken.aantal()).as(afvinken.toString()).isLessThanOrEqualTo(AFVINKEN_MAX);
    }
}
