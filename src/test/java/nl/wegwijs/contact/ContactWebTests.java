package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Logging, listing, changing and removing contacts through the pages, per role; validation and stale versions. */
@IntegrationTest
@RecordApplicationEvents
class ContactWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    nl.wegwijs.TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    ContactService contacten;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    ContactFixture f;

    @BeforeEach
    void wereld() {
        f = ContactFixture.maak(data, trajecten, huishoudens);
    }

    /**
     * The quick form as a phone would post it: the defaults, with {@code anders} (name, value, name, value...)
     * replacing them; a name given more than once gets all its values.
     */
    MockHttpServletRequestBuilder logA(Medewerker ik, String... anders) {
        java.util.Map<String, List<String>> velden = new java.util.LinkedHashMap<>();
        velden.put("datum", List.of(VANDAAG.toString()));
        velden.put("minuten", List.of("60"));
        velden.put("soort", List.of("HUISBEZOEK"));
        velden.put("personen", List.of(f.personenA().get(0).toString(), f.personenA().get(1).toString()));
        velden.put("medewerkers", List.of(ik.id().toString()));
        velden.put("tolk", List.of("GEEN"));
        java.util.Map<String, List<String>> gezet = new java.util.LinkedHashMap<>();
        for (int i = 0; i < anders.length; i += 2) {
            gezet.computeIfAbsent(anders[i], k -> new java.util.ArrayList<>()).add(anders[i + 1]);
        }
        velden.putAll(gezet);
        MockHttpServletRequestBuilder b = post("/huishoudens/{id}/contactmomenten", f.a()).with(als(ik)).with(csrf());
        velden.forEach((naam, waarden) -> b.param(naam, waarden.toArray(String[]::new)));
        return b;
    }

    @Test
    void theFormOpensWithTheQuickDefaults() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        mvc.perform(get("/huishoudens/{id}/contactmomenten/nieuw", f.a()).with(als(vw)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("value=\"" + VANDAAG + "\""),
                    containsString("value=\"60\""), containsString("Samira Haddad"),
                    containsString(vw.naam() + " (ik)"), containsString("Besproken thema"))));
        Object form = mvc.perform(get("/huishoudens/{id}/contactmomenten/nieuw", f.a()).with(als(vw)))
            .andReturn().getModelAndView().getModel().get("contactmoment");
        assertThat(form).extracting("datum", "minuten", "soort").containsExactly(VANDAAG, 60, Contactsoort.HUISBEZOEK);
        assertThat(form).extracting("personen").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
            .containsExactlyInAnyOrderElementsOf(f.personenA());
        assertThat(form).extracting("medewerkers").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
            .containsExactly(vw.id());
    }

    @Test
    void aVrijwilligerLogsAHomeVisitAndTheFileShowsIt() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        mvc.perform(logA(vw, "themas", "WONEN", "themas", "GEZONDHEID", "afspraken", "Huisarts bellen.",
                "volgendContact", VANDAAG.plusWeeks(2).toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/huishoudens/" + f.a()))
            .andExpect(flash().attribute("melding", "Het contact is vastgelegd."));

        mvc.perform(get("/huishoudens/{id}", f.a()).with(als(vw)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Laatste contact"), containsString("Huisbezoek · 60 min"),
                    containsString("Contact vastleggen"), containsString("norm: ten minste elke 4 weken"))));
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(vw)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Huisarts bellen."), containsString("Gezondheid"),
                    containsString("Samira Haddad"), containsString("Yusuf Haddad"))));

        ContactStand stand = contacten.stand(f.a());
        assertThat(stand.laatsteContact()).isEqualTo(VANDAAG);
        assertThat(stand.volgendeContact()).isEqualTo(VANDAAG.plusWeeks(2));
        assertThat(stand.contactUiterlijk()).isEqualTo(VANDAAG.plusWeeks(4));
        assertThat(events.stream(ContactStandGewijzigd.class).filter(e -> e.huishouden().equals(f.a())))
            .containsExactly(new ContactStandGewijzigd(f.a(), VANDAAG, VANDAAG.plusWeeks(2), VANDAAG.plusWeeks(4)));
        // the write and the read of the list are in the processing log, per person of the household
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and record_soort = 'contactmoment'"
                + " and actie = 'AANMAKEN'").param(f.a().value()).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and record_soort = "
                + "'contactmomenten' and actie = 'LEZEN'").param(f.a().value()).query(Long.class).single())
            .isEqualTo(3);
    }

    @Test
    void whoMayLogAContactForHouseholdA() throws Exception {
        for (Medewerker ik : List.of(f.w().vrijwilliger2(), f.w().begeleiderB(), f.als(Rol.WIJKTEAM),
                f.als(Rol.BELEID), f.als(Rol.BEHEERDER))) {
            mvc.perform(get("/huishoudens/{id}/contactmomenten/nieuw", f.a()).with(als(ik)))
                .andExpect(status().isNotFound());
            mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(ik)))
                .andExpect(status().isNotFound());
            mvc.perform(logA(ik)).andExpect(status().isNotFound());
        }
        for (Rol rol : List.of(Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.REGIEVOERDER)) {
            mvc.perform(logA(f.als(rol))).andExpect(flash().attribute("melding", "Het contact is vastgelegd."));
        }
        // the budgetcoach was among them: it guides, but sees no contacts (VOORTGANG) without a consent
        mvc.perform(get("/huishoudens/{id}/contactmomenten/nieuw", f.a()).with(als(f.als(Rol.BUDGETCOACH))))
            .andExpect(redirectedUrl("/huishoudens/" + f.a()));
        mvc.perform(logA(f.als(Rol.BUDGETCOACH))).andExpect(redirectedUrl("/huishoudens/" + f.a()))
            .andExpect(flash().attribute("melding", nullValue()));
        assertThat(ContactFixture.aantal(jdbc, "contactmoment", f.a())).isEqualTo(4);
    }

    @Test
    void aClosedTrajectoryTakesNoNewContactsButStaysReadable() throws Exception {
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        trajecten.sluitAf(tl, f.wereld().a().id(), 3, TrajectStatus.BEEINDIGD, EindeReden.AFGEZIEN, VANDAAG, null);
        mvc.perform(logA(f.als(Rol.BEGELEIDER)))
            .andExpect(redirectedUrl("/huishoudens/" + f.a()))
            .andExpect(flash().attribute("fout", "U mag bij dit huishouden geen begeleiding vastleggen."));
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(f.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("/contactmomenten/nieuw"))));
        assertThat(ContactFixture.aantal(jdbc, "contactmoment", f.a())).isZero();
    }

    @Test
    void badInputGetsDutchMessagesAtTheFieldAndWritesNothing() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        mvc.perform(logA(vw, "datum", VANDAAG.plusYears(2).toString()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("contactmoment", "datum", "contact.datum.toekomst"))
            .andExpect(content().string(containsString("Een contact kan niet in de toekomst liggen.")));
        mvc.perform(logA(vw, "minuten", "-30"))
            .andExpect(model().attributeHasFieldErrorCode("contactmoment", "minuten", "contact.minuten.bereik"))
            .andExpect(content().string(containsString("De duur is ten minste 1 minuut en ten hoogste 12 uur.")));
        mvc.perform(logA(vw, "themas", "WONEN", "themas", "ASTROLOGIE"))
            .andExpect(model().attributeHasFieldErrorCode("contactmoment", "themas", "contact.thema.onbekend"))
            .andExpect(content().string(anyOf(containsString("Het thema &#39;ASTROLOGIE&#39; bestaat niet."),
                    containsString("Het thema 'ASTROLOGIE' bestaat niet."))));
        mvc.perform(post("/huishoudens/{id}/contactmomenten", f.a()).with(als(vw)).with(csrf())
                .param("minuten", "een uur"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("contactmoment", "datum", "minuten", "soort"))
            .andExpect(content().string(allOf(containsString("Vul de datum van het contact in."),
                    containsString("Vul de duur in hele minuten in."), containsString("Kies de soort contact."))));
        mvc.perform(logA(vw, "personen", "", "medewerkers", ""))
            .andExpect(model().attributeHasFieldErrorCode("contactmoment", "personen", "contact.personen.leeg"));
        assertThat(ContactFixture.aantal(jdbc, "contactmoment", f.a())).isZero();
        assertThat(ContactFixture.aantal(jdbc, "contactmoment_medewerker", f.a())).isZero();
        assertThat(events.stream(ContactStandGewijzigd.class)).isEmpty();
    }

    @Test
    void personsOfAnotherHouseholdOrStrangersAsStaffAreRefused() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        mvc.perform(logA(vw, "personen", f.personenB().get(0).toString()))
            .andExpect(model().attributeHasFieldErrorCode("contactmoment", "personen", "contact.persoon.onbekend"));
        Medewerker vreemde = data.wereld().als(Rol.BEGELEIDER);
        mvc.perform(logA(vw, "medewerkers", vw.id().toString(), "medewerkers", vreemde.id().toString()))
            .andExpect(model().attributeHasFieldErrorCode("contactmoment", "medewerkers",
                    "contact.medewerker.onbekend"));
        mvc.perform(logA(vw, "medewerkers", vw.id().toString(), "medewerkers", f.als(Rol.BEGELEIDER).id().toString()))
            .andExpect(flash().attributeExists("melding"));
        assertThat(ContactFixture.aantal(jdbc, "contactmoment_medewerker", f.a())).isEqualTo(2);
    }

    @Test
    void theRecorderOrTheTeamleiderChangesAContactAndAStaleVersionShowsTheCurrentState() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Contactmoment c = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(2), vw));
        mvc.perform(get("/contactmomenten/{id}/wijzigen", c.id()).with(als(vw)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Meterstanden doorgeven.")));

        // the begeleider did not record it: refused
        mvc.perform(post("/contactmomenten/{id}", c.id()).with(als(f.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "1").param("datum", VANDAAG.toString()).param("minuten", "45")
                .param("soort", "TELEFONISCH").param("personen", f.personenA().get(0).toString())
                .param("medewerkers", vw.id().toString()))
            .andExpect(flash().attribute("fout", containsString("Alleen wie dit contact vastlegde")));

        // the teamleider changes it
        mvc.perform(post("/contactmomenten/{id}", c.id()).with(als(f.als(Rol.TEAMLEIDER))).with(csrf())
                .param("versie", "1").param("datum", VANDAAG.minusDays(2).toString()).param("minuten", "45")
                .param("soort", "TELEFONISCH").param("personen", f.personenA().get(0).toString())
                .param("medewerkers", vw.id().toString()).param("afspraken", "Door de teamleider aangevuld."))
            .andExpect(flash().attribute("melding", "Het contact is gewijzigd."));

        // the vrijwilliger still has version 1 open: a clear message, the current state, nothing overwritten
        mvc.perform(post("/contactmomenten/{id}", c.id()).with(als(vw)).with(csrf())
                .param("versie", "1").param("datum", VANDAAG.toString()).param("minuten", "120")
                .param("soort", "HUISBEZOEK").param("personen", f.personenA().get(0).toString())
                .param("medewerkers", vw.id().toString()).param("afspraken", "Mijn versie."))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Iemand anders heeft dit intussen gewijzigd"),
                    containsString("Door de teamleider aangevuld."), not(containsString("Mijn versie.")))));
        ContactDetail nu = contacten.find(vw, c.id());
        assertThat(nu.regel().minuten()).isEqualTo(45);
        assertThat(nu.regel().versie()).isEqualTo(2);
    }

    @Test
    void removingAContactTakesItOutOfTheListTheHoursAndTheLastContact() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(10), vw));
        Contactmoment laatste = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(1), vw));
        mvc.perform(post("/contactmomenten/{id}/verwijderen", laatste.id()).with(als(vw)).with(csrf())
                .param("versie", "1").param("bevestigd", "true"))
            .andExpect(flash().attribute("melding", "Het contact is verwijderd."));
        assertThat(contacten.stand(f.a()).laatsteContact()).isEqualTo(VANDAAG.minusDays(10));
        assertThat(ContactFixture.aantal(jdbc, "contactmoment_medewerker", f.a())).isEqualTo(1);
        assertThat(contacten.lijst(vw, f.a(), null, 25).regels()).hasSize(1);
        // a removed contact no longer exists for anyone
        mvc.perform(post("/contactmomenten/{id}/verwijderen", laatste.id()).with(als(vw)).with(csrf())
                .param("versie", "1"))
            .andExpect(status().isNotFound());
    }

    @Test
    void removingAContactAsksFirstOnAPageThatNamesItAndTheRemovalIsLogged() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Contactmoment c = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(3), vw));
        String adres = "/contactmomenten/" + c.id() + "/verwijderen";
        // the list offers a link to the question, not a one-click form
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(vw)))
            .andExpect(content().string(allOf(containsString("href=\"" + adres + "\""),
                    not(containsString("action=\"" + adres + "\"")))));
        String naam = huishoudens.intern(f.a()).orElseThrow().personen().stream()
            .filter(p -> p.id().equals(c.personen().iterator().next())).findFirst().orElseThrow().naam();
        mvc.perform(get(adres).with(als(vw)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Contact verwijderen?"),
                    containsString("Wilt u dit contact verwijderen: Huisbezoek op "),
                    containsString(naam), containsString("Meterstanden doorgeven."),
                    containsString("action=\"" + adres + "\""), containsString("name=\"bevestigd\""),
                    containsString("Ja, contact verwijderen"))));
        // a post without the confirmation (an old page, a double click) only leads to the question
        mvc.perform(post(adres).with(als(vw)).with(csrf()).param("versie", "1"))
            .andExpect(redirectedUrl(adres));
        assertThat(contacten.lijst(vw, f.a(), null, 25).regels()).hasSize(1);

        mvc.perform(post(adres).with(als(vw)).with(csrf()).param("versie", "1").param("bevestigd", "true"))
            .andExpect(redirectedUrl("/huishoudens/" + f.a() + "/contactmomenten"))
            .andExpect(flash().attribute("melding", "Het contact is verwijderd."));
        assertThat(contacten.lijst(vw, f.a(), null, 25).regels()).isEmpty();
        assertThat(jdbc.sql("select count(*) from verwerking where record_id = ? and actie = 'VERWIJDEREN' "
                + "and medewerker_id = ?").params(c.id().value(), vw.id()).query(Long.class).single()).isPositive();
    }

    @Test
    void whoMayNotChangeAContactGetsNoRemovalQuestion() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Contactmoment c = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(3), vw));
        mvc.perform(get("/contactmomenten/{id}/verwijderen", c.id()).with(als(f.als(Rol.REGIEVOERDER))))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", org.hamcrest.Matchers.notNullValue()));
        assertThat(contacten.lijst(vw, f.a(), null, 25).regels()).hasSize(1);
    }

    /**
     * Was "the gemeente sees the contact but not the guide's note": the regievoerder now sees where a note needs a
     * consent, and sees the notes once the household consents to NOTITIES for the regievoerder.
     */
    @Test
    void theRegievoerderSeesTheContactAndTheNoticeInsteadOfTheNoteUntilConsent() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        Medewerker regie = f.als(Rol.REGIEVOERDER);
        for (String pagina : List.of("/huishoudens/" + f.a() + "/contactmomenten", "/huishoudens/" + f.a())) {
            mvc.perform(get(pagina).with(als(regie))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Toestemming nodig"),
                        containsString("toestemmingen/nieuw?soort=NOTITIES"),
                        not(containsString("Vertrouwelijke notitie")))));
        }
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(regie)))
            .andExpect(content().string(containsString("Meterstanden doorgeven.")));
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(f.als(Rol.BEGELEIDER))))
            .andExpect(content().string(allOf(containsString("Vertrouwelijke notitie"),
                    not(containsString("Toestemming nodig")))));

        data.toestemming(f.w(), f.wereld().a(), Rol.REGIEVOERDER, nl.wegwijs.traject.Gegevenssoort.NOTITIES);
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(regie)))
            .andExpect(content().string(allOf(containsString("Vertrouwelijke notitie"),
                    not(containsString("soort=NOTITIES")))));
    }

    @Test
    void theBudgetcoachSeesNoContactsButTheNoticeUntilConsent() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        Medewerker coach = f.als(Rol.BUDGETCOACH);
        for (String pagina : List.of("/huishoudens/" + f.a() + "/contactmomenten", "/huishoudens/" + f.a())) {
            mvc.perform(get(pagina).with(als(coach))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("toestemmingen/nieuw?soort=VOORTGANG"),
                        not(containsString("Meterstanden doorgeven.")), not(containsString("Huisbezoek · 60 min")),
                        not(containsString("Contact vastleggen")))));
        }
        data.toestemming(f.w(), f.wereld().a(), Rol.BUDGETCOACH, nl.wegwijs.traject.Gegevenssoort.VOORTGANG);
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(coach)))
            .andExpect(content().string(allOf(containsString("Meterstanden doorgeven."),
                    not(containsString("Vertrouwelijke notitie")), containsString("soort=NOTITIES"))));
    }

    @Test
    void theContactsPageAndTheEditFormLogOneRowPerPersonShown() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Contactmoment c = contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG, vw));
        Medewerker tl = f.als(Rol.TEAMLEIDER);
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).with(als(tl))).andExpect(status().isOk());
        assertThat(gelezen(tl)).containsExactlyInAnyOrderElementsOf(f.personenA());
        // the edit form shows the contact and the household's persons: read through one Inzage, once per person
        mvc.perform(get("/contactmomenten/{id}/wijzigen", c.id()).with(als(tl))).andExpect(status().isOk());
        List<java.util.UUID> na = gelezen(tl);
        assertThat(na).hasSize(6).containsOnlyElementsOf(f.personenA());
        assertThat(f.personenA()).allSatisfy(p -> assertThat(java.util.Collections.frequency(na, p)).isEqualTo(2));
    }

    private List<java.util.UUID> gelezen(Medewerker ik) {
        return jdbc.sql("select betrokkene_id from verwerking where medewerker_id = ? and actie = 'LEZEN'")
            .param(ik.id()).query(java.util.UUID.class).list();
    }

    @Test
    void theListIsPaginatedNewestFirst() throws Exception {
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        for (int i = 30; i >= 1; i--) {
            contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(i), vw));
        }
        ContactLijst eerste = contacten.lijst(vw, f.a(), null, 25);
        assertThat(eerste.regels()).hasSize(25);
        assertThat(eerste.regels().get(0).datum()).isEqualTo(VANDAAG.minusDays(1));
        ContactLijst tweede = contacten.lijst(vw, f.a(), eerste.volgende(), 25);
        assertThat(tweede.regels()).hasSize(5).allSatisfy(r -> assertThat(r.datum()).isBefore(VANDAAG.minusDays(25)));
        assertThat(tweede.volgende()).isNull();
        mvc.perform(get("/huishoudens/{id}/contactmomenten", f.a()).param("na", eerste.volgende().toString())
                .with(als(vw)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Naar het begin")));
    }
}
