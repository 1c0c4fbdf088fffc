package nl.wegwijs.bewaren;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.NieuweModulesFixture;
import nl.wegwijs.TestData;
import nl.wegwijs.afsluiting.Samenvatting;
import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Bewaartermijnen;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwijzing.VerwijzingService;
import nl.wegwijs.verwijzing.Wachttijd;

/**
 * Retention for the issue-22 modules (verwijzing, afsluiting, zelfredzaamheid, route, tevredenheid): carrying out a
 * run leaves none of the household's free texts in any table, and keeps what the figures count (the referrals'
 * statuses and dates, so the waiting times per service; the closing decisions, handovers and hulpvragen by kind; the
 * scores; the route card's structure; the satisfaction answers).
 */
@IntegrationTest
class NieuweModulesBewaarTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    BewaarService bewaren;

    @Autowired
    Bewaartermijnen termijnen;

    @Autowired
    VerwijzingService verwijzingen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transacties;

    @Test
    void deVrijeTekstenGaanEnDeCijfersBlijven() {
        TestData.Wereld w = data.wereld();
        termijnen.zet(w.als(Rol.BEHEERDER), w.gemeente().id(), 12);
        String naam = BewaarFixture.achternaam();
        Traject t = BewaarFixture.huishouden(data, trajecten, w, naam, 13);
        HuishoudenId h = t.huishouden();
        NieuweModulesFixture.Gevuld gevuld = NieuweModulesFixture.vul(jdbc, w, t, naam);
        assertThat(BewaarFixture.vindOveral(jdbc, naam)).contains("verwijzing.reden", "verwijzing.antwoord",
                "verwijzing.uitkomst", "verwijzing.intrekking_reden", "eindgesprek.aanwezig",
                "eindgesprek.samenvatting", "eindgesprek.eigen_kijk", "afsluitbesluit.reden",
                "afsluitbesluit.verzoek_persoon", "overdracht.samenvatting", "overdracht.aanvullingen",
                "overdracht.driegesprek_deelnemers", "overdracht.terugtrekking_reden", "wijkteam_hulpvraag.toelichting",
                "zr_meting.notitie", "zr_actie.omschrijving", "zr_actie.partner", "zr_meting_correctie.reden",
                "routekaart.notitie", "routekaart_partner.wat", "tevredenheid.opmerking");
        Map<String, Object> voor = cijfers(h, gevuld.dienst());
        List<Wachttijd> wachttijdenVoor = wachttijden(w, gevuld.dienst());
        assertThat(wachttijdenVoor).singleElement().satisfies(x -> {
            assertThat(x.verstuurd()).isEqualTo(4);
            assertThat(x.geaccepteerd()).isEqualTo(1);
            assertThat(x.langsteDagen()).isEqualTo(9);
            assertThat(x.wachtend()).isEqualTo(1);
        });

        BewaarRun run = bewaren.proefdraai(w.als(Rol.BEHEERDER), w.gemeente().id());
        assertThat(bewaren.voerUit(w.als(Rol.BEHEERDER), run.id())).isEqualTo(new BewaarService.Uitkomst(1, 0));

        assertThat(BewaarFixture.vindOveral(jdbc, naam)).isEmpty();
        assertThat(cijfers(h, gevuld.dienst())).isEqualTo(voor);
        assertThat(wachttijden(w, gevuld.dienst())).isEqualTo(wachttijdenVoor);
        // the route card's phone number goes too (it holds no name)
        assertThat(jdbc.sql("select count(*) from routekaart where huishouden_id = ? and telefoon is not null")
            .param(h.value()).query(Long.class).single()).isZero();
        // required texts stand as the neutral text, optional ones that were empty stay empty
        assertThat(jdbc.sql("select distinct reden from verwijzing where huishouden_id = ?").param(h.value())
            .query(String.class).list()).containsExactly(HuishoudenGeanonimiseerd.TEKST);
        assertThat(jdbc.sql("select count(*) from verwijzing where huishouden_id = ? and uitkomst is not null")
            .param(h.value()).query(Long.class).single()).isEqualTo(1);
        // the handover summary still reads, without names or lines, with its levels and dates
        List<String> samenvattingen = jdbc.sql("select samenvatting::text from overdracht where huishouden_id = ?")
            .param(h.value()).query(String.class).list();
        assertThat(samenvattingen).hasSize(2).allSatisfy(json -> {
            Samenvatting s = JsonMapper.builder().build().readValue(json, Samenvatting.class);
            assertThat(s.huishouden()).isEqualTo(HuishoudenGeanonimiseerd.TEKST);
            assertThat(s.adres()).isEqualTo(HuishoudenGeanonimiseerd.TEKST);
            assertThat(s.leefgebieden()).singleElement().satisfies(n -> {
                assertThat(n.persoon()).isEqualTo(HuishoudenGeanonimiseerd.TEKST);
                assertThat(n.niveau()).isEqualTo(3);
            });
            assertThat(s.checklist()).singleElement().satisfies(r -> {
                assertThat(r.tekst()).isEqualTo(HuishoudenGeanonimiseerd.TEKST);
                assertThat(r.detail()).isNull();
                assertThat(r.datum()).isNotNull();
            });
            assertThat(s.talen()).singleElement().satisfies(x -> assertThat(x.talen()).containsExactly("ar"));
        });
        // the listeners are idempotent: the event once more changes nothing
        new TransactionTemplate(transacties).executeWithoutResult(s -> events.publishEvent(
                new HuishoudenGeanonimiseerd(h)));
        assertThat(cijfers(h, gevuld.dienst())).isEqualTo(voor);
        assertThat(jdbc.sql("select count(*) from overdracht where huishouden_id = ? and samenvatting->>'huishouden' = ?")
            .params(h.value(), HuishoudenGeanonimiseerd.TEKST).query(Long.class).single()).isEqualTo(2);
    }

    private List<Wachttijd> wachttijden(TestData.Wereld w, UUID dienst) {
        return verwijzingen.wachttijden(w.als(Rol.BELEID), w.gemeente().id()).stream()
            .filter(x -> x.dienstId().equals(dienst)).toList();
    }

    /** What the figures count of the household in these modules. */
    private Map<String, Object> cijfers(HuishoudenId h, UUID dienst) {
        UUID id = h.value();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verwijzingen", jdbc.sql("""
                select string_agg(concat_ws(':', status, persoon_id, dienst_id, warm, aangemaakt_op, verstuurd_op,
                                            wachtlijst_op, geaccepteerd_op, beantwoord_op, afgerond_op, ingetrokken_op,
                                            toestemming_wijze, toestemming_op), ',' order by verstuurd_op)
                  from verwijzing where huishouden_id = ?""").param(id).query(String.class).single());
        m.put("wachttijd", jdbc.sql("""
                select concat_ws('/', count(verstuurd_op), count(geaccepteerd_op), avg(geaccepteerd_op - verstuurd_op),
                                 max(geaccepteerd_op - verstuurd_op))
                  from verwijzing where dienst_id = ?""").param(dienst).query(String.class).single());
        m.put("afsluiting", jdbc.sql("""
                select concat_ws('|',
                       (select string_agg(concat_ws(':', soort, maanden, verzoek_op), ',') from afsluitbesluit
                         where huishouden_id = :h),
                       (select string_agg(concat_ws(':', status, gedeelde_blokken, driegesprek_op, gedeeld_op,
                                                    geaccepteerd_op, teruggetrokken_op, cardinality(toestemmingen)),
                                          ',' order by status)
                          from overdracht where huishouden_id = :h),
                       (select string_agg(concat_ws(':', soort, gevraagd_op), ',') from wijkteam_hulpvraag
                         where huishouden_id = :h),
                       (select string_agg(gehouden_op::text, ',') from eindgesprek where huishouden_id = :h))""")
            .param("h", id).query(String.class).single());
        m.put("zelfredzaamheid", jdbc.sql("""
                select concat_ws('|',
                       (select string_agg(concat_ws(':', m.soort, m.gemeten_op, s.item_id, s.status, s.niveau, s.wijze),
                                          ',')
                          from zr_meting m join zr_score s on s.meting_id = m.id where m.huishouden_id = :h),
                       (select string_agg(concat_ws(':', uitvoerder, prioriteit, afgerond_op), ',') from zr_actie
                         where huishouden_id = :h),
                       (select count(*) from zr_meting_correctie where huishouden_id = :h))""")
            .param("h", id).query(String.class).single());
        m.put("route", jdbc.sql("""
                select concat_ws(':', k.taal, k.bereikbaar_dagen, k.bereikbaar_van, k.bereikbaar_tot, k.kanalen,
                                 k.ontmoeting, k.zelf, (select string_agg(p.dienst_id::text, ',') from routekaart_partner p
                                                         where p.routekaart_id = k.id))
                  from routekaart k where k.huishouden_id = ?""").param(id).query(String.class).single());
        m.put("tevredenheid", jdbc.sql("""
                select concat_ws(':', moment, afgenomen_op, wijze, v1, v2, v3, v4, v5, v6)
                  from tevredenheid where huishouden_id = ?""").param(id).query(String.class).single());
        return m;
    }
}
