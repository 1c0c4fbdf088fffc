package nl.wegwijs.werklijst;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.checklist.ChecklistStandGewijzigd;
import nl.wegwijs.contact.ContactStandGewijzigd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.post.PostStandGewijzigd;
import nl.wegwijs.signaal.SignaalStandGewijzigd;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worklist's first column is "what is next, and when" across all sources, the list is sorted on that very date,
 * and the counts on top agree with the rows and with the filters they lead to. The phase filter takes the phase's
 * name.
 */
@IntegrationTest
class WerklijstVolgendeTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    Werklijst werklijst;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    MockMvc mvc;

    TestData.Wereld w;
    LocalDate vandaag = LocalDate.now();
    Traject brief;
    Traject signaal;
    Traject taak;
    Traject contact;
    Traject rustig;

    @BeforeEach
    void wereld() {
        w = data.wereld(null); // no formal end: no legal deadline competes with the daily ones below
        brief = actief("Brief");
        signaal = actief("Signaal");
        taak = actief("Taak");
        contact = actief("Contact");
        rustig = actief("Rustig");
        for (Traject t : List.of(brief, signaal, taak, contact, rustig)) {
            publiceer(new ChecklistStandGewijzigd(t.huishouden(), 0, null));
            publiceer(new ContactStandGewijzigd(t.huishouden(), vandaag.minusDays(1), null, vandaag.plusDays(40)));
        }
        publiceer(new PostStandGewijzigd(brief.huishouden(), 2, vandaag.plusDays(3)));
        publiceer(new SignaalStandGewijzigd(signaal.huishouden(), 1, false, vandaag.minusDays(2)));
        publiceer(new ChecklistStandGewijzigd(taak.huishouden(), 84, vandaag.minusDays(9)));
        publiceer(new PostStandGewijzigd(taak.huishouden(), 1, vandaag.plusDays(20))); // later than its overdue task
        publiceer(new ContactStandGewijzigd(contact.huishouden(), vandaag.minusDays(30), vandaag.plusDays(10),
                vandaag.plusDays(12)));
    }

    private Traject actief(String naam) {
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, vandaag.minusMonths(1), naam));
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, t.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER, vandaag);
        return t;
    }

    private void publiceer(Object event) {
        transactie.executeWithoutResult(s -> events.publishEvent(event));
    }

    private List<WerklijstRegel> pagina(String aandacht) {
        return werklijst.pagina(w.als(Rol.TEAMLEIDER), filter(null, aandacht)).regels();
    }

    private static WerklijstFilter filter(String fase, String aandacht) {
        return new WerklijstFilter("team", null, null, fase, null, null, aandacht, null, null);
    }

    @Test
    void theFirstColumnNamesTheNextThingOfEverySourceAndTheListIsSortedOnItsDate() {
        List<WerklijstRegel> regels = pagina(null);
        assertThat(regels).extracting(WerklijstRegel::trajectId).containsExactly(taak.id().value(),
                signaal.id().value(), brief.id().value(), contact.id().value(), rustig.id().value());
        assertThat(regels).allSatisfy(r -> assertThat(r.volgende().datum()).isEqualTo(r.urgentie()));
        // the quiet household's next thing is its first legal deadline (the PIP) or the contact norm, whichever is first
        assertThat(regels).extracting(r -> r.volgende().soort()).startsWith("CHECKLIST", "SIGNAAL", "POST",
                "CONTACT");
        assertThat(regels.get(0).volgende().aantal()).isEqualTo(84);
        assertThat(regels.get(2).volgende().aantal()).isEqualTo(2);
        assertThat(regels.get(3).geplandContact()).isEqualTo(vandaag.plusDays(10));
        assertThat(regels).extracting(r -> r.volgende().teLaat(vandaag)).containsExactly(true, true, false, false,
                false);
    }

    @Test
    void countsAgreeWithEachOtherWithTheRowsAndWithTheirFilters() {
        WerklijstTelling telling = werklijst.telling(w.als(Rol.TEAMLEIDER), filter(null, null));
        List<WerklijstRegel> alle = pagina(null);
        assertThat(telling.totaal()).isEqualTo(alle.size()).isEqualTo(5);
        assertThat(telling.teLaat()).isEqualTo(2)
            .isEqualTo((int) alle.stream().filter(r -> r.volgende().teLaat(vandaag)).count())
            .isEqualTo(pagina("te-laat").size());
        assertThat(telling.binnenkort()).isEqualTo(1)
            .isEqualTo((int) alle.stream().filter(r -> r.volgende().binnenkort(vandaag)).count())
            .isEqualTo(pagina("binnenkort").size());
        assertThat(telling.signalen()).isEqualTo(1).isEqualTo(pagina("signalen").size());
        assertThat(telling.zonderContact()).isZero().isEqualTo(pagina("zonder-contact").size());
        assertThat(telling.teLaat() + telling.binnenkort()).isLessThanOrEqualTo(telling.totaal());

        // a filter on the list narrows the counts the same way
        WerklijstTelling gezocht = werklijst.telling(w.als(Rol.TEAMLEIDER),
                new WerklijstFilter("team", null, null, null, null, "taak", null, null, null));
        assertThat(gezocht).isEqualTo(new WerklijstTelling(1, 1, 0, 0, 0));
    }

    @Test
    void theTaskIsDoneSoItIsNoLongerLateAndTheNextThingIsItsLetter() {
        publiceer(new ChecklistStandGewijzigd(taak.huishouden(), 0, null));
        WerklijstRegel r = pagina(null).stream().filter(x -> x.trajectId().equals(taak.id().value())).findFirst()
            .orElseThrow();
        assertThat(r.volgende().soort()).isEqualTo("POST");
        assertThat(r.volgende().datum()).isEqualTo(vandaag.plusDays(20));
        assertThat(werklijst.telling(w.als(Rol.TEAMLEIDER), filter(null, null)).teLaat()).isEqualTo(1);
    }

    @Test
    void thePhaseFilterFindsHouseholdsByThePhaseNameTheUserReads() {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.start(tl, brief.id(), trajecten.dossier(tl, brief.id()).orElseThrow().traject().versie(), vandaag);
        WerklijstRegel gestart = pagina(null).stream().filter(x -> x.trajectId().equals(brief.id().value()))
            .findFirst().orElseThrow();
        assertThat(gestart.faseNaam()).isEqualTo("Opstart");
        for (String gezocht : new String[] { "Opstart", "opstart", "opst", "FASE1" }) {
            assertThat(werklijst.pagina(tl, filter(gezocht, null)).regels()).as(gezocht)
                .extracting(WerklijstRegel::trajectId).containsExactly(brief.id().value());
        }
        assertThat(werklijst.pagina(tl, filter("Verdere begeleiding", null)).regels()).isEmpty();
    }

    @Test
    void thePageShowsTheNextThingInWordsTheCountsAndTheirMeaningAndNoCodes() throws Exception {
        mvc.perform(get("/werklijst").with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Wat is nu aan de beurt")))
            .andExpect(content().string(containsString("Alle huishoudens")))
            .andExpect(content().string(containsString("Taak uit de checklist (84 open)")))
            .andExpect(content().string(containsString("Brief: reageren (2 open)")))
            .andExpect(content().string(containsString("te laat, sinds")))
            .andExpect(content().string(containsString("5 huishoudens")))
            .andExpect(content().string(containsString("2 te laat")))
            .andExpect(content().string(containsString("Te laat: huishoudens waarvan die datum voorbij is.")))
            .andExpect(content().string(not(containsString("Fase (code)"))))
            .andExpect(content().string(not(containsString("??"))))
            .andExpect(content().string(not(containsString(">Verlopen<"))));
    }

    @Test
    void aRoleWithoutProgressSeesNoLetterTaskOrContactNorWhenTheyAreDue() throws Exception {
        // the budgetcoach sees neither letters, checklist nor contacts of every household (issue 18): its worklist
        // names and sorts on what it may see (the signal here) and counts no letter or task as late
        Medewerker bc = w.als(Rol.BUDGETCOACH);
        List<WerklijstRegel> regels = werklijst.pagina(bc, filter(null, null)).regels().stream()
            .filter(r -> List.of(brief.id().value(), signaal.id().value(), taak.id().value(), contact.id().value(),
                    rustig.id().value()).contains(r.trajectId()))
            .toList();
        assertThat(regels).hasSize(5).allSatisfy(r -> {
            assertThat(r.volgende().soort()).isIn("TERMIJN", "SIGNAAL", "NIETS");
            assertThat(r.postOpen()).isZero();
            assertThat(r.checklistOpen()).isZero();
            assertThat(r.contactTeLaat(vandaag)).isFalse();
        });
        assertThat(regels.get(0).trajectId()).isEqualTo(signaal.id().value());
        WerklijstTelling telling = werklijst.telling(bc, filter(null, null));
        assertThat(telling.teLaat()).isEqualTo(1);
        assertThat(telling.zonderContact()).isZero();
        mvc.perform(get("/werklijst").with(als(bc)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Brief: reageren"))))
            .andExpect(content().string(not(containsString("Taak uit de checklist"))))
            .andExpect(content().string(not(containsString("brieven open"))))
            .andExpect(content().string(not(containsString("Laatste contact"))))
            .andExpect(content().string(not(containsString("Nog geen contact"))))
            .andExpect(content().string(not(containsString("Niets open"))));
    }

    @Test
    void theRegievoerderSeesTheTaskButNoLetterAsLettersMayBeAboutMoney() {
        List<WerklijstRegel> regels = werklijst.pagina(w.als(Rol.REGIEVOERDER), filter(null, null)).regels();
        WerklijstRegel r = regels.stream().filter(x -> x.trajectId().equals(brief.id().value())).findFirst()
            .orElseThrow();
        assertThat(r.postOpen()).isZero();
        assertThat(r.volgende().soort()).isNotEqualTo("POST");
        WerklijstRegel t = regels.stream().filter(x -> x.trajectId().equals(taak.id().value())).findFirst()
            .orElseThrow();
        assertThat(t.volgende().soort()).isEqualTo("CHECKLIST");
        assertThat(t.checklistOpen()).isEqualTo(84);
    }
}
