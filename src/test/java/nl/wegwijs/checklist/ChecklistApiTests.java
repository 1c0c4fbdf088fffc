package nl.wegwijs.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.checklist.ChecklistFixture.Begeleid;
import nl.wegwijs.checklist.ChecklistFixture.Rij;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.checklist.ChecklistFixture.rij;
import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checklist API: the same access as the screens (404 for whom may not see, 422 for whom may not record), keyset
 * pages, changes as a JSON merge patch (what is left out stays, null clears), 409 on a stale version, 400 with field
 * errors and 422 with a Dutch detail on bad input, nothing written; need-to-know per role (the budgetcoach reads the
 * finance items only, the regievoerder the others, notes only with consent; 403 naming the missing consent).
 */
@IntegrationTest
class ChecklistApiTests {

    static final LocalDate BRP = LocalDate.now().minusMonths(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    Begeleid b;
    Rij huurtoeslag;
    String lijst;
    String item;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        b = ChecklistFixture.begeleid(data, trajecten, BRP);
        huurtoeslag = rij(jdbc, b.huishouden(), "huurtoeslag");
        lijst = "/api/v1/huishoudens/" + b.huishouden() + "/checklist-items";
        item = "/api/v1/checklist-items/" + huurtoeslag.id();
    }

    /** Who may read the finance item huurtoeslag by their task (the regievoerder needs a consent for it). */
    private List<Medewerker> mogen() {
        return List.of(b.als(Rol.VRIJWILLIGER), b.als(Rol.BEGELEIDER), b.als(Rol.TEAMLEIDER), b.als(Rol.BUDGETCOACH));
    }

    private String voortgang() {
        return "/api/v1/checklist-items/" + rij(jdbc, b.huishouden(), "meterstanden").id();
    }

    private static void toestemmingNodig(ResultActions r, String soort) throws Exception {
        r.andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/toestemming-nodig"))
            .andExpect(jsonPath("$.gegevenssoort").value(soort));
    }

    private List<Medewerker> nietZien() {
        return List.of(b.w().vrijwilliger2(), b.w().begeleiderB(), b.als(Rol.WIJKTEAM), b.als(Rol.BELEID),
                b.als(Rol.BEHEERDER), data.wereld().als(Rol.TEAMLEIDER));
    }

    private static String afgevinkt(long versie, String wie) {
        return "{\"versie\": " + versie + ", \"status\": \"GEREGELD\", \"wieDeedHet\": \"" + wie + "\"}";
    }

