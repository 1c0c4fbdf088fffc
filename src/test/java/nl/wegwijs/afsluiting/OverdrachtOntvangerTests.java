package nl.wegwijs.afsluiting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A warm handover to a wijkteam that is an organisation of its own (on the gemeente's sociale kaart, with Wegwijs
 * accounts), not the gemeente: after accepting, its wijkteam user sees the handed-over household read-only (the file
 * with the handover summary, the data its consent names) in the screens and the API, and records later hulpvragen;
 * a wijkteam that did not receive it (the gemeente's own, another organisation's) gets 404.
 */
@IntegrationTest
class OverdrachtOntvangerTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OverdrachtService overdrachten;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    TestData.Wereld w;
    Traject t;
    Medewerker begeleider;
    /** The wijkteam organisation of its own (registered as an organisation with its own users). */
    TestData.Wereld noord;
    Medewerker ontvanger;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        begeleider = w.als(Rol.BEGELEIDER);
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        t = data.aanmelding(w, VANDAAG.minusMonths(10));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, VANDAAG.minusMonths(9));
        noord = data.wereld();
        ontvanger = noord.als(Rol.WIJKTEAM);
        kaart.voegToe(tl, w.gemeente().id(), new DienstGegevens("Sociaal wijkteam Noord", Dienstsoort.SOCIAAL_WIJKTEAM,
                "070 555 0101", "noord@wijkteam.example", null, null, List.of("Nederlands", "Arabisch"), 2,
                "Bellen", noord.gemeente().id()));
    }

    private void toestemming(Gegevenssoort... soorten) {
        Set<UUID> personen = new HashSet<>(trajecten.inzage(begeleider, t.huishouden()).huishouden().personen()
            .stream().map(Persoon::id).toList());
        toestemmingen.legVast(w.als(Rol.TEAMLEIDER), t.huishouden(), new NieuweToestemming(personen,
                noord.gemeente().id(), Rol.WIJKTEAM, Set.of(soorten), Doel.OVERDRACHT, VANDAAG, null,
                Wijze.MONDELING_MET_TOLK, null, null));
    }

    private Overdracht geaccepteerd() {
        toestemming(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG);
        Overdracht o = overdrachten.maakConcept(begeleider, t.huishouden(), noord.gemeente().id(), false);
        o = overdrachten.deel(begeleider, o.id(), o.versie(), true);
        assertThat(overdrachten.inbox(ontvanger, null, 25).regels()).extracting(OverdrachtService.Inboxregel::id)
            .containsExactly(o.id());
        return overdrachten.accepteer(ontvanger, o.id(), o.versie());
    }

    @Test
    void theAcceptingWijkteamOfAnotherOrganisationSeesTheHouseholdReadOnly() throws Exception {
        // before: not theirs
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> trajecten.inzage(ontvanger, t.huishouden()));
        Overdracht o = geaccepteerd();
        assertThat(o.status()).isEqualTo(OverdrachtStatus.GEACCEPTEERD);

        Inzage inzage = trajecten.inzage(ontvanger, t.huishouden());
        assertThat(inzage.toegang().status()).isEqualTo(TrajectStatus.OVERGEDRAGEN);
        assertThat(inzage.magBegeleiden()).as("read-only").isFalse();
        assertThat(inzage.magZien(Gegevenssoort.BASISGEGEVENS)).isTrue();
        assertThat(inzage.magZien(Gegevenssoort.VOORTGANG)).as("the consent names it").isTrue();
        assertThat(inzage.magZien(Gegevenssoort.GEZONDHEID)).as("the consent does not").isFalse();
        assertThat(jdbc.sql("select overgedragen_aan from traject where id = ?").param(t.id().value())
            .query(UUID.class).single()).isEqualTo(noord.gemeente().id());

        // the file with the handover summary, and the household in the API
        mvc.perform(get("/huishoudens/{id}", t.huishouden().value()).with(TestData.als(ontvanger)))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/huishoudens/{id}", t.huishouden().value()).with(TestData.als(ontvanger)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(t.huishouden().value().toString()));
        mvc.perform(get("/overdrachten/{id}", o.id()).with(TestData.als(ontvanger))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/huishoudens/{id}/afsluiting", t.huishouden().value()).with(TestData.als(ontvanger)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("OVERGEDRAGEN"))
            .andExpect(jsonPath("$.magVoorbereiden").value(false));
        mvc.perform(get("/api/v1/huishoudens/{id}/route", t.huishouden().value()).with(TestData.als(ontvanger)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.magWijzigen").value(false));
        assertThat(trajecten.pagina(ontvanger, null, 100)).extracting(Traject::huishouden)
            .contains(t.huishouden());

        // later hulpvragen on the handover consent (reached through the household, which is now theirs)
        Hulpvraag h = overdrachten.legHulpvraagVast(ontvanger, o.id(), Hulpvraagsoort.FORMULIEREN_BRIEVEN, VANDAAG,
                "Formulier huurtoeslag");
        assertThat(overdrachten.open(ontvanger, o.id()).hulpvragen()).extracting(Hulpvraag::id)
            .containsExactly(h.id());
        // and still nothing to record on the closed trajectory
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(
                () -> overdrachten.maakConcept(ontvanger, t.huishouden(), noord.gemeente().id(), false));
    }

    @Test
    void aWijkteamThatDidNotReceiveItGets404() throws Exception {
        Overdracht o = geaccepteerd();
        Medewerker eigen = w.als(Rol.WIJKTEAM);
        Medewerker elders = data.wereld().als(Rol.WIJKTEAM);
        for (Medewerker m : List.of(eigen, elders)) {
            assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> trajecten.inzage(m, t.huishouden()));
            mvc.perform(get("/huishoudens/{id}", t.huishouden().value()).with(TestData.als(m)))
                .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/huishoudens/{id}", t.huishouden().value()).with(TestData.als(m)))
                .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/overdrachten/{id}", o.id()).with(TestData.als(m)))
                .andExpect(status().isNotFound());
            assertThatExceptionOfType(NietGevonden.class).isThrownBy(
                    () -> overdrachten.legHulpvraagVast(m, o.id(), Hulpvraagsoort.ANDERS, VANDAAG, null));
        }
        // the accepting wijkteam does see it
        mvc.perform(get("/api/v1/huishoudens/{id}", t.huishouden().value()).with(TestData.als(ontvanger)))
            .andExpect(status().isOk());
    }

    @Test
    void reopeningTakesTheHouseholdAwayFromTheWijkteamAgain() {
        geaccepteerd();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        long versie = trajecten.dossier(tl, t.huishouden()).orElseThrow().traject().versie();
        trajecten.heropen(tl, t.id(), versie, "Overdracht was te vroeg; het gezin verhuist toch niet.");
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> trajecten.inzage(ontvanger, t.huishouden()));
        assertThat(jdbc.sql("select count(*) from traject where id = ? and overgedragen_aan is not null")
            .param(t.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aConsentForAWijkteamOrganisationNeedsItOnTheSocialeKaart() {
        // the consent form offers the wijkteam of its own, by its name on the sociale kaart
        assertThat(toestemmingen.formulier(w.als(Rol.TEAMLEIDER), t.huishouden()).ontvangers())
            .anySatisfy(o -> {
                assertThat(o.organisatieId()).isEqualTo(noord.gemeente().id());
                assertThat(o.rol()).isEqualTo(Rol.WIJKTEAM);
                assertThat(o.naam()).isEqualTo("Sociaal wijkteam Noord");
            });
        Set<UUID> personen = new HashSet<>(trajecten.inzage(begeleider, t.huishouden()).huishouden().personen()
            .stream().map(Persoon::id).toList());
        // an organisation that is not on this gemeente's sociale kaart: refused, nothing written
        UUID elders = data.wereld().gemeente().id();
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> toestemmingen.legVast(w.als(Rol.TEAMLEIDER),
                t.huishouden(), new NieuweToestemming(personen, elders, Rol.WIJKTEAM,
                        Set.of(Gegevenssoort.BASISGEGEVENS), Doel.OVERDRACHT, VANDAAG, null, Wijze.MONDELING, null,
                        null)))
            .satisfies(f -> assertThat(f.code()).isEqualTo("toestemming.ontvanger.onbekend"));
        // the wijkteam on the kaart, but for another purpose (regie): refused
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> toestemmingen.legVast(w.als(Rol.TEAMLEIDER),
                t.huishouden(), new NieuweToestemming(personen, noord.gemeente().id(), Rol.WIJKTEAM,
                        Set.of(Gegevenssoort.BASISGEGEVENS), Doel.REGIE, VANDAAG, null, Wijze.MONDELING, null,
                        null)));
        assertThat(jdbc.sql("select count(*) from toestemming where huishouden_id = ?")
            .param(t.huishouden().value()).query(Long.class).single()).isZero();
    }
}
