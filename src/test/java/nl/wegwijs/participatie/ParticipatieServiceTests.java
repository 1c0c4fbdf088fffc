package nl.wegwijs.participatie;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phases and placements against PostgreSQL: who may read and write per role, another gemeente's household is a 404,
 * overlap and stale versions are refused with nothing written, dual routes, logging and the event.
 */
@IntegrationTest
@RecordApplicationEvents
class ParticipatieServiceTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ParticipatieService participatie;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestData.Wereld w;
    Traject a;
    HuishoudenId h;
    UUID samira;
    UUID lina;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        w = wereld.w();
        a = wereld.a();
        h = a.huishouden();
        var huishouden = trajecten.inzage(w.als(Rol.TEAMLEIDER), h).huishouden();
        samira = huishouden.hoofdpersoon().id();
        lina = huishouden.personen().stream().filter(p -> p.voornaam().equals("Lina")).findFirst().orElseThrow().id();
    }

    private FasePeriode fase(Medewerker wie, PiezoFase fase, LocalDate van, LocalDate tot) {
        return participatie.voegFaseToe(wie, h, new NieuweFase(samira, fase, van, tot, null));
    }

    private PlaatsingGegevens plaatsing(String organisatie) {
        return new PlaatsingGegevens(samira, PlaatsingSoort.VRIJWILLIGERSWERK, organisatie, "Els de Boer", 8,
                VANDAAG.minusMonths(1), VANDAAG.plusMonths(5), Taalniveau.A1, true, true, "Sorteren en uitdelen");
    }

    private long rijen(String tabel) {
        return jdbc.sql("select count(*) from " + tabel + " where huishouden_id = ?").param(h.value())
            .query(Long.class).single();
    }

    @Test
    void regievoerderBegeleiderAndTeamleiderRecordPhasesAndPlacementsTheOthersMayNot() {
        for (Medewerker wie : List.of(w.als(Rol.REGIEVOERDER), w.als(Rol.BEGELEIDER), w.als(Rol.TEAMLEIDER))) {
            participatie.voegPlaatsingToe(wie, h, plaatsing("Voedselbank " + wie.rol()));
        }
        fase(w.als(Rol.REGIEVOERDER), PiezoFase.BASIS_OP_ORDE, VANDAAG.minusMonths(5), VANDAAG.minusMonths(3));
        fase(w.als(Rol.BEGELEIDER), PiezoFase.MEEDOEN_EN_TAAL, VANDAAG.minusMonths(3), null);
        fase(w.als(Rol.TEAMLEIDER), PiezoFase.VRIJWILLIGERSWERK_OF_STAGE, VANDAAG.minusMonths(1), null);
        assertThat(rijen("plaatsing")).isEqualTo(3);
        assertThat(rijen("piezo_fase")).isEqualTo(3);

        for (Medewerker wie : List.of(w.als(Rol.VRIJWILLIGER), w.als(Rol.BUDGETCOACH))) {
            assertThatThrownBy(() -> fase(wie, PiezoFase.NAAR_WERK_OF_OPLEIDING, VANDAAG, null))
                .isInstanceOf(DomeinFout.class).hasMessage("participatie.niet-toegestaan");
            assertThatThrownBy(() -> participatie.voegPlaatsingToe(wie, h, plaatsing("Garage")))
                .hasMessage("participatie.niet-toegestaan");
        }
        for (Medewerker wie : List.of(w.begeleiderB(), w.vrijwilliger2(), w.als(Rol.WIJKTEAM), w.als(Rol.BELEID),
                data.wereld().als(Rol.REGIEVOERDER), data.wereld().als(Rol.TEAMLEIDER))) {
            assertThatThrownBy(() -> fase(wie, PiezoFase.NAAR_WERK_OF_OPLEIDING, VANDAAG, null))
                .isInstanceOf(NietGevonden.class);
            assertThatThrownBy(() -> participatie.participatie(wie, h)).isInstanceOf(NietGevonden.class);
        }
        assertThat(rijen("plaatsing")).isEqualTo(3);
        assertThat(rijen("piezo_fase")).isEqualTo(3);

        // the vrijwilliger reads, and sees the dual route (phase 1 and 3 today)
        Participatie gezien = participatie.participatie(w.als(Rol.VRIJWILLIGER), h);
        assertThat(gezien.zichtbaar()).isTrue();
        assertThat(gezien.magSchrijven()).isFalse();
        Participatie.PersoonParticipatie s = gezien.personen().stream().filter(p -> p.id().equals(samira))
            .findFirst().orElseThrow();
        assertThat(s.duaal()).isTrue();
        assertThat(s.huidigeFasen()).containsExactly(PiezoFase.MEEDOEN_EN_TAAL, PiezoFase.VRIJWILLIGERSWERK_OF_STAGE);
        assertThat(s.plaatsingen()).hasSize(3);
        assertThat(gezien.aantalDuaal()).isEqualTo(1);
        // a child under 16 without anything recorded is not listed
        assertThat(gezien.personen()).extracting(Participatie.PersoonParticipatie::id).doesNotContain(lina);
        assertThat(participatie.participatie(w.als(Rol.BEGELEIDER), h).magSchrijven()).isTrue();
        assertThat(participatie.participatie(w.als(Rol.REGIEVOERDER), h).magSchrijven()).isTrue();

        // the budgetcoach sees nothing without consent, and everything with it (still not writing)
        Participatie bc = participatie.participatie(w.als(Rol.BUDGETCOACH), h);
        assertThat(bc.zichtbaar()).isFalse();
        assertThat(bc.personen()).isEmpty();
        assertThat(bc.inzage().toestemmingNodig(Gegevenssoort.VOORTGANG))
            .isTrue();
        data.toestemming(w, a, Rol.BUDGETCOACH, Gegevenssoort.VOORTGANG);
        assertThat(participatie.participatie(w.als(Rol.BUDGETCOACH), h).zichtbaar()).isTrue();
        assertThat(participatie.participatie(w.als(Rol.BUDGETCOACH), h).magSchrijven()).isFalse();
    }

    @Test
    void theSamePhaseTwiceAtOnceIsRefusedAndNothingIsWritten() {
        fase(w.als(Rol.BEGELEIDER), PiezoFase.MEEDOEN_EN_TAAL, VANDAAG.minusMonths(3), null);
        assertThatThrownBy(() -> fase(w.als(Rol.BEGELEIDER), PiezoFase.MEEDOEN_EN_TAAL, VANDAAG.minusDays(3),
                VANDAAG)).isInstanceOf(DomeinFout.class).hasMessage("participatie.fase.overlap");
        assertThat(rijen("piezo_fase")).isEqualTo(1);
        // another person may be in the same phase at the same time
        UUID yusuf = trajecten.inzage(w.als(Rol.TEAMLEIDER), h).huishouden().personen().stream()
            .filter(p -> p.voornaam().equals("Yusuf")).findFirst().orElseThrow().id();
        participatie.voegFaseToe(w.als(Rol.BEGELEIDER), h, new NieuweFase(yusuf, PiezoFase.MEEDOEN_EN_TAAL,
                VANDAAG.minusDays(3), null, null));
        assertThat(rijen("piezo_fase")).isEqualTo(2);
        // a person of another household is refused
        assertThatThrownBy(() -> participatie.voegFaseToe(w.als(Rol.BEGELEIDER), h, new NieuweFase(UUID.randomUUID(),
                PiezoFase.BASIS_OP_ORDE, VANDAAG, null, null))).hasMessage("participatie.persoon.onbekend");
    }

    @Test
    void endingAPhaseOrPlacementNeedsTheCurrentVersionAndAValidDate() {
        FasePeriode basis = fase(w.als(Rol.BEGELEIDER), PiezoFase.BASIS_OP_ORDE, VANDAAG.minusMonths(5), null);
        assertThatThrownBy(() -> participatie.beeindigFase(w.als(Rol.BEGELEIDER), h, basis.id(), 1,
                VANDAAG.minusMonths(6), null)).hasMessage("participatie.tot.voor-van");
        FasePeriode klaar = participatie.beeindigFase(w.als(Rol.BEGELEIDER), h, basis.id(), 1, VANDAAG.minusDays(1),
                "Huis op orde");
        assertThat(klaar.tot()).isEqualTo(VANDAAG.minusDays(1));
        assertThat(klaar.notitie()).isEqualTo("Huis op orde");
        assertThat(klaar.versie()).isEqualTo(2);
        assertThat(klaar.loopt(VANDAAG)).isFalse();
        assertThatThrownBy(() -> participatie.beeindigFase(w.als(Rol.TEAMLEIDER), h, basis.id(), 1, VANDAAG, null))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(participatie.fase(w.als(Rol.TEAMLEIDER), h, basis.id()).waarde().tot())
            .isEqualTo(VANDAAG.minusDays(1));

        Plaatsing p = participatie.voegPlaatsingToe(w.als(Rol.BEGELEIDER), h, plaatsing("Voedselbank"));
        assertThatThrownBy(() -> participatie.beeindigPlaatsing(w.als(Rol.BEGELEIDER), h, p.id(), 1, VANDAAG, null,
                null)).hasMessage("participatie.einde-reden.leeg");
        Plaatsing gestopt = participatie.beeindigPlaatsing(w.als(Rol.BEGELEIDER), h, p.id(), 1, VANDAAG,
                nl.wegwijs.participatie.EindeReden.BETAALD_WERK, "Vaste baan bij de supermarkt");
        assertThat(gestopt.einde()).isEqualTo(VANDAAG);
        assertThat(gestopt.eindeReden()).isEqualTo(nl.wegwijs.participatie.EindeReden.BETAALD_WERK);
        assertThatThrownBy(() -> participatie.beeindigPlaatsing(w.als(Rol.TEAMLEIDER), h, p.id(), 1, VANDAAG,
                nl.wegwijs.participatie.EindeReden.VERHUISD, null)).isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(participatie.plaatsing(w.als(Rol.TEAMLEIDER), h, p.id()).waarde().eindeReden())
            .isEqualTo(nl.wegwijs.participatie.EindeReden.BETAALD_WERK);

        // a phase or placement is found only under its own household
        HuishoudenId ander = data.aanmelding(w, VANDAAG.minusMonths(1)).huishouden();
        assertThatThrownBy(() -> participatie.fase(w.als(Rol.TEAMLEIDER), ander, basis.id()))
            .isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> participatie.beeindigPlaatsing(w.als(Rol.TEAMLEIDER), ander, p.id(), 2, VANDAAG,
                nl.wegwijs.participatie.EindeReden.VERHUISD, null)).isInstanceOf(NietGevonden.class);
    }

    @Test
    void aPlacementWithALanguageLevelNeedsTheAgreementAndHoursStayBetweenOneAndForty() {
        PlaatsingGegevens zonderAkkoord = new PlaatsingGegevens(samira, PlaatsingSoort.STAGE, "Garage Bakker", null,
                16, VANDAAG, null, Taalniveau.A2, false, false, null);
        assertThatThrownBy(() -> participatie.voegPlaatsingToe(w.als(Rol.BEGELEIDER), h, zonderAkkoord))
            .hasMessage("participatie.taalniveau.geen-akkoord");
        PlaatsingGegevens teVeel = new PlaatsingGegevens(samira, PlaatsingSoort.STAGE, "Garage Bakker", null, 41,
                VANDAAG, null, null, false, false, null);
        assertThatThrownBy(() -> participatie.voegPlaatsingToe(w.als(Rol.BEGELEIDER), h, teVeel))
            .hasMessage("participatie.uren.bereik");
        assertThat(rijen("plaatsing")).isZero();
    }

    @Test
    void writesAreLoggedPerPersonAndPublishTheEventReadsLogEveryPersonShown() {
        FasePeriode f = fase(w.als(Rol.BEGELEIDER), PiezoFase.MEEDOEN_EN_TAAL, VANDAAG.minusMonths(1), null);
        assertThat(jdbc.sql("select actie || '/' || betrokkene_id from verwerking where record_id = ?")
            .param(f.id().value()).query(String.class).list()).containsExactly("AANMAKEN/" + samira);
        assertThat(events.stream(ParticipatieGewijzigd.class))
            .containsExactly(new ParticipatieGewijzigd(a.id(), h, samira));
        participatie.participatie(w.als(Rol.VRIJWILLIGER), h);
        assertThat(jdbc.sql("select count(*) from verwerking where record_soort = 'participatie' and huishouden_id = ? "
                + "and medewerker_id = ?").params(h.value(), w.als(Rol.VRIJWILLIGER).id()).query(Long.class).single())
            .isEqualTo(3);
        // the budgetcoach without consent reads nothing: nothing logged
        participatie.participatie(w.als(Rol.BUDGETCOACH), h);
        assertThat(jdbc.sql("select count(*) from verwerking where record_soort = 'participatie' and medewerker_id = ?")
            .param(w.als(Rol.BUDGETCOACH).id()).query(Long.class).single()).isZero();
    }

    @Test
    void aClosedTrajectoryShowsItsPhasesButTakesNoNewOnes() {
        fase(w.als(Rol.BEGELEIDER), PiezoFase.MEEDOEN_EN_TAAL, VANDAAG.minusMonths(1), null);
        trajecten.start(w.als(Rol.TEAMLEIDER), a.id(), 3, VANDAAG.minusDays(30));
        trajecten.sluitAf(w.als(Rol.TEAMLEIDER), a.id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT,
                VANDAAG, null);
        assertThatThrownBy(() -> fase(w.als(Rol.BEGELEIDER), PiezoFase.BASIS_OP_ORDE, VANDAAG, null))
            .hasMessage("participatie.traject-afgesloten");
        Participatie p = participatie.participatie(w.als(Rol.TEAMLEIDER), h);
        assertThat(p.personen().get(0).fasen()).hasSize(1);
        assertThat(p.magSchrijven()).isFalse();
    }
}
