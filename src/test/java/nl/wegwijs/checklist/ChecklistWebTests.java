package nl.wegwijs.checklist;

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
import nl.wegwijs.checklist.ChecklistFixture.Begeleid;
import nl.wegwijs.checklist.ChecklistFixture.Rij;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.TestData.als;
import static nl.wegwijs.checklist.ChecklistFixture.rij;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checklist screens per role: who may see and tick, one tap with and without htmx (focus and announcement), stale
 * versions, validation, items of another household, the guide's note and the gemeente side, the household file's
 * section, the template editor, and the processing log.
 */
@IntegrationTest
class ChecklistWebTests {

    static final LocalDate BRP = LocalDate.now().minusMonths(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChecklistService checklist;

    Begeleid b;
    Rij huurtoeslag;
    String pad;
    /** The file's checklist section on its own: the file loads it lazily (issue 21). */
    String sectie;

    @BeforeEach
    void wereld() {
        b = ChecklistFixture.begeleid(data, trajecten, BRP);
        huurtoeslag = rij(jdbc, b.huishouden(), "huurtoeslag");
        pad = "/huishoudens/" + b.huishouden() + "/checklist";
        sectie = "/huishoudens/" + b.huishouden() + "/onderdelen/checklist";
    }

    private String afvinken(Rij r) {
        return pad + "/items/" + r.id() + "/afvinken";
    }

    // --- who sees it

    /** The regievoerder was in the first list: it now sees the checklist without the finance items (see below). */
    @Test
    void whoMaySeeTheHouseholdSeesItsChecklistOthersGetNotFound() throws Exception {
        for (Medewerker wie : List.of(b.als(Rol.VRIJWILLIGER), b.als(Rol.BEGELEIDER), b.als(Rol.TEAMLEIDER),
                b.als(Rol.BUDGETCOACH))) {
            mvc.perform(get(pad).with(als(wie))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Huurtoeslag aanvragen")));
        }
        mvc.perform(get(pad).with(als(b.als(Rol.REGIEVOERDER)))).andExpect(status().isOk());
        for (Medewerker wie : List.of(b.w().vrijwilliger2(), b.w().begeleiderB(), b.als(Rol.WIJKTEAM),
                b.als(Rol.BELEID), b.als(Rol.BEHEERDER), data.wereld().als(Rol.TEAMLEIDER))) {
            mvc.perform(get(pad).with(als(wie))).andExpect(status().isNotFound());
            mvc.perform(get(pad + "/items/" + huurtoeslag.id()).with(als(wie))).andExpect(status().isNotFound());
            // the file's section, loaded lazily, under the file's own rules (with and without htmx)
            mvc.perform(get(sectie).header("HX-Request", "true").with(als(wie))).andExpect(status().isNotFound());
            mvc.perform(get(sectie).with(als(wie))).andExpect(status().isNotFound());
        }
    }

    /** A vrijwilliger of the same team who is not assigned to the household does not get the file's section. */
    @Test
    void aVrijwilligerWhoIsNotAssignedGetsNotFoundForTheFilesChecklistSection() throws Exception {
        Medewerker ander = b.w().vrijwilliger2();
        mvc.perform(get(sectie).header("HX-Request", "true").with(als(ander))).andExpect(status().isNotFound());
        mvc.perform(get(sectie).with(als(ander))).andExpect(status().isNotFound());
        mvc.perform(get(sectie).header("HX-Request", "true").with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"checklist-kop\"")));
    }

    private static final String METERSTANDEN = "Meterstanden opnemen en doorgeven";

