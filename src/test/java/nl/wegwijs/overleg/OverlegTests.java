package nl.wegwijs.overleg;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The casuïstiekoverleg against PostgreSQL: who organises and who sees what, the agenda from the worklist, putting a
 * case forward, minutes behind NOTITIES, stale versions, agreements as tasks with a notification, and the task list.
 */
@IntegrationTest
class OverlegTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    OverlegService overleg;

    @Autowired
    Notificaties notificaties;

    @Autowired
    JdbcClient jdbc;

    OverlegFixture f;

    @BeforeEach
    void wereld() {
        f = OverlegFixture.maak(data, trajecten, organisaties);
    }

    private Reeks reeks() {
        return overleg.maakReeks(f.rv(), new OverlegService.ReeksInvoer("Casuïstiekoverleg", 4, null,
                List.of(f.rv().id(), f.tl().id()), List.of(new Deelnemer(null, "Anouk Smit", "Wmo-consulent"))));
    }

    private Overleg metAgenda() {
        Overleg o = overleg.planOverleg(f.rv(), reeks().id(), LocalDate.now().plusDays(3));
        return overleg.maakAgenda(f.rv(), o.id(), o.versie());
    }

    private UUID punt(Overleg o, UUID huishouden) {
        return overleg.pagina(f.rv(), o.id()).punten().stream().map(OverlegService.PuntInzage::punt)
            .filter(p -> p.huishoudenId().equals(huishouden)).findFirst().orElseThrow().id();
    }

    @Test
    void onlyTheRegievoerderOrganisesAndOtherRolesSeeNoMeetings() {
        Reeks r = reeks();
        assertThat(r.deelnemers()).extracting(Deelnemer::naam)
            .contains(f.rv().naam(), f.tl().naam(), "Anouk Smit");
        assertThatThrownBy(() -> overleg.maakReeks(f.tl(), new OverlegService.ReeksInvoer("X", 4, null, List.of(),
                List.of()))).isInstanceOf(DomeinFout.class);
        assertThatThrownBy(() -> overleg.planOverleg(f.tl(), r.id(), LocalDate.now()))
            .isInstanceOf(DomeinFout.class);
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.VRIJWILLIGER, Rol.BUDGETCOACH, Rol.BELEID, Rol.WIJKTEAM)) {
            assertThatThrownBy(() -> overleg.reeks(f.w().als(rol), r.id())).isInstanceOf(NietGevonden.class);
        }
        // a regievoerder of another gemeente sees nothing
        assertThatThrownBy(() -> overleg.reeks(data.wereld().als(Rol.REGIEVOERDER), r.id()))
            .isInstanceOf(NietGevonden.class);
        assertThat(overleg.startpagina(f.teamleider2()).reeksen()).extracting(Reeks::id).contains(r.id());
    }

    @Test
    void refusesBadInputWithoutWritingAnything() {
        assertThatThrownBy(() -> overleg.maakReeks(f.rv(), new OverlegService.ReeksInvoer(" ", 4, null, List.of(),
                List.of()))).isInstanceOf(DomeinFout.class).hasMessageContaining("overleg.naam.leeg");
        assertThatThrownBy(() -> overleg.maakReeks(f.rv(), new OverlegService.ReeksInvoer("X", 0, null, List.of(),
                List.of()))).isInstanceOf(DomeinFout.class).hasMessageContaining("overleg.frequentie.ongeldig");
        assertThatThrownBy(() -> overleg.maakReeks(f.rv(), new OverlegService.ReeksInvoer("X", 4, null,
                List.of(f.w().als(Rol.BEGELEIDER).id()), List.of()))).isInstanceOf(DomeinFout.class);
        Reeks r = reeks();
        assertThatThrownBy(() -> overleg.planOverleg(f.rv(), r.id(), LocalDate.now().plusYears(3)))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("overleg.datum.ongeldig");
        assertThat(overleg.overleggenVan(f.rv(), r.id())).isEmpty();
    }

    @Test
    void proposesTheNextDateFromTheFrequency() {
        Reeks r = reeks();
        assertThat(overleg.voorgesteldeDatum(f.rv(), r.id())).isEqualTo(LocalDate.now());
        overleg.planOverleg(f.rv(), r.id(), LocalDate.now().minusWeeks(1));
        assertThat(overleg.voorgesteldeDatum(f.rv(), r.id())).isEqualTo(LocalDate.now().plusWeeks(3));
    }

    @Test
    void theAgendaHoldsTheOverdueHouseholdsAndTheTeamleiderSeesOnlyTheirUitvoerders() {
        Overleg o = metAgenda();
        assertThat(overleg.pagina(f.rv(), o.id()).punten()).extracting(p -> p.punt().huishoudenId())
            .containsExactlyInAnyOrder(f.a().huishouden().value(), f.c().huishouden().value());
        assertThat(overleg.pagina(f.rv(), o.id()).punten()).allSatisfy(p ->
                assertThat(p.punt().redenen()).contains(Reden.TE_LAAT));
        assertThat(overleg.pagina(f.tl(), o.id()).punten()).extracting(p -> p.punt().huishoudenId())
            .containsExactly(f.a().huishouden().value());
        assertThat(overleg.pagina(f.teamleider2(), o.id()).punten()).extracting(p -> p.punt().huishoudenId())
            .containsExactly(f.c().huishouden().value());
        // generating again adds nothing twice
        Overleg nu = overleg.overleg(f.rv(), o.id());
        overleg.maakAgenda(f.rv(), o.id(), nu.versie());
        assertThat(overleg.pagina(f.rv(), o.id()).punten()).hasSize(2);
        // the list read is logged per household shown
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? "
                + "and record_soort in ('overlegpunt', 'overlegverslag')")
            .param(f.tl().id()).query(Long.class).single()).isPositive();
        // the teamleider may not write on the other uitvoerder's household
        UUID anders = punt(o, f.c().huishouden().value());
        assertThatThrownBy(() -> overleg.legVerslagVast(f.tl(), anders, 1, "x")).isInstanceOf(NietGevonden.class);
    }

    @Test
    void openingTheMeetingLogsEveryPersonShownOnce() {
        Overleg o = metAgenda();
        overleg.pagina(f.tl(), o.id());
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? and betrokkene_id = ? "
                + "and actie = 'LEZEN'").params(f.tl().id(), hoofdpersoon(f.a()))
            .query(Long.class).single()).isEqualTo(1);
    }

    private UUID hoofdpersoon(Traject t) {
        return trajecten.inzage(f.rv(), t.huishouden()).huishouden().hoofdpersoon().id();
    }

    @Test
    void aTeamleiderPutsTheirHouseholdForwardButNotAnotherUitvoerders() {
        Overleg o = overleg.planOverleg(f.rv(), reeks().id(), LocalDate.now().plusDays(7));
        Agendapunt p = overleg.brengIn(f.tl(), o.id(), f.a().huishouden(), "Mag de begeleiding verlengd worden?");
        assertThat(p.redenen()).containsExactly(Reden.INGEBRACHT);
        assertThat(p.vraag()).isEqualTo("Mag de begeleiding verlengd worden?");
        assertThatThrownBy(() -> overleg.brengIn(f.tl(), o.id(), f.c().huishouden(), "Vraag"))
            .isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> overleg.brengIn(f.tl(), o.id(), f.a().huishouden(), " "))
            .isInstanceOf(DomeinFout.class);
        Overleg voorbij = overleg.planOverleg(f.rv(), o.reeksId(), LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> overleg.brengIn(f.tl(), voorbij.id(), f.a().huishouden(), "Vraag"))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("overleg.inbrengen.voorbij");
        // a generated agenda keeps it and adds the reason
        Overleg nu = overleg.maakAgenda(f.rv(), o.id(), overleg.overleg(f.rv(), o.id()).versie());
        Agendapunt na = overleg.pagina(f.rv(), nu.id()).punten().get(0).punt();
        assertThat(na.huishoudenId()).isEqualTo(f.a().huishouden().value());
        assertThat(na.redenen()).contains(Reden.INGEBRACHT, Reden.TE_LAAT);
    }

    @Test
    void theDiscussedTextNeedsNotitiesAndIsHiddenFromTheRegievoerderWithoutConsent() {
        Overleg o = metAgenda();
        UUID a = punt(o, f.a().huishouden().value());
        overleg.legVerslagVast(f.tl(), a, 1, "Besproken: school en huisarts.");
        OverlegService.PuntInzage rv = overleg.pagina(f.rv(), o.id()).punten().stream()
            .filter(p -> p.punt().id().equals(a)).findFirst().orElseThrow();
        assertThat(rv.magNotities()).isFalse();
        assertThat(rv.punt().besproken()).isNull();
        assertThat(rv.inzage().toestemmingNodig(Gegevenssoort.NOTITIES)).isTrue();
        assertThatThrownBy(() -> overleg.legVerslagVast(f.rv(), a, 2, "x")).isInstanceOf(ToestemmingNodig.class);
        data.toestemming(f.w(), f.a(), Rol.REGIEVOERDER, Gegevenssoort.NOTITIES);
        assertThat(overleg.punt(f.rv(), a).punt().besproken()).isEqualTo("Besproken: school en huisarts.");
    }

    @Test
    void refusesAStaleVersionOfTheMinutesAndOfTheMeeting() {
        Overleg o = metAgenda();
        UUID a = punt(o, f.a().huishouden().value());
        overleg.legVerslagVast(f.tl(), a, 1, "Eerste");
        assertThatThrownBy(() -> overleg.legVerslagVast(f.tl(), a, 1, "Tweede"))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(overleg.punt(f.tl(), a).punt().besproken()).isEqualTo("Eerste");
        assertThatThrownBy(() -> overleg.maakAgenda(f.rv(), o.id(), o.versie() - 1))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThatThrownBy(() -> overleg.verwijderPunt(f.rv(), o.id(), o.versie() - 1, a))
            .isInstanceOf(GelijktijdigGewijzigd.class);
    }

    @Test
    void anAgreementBecomesATaskAndItsOwnerIsNotified() {
        Overleg o = metAgenda();
        UUID a = punt(o, f.a().huishouden().value());
        Afspraak af = overleg.maakAfspraak(f.rv(), a, new OverlegService.AfspraakInvoer("Huisarts bellen",
                f.tl().id(), null, o.datum().plusWeeks(2)));
        assertThat(af.eigenaar()).isEqualTo(f.tl().naam());
        assertThat(notificaties.ongelezen(f.tl())).anySatisfy(n -> {
            assertThat(n.sleutel()).isEqualTo("overleg.notificatie.afspraak");
            assertThat(n.link()).isEqualTo("/overleg/afspraken#afspraak-" + af.id());
        });
        assertThat(overleg.mijnAfspraken(f.tl())).extracting(t -> t.afspraak().id()).containsExactly(af.id());
        assertThat(overleg.mijnAfspraken(f.tl()).get(0).huishoudenNaam()).isEqualTo("Haddad, Samira");
        Afspraak extern = overleg.maakAfspraak(f.rv(), a, new OverlegService.AfspraakInvoer("Wmo-indicatie",
                null, "Anouk Smit, Wmo-consulent", o.datum().plusWeeks(1)));
        assertThat(extern.eigenaar()).isEqualTo("Anouk Smit, Wmo-consulent");
        // an item with agreements stays on the agenda
        assertThatThrownBy(() -> overleg.verwijderPunt(f.rv(), o.id(), overleg.overleg(f.rv(), o.id()).versie(), a))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("overleg.punt.heeft-afspraken");
        // the owner ticks it off; it leaves their list
        overleg.zetStatus(f.tl(), af.id(), af.versie(), Afspraak.Status.GEDAAN);
        assertThat(overleg.mijnAfspraken(f.tl())).isEmpty();
        assertThatThrownBy(() -> overleg.zetStatus(f.tl(), af.id(), af.versie(), Afspraak.Status.OPEN))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(overleg.voorHuishouden(f.rv(), f.a().huishouden()).open()).extracting(Afspraak::id)
            .containsExactly(extern.id());
    }

    @Test
    void refusesAnAgreementWithoutOwnerOrWithADateBeforeTheMeetingOrAnOwnerOutsideTheSeries() {
        Overleg o = metAgenda();
        UUID a = punt(o, f.a().huishouden().value());
        assertThatThrownBy(() -> overleg.maakAfspraak(f.rv(), a, new OverlegService.AfspraakInvoer("X", null, null,
                o.datum()))).isInstanceOf(DomeinFout.class).hasMessageContaining("overleg.afspraak.eigenaar.leeg");
        assertThatThrownBy(() -> overleg.maakAfspraak(f.rv(), a, new OverlegService.AfspraakInvoer("X",
                f.rv().id(), null, o.datum().minusDays(1)))).isInstanceOf(DomeinFout.class)
            .hasMessageContaining("overleg.afspraak.uiterlijk.ongeldig");
        assertThatThrownBy(() -> overleg.maakAfspraak(f.rv(), a, new OverlegService.AfspraakInvoer("X",
                f.w().als(Rol.BEGELEIDER).id(), null, o.datum()))).isInstanceOf(DomeinFout.class)
            .hasMessageContaining("overleg.afspraak.eigenaar.onbekend");
        assertThat(jdbc.sql("select count(*) from overleg_afspraak where punt_id = ?").param(a).query(Long.class)
            .single()).isZero();
    }

    @Test
    void theMinutesPdfHoldsOnlyWhatTheReaderMaySee() throws Exception {
        Overleg o = metAgenda();
        UUID a = punt(o, f.a().huishouden().value());
        overleg.legVerslagVast(f.tl(), a, 1, "Geheime notitie over de school");
        overleg.maakAfspraak(f.rv(), a, new OverlegService.AfspraakInvoer("Huisarts bellen", f.tl().id(), null,
                o.datum().plusWeeks(2)));
        String rv = tekst(overleg.verslagPdf(f.rv(), o.id(), java.util.Locale.forLanguageTag("nl")));
        assertThat(rv).contains("Verslag casuïstiekoverleg", "Haddad, Samira", "Karimi", "Huisarts bellen",
                "Anouk Smit").doesNotContain("Geheime notitie");
        String tl = tekst(overleg.verslagPdf(f.tl(), o.id(), java.util.Locale.forLanguageTag("nl")));
        assertThat(tl).contains("Geheime notitie over de school", "Haddad, Samira").doesNotContain("Karimi");
    }

    static String tekst(byte[] pdf) throws java.io.IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aHouseholdsOpenAgreementsAre404ForWhoMayNotSeeIt() {
        assertThatThrownBy(() -> overleg.voorHuishouden(f.teamleider2(), f.a().huishouden()))
            .isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> overleg.voorHuishouden(f.w().als(Rol.BEGELEIDER), f.a().huishouden()))
            .isInstanceOf(NietGevonden.class);
        assertThat(overleg.voorHuishouden(f.tl(), new HuishoudenId(f.a().huishouden().value())).open()).isEmpty();
    }
}