    @Test
    void whoMaySeeTheHouseholdReadsItsItemsOthersGetNotFound() throws Exception {
        for (Medewerker wie : mogen()) {
            api.als(wie, get(lijst).param("aantal", "100")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("huurtoeslag")));
            api.als(wie, get(item)).andExpect(status().isOk())
                .andExpect(jsonPath("$.titel").value("Huurtoeslag aanvragen"))
                .andExpect(jsonPath("$.thema").value("FINANCIEN_ADMINISTRATIE"))
                .andExpect(jsonPath("$.status").value("TE_DOEN"))
                .andExpect(jsonPath("$.versie").value(1));
        }
        for (Medewerker wie : nietZien()) {
            nietGevonden(api.als(wie, get(lijst)));
            nietGevonden(api.als(wie, get(item)));
        }
    }

    @Test
    void theBudgetcoachReadsOnlyTheFinanceItemsTheRegievoerderTheOthersAndTheFinanceOnesWithConsent()
            throws Exception {
        Medewerker coach = b.als(Rol.BUDGETCOACH);
        String coachJson = api.als(coach, get(lijst).param("aantal", "100")).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        List<String> coachThemas = JsonPath.read(coachJson, "$.items[*].thema");
        assertThat(coachThemas).isNotEmpty().containsOnly("FINANCIEN_ADMINISTRATIE");
        toestemmingNodig(api.als(coach, get(voortgang())), "VOORTGANG");
        toestemmingNodig(api.schrijf(coach, patch(voortgang()), afgevinkt(1, "ZELF")), "VOORTGANG");

        Medewerker regie = b.als(Rol.REGIEVOERDER);
        String regieJson = api.als(regie, get(lijst).param("aantal", "100")).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        List<String> regieThemas = JsonPath.read(regieJson, "$.items[*].thema");
        assertThat(regieThemas).isNotEmpty().doesNotContain("FINANCIEN_ADMINISTRATIE").contains("WONEN");
        api.als(regie, get(voortgang())).andExpect(status().isOk());
        toestemmingNodig(api.als(regie, get(item)), "FINANCIEN");
        toestemmingNodig(api.schrijf(regie, patch(item), afgevinkt(1, "ZELF")), "FINANCIEN");
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);

        data.toestemming(b.w(), b.traject(), Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.FINANCIEN);
        api.als(regie, get(item)).andExpect(status().isOk()).andExpect(jsonPath("$.titel").value("Huurtoeslag aanvragen"));
        api.als(regie, get(lijst).param("aantal", "100")).andExpect(jsonPath("$.items[*].code", hasItem("huurtoeslag")));
        // the consent names the regievoerder: the budgetcoach still sees no progress
        toestemmingNodig(api.als(coach, get(voortgang())), "VOORTGANG");
    }

    @Test
    void withoutConsentTheWijkteamReadsNoChecklistOfAHandedOverHousehold() throws Exception {
        // a second household of the same world consents to the wijkteam seeing its progress; this one does not
        Begeleid met = ChecklistFixture.begeleid(data, trajecten, b.w(), BRP, "Karimi");
        data.toestemming(b.w(), met.traject(), Rol.WIJKTEAM, nl.wegwijs.traject.Gegevenssoort.VOORTGANG);
        for (Begeleid x : List.of(b, met)) {
            trajecten.start(b.als(Rol.TEAMLEIDER), x.traject().id(), 3, BRP.plusDays(7));
            trajecten.sluitAf(b.als(Rol.TEAMLEIDER), x.traject().id(), 4,
                    nl.wegwijs.traject.TrajectStatus.OVERGEDRAGEN, nl.wegwijs.traject.EindeReden.values()[0],
                    LocalDate.now(), null);
        }
        Medewerker wijkteam = b.als(Rol.WIJKTEAM);
        toestemmingNodig(api.als(wijkteam, get(lijst)), "VOORTGANG");
        toestemmingNodig(api.als(wijkteam, get(voortgang())), "VOORTGANG");
        api.als(wijkteam, get("/api/v1/checklist-items/" + rij(jdbc, met.huishouden(), "meterstanden").id()))
            .andExpect(status().isOk());
        toestemmingNodig(api.als(wijkteam, get("/api/v1/checklist-items/" + rij(jdbc, met.huishouden(),
                "huurtoeslag").id())), "FINANCIEN");
    }

    @Test
    void aListPageLogsOneRowPerPersonAndAnItemOneRowPerPersonItConcerns() throws Exception {
        Medewerker coach = b.als(Rol.BUDGETCOACH);
        api.als(coach, get(lijst).param("aantal", "100")).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and huishouden_id = ? and actie = 'LEZEN'
                """).params(coach.id(), b.huishouden().value()).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(distinct betrokkene_id) from verwerking where medewerker_id = ? and actie = 'LEZEN'
                """).param(coach.id()).query(Long.class).single()).isEqualTo(3);
        var digid = jdbc.sql("select id from checklist_item where huishouden_id = ? and code = 'digid' limit 1")
            .param(b.huishouden().value()).query(java.util.UUID.class).single();
        api.als(coach, get("/api/v1/checklist-items/" + digid)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? and record_id = ?")
            .params(coach.id(), digid).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void pagesFollowEachOtherByKeysetWithoutOverlap() throws Exception {
        int totaal = ChecklistFixture.rijen(jdbc, b.huishouden()).size();
        List<String> gezien = new ArrayList<>();
        String volgende = "http://localhost" + lijst + "?aantal=20";
        do {
            String json = api.als(b.als(Rol.VRIJWILLIGER), get(java.net.URI.create(volgende)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> ids = JsonPath.read(json, "$.items[*].id");
            assertThat(ids).isNotEmpty();
            gezien.addAll(ids);
            volgende = JsonPath.read(json, "$.volgende");
        } while (volgende != null);
        assertThat(gezien).hasSize(totaal).doesNotHaveDuplicates();
    }

    @Test
    void aGuideTicksAnItemAndTheVersionMovesOn() throws Exception {
        api.schrijf(b.als(Rol.VRIJWILLIGER), patch(item), afgevinkt(1, "SAMEN"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("GEREGELD"))
            .andExpect(jsonPath("$.wieDeedHet").value("SAMEN"))
            .andExpect(jsonPath("$.datum").value(LocalDate.now().toString()))
            .andExpect(jsonPath("$.vastgelegdDoor").value(b.als(Rol.VRIJWILLIGER).id().toString()))
            .andExpect(jsonPath("$.versie").value(2));
        assertThat(rij(jdbc, huurtoeslag.id()).wie()).isEqualTo("SAMEN");
    }

    @Test
    void whoMayNotSeeCannotWriteAndWhoMayOnlyReadIsRefused() throws Exception {
        for (Medewerker wie : nietZien()) {
            nietGevonden(api.schrijf(wie, patch(item), afgevinkt(1, "ZELF")));
        }
        trajecten.sluitAf(b.als(Rol.TEAMLEIDER), b.traject().id(), 3, nl.wegwijs.traject.TrajectStatus.BEEINDIGD,
                nl.wegwijs.traject.EindeReden.values()[0], LocalDate.now(), null);
        api.schrijf(b.als(Rol.TEAMLEIDER), patch(item), afgevinkt(1, "ZELF"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("niet bijwerken")));
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    @Test
    void aStaleVersionIsAConflictAndOverwritesNothing() throws Exception {
        api.schrijf(b.als(Rol.VRIJWILLIGER), patch(item), afgevinkt(1, "SAMEN")).andExpect(status().isOk());
        api.schrijf(b.als(Rol.BEGELEIDER), patch(item), afgevinkt(1, "BEGELEIDER"))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("Iemand anders heeft dit intussen gewijzigd")));
        Rij na = rij(jdbc, huurtoeslag.id());
        assertThat(na.wie()).isEqualTo("SAMEN");
        assertThat(na.versie()).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedInDutchAndWritesNothing() throws Exception {
        Medewerker ik = b.als(Rol.VRIJWILLIGER);
        api.schrijf(ik, patch(item), "{\"status\": \"GEREGELD\", \"wieDeedHet\": \"ZELF\"}")
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(status().isPreconditionRequired())
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/versie-nodig"));
        api.schrijf(ik, patch(item), "{\"versie\": 1, \"status\": null}")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.invalidParams[*].name", hasItem("status")))
            .andExpect(jsonPath("$.invalidParams[*].reason", hasItem("Kies een stand.")));
        api.schrijf(ik, patch(item), "{\"versie\": 1, \"status\": \"KLAAR\"}")
            .andExpect(status().isBadRequest());
        api.schrijf(ik, patch(item), "{\"versie\": 1, \"status\": \"GEREGELD\", \"wieDeedHet\": \"ZELF\", \"datum\": \""
                + LocalDate.now().plusYears(2) + "\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("kan niet in de toekomst liggen")));
        api.schrijf(ik, patch(item), "{\"versie\": 1, \"status\": \"BEZIG\", \"notitie\": \"" + "x".repeat(2001) + "\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[*].name", hasItem("notitie")));
        api.schrijf(ik, patch(item), "{\"versie\": 1, \"status\": \"GEREGELD\", \"wieDeedHet\": null}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("Kies wie het deed")));
        api.schrijf(ik, patch(item), "{\"versie\": 1, \"status\": \"NIET_VAN_TOEPASSING\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Geef aan waarom dit niet van toepassing is."));
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    @Test
    void readingAndWritingThroughTheApiIsLogged() throws Exception {
        Medewerker ik = b.als(Rol.BEGELEIDER);
        api.als(ik, get(item)).andExpect(status().isOk());
        api.schrijf(ik, patch(item), afgevinkt(1, "BEGELEIDER")).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select actie, count(*) from verwerking where medewerker_id = ? and record_id = ?
                 group by actie order by actie""")
            .params(ik.id(), huurtoeslag.id()).query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list())
            .containsExactly("LEZEN=3", "WIJZIGEN=3");
    }

    // --- merge patch

    private ResultActions mergePatch(Medewerker wie, String pad, String json) throws Exception {
        return api.als(wie, patch(pad).with(csrf()).contentType("application/merge-patch+json").content(json));
    }

    private String kolom(String kolom) {
        return jdbc.sql("select " + kolom + "::text from checklist_item where id = ?").param(huurtoeslag.id())
            .query(String.class).optional().orElse(null);
    }

    @Test
    void aPatchChangesOnlyWhatItNamesAndNullClears() throws Exception {
        Medewerker ik = b.als(Rol.BEGELEIDER);
        LocalDate berekend = huurtoeslag.deadline();
        LocalDate verzet = LocalDate.now().plusDays(40);
        mergePatch(ik, item, "{\"versie\": 1, \"notitie\": \"Brief ligt bij de buren\", \"deadline\": \"" + verzet
                + "\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("TE_DOEN"))
            .andExpect(jsonPath("$.deadline").value(verzet.toString()))
            .andExpect(jsonPath("$.notitie").value("Brief ligt bij de buren"));
        assertThat(kolom("deadline_handmatig")).isEqualTo("true");
        // no deadline, no note in the patch: both stay
        mergePatch(ik, item, "{\"versie\": 2, \"status\": \"BEZIG\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("BEZIG"))
            .andExpect(jsonPath("$.deadline").value(verzet.toString()))
            .andExpect(jsonPath("$.notitie").value("Brief ligt bij de buren"));
        // null clears: the note goes, the due date is the computed one again (not by hand)
        mergePatch(ik, item, "{\"versie\": 3, \"notitie\": null, \"deadline\": null}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.notitie").doesNotExist())
            .andExpect(jsonPath("$.deadline").value(berekend.toString()));
        assertThat(kolom("deadline_handmatig")).isEqualTo("false");
        assertThat(kolom("notitie")).isNull();
        assertThat(kolom("deadline")).isEqualTo(berekend.toString());
    }

    @Test
    void aPatchWithoutDueDateNeverSetsItByHand() throws Exception {
        api.schrijf(b.als(Rol.VRIJWILLIGER), patch(item), "{\"versie\": 1, \"status\": \"BEZIG\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.deadline").value(huurtoeslag.deadline().toString()));
        assertThat(kolom("deadline_handmatig")).isEqualTo("false");
        assertThat(kolom("deadline")).isEqualTo(huurtoeslag.deadline().toString());
    }

    @Test
    void putIsNoLongerThereAndAPatchWithoutVersionChangesNothing() throws Exception {
        Medewerker ik = b.als(Rol.VRIJWILLIGER);
        api.schrijf(ik, put(item), afgevinkt(1, "ZELF")).andExpect(status().isMethodNotAllowed());
        mergePatch(ik, item, "{\"status\": \"BEZIG\"}")
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(status().isPreconditionRequired())
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/versie-nodig"));
        assertThat(rij(jdbc, huurtoeslag.id())).isEqualTo(huurtoeslag);
    }

    // --- the guide's note and the gemeente side

    /**
     * Was "the gemeente side reads no note it did not write": the rule per side is now need-to-know per role. The
     * uitvoerder side sees notes by its task; the budgetcoach reads the finance item without the note; the
     * regievoerder reads notes only with a NOTITIES consent.
     */
    @Test
    void whoMayNotSeeNotesReadsTheItemWithoutTheNoteUntilConsent() throws Exception {
        mergePatch(b.als(Rol.BEGELEIDER), item, "{\"versie\": 1, \"notitie\": \"Schulden bij de buurman\"}")
            .andExpect(status().isOk());
        for (Medewerker wie : List.of(b.als(Rol.VRIJWILLIGER), b.als(Rol.BEGELEIDER), b.als(Rol.TEAMLEIDER))) {
            api.als(wie, get(item)).andExpect(status().isOk())
                .andExpect(jsonPath("$.notitie").value("Schulden bij de buurman"));
            api.als(wie, get(lijst).param("aantal", "100")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].notitie", hasItem("Schulden bij de buurman")));
        }
        Medewerker coach = b.als(Rol.BUDGETCOACH);
        api.als(coach, get(item)).andExpect(status().isOk())
            .andExpect(jsonPath("$.notitie").doesNotExist())
            .andExpect(jsonPath("$.versie").value(2));
        api.als(coach, get(lijst).param("aantal", "100")).andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Schulden bij de buurman"))));

        String meterstanden = voortgang();
        mergePatch(b.als(Rol.BEGELEIDER), meterstanden, "{\"versie\": 1, \"notitie\": \"Meter in de kelder\"}")
            .andExpect(status().isOk());
        Medewerker regie = b.als(Rol.REGIEVOERDER);
        api.als(regie, get(meterstanden)).andExpect(status().isOk()).andExpect(jsonPath("$.notitie").doesNotExist());
        data.toestemming(b.w(), b.traject(), Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.NOTITIES);
        api.als(regie, get(meterstanden)).andExpect(jsonPath("$.notitie").value("Meter in de kelder"));
        api.als(coach, get(item)).andExpect(jsonPath("$.notitie").doesNotExist());
    }

    /** Was written for the regievoerder, who now cannot see the finance item at all: the budgetcoach writes here. */
    @Test
    void aWriteBySomeoneWhoCannotSeeTheNoteKeepsIt() throws Exception {
        mergePatch(b.als(Rol.BEGELEIDER), item, "{\"versie\": 1, \"notitie\": \"Schulden bij de buurman\"}")
            .andExpect(status().isOk());
        Medewerker coach = b.als(Rol.BUDGETCOACH);
        // an explicit note, an explicit null and a tick: the stored note stays, and stays hidden from them
        mergePatch(coach, item, "{\"versie\": 2, \"status\": \"BEZIG\", \"notitie\": \"Van de gemeente\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("BEZIG"))
            .andExpect(jsonPath("$.notitie").doesNotExist());
        mergePatch(coach, item, "{\"versie\": 3, \"notitie\": null}").andExpect(status().isOk());
        api.schrijf(coach, patch(item), afgevinkt(4, "SAMEN")).andExpect(status().isOk())
            .andExpect(jsonPath("$.notitie").doesNotExist());
        assertThat(kolom("notitie")).isEqualTo("Schulden bij de buurman");
        assertThat(kolom("notitie_door")).isEqualTo(b.als(Rol.BEGELEIDER).id().toString());
        api.als(coach, get(item)).andExpect(jsonPath("$.notitie").doesNotExist());
        api.als(b.als(Rol.VRIJWILLIGER), get(item)).andExpect(jsonPath("$.notitie").value("Schulden bij de buurman"));
    }

    /** Was between regievoerder and budgetcoach; the regievoerder now needs a FINANCIEN consent to read the item. */
    @Test
    void aGemeenteUserSeesTheirOwnNoteTheOtherGemeenteRoleDoesNot() throws Exception {
        mergePatch(b.als(Rol.BUDGETCOACH), item, "{\"versie\": 1, \"notitie\": \"Gebeld met de verhuurder\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.notitie").value("Gebeld met de verhuurder"));
        api.als(b.als(Rol.BUDGETCOACH), get(item)).andExpect(jsonPath("$.notitie").value("Gebeld met de verhuurder"));
        data.toestemming(b.w(), b.traject(), Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.FINANCIEN);
        api.als(b.als(Rol.REGIEVOERDER), get(item)).andExpect(status().isOk())
            .andExpect(jsonPath("$.notitie").doesNotExist());
        api.als(b.als(Rol.VRIJWILLIGER), get(item)).andExpect(jsonPath("$.notitie").value("Gebeld met de verhuurder"));
    }
}