    @Test
    void theBudgetcoachSeesOnlyTheFinanceItemsAndTheRegievoerderTheOthersUntilConsent() throws Exception {
        mvc.perform(get(pad).with(als(b.als(Rol.BUDGETCOACH)))).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Huurtoeslag aanvragen"),
                    not(containsString(METERSTANDEN)), containsString("Toestemming nodig"),
                    containsString("toestemmingen/nieuw?soort=VOORTGANG"), not(containsString("soort=FINANCIEN")))));
        assertThat(dossierSectie(b.als(Rol.BUDGETCOACH)))
            .contains("Toestemming nodig", "soort=VOORTGANG", "Hele checklist")
            .doesNotContain(METERSTANDEN, "soort=FINANCIEN");
        mvc.perform(get(pad).with(als(b.als(Rol.REGIEVOERDER)))).andExpect(status().isOk())
            .andExpect(content().string(allOf(not(containsString("Huurtoeslag aanvragen")),
                    containsString(METERSTANDEN), containsString("toestemmingen/nieuw?soort=FINANCIEN"),
                    not(containsString("soort=VOORTGANG")))));
        // a finance item is not the regievoerder's to open or tick, a progress item not the budgetcoach's
        Rij meterstanden = rij(jdbc, b.huishouden(), "meterstanden");
        mvc.perform(get(pad + "/items/" + huurtoeslag.id()).with(als(b.als(Rol.REGIEVOERDER))))
            .andExpect(status().isForbidden());
        mvc.perform(post(afvinken(meterstanden)).with(als(b.als(Rol.BUDGETCOACH))).with(csrf())
                .param("versie", "1").param("wie", "ZELF"))
            .andExpect(status().isForbidden());
        assertThat(rij(jdbc, meterstanden.id())).isEqualTo(meterstanden);

        data.toestemming(b.w(), b.traject(), Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.FINANCIEN);
        mvc.perform(get(pad).with(als(b.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(allOf(containsString("Huurtoeslag aanvragen"), containsString(METERSTANDEN),
                    not(containsString("Toestemming nodig")))));
    }

    @Test
    void withoutConsentTheWijkteamSeesOnlyTheNoticeAfterHandover() throws Exception {
        // a second household of the same world consents to the wijkteam seeing its progress; this one does not
        Begeleid met = ChecklistFixture.begeleid(data, trajecten, b.w(), BRP, "Karimi");
        data.toestemming(b.w(), met.traject(), Rol.WIJKTEAM, nl.wegwijs.traject.Gegevenssoort.VOORTGANG);
        Medewerker tl = b.als(Rol.TEAMLEIDER);
        for (Begeleid x : List.of(b, met)) {
            trajecten.start(tl, x.traject().id(), 3, BRP.plusDays(7));
            trajecten.sluitAf(tl, x.traject().id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.values()[0],
                    LocalDate.now(), null);
        }
        Medewerker wijkteam = b.als(Rol.WIJKTEAM);
        assertThat(dossierSectie(wijkteam)).contains("Toestemming nodig", "soort=VOORTGANG")
            .doesNotContain("Huurtoeslag aanvragen", METERSTANDEN, "Hele checklist");
        mvc.perform(get(pad).with(als(wijkteam))).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Toestemming nodig"),
                    not(containsString(METERSTANDEN)), not(containsString("Huurtoeslag aanvragen")))));
        mvc.perform(get("/huishoudens/" + met.huishouden() + "/checklist").with(als(wijkteam)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(METERSTANDEN),
                    not(containsString("Huurtoeslag aanvragen")))));
    }

    @Test
    void thePageGroupsPerThemeOrPerPersonWithTheTickButtons() throws Exception {
        mvc.perform(get(pad).with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(allOf(containsString("Financiën en administratie"),
                    containsString("Begeleider deed het"), containsString("Overdracht fase 1"),
                    containsString("HV – huisvesting"), containsString("Voortgang per thema"))));
        mvc.perform(get(pad).param("weergave", "persoon").with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(allOf(containsString("Lina Haddad"), containsString("Samira Haddad"))));
    }

    @Test
    void readingTheChecklistIsLoggedPerPerson() throws Exception {
        mvc.perform(get(pad).with(als(b.als(Rol.VRIJWILLIGER)))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and huishouden_id = ? and actie = 'LEZEN'
                   and record_soort = 'checklist'""")
            .params(b.als(Rol.VRIJWILLIGER).id(), b.huishouden().value()).query(Long.class).single()).isEqualTo(3);
    }

    // --- ticking

    @Test
    void theAssignedVrijwilligerTicksAnItemWithOneTap() throws Exception {
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf())
                .param("versie", "1").param("wie", "SAMEN"))
            .andExpect(redirectedUrl(pad + "?open=FINANCIEN_ADMINISTRATIE#item-" + huurtoeslag.id()))
            .andExpect(flash().attribute("melding", containsString("Huurtoeslag aanvragen")));
        Rij na = rij(jdbc, huurtoeslag.id());
        assertThat(na.status()).isEqualTo("GEREGELD");
        assertThat(na.wie()).isEqualTo("SAMEN");
        assertThat(na.versie()).isEqualTo(2);
        // a household item concerns everyone in it: one log row per person
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and record_id = ? and actie = 'WIJZIGEN'""")
            .params(b.als(Rol.VRIJWILLIGER).id(), huurtoeslag.id()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void withHtmxOnlyTheRowComesBack() throws Exception {
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf())
                .header("HX-Request", "true").param("versie", "1").param("wie", "ZELF"))
            .andExpect(status().isOk())
            .andExpect(content().string(startsWith("<tr")))
            .andExpect(content().string(allOf(containsString("id=\"item-" + huurtoeslag.id() + "\""),
                    containsString("Geregeld"), containsString("Zelf"), containsString("Opgeslagen."),
                    not(containsString("<html")))));
        assertThat(rij(jdbc, huurtoeslag.id()).wie()).isEqualTo("ZELF");
    }

    @Test
    void withHtmxTheCountersProgressAndWhoDidItFollowOutOfBand() throws Exception {
        mvc.perform(get(pad).with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("Er is nog niets geregeld.")));
        String antwoord = mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf())
                .header("HX-Request", "true").param("versie", "1").param("wie", "ZELF"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        long geregeld = tel("status = 'GEREGELD'");
        long vanToepassing = tel("status <> 'NIET_VAN_TOEPASSING'");
        long open = tel("status in ('TE_DOEN', 'BEZIG')");
        assertThat(antwoord).containsPattern("id=\"checklist-samenvatting\"\\s+data-hx-swap-oob=\"true\"")
            .contains(geregeld + " van " + vanToepassing + " geregeld, " + open + " open")
            .containsPattern("id=\"checklist-voortgang\"\\s+data-hx-swap-oob=\"true\"")
            .containsPattern("id=\"checklist-wie\"\\s+data-hx-swap-oob=\"true\"")
            .contains("Jaar 1").contains("100%");
        // the page itself has the same ids, without out-of-band swapping
        mvc.perform(get(pad).with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(allOf(containsString("id=\"checklist-samenvatting\""),
                    containsString("id=\"checklist-voortgang\""), containsString("id=\"checklist-wie\""),
                    not(containsString("data-hx-swap-oob=\"true\"")))));
        // and so has the file's section, which htmx puts in the file when it scrolls into view (issue 21)
        mvc.perform(get(sectie).header("HX-Request", "true").with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(allOf(containsString("id=\"checklist-samenvatting\""),
                    containsString("id=\"checklist-voortgang\""), containsString("id=\"checklist-wie\""),
                    not(containsString("data-hx-swap-oob=\"true\"")))));
    }

    private long tel(String waar) {
        return jdbc.sql("select count(*) from checklist_item where huishouden_id = ? and " + waar)
            .param(b.huishouden().value()).query(Long.class).single();
    }

    @Test
    void thePageShowsWhatIsDueNowFirstAndFoldsTheRestWithItsCount() throws Exception {
        String pagina = mvc.perform(get(pad).with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String nu = pagina.substring(pagina.indexOf("id=\"nu-kop\""), pagina.indexOf("id=\"later-kop\""));
        long rijenNu = nu.split("class=\"utrecht-table__row", -1).length - 2; // minus the header row
        LocalDate grens = LocalDate.now().plusDays(ChecklistPagina.BINNENKORT);
        assertThat(rijenNu).isEqualTo(tel("status in ('TE_DOEN', 'BEZIG') and deadline <= '" + grens + "'"))
            .isLessThan(tel("status in ('TE_DOEN', 'BEZIG')") / 2);
        assertThat(pagina).contains("Later en afgehandeld").contains("(" + (tel("status in ('TE_DOEN', 'BEZIG')")
                - rijenNu) + " open)");
        // what the data settle shows as such, not as ticked by someone
        assertThat(pagina).contains("volgens de gegevens");
    }

    @Test
    void afterHandoverNothingIsOverdueForAnyone() throws Exception {
        assertThat(dossierSectie(b.als(Rol.BUDGETCOACH))).contains("verlopen");
        Medewerker tl = b.als(Rol.TEAMLEIDER);
        trajecten.start(tl, b.traject().id(), 3, BRP.plusDays(7));
        trajecten.sluitAf(tl, b.traject().id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.values()[0],
                LocalDate.now(), null);
        for (Medewerker wie : List.of(b.als(Rol.BUDGETCOACH), b.als(Rol.REGIEVOERDER), tl)) {
            assertThat(dossierSectie(wie)).doesNotContain("termijn-verlopen").doesNotContain("verlopen</span>")
                .contains("Het traject is afgesloten.");
            mvc.perform(get(pad).with(als(wie))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("termijn-verlopen")),
                        not(containsString(">te laat<")), containsString("nog open bij het afsluiten"))));
        }
    }

    private static String checklistSectie(String html) {
        int van = html.indexOf("aria-labelledby=\"checklist-kop\"");
        assertThat(van).as("the checklist section").isNotNegative();
        return html.substring(van, html.indexOf("</section>", van));
    }

    /** The file's checklist section as htmx fetches it when it scrolls into view (issue 21). */
    private String dossierSectie(Medewerker wie) throws Exception {
        return checklistSectie(mvc.perform(get(sectie).header("HX-Request", "true").with(als(wie)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aTickWithoutJavascriptReturnsWhereItCameFromWithTheItemsGroupOpen() throws Exception {
        // without JavaScript the file's section is a page of its own (issue 21): its tick returns there, to the
        // new state and the message
        String voor = mvc.perform(get(sectie).with(als(b.als(Rol.BEGELEIDER)))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(voor).contains("Er is nog niets geregeld.", "name=\"bron\" value=\"dossier\"");
        int van = voor.indexOf("id=\"item-") + "id=\"item-".length();
        Rij volgende = rij(jdbc, UUID.fromString(voor.substring(van, voor.indexOf('"', van))));
        mvc.perform(post(afvinken(volgende)).with(als(b.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", String.valueOf(volgende.versie())).param("wie", "BEGELEIDER")
                .param("bron", "dossier"))
            .andExpect(redirectedUrl(sectie + "#item-" + volgende.id()))
            .andExpect(flash().attribute("melding", containsString("staat op geregeld (Begeleider).")));
        assertThat(rij(jdbc, volgende.id()).status()).isEqualTo("GEREGELD");
        mvc.perform(get(sectie).with(als(b.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1"), containsString("id=\"checklist-kop\""),
                    containsString("Jaar 1"), containsString("100%"), not(containsString("Er is nog niets geregeld.")),
                    not(containsString("id=\"item-" + volgende.id() + "\"")))));
        Rij school = rij(jdbc, b.huishouden(), "school");
        mvc.perform(post(afvinken(school)).with(als(b.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "1").param("wie", "SAMEN").param("bron", "persoon"))
            .andExpect(redirectedUrl(pad + "?weergave=persoon&open=" + school.persoonId() + "#item-" + school.id()));
        mvc.perform(get(pad).param("weergave", "persoon").param("open", school.persoonId().toString())
                .with(als(b.als(Rol.BEGELEIDER))))
            .andExpect(content().string(containsString("<details open")));
        mvc.perform(get(pad).with(als(b.als(Rol.BEGELEIDER))))
            .andExpect(content().string(not(containsString("<details open"))));
    }

    @Test
    void someoneWhoMayNotSeeTheHouseholdCannotTickAndNothingChanges() throws Exception {
        for (Medewerker wie : List.of(b.w().vrijwilliger2(), b.w().begeleiderB(), b.als(Rol.WIJKTEAM),
                b.als(Rol.BELEID), b.als(Rol.BEHEERDER))) {
            mvc.perform(post(afvinken(huurtoeslag)).with(als(wie)).with(csrf()).param("versie", "1")
                    .param("wie", "ZELF"))
                .andExpect(status().isNotFound());
            mvc.perform(post(pad + "/items/" + huurtoeslag.id()).with(als(wie)).with(csrf()).param("versie", "1")
                    .param("status", "BEZIG"))
                .andExpect(status().isNotFound());
        }
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    @Test
    void onAClosedTrajectoryTheChecklistIsReadOnly() throws Exception {
        trajecten.sluitAf(b.als(Rol.TEAMLEIDER), b.traject().id(), 3, TrajectStatus.BEEINDIGD, EindeReden.values()[0],
                LocalDate.now(), null);
        mvc.perform(get(pad).with(als(b.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Begeleider deed het"))));
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.TEAMLEIDER))).with(csrf()).param("versie", "1")
                .param("wie", "ZELF"))
            .andExpect(flash().attribute("fout", containsString("niet bijwerken")));
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    @Test
    void aTickWithoutWhoDidItAsksForIt() throws Exception {
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf()).param("versie", "1"))
            .andExpect(flash().attribute("fout", containsString("Kies wie het deed")));
        assertThat(rij(jdbc, huurtoeslag.id()).status()).isEqualTo("TE_DOEN");
    }

    @Test
    void theSecondOfTwoTicksOnTheSameVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf())
                .param("versie", "1").param("wie", "SAMEN"));
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "1").param("wie", "BEGELEIDER"))
            .andExpect(flash().attribute("fout", containsString("Iemand anders heeft dit intussen gewijzigd")));
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.BEGELEIDER))).with(csrf())
                .header("HX-Request", "true").param("versie", "1").param("wie", "BEGELEIDER"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("role=\"alert\""),
                    containsString("Iemand anders heeft dit intussen gewijzigd"), containsString("Samen"))));
        Rij na = rij(jdbc, huurtoeslag.id());
        assertThat(na.wie()).isEqualTo("SAMEN");
        assertThat(na.versie()).isEqualTo(2);
    }

    // --- the edit form

    @Test
    void theEditFormSetsNietVanToepassingWithAReason() throws Exception {
        String item = pad + "/items/" + huurtoeslag.id();
        mvc.perform(get(item).with(als(b.als(Rol.VRIJWILLIGER)))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Niet van toepassing")));
        mvc.perform(post(item).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf()).param("versie", "1")
                .param("status", "NIET_VAN_TOEPASSING").param("reden", ""))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("itemForm", "reden"))
            .andExpect(content().string(containsString("Geef aan waarom dit niet van toepassing is.")));
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
        mvc.perform(post(item).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf()).param("versie", "1")
                .param("status", "NIET_VAN_TOEPASSING").param("reden", "Woont bij familie")
                .param("notitie", "Volgend jaar opnieuw bekijken"))
            .andExpect(redirectedUrl(pad + "#item-" + huurtoeslag.id()));
        assertThat(jdbc.sql("select reden_nvt || '/' || notitie from checklist_item where id = ?")
            .param(huurtoeslag.id()).query(String.class).single())
            .isEqualTo("Woont bij familie/Volgend jaar opnieuw bekijken");
    }

    @Test
    void badInputOnTheEditFormGetsADutchMessageAndWritesNothing() throws Exception {
        String item = pad + "/items/" + huurtoeslag.id();
        mvc.perform(post(item).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf()).param("versie", "1")
                .param("status", "GEREGELD").param("wie", "SAMEN")
                .param("datum", LocalDate.now().plusYears(3).toString()))
            .andExpect(model().attributeHasFieldErrors("itemForm", "datum"))
            .andExpect(content().string(containsString("kan niet in de toekomst liggen")));
        mvc.perform(post(item).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf()).param("versie", "1")
                .param("status", "GEREGELD"))
            .andExpect(model().attributeHasFieldErrors("itemForm", "wie"))
            .andExpect(content().string(containsString("Kies wie het deed")));
        mvc.perform(post(item).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf()).param("versie", "1")
                .param("status", "KLAAR"))
            .andExpect(model().attributeHasFieldErrors("itemForm", "status"));
        mvc.perform(post(item).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf()).param("versie", "1")
                .param("status", "BEZIG").param("notitie", "x".repeat(2001)))
            .andExpect(model().attributeHasFieldErrors("itemForm", "notitie"));
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    @Test
    void aStaleEditShowsTheCurrentStateAndKeepsIt() throws Exception {
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf())
                .param("versie", "1").param("wie", "ZELF"));
        mvc.perform(post(pad + "/items/" + huurtoeslag.id()).with(als(b.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "1").param("status", "BEZIG"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Iemand anders heeft dit intussen gewijzigd"),
                    containsString("value=\"2\""))));
        assertThat(rij(jdbc, huurtoeslag.id()).status()).isEqualTo("GEREGELD");
    }

    // --- the household file

    @Test
    void theHouseholdFileShowsProgressTheNextItemsAndTheShift() throws Exception {
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf())
                .param("versie", "1").param("wie", "BEGELEIDER"));
        // the file itself: the section's heading and a link, which htmx follows when it scrolls into view
        mvc.perform(get("/huishoudens/{id}", b.huishouden()).with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"onderdeel-checklist\""),
                    containsString("id=\"onderdeel-checklist-kop\">Checklist basisvoorzieningen</h2>"),
                    containsString("data-hx-get=\"" + sectie + "\""), containsString("href=\"" + sectie + "\""),
                    not(containsString("id=\"checklist-kop\"")), not(containsString("Eerstvolgende onderdelen")),
                    not(containsString("name=\"bron\" value=\"dossier\"")))));
        // the section, with htmx in place of the placeholder, and without JavaScript as a page of its own
        for (boolean htmx : new boolean[] { true, false }) {
            var verzoek = get(sectie).with(als(b.als(Rol.VRIJWILLIGER)));
            mvc.perform(htmx ? verzoek.header("HX-Request", "true") : verzoek)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Checklist basisvoorzieningen"),
                        containsString("Eerstvolgende onderdelen"), containsString("Begeleider deed het"),
                        containsString("name=\"bron\" value=\"dossier\""), containsString("Jaar 1"),
                        containsString("Hele checklist"),
                        htmx ? not(containsString("<html")) : containsString("<h1"))));
        }
    }

    // --- the template editor

    @Test
    void theTemplateIsEditedByABeheerderOrTheContractsTeamleiderOnly() throws Exception {
        String sjabloon = "/contracten/" + b.w().contract().id() + "/checklist";
        mvc.perform(get(sjabloon).with(als(b.als(Rol.BEHEERDER)))).andExpect(status().isOk())
            .andExpect(content().string(containsString("standaardchecklist")));
        mvc.perform(get(sjabloon).with(als(b.als(Rol.TEAMLEIDER)))).andExpect(status().isOk());
        mvc.perform(get("/checklist-sjablonen").with(als(b.als(Rol.TEAMLEIDER)))).andExpect(status().isOk())
            .andExpect(content().string(containsString(b.w().gemeente().naam())));
        for (Medewerker wie : List.of(b.als(Rol.BEGELEIDER), b.als(Rol.VRIJWILLIGER), b.als(Rol.REGIEVOERDER),
                data.wereld().als(Rol.TEAMLEIDER))) {
            mvc.perform(get(sjabloon).with(als(wie))).andExpect(status().isNotFound());
            mvc.perform(post(sjabloon + "/items/huurtoeslag/gebruik").with(als(wie)).with(csrf())
                    .param("versie", "0").param("inGebruik", "false"))
                .andExpect(status().isNotFound());
        }
        mvc.perform(get("/checklist-sjablonen").with(als(b.als(Rol.BEGELEIDER)))).andExpect(status().isNotFound());
    }

    @Test
    void aTeamleiderAddsMovesAndRetiresItemsOfTheContractsTemplate() throws Exception {
        String sjabloon = "/contracten/" + b.w().contract().id() + "/checklist";
        Medewerker tl = b.als(Rol.TEAMLEIDER);
        mvc.perform(post(sjabloon + "/items").with(als(tl)).with(csrf()).param("versie", "0")
                .param("titel", "Fietsles regelen").param("thema", "PARTICIPATIE").param("reikwijdte", "PERSOON")
                .param("leeftijdVan", "18").param("referentie", "TRAJECT_START").param("termijnDagen", "60")
                .param("uitvoerende", "REGULIER"))
            .andExpect(redirectedUrl(sjabloon))
            .andExpect(flash().attribute("melding", containsString("Fietsles regelen")));
        // the first change made the contract's own copy, at version 1: a page from before it is stale
        mvc.perform(post(sjabloon + "/items/huurtoeslag/verplaatsing").with(als(tl)).with(csrf())
                .param("versie", "0").param("richting", "omhoog"))
            .andExpect(flash().attribute("fout", containsString("Iemand anders")));
        mvc.perform(post(sjabloon + "/items/huurtoeslag/verplaatsing").with(als(tl)).with(csrf())
                .param("versie", "1").param("richting", "omhoog"))
            .andExpect(flash().attribute("melding", containsString("volgorde")));
        mvc.perform(post(sjabloon + "/items/huurtoeslag/gebruik").with(als(tl)).with(csrf())
                .param("versie", "2").param("inGebruik", "false"))
            .andExpect(flash().attribute("melding", containsString("niet meer in gebruik")));
        List<String> codes = jdbc.sql("""
                select i.code from checklist_sjabloon_item i join checklist_sjabloon s on s.id = i.sjabloon_id
                 where s.contract_id = ? and not i.vervallen order by i.volgorde""")
            .param(b.w().contract().id()).query(String.class).list();
        assertThat(codes).contains("eigen-fietsles-regelen").doesNotContain("huurtoeslag");
        // the household keeps its item
        assertThat(rij(jdbc, huurtoeslag.id()).code()).isEqualTo("huurtoeslag");
    }

    @Test
    void anIncompleteTemplateItemGetsDutchMessagesAndAddsNothing() throws Exception {
        String sjabloon = "/contracten/" + b.w().contract().id() + "/checklist";
        mvc.perform(post(sjabloon + "/items").with(als(b.als(Rol.BEHEERDER))).with(csrf()).param("versie", "0")
                .param("titel", " ").param("leeftijdVan", "17").param("leeftijdTot", "4")
                .param("referentie", "KALENDERJAAR"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("sjabloonItemForm", "titel", "thema"))
            .andExpect(content().string(allOf(containsString("Vul de titel van het onderdeel in."),
                    containsString("Tellen vanaf 1 januari kan alleen bij een jaarlijks onderdeel."))));
        assertThat(jdbc.sql("select count(*) from checklist_sjabloon where contract_id = ?")
            .param(b.w().contract().id()).query(Long.class).single()).isZero();
    }

    @Test
    void aPostWithoutCsrfTokenChangesNothing() throws Exception {
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).param("versie", "1")
                .param("wie", "ZELF"))
            .andExpect(redirectedUrl("/login?verlopen"));
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    // --- the guide's note and the gemeente side

    private void noteerAlsBegeleider(String notitie) {
        checklist.wijzig(b.als(Rol.BEGELEIDER), new ChecklistItemId(huurtoeslag.id()), 1,
                new ItemWijziging(ItemStatus.TE_DOEN, null, null, huurtoeslag.deadline(), notitie, null));
    }

    private String notitie() {
        return jdbc.sql("select notitie from checklist_item where id = ?").param(huurtoeslag.id()).query(String.class)
            .optional().orElse(null);
    }

    /**
     * Was "shown to the uitvoerder side only": the rule per side is now need-to-know per role. The budgetcoach reads
     * the finance item without the note; the regievoerder cannot open the finance item at all (FINANCIEN), and reads a
     * note on a progress item only with a NOTITIES consent, the page saying which consent is missing until then.
     */
    @Test
    void theGuidesNoteIsShownToWhoMaySeeNotes() throws Exception {
        noteerAlsBegeleider("Schulden bij de buurman");
        String item = pad + "/items/" + huurtoeslag.id();
        for (Medewerker wie : List.of(b.als(Rol.VRIJWILLIGER), b.als(Rol.BEGELEIDER), b.als(Rol.TEAMLEIDER))) {
            mvc.perform(get(item).with(als(wie))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Schulden bij de buurman")));
        }
        Medewerker coach = b.als(Rol.BUDGETCOACH);
        mvc.perform(get(item).with(als(coach))).andExpect(status().isOk())
            .andExpect(content().string(allOf(not(containsString("Schulden bij de buurman")),
                    containsString("U ziet die niet"), not(containsString("name=\"notitie\"")))));
        for (String pagina : List.of(pad, "/huishoudens/" + b.huishouden(), sectie)) {
            mvc.perform(get(pagina).with(als(coach))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Schulden bij de buurman"))));
        }
        mvc.perform(get(item).with(als(b.als(Rol.REGIEVOERDER)))).andExpect(status().isForbidden());

        Rij meterstanden = rij(jdbc, b.huishouden(), "meterstanden");
        checklist.wijzig(b.als(Rol.BEGELEIDER), new ChecklistItemId(meterstanden.id()), 1,
                new ItemWijziging(ItemStatus.TE_DOEN, null, null, meterstanden.deadline(), "Meter in de kelder", null));
        Medewerker regie = b.als(Rol.REGIEVOERDER);
        String voortgang = pad + "/items/" + meterstanden.id();
        mvc.perform(get(voortgang).with(als(regie))).andExpect(status().isOk())
            .andExpect(content().string(allOf(not(containsString("Meter in de kelder")),
                    containsString("Toestemming nodig"), containsString("soort=NOTITIES"))));
        data.toestemming(b.w(), b.traject(), Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.NOTITIES);
        mvc.perform(get(voortgang).with(als(regie))).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Meter in de kelder"),
                    not(containsString("soort=NOTITIES")))));
    }

    /** Was written for the regievoerder, who now cannot see the finance item at all: the budgetcoach acts here. */
    @Test
    void anEditOrTickBySomeoneWhoCannotSeeTheNoteKeepsIt() throws Exception {
        noteerAlsBegeleider("Schulden bij de buurman");
        Medewerker coach = b.als(Rol.BUDGETCOACH);
        mvc.perform(post(pad + "/items/" + huurtoeslag.id()).with(als(coach)).with(csrf()).param("versie", "2")
                .param("status", "BEZIG").param("notitie", ""))
            .andExpect(redirectedUrl(pad + "#item-" + huurtoeslag.id()));
        assertThat(notitie()).isEqualTo("Schulden bij de buurman");
        mvc.perform(post(afvinken(huurtoeslag)).with(als(coach)).with(csrf()).header("HX-Request", "true")
                .param("versie", "3").param("wie", "SAMEN"))
            .andExpect(status().isOk());
        assertThat(notitie()).isEqualTo("Schulden bij de buurman");
        // ticked by the budgetcoach, still not theirs to read
        mvc.perform(get(pad + "/items/" + huurtoeslag.id()).with(als(coach)))
            .andExpect(content().string(not(containsString("Schulden bij de buurman"))));
        mvc.perform(get(pad + "/items/" + huurtoeslag.id()).with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("Schulden bij de buurman")));
    }

    // --- items of another household

    @Test
    void anItemOfAnotherHouseholdCannotBeTickedOrChangedThroughThisOne() throws Exception {
        Begeleid ander = ChecklistFixture.begeleid(data, trajecten, b.w(), BRP, "Karimi");
        String anderPad = "/huishoudens/" + ander.huishouden() + "/checklist/items/" + huurtoeslag.id();
        Medewerker vrijwilliger = b.als(Rol.VRIJWILLIGER);
        mvc.perform(post(anderPad + "/afvinken").with(als(vrijwilliger)).with(csrf()).param("versie", "1")
                .param("wie", "ZELF"))
            .andExpect(status().isNotFound());
        mvc.perform(post(anderPad + "/afvinken").with(als(vrijwilliger)).with(csrf()).header("HX-Request", "true")
                .param("versie", "1").param("wie", "ZELF"))
            .andExpect(status().isNotFound());
        mvc.perform(post(anderPad).with(als(vrijwilliger)).with(csrf()).param("versie", "1").param("status", "BEZIG"))
            .andExpect(status().isNotFound());
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    // --- the read-only page and refusals

    @Test
    void aRefusedEditSaysWhy() throws Exception {
        trajecten.sluitAf(b.als(Rol.TEAMLEIDER), b.traject().id(), 3, TrajectStatus.BEEINDIGD, EindeReden.values()[0],
                LocalDate.now(), null);
        mvc.perform(post(pad + "/items/" + huurtoeslag.id()).with(als(b.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "1").param("status", "BEZIG"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("role=\"alert\""),
                    containsString("U mag de checklist van dit huishouden bekijken, maar niet bijwerken."))));
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    @Test
    void theReadOnlyItemPageShowsTheDueDateAndTheNote() throws Exception {
        noteerAlsBegeleider("Volgend jaar opnieuw bekijken");
        trajecten.sluitAf(b.als(Rol.TEAMLEIDER), b.traject().id(), 3, TrajectStatus.BEEINDIGD, EindeReden.values()[0],
                LocalDate.now(), null);
        String datum = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))
            .format(huurtoeslag.deadline());
        mvc.perform(get(pad + "/items/" + huurtoeslag.id()).with(als(b.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("U kunt dit onderdeel bekijken, maar niet wijzigen."),
                    containsString(datum), containsString("Volgend jaar opnieuw bekijken"),
                    not(containsString("<textarea")))));
    }

    // --- accessibility

    @Test
    void afterATickFocusGoesToTheRowsTitleAndThePagesLiveRegionSaysWhatHappened() throws Exception {
        mvc.perform(get(pad).with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(allOf(containsString("id=\"checklist-melding\""),
                    containsString("aria-live=\"polite\""), not(containsString(" autofocus")))));
        mvc.perform(get(sectie).header("HX-Request", "true").with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("id=\"checklist-melding\"")));
        mvc.perform(post(afvinken(huurtoeslag)).with(als(b.als(Rol.VRIJWILLIGER))).with(csrf())
                .header("HX-Request", "true").param("versie", "1").param("wie", "SAMEN"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(
                    // the row's title takes the focus (htmx honours autofocus in swapped content)
                    org.hamcrest.Matchers.matchesPattern("(?s).*<th [^>]*tabindex=\"-1\"[^>]*autofocus[^>]*>.*"),
                    // the page's live region gets the message out of band
                    containsString("data-hx-swap-oob=\"innerHTML:#checklist-melding\""),
                    containsString("\u2018Huurtoeslag aanvragen\u2019 staat op geregeld (Samen)."),
                    // the row still says it, without announcing it a second time
                    containsString("role=\"status\" aria-live=\"off\""), containsString("Opgeslagen."))));
    }

    @Test
    void theTickButtonsAreAGroupNamedAfterTheItemAndOverdueIsSaidInWords() throws Exception {
        mvc.perform(get(pad).with(als(b.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(allOf(
                    containsString("<legend class=\"wegwijs-visueel-verborgen\">Wie deed het: Huurtoeslag aanvragen?</legend>"),
                    containsString(">Begeleider deed het</button>"), containsString(">Samen</button>"),
                    containsString(">Zelf</button>"),
                    // the tenancy agreement was due on the regeldag, a month ago
                    containsString(">te laat</div>"))));
        mvc.perform(get("/contracten/" + b.w().contract().id() + "/checklist").with(als(b.als(Rol.TEAMLEIDER))))
            .andExpect(content().string(containsString(
                    "Niet meer gebruiken<span class=\"wegwijs-visueel-verborgen\">: Huurtoeslag aanvragen</span>")));
    }

        static UUID id(Rij r) {
        return r.id();
    }
}
