package nl.wegwijs.bewaren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Bewaartermijnen;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

@IntegrationTest
class BewaarTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    BewaarService bewaren;

    @Autowired
    BewaarJob job;

    @Autowired
    Bewaartermijnen termijnen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.wegwijs.organisatie.OrganisatieService organisaties;

    private Medewerker beheerder(TestData.Wereld w) {
        return w.als(Rol.BEHEERDER);
    }

    @Test
    void deProefdraaiNoemtPreciesDeHuishoudensWaarvanDeTermijnVanDeGemeenteVoorbijIs() {
        TestData.Wereld a = data.wereld();
        TestData.Wereld b = data.wereld();
        termijnen.zet(beheerder(a), a.gemeente().id(), 12);
        Traject verlopen = BewaarFixture.huishouden(data, trajecten, a, BewaarFixture.achternaam(), 13);
        BewaarFixture.huishouden(data, trajecten, a, BewaarFixture.achternaam(), 11);
        BewaarFixture.huishouden(data, trajecten, a, BewaarFixture.achternaam(), null);
        // gemeente b keeps the default 24 months
        BewaarFixture.huishouden(data, trajecten, b, BewaarFixture.achternaam(), 13);

        BewaarRun runA = bewaren.proefdraai(beheerder(a), a.gemeente().id());
        BewaarRun runB = bewaren.proefdraai(beheerder(b), b.gemeente().id());

        assertThat(runA.aantal()).isEqualTo(1);
        assertThat(runA.termijnMaanden()).isEqualTo(12);
        List<BewaarRun.Regel> regels = bewaren.run(beheerder(a), runA.id()).regels();
        assertThat(regels).extracting(BewaarRun.Regel::huishoudenId).containsExactly(verlopen.huishouden().value());
        assertThat(regels.get(0).eindeDatum()).isEqualTo(LocalDate.now().minusMonths(13));
        assertThat(regels.get(0).aantalPersonen()).isEqualTo(3);
        assertThat(runB.aantal()).isZero();
        assertThat(runB.termijnMaanden()).isEqualTo(24);
        // a dry run changes nothing
        assertThat(jdbc.sql("select count(*) from persoon where huishouden_id = ? and achternaam = ?")
            .params(verlopen.huishouden().value(), HuishoudenGeanonimiseerd.ACHTERNAAM).query(Long.class).single())
            .isZero();
    }

    @Test
    void uitvoerenHaaltDePersoonsgegevensUitElkeModuleEnHoudtDeAantallen() {
        TestData.Wereld w = data.wereld();
        termijnen.zet(beheerder(w), w.gemeente().id(), 12);
        String naam = BewaarFixture.achternaam();
        Traject t = BewaarFixture.huishouden(data, trajecten, w, naam, null);
        HuishoudenId h = t.huishouden();
        data.toestemming(w, t, Rol.REGIEVOERDER, Gegevenssoort.NOTITIES);
        BewaarFixture.sluit(trajecten, w, t, naam, 13);
        jdbc.sql("update persoon set bsn = ?, v_nummer = ? where huishouden_id = ? and volgorde = 1")
            .params(String.valueOf(100_000_000 + (int) (Math.random() * 800_000_000)), "V" + naam, h.value())
            .update();
        BewaarFixture.begeleiding(jdbc, h, w.als(Rol.BEGELEIDER), naam);
        jdbc.sql("update toestemming set ingetrokken_op = now(), intrekking_reden = ? where huishouden_id = ?")
            .params("Ingetrokken door " + naam, h.value()).update();
        assertThat(BewaarFixture.vindOveral(jdbc, naam)).contains("persoon.achternaam", "huishouden.zoeknaam",
                "werklijst_regel.naam", "signaal.huishouden_naam", "contactmoment.notitie", "traject.einde_toelichting");
        Map<String, Object> voor = aantallen(h);
        List<UUID> personen = BewaarFixture.personen(jdbc, h);

        BewaarRun run = bewaren.proefdraai(beheerder(w), w.gemeente().id());
        BewaarService.Uitkomst uitkomst = bewaren.voerUit(beheerder(w), run.id());

        assertThat(uitkomst).isEqualTo(new BewaarService.Uitkomst(1, 0));
        assertThat(BewaarFixture.vindOveral(jdbc, naam)).isEmpty();
        assertThat(aantallen(h)).isEqualTo(voor);
        assertThat(jdbc.sql("""
                select voornaam || ' ' || achternaam || ' ' || geboortedatum || ' ' || coalesce(bsn, '-') || ' '
                       || coalesce(v_nummer, '-') from persoon where huishouden_id = ? order by volgorde""")
            .param(h.value()).query(String.class).list())
            .containsExactly("Persoon 1 Geanonimiseerd 1990-01-01 - -", "Persoon 2 Geanonimiseerd 1988-01-01 - -",
                    "Persoon 3 Geanonimiseerd 2016-01-01 - -");
        assertThat(jdbc.sql("select coalesce(straat, '') || coalesce(postcode, '') || coalesce(herkomst_locatie, '') "
                + "from huishouden where id = ?").param(h.value()).query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("select count(*) from contactmoment where huishouden_id = ? and (notitie is not null "
                + "or afspraken is not null)").param(h.value()).query(Long.class).single()).isZero();
        // the erasure is logged per person, before the names went
        assertThat(jdbc.sql("""
                select betrokkene_id from verwerking where huishouden_id = ? and doel = 'BEWAARTERMIJN'
                   and actie = 'VERWIJDEREN' and medewerker_id = ?""")
            .params(h.value(), beheerder(w).id()).query(UUID.class).list())
            .containsExactlyInAnyOrderElementsOf(personen);
        assertThat(bewaren.run(beheerder(w), run.id()).regels()).extracting(BewaarRun.Regel::uitkomst)
            .containsExactly("GEANONIMISEERD");
    }

    @Test
    void uitvoerenIsEenmaligEnEenGeanonimiseerdHuishoudenKomtNietTerug() {
        TestData.Wereld w = data.wereld();
        termijnen.zet(beheerder(w), w.gemeente().id(), 12);
        Traject t = BewaarFixture.huishouden(data, trajecten, w, BewaarFixture.achternaam(), 13);
        BewaarRun run = bewaren.proefdraai(beheerder(w), w.gemeente().id());
        bewaren.voerUit(beheerder(w), run.id());
        long rijen = logrijen(t.huishouden());

        assertThatThrownBy(() -> bewaren.voerUit(beheerder(w), run.id())).isInstanceOf(DomeinFout.class)
            .hasMessageContaining("bewaren.run.al-uitgevoerd");
        BewaarRun opnieuw = bewaren.proefdraai(beheerder(w), w.gemeente().id());
        assertThat(opnieuw.aantal()).isZero();
        assertThat(logrijen(t.huishouden())).isEqualTo(rijen);
    }

    @Test
    void eenHuishoudenDatSindsDeProefdraaiIsGewijzigdWordtOvergeslagen() {
        TestData.Wereld w = data.wereld();
        termijnen.zet(beheerder(w), w.gemeente().id(), 12);
        String naam = BewaarFixture.achternaam();
        Traject gewijzigd = BewaarFixture.huishouden(data, trajecten, w, naam, 13);
        Traject ongewijzigd = BewaarFixture.huishouden(data, trajecten, w, BewaarFixture.achternaam(), 14);
        BewaarRun run = bewaren.proefdraai(beheerder(w), w.gemeente().id());
        // reopened (as a teamleider would, here directly: its version moves on and it is no longer closed)
        jdbc.sql("update traject set status = 'ACTIEF', einde_datum = null, versie = versie + 1 where id = ?")
            .param(gewijzigd.id().value()).update();

        BewaarService.Uitkomst uitkomst = bewaren.voerUit(beheerder(w), run.id());

        assertThat(uitkomst).isEqualTo(new BewaarService.Uitkomst(1, 1));
        assertThat(BewaarFixture.vindOveral(jdbc, naam)).contains("persoon.achternaam");
        assertThat(bewaren.run(beheerder(w), run.id()).regels())
            .extracting(BewaarRun.Regel::huishoudenId, BewaarRun.Regel::uitkomst)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(gewijzigd.huishouden().value(), "OVERGESLAGEN"),
                    org.assertj.core.groups.Tuple.tuple(ongewijzigd.huishouden().value(), "GEANONIMISEERD"));
    }

    @Test
    void alleenDeNieuwsteProefdraaiVanEenGemeenteKanWordenUitgevoerd() {
        TestData.Wereld w = data.wereld();
        termijnen.zet(beheerder(w), w.gemeente().id(), 12);
        BewaarFixture.huishouden(data, trajecten, w, BewaarFixture.achternaam(), 13);
        BewaarRun oud = bewaren.proefdraai(beheerder(w), w.gemeente().id());
        bewaren.proefdraai(beheerder(w), w.gemeente().id());

        assertThatThrownBy(() -> bewaren.voerUit(beheerder(w), oud.id())).isInstanceOf(DomeinFout.class)
            .hasMessageContaining("bewaren.run.verouderd");
    }

    @Test
    void deNachtelijkeTaakProefdraaitAlleenEnDraaitEenmaalOverAlleNodes() {
        TestData.Wereld w = data.wereld();
        termijnen.zet(beheerder(w), w.gemeente().id(), 12);
        String naam = BewaarFixture.achternaam();
        BewaarFixture.huishouden(data, trajecten, w, naam, 13);
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = 'bewaartermijn'").update();

        assertThat(bewaren.modus()).isEqualTo(BewaarService.Modus.PROEFDRAAIEN);
        assertThat(job.draai()).isNotNull();
        // another node started within the lock: this one skips
        assertThat(job.draai()).isNull();

        BewaarRun laatste = bewaren.laatste(beheerder(w), w.gemeente().id());
        assertThat(laatste).isNotNull();
        assertThat(laatste.aantal()).isEqualTo(1);
        assertThat(laatste.gemaaktDoor()).isNull();
        assertThat(laatste.uitgevoerd()).isFalse();
        assertThat(BewaarFixture.vindOveral(jdbc, naam)).contains("persoon.achternaam");
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = 'bewaartermijn'").update();
    }

    @Test
    void alleenDeBeheerderEnDePrivacyfunctionarisVanDeGemeenteZienDeRuns() {
        TestData.Wereld w = data.wereld();
        TestData.Wereld ander = data.wereld();
        Medewerker fg = BewaarFixture.privacyfunctionaris(organisaties, w);
        BewaarRun run = bewaren.proefdraai(fg, w.gemeente().id());
        BewaarRun andere = bewaren.proefdraai(beheerder(ander), ander.gemeente().id());

        assertThat(bewaren.laatste(fg)).extracting(BewaarRun::gemeenteId).containsExactly(w.gemeente().id());
        assertThat(bewaren.run(fg, run.id()).run().id()).isEqualTo(run.id());
        assertThatThrownBy(() -> bewaren.run(fg, andere.id())).isInstanceOf(NietGevonden.class);
        for (Rol rol : List.of(Rol.REGIEVOERDER, Rol.BELEID, Rol.TEAMLEIDER, Rol.BEGELEIDER,
                Rol.PRIVACYFUNCTIONARIS)) {
            // (the world's own privacy officer works for the uitvoerder)
            Medewerker m = w.als(rol);
            assertThatThrownBy(() -> bewaren.laatste(m)).as(rol.name()).isInstanceOf(NietGevonden.class);
            assertThatThrownBy(() -> bewaren.run(m, run.id())).as(rol.name()).isInstanceOf(NietGevonden.class);
            assertThatThrownBy(() -> bewaren.voerUit(m, run.id())).as(rol.name()).isInstanceOf(NietGevonden.class);
            assertThatThrownBy(() -> bewaren.proefdraai(m, w.gemeente().id())).as(rol.name())
                .isInstanceOf(NietGevonden.class);
        }
    }

    private long logrijen(HuishoudenId h) {
        return jdbc.sql("select count(*) from verwerking where huishouden_id = ? and doel = 'BEWAARTERMIJN'")
            .param(h.value()).query(Long.class).single();
    }

    /** What reports count of a household, module by module. */
    private Map<String, Object> aantallen(HuishoudenId h) {
        UUID id = h.value();
        return Map.of(
                "personen", jdbc.sql("select count(*) from persoon where huishouden_id = ?").param(id)
                    .query(Long.class).single(),
                "contacten", jdbc.sql("select count(*) || '/' || sum(minuten) from contactmoment where huishouden_id = ?")
                    .param(id).query(String.class).single(),
                "uren", jdbc.sql("select coalesce(sum(minuten), 0) from contactmoment_medewerker where huishouden_id = ?")
                    .param(id).query(Long.class).single(),
                "checklist", jdbc.sql("""
                        select string_agg(code || ':' || status || ':' || coalesce(wie_deed_het, '-'), ',' order by code)
                          from checklist_item where huishouden_id = ?""").param(id).query(String.class).single(),
                "brieven", jdbc.sql("select count(*) || '/' || string_agg(status, ',') from brief where huishouden_id = ?")
                    .param(id).query(String.class).single(),
                "signalen", jdbc.sql("""
                        select count(*) || '/' || string_agg(categorie || status, ',')
                               || '/' || (select count(*) from signaal_bericht b join signaal s2 on s2.id = b.signaal_id
                                           where s2.huishouden_id = ?)
                               || '/' || (select count(*) from actiepunt a join signaal s3 on s3.id = a.signaal_id
                                           where s3.huishouden_id = ?)
                          from signaal where huishouden_id = ?""").params(id, id, id).query(String.class).single(),
                "traject", jdbc.sql("""
                        select status || einde_datum || gemeente_id || contract_id || einde_reden
                          from traject where huishouden_id = ?""").param(id).query(String.class).single(),
                "werklijst", jdbc.sql("select count(*) || '/' || max(aantal_personen) from werklijst_regel "
                        + "where huishouden_id = ?").param(id).query(String.class).single(),
                "toestemmingen", jdbc.sql("select count(*) from toestemming where huishouden_id = ?").param(id)
                    .query(Long.class).single());
    }
}
