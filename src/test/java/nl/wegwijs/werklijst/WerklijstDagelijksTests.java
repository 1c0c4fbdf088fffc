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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worklist follows the daily guidance through the events of checklist, post, signaal and contact: counts, dates,
 * the sort key (the earliest of everything due) and the attention filters.
 */
@IntegrationTest
class WerklijstDagelijksTests {

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
    Traject rustig;
    Traject druk;
    LocalDate vandaag = LocalDate.now();

    @BeforeEach
    void wereld() {
        w = data.wereld(null); // no formal end: no legal deadline competes with the daily ones below
        rustig = actief("Rustig");
        druk = actief("Druk");
        // the real checklist gave both households overdue items; these tests drive the row by events alone
        publiceer(new ChecklistStandGewijzigd(rustig.huishouden(), 0, null));
        publiceer(new ChecklistStandGewijzigd(druk.huishouden(), 0, null));
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

    private WerklijstRegel regel(Traject t) {
        return pagina(null).stream().filter(r -> r.trajectId().equals(t.id().value())).findFirst().orElseThrow();
    }

    private List<WerklijstRegel> pagina(String aandacht) {
        return werklijst.pagina(w.als(Rol.TEAMLEIDER), new WerklijstFilter("team", null, null, null, null, null,
                aandacht, null, null)).regels();
    }

    @Test
    void eventsOfTheDailyModulesFillTheRowAndItsSortKey() {
        publiceer(new ChecklistStandGewijzigd(druk.huishouden(), 4, vandaag.minusDays(3)));
        publiceer(new PostStandGewijzigd(druk.huishouden(), 2, vandaag.plusDays(5)));
        publiceer(new SignaalStandGewijzigd(druk.huishouden(), 1, true, null));
        publiceer(new ContactStandGewijzigd(druk.huishouden(), vandaag.minusDays(2), vandaag.plusDays(7),
                vandaag.plusDays(26)));
        publiceer(new ContactStandGewijzigd(rustig.huishouden(), vandaag.minusDays(1), null, vandaag.plusDays(27)));

        WerklijstRegel r = regel(druk);
        assertThat(r.checklistOpen()).isEqualTo(4);
        assertThat(r.checklistTeLaat(vandaag)).isTrue();
        assertThat(r.postOpen()).isEqualTo(2);
        assertThat(r.postTeLaat(vandaag)).isFalse();
        assertThat(r.signalenOpen()).isEqualTo(1);
        assertThat(r.signaalUrgent()).isTrue();
        assertThat(r.laatsteContact()).isEqualTo(vandaag.minusDays(2));
        assertThat(r.volgendeContact()).isEqualTo(vandaag.plusDays(7));
        assertThat(r.contactTeLaat(vandaag)).isFalse();
        // the overdue checklist item is the earliest thing due, so this household comes first
        assertThat(r.urgentie()).isEqualTo(vandaag.minusDays(3));
        assertThat(pagina(null).get(0).trajectId()).isEqualTo(druk.id().value());

        // the item is done: the next due thing is the letter
        publiceer(new ChecklistStandGewijzigd(druk.huishouden(), 0, null));
        assertThat(regel(druk).urgentie()).isEqualTo(vandaag.plusDays(5));
        assertThat(regel(druk).checklistTeLaat(vandaag)).isFalse();
    }

    @Test
    void attentionFiltersSelectSignalsOverdueWorkAndMissingContact() {
        publiceer(new SignaalStandGewijzigd(druk.huishouden(), 2, false, vandaag.plusDays(3)));
        publiceer(new PostStandGewijzigd(druk.huishouden(), 1, vandaag.minusDays(1)));
        publiceer(new ContactStandGewijzigd(druk.huishouden(), vandaag.minusDays(40), null, vandaag.minusDays(12)));
        publiceer(new ContactStandGewijzigd(rustig.huishouden(), vandaag.minusDays(3), null, vandaag.plusDays(25)));

        assertThat(pagina("signalen")).extracting(WerklijstRegel::trajectId).containsExactly(druk.id().value());
        assertThat(pagina("te-laat")).extracting(WerklijstRegel::trajectId).containsExactly(druk.id().value());
        assertThat(pagina("zonder-contact")).extracting(WerklijstRegel::trajectId)
            .containsExactly(druk.id().value());
        assertThat(pagina(null)).hasSize(2);
    }

    @Test
    void aRunningHouseholdWithoutAnyContactCountsAsWithoutContact() {
        assertThat(regel(rustig).contactTeLaat(vandaag)).isTrue();
        assertThat(pagina("zonder-contact")).hasSize(2);
    }

    @Test
    void thePageShowsAttentionAndTheLogAContactLink() throws Exception {
        publiceer(new SignaalStandGewijzigd(druk.huishouden(), 1, true, null));
        publiceer(new ChecklistStandGewijzigd(druk.huishouden(), 3, vandaag.minusDays(1)));
        mvc.perform(get("/werklijst").param("aandacht", "signalen").with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("1 signaal")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("oudste te laat sinds")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString(
                    "/huishoudens/" + druk.huishouden().value() + "/contactmomenten/nieuw")))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                    "/huishoudens/" + rustig.huishouden().value() + "\""))));
    }
}
