package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Need-to-know per role at field level (issue 18, point 4), asked of the API: every field of a household, a person
 * and a trajectory, as every role, without and with consent. Which fields are present and which are null:
 * <ul>
 * <li>BSN and V-nummer: everyone who sees the household, but a vrijwilliger only when the uitvoerder's policy allows;
 * <li>the persons' PIP and inburgering (deadlines, recorded facts): INBURGERING (regievoerder, uitvoerder side; the
 * budgetcoach and the wijkteam only with consent);
 * <li>phase, extension reasons, the explanation of the end: VOORTGANG (likewise);
 * <li>basis data (names, address, languages, period, end reason, who guided): every role that sees the household;
 * <li>beleid, beheerder, privacyfunctionaris: nothing (404).
 * </ul>
 */
@IntegrationTest
class VeldniveauApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    java.time.Clock clock;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.wegwijs.toestemming.ToestemmingService toestemmingen;

    ApiFixture api;
    TestData.Wereld w;
    /** Running, in team A, vrijwilliger assigned, started (phase FASE1) and extended with a reason. */
    Traject actief;
    /** Handed over to the wijkteam with an explanation. */
    Traject overgedragen;
    String bsn;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams tt = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now(clock).minusMonths(1));
        w = tt.w();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        actief = tt.a();
        trajecten.start(tl, actief.id(), 3, LocalDate.now(clock));
        trajecten.verleng(tl, actief.id(), 4, 2, "Nog veel post in het Nederlands");
        overgedragen = data.aanmelding(w, LocalDate.now(clock).minusMonths(2));
        trajecten.accepteer(tl, overgedragen.id(), 1, w.teamB().id());
        trajecten.wijsToe(tl, overgedragen.id(), 2, w.begeleiderB().id(), ToewijzingRol.BEGELEIDER,
                LocalDate.now(clock));
        trajecten.start(tl, overgedragen.id(), 3, LocalDate.now(clock));
        trajecten.sluitAf(tl, overgedragen.id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT,
                LocalDate.now(clock), "Schulden, zie wijkteam");
        bsn = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        jdbc.sql("update persoon set bsn = ?, v_nummer = ? where huishouden_id = ? and rol = 'HOOFDPERSOON'")
            .params(bsn, "V" + bsn, actief.huishouden().value()).update();
        jdbc.sql("update persoon set bsn = ?, v_nummer = ? where huishouden_id = ? and rol = 'HOOFDPERSOON'")
            .params(String.valueOf(Long.parseLong(bsn) + 1).substring(0, 9), "W" + bsn,
                    overgedragen.huishouden().value())
            .update();
    }

    /**
     * After the handover the guide can no longer record a consent on the closed trajectory: the wijkteam records the
     * household's consent itself (orally, from today, open-ended).
     */
    private void wijkteamToestemming(Gegevenssoort... soorten) {
        Medewerker wt = w.als(Rol.WIJKTEAM);
        java.util.Set<UUID> personen = new java.util.HashSet<>(trajecten.inzage(wt, overgedragen.huishouden())
            .huishouden().personen().stream().map(nl.wegwijs.huishouden.Persoon::id).toList());
        toestemmingen.legVast(wt, overgedragen.huishouden(), new nl.wegwijs.toestemming.NieuweToestemming(personen,
                w.gemeente().id(), Rol.WIJKTEAM, java.util.Set.of(soorten), nl.wegwijs.toestemming.Doel.OVERDRACHT,
                LocalDate.now(clock), null, nl.wegwijs.toestemming.Wijze.MONDELING, null, null));
    }

    /** What a role should see of "its" household, without consent. */
    record Verwacht(boolean ziet, boolean identificatie, boolean inburgering, boolean voortgang) {
    }

    static final Verwacht NIETS = new Verwacht(false, false, false, false);

    static Map<Rol, Verwacht> zonderToestemming() {
        Map<Rol, Verwacht> m = new EnumMap<>(Rol.class);
        m.put(Rol.VRIJWILLIGER, new Verwacht(true, false, true, true));
        m.put(Rol.BEGELEIDER, new Verwacht(true, true, true, true));
        m.put(Rol.TEAMLEIDER, new Verwacht(true, true, true, true));
        m.put(Rol.REGIEVOERDER, new Verwacht(true, true, true, true));
        m.put(Rol.BUDGETCOACH, new Verwacht(true, true, false, false));
        m.put(Rol.WIJKTEAM, new Verwacht(true, true, false, false));
        m.put(Rol.BELEID, NIETS);
        m.put(Rol.BEHEERDER, NIETS);
        m.put(Rol.PRIVACYFUNCTIONARIS, NIETS);
        return m;
    }

    @Test
    void everyFieldAsEveryRoleWithoutConsent() throws Exception {
        assertThat(zonderToestemming()).hasSize(Rol.values().length);
        List<String> fouten = new ArrayList<>();
        for (var e : zonderToestemming().entrySet()) {
            controleer(e.getKey(), e.getValue(), fouten);
        }
        assertThat(fouten).isEmpty();
    }

    @Test
    void consentWidensWhatTheBudgetcoachAndTheWijkteamSee() throws Exception {
        data.toestemming(w, actief, Rol.BUDGETCOACH, Gegevenssoort.INBURGERING, Gegevenssoort.VOORTGANG);
        wijkteamToestemming(Gegevenssoort.INBURGERING, Gegevenssoort.VOORTGANG);
        List<String> fouten = new ArrayList<>();
        controleer(Rol.BUDGETCOACH, new Verwacht(true, true, true, true), fouten);
        controleer(Rol.WIJKTEAM, new Verwacht(true, true, true, true), fouten);
        assertThat(fouten).isEmpty();
    }

    @Test
    void consentForOneCategoryDoesNotOpenAnother() throws Exception {
        wijkteamToestemming(Gegevenssoort.VOORTGANG);
        List<String> fouten = new ArrayList<>();
        controleer(Rol.WIJKTEAM, new Verwacht(true, true, false, true), fouten);
        assertThat(fouten).isEmpty();
    }

    @Test
    void theUitvoerdersPolicyLetsItsVolunteersSeeIdentificationNumbers() throws Exception {
        Medewerker beheerder = w.als(Rol.BEHEERDER);
        long versie = organisaties.identificatiebeleid(beheerder, w.uitvoerder().id()).versie();
        organisaties.wijzigIdentificatiebeleid(beheerder, w.uitvoerder().id(), versie, true,
                "Vrijwilligers doen de administratie van fase 1");
        List<String> fouten = new ArrayList<>();
        controleer(Rol.VRIJWILLIGER, new Verwacht(true, true, true, true), fouten);
        assertThat(fouten).isEmpty();
    }

    /** Asks every endpoint of the household and the trajectory as this role, and lists what differs. */
    private void controleer(Rol rol, Verwacht v, List<String> fouten) throws Exception {
        Medewerker ik = w.als(rol);
        Traject t = rol == Rol.WIJKTEAM ? overgedragen : actief;
        String h = "/api/v1/huishoudens/" + t.huishouden().value();
        String tr = "/api/v1/trajecten/" + t.id().value();
        String wie = rol + ": ";

        MvcResult r = api.als(ik, get(h)).andReturn();
        if (!v.ziet()) {
            if (r.getResponse().getStatus() != 404) {
                fouten.add(wie + "household " + r.getResponse().getStatus());
            }
            int status = api.als(ik, get(tr)).andReturn().getResponse().getStatus();
            if (status != 404) {
                fouten.add(wie + "trajectory " + status);
            }
            return;
        }
        String json = r.getResponse().getContentAsString();
        String hoofd = "$.personen[?(@.rol == 'HOOFDPERSOON')]";
        vergelijk(fouten, wie + "naam", JsonPath.read(json, "$.naam") != null, true);
        vergelijk(fouten, wie + "adres", JsonPath.<Object>read(json, "$.adres.straat") != null, true);
        vergelijk(fouten, wie + "talen", !JsonPath.<List<Object>>read(json, hoofd + ".talen[0]").isEmpty(), true);
        vergelijk(fouten, wie + "tolkNodig", JsonPath.<List<Object>>read(json, hoofd + ".tolkNodig").get(0), true);
        vergelijk(fouten, wie + "bsn", JsonPath.<List<Object>>read(json, hoofd + ".bsn").get(0) != null,
                v.identificatie());
        vergelijk(fouten, wie + "vNummer", JsonPath.<List<Object>>read(json, hoofd + ".vNummer").get(0) != null,
                v.identificatie());
        String persoonId = JsonPath.<List<String>>read(json, hoofd + ".id").get(0);

        String persoon = api.als(ik, get(h + "/personen/" + persoonId)).andReturn().getResponse()
            .getContentAsString();
        vergelijk(fouten, wie + "persoon.bsn", JsonPath.read(persoon, "$.bsn") != null, v.identificatie());
        vergelijk(fouten, wie + "persoon.voornaam", JsonPath.read(persoon, "$.voornaam") != null, true);

        if (rol != Rol.WIJKTEAM) {
            String lijst = api.als(ik, get("/api/v1/huishoudens").param("aantal", "100")).andReturn().getResponse()
                .getContentAsString();
            List<Object> bsns = JsonPath.read(lijst, "$.items[?(@.id == '" + t.huishouden().value()
                    + "')].personen[?(@.rol == 'HOOFDPERSOON')].bsn");
            vergelijk(fouten, wie + "lijst.bsn", !bsns.isEmpty() && bsns.get(0) != null, v.identificatie());
        }

        String traject = api.als(ik, get(tr)).andReturn().getResponse().getContentAsString();
        vergelijk(fouten, wie + "huishoudenNaam", JsonPath.read(traject, "$.huishoudenNaam") != null, true);
        vergelijk(fouten, wie + "uitvoerder", JsonPath.read(traject, "$.uitvoerder") != null, true);
        vergelijk(fouten, wie + "toewijzingen", !JsonPath.<List<Object>>read(traject, "$.toewijzingen").isEmpty(),
                true);
        vergelijk(fouten, wie + "praktischeStart", JsonPath.read(traject, "$.praktischeStart") != null, true);
        vergelijk(fouten, wie + "feiten", JsonPath.read(traject, "$.feiten") != null, v.inburgering());
        List<String> soorten = JsonPath.read(traject, "$.termijnen[*].soort");
        vergelijk(fouten, wie + "termijn PIP", soorten.contains("PIP"), v.inburgering());
        vergelijk(fouten, wie + "termijn INBURGERINGSTERMIJN", soorten.contains("INBURGERINGSTERMIJN"),
                v.inburgering());
        vergelijk(fouten, wie + "termijn EINDE_BEGELEIDING", soorten.contains("EINDE_BEGELEIDING"), true);
        vergelijk(fouten, wie + "faseCode", JsonPath.read(traject, "$.faseCode") != null, v.voortgang());
        if (t == actief) {
            vergelijk(fouten, wie + "verlenging.reden", JsonPath.read(traject, "$.verlengingen[0].reden") != null,
                    v.voortgang());
            vergelijk(fouten, wie + "verlenging.maanden",
                    JsonPath.<Integer>read(traject, "$.verlengingen[0].maanden") == 2, true);
        }
        else {
            vergelijk(fouten, wie + "eindeReden", JsonPath.read(traject, "$.eindeReden") != null, true);
            vergelijk(fouten, wie + "eindeDatum", JsonPath.read(traject, "$.eindeDatum") != null, true);
            vergelijk(fouten, wie + "eindeToelichting", JsonPath.read(traject, "$.eindeToelichting") != null,
                    v.voortgang());
        }

        int tijdlijn = api.als(ik, get(tr + "/personen/" + persoonId + "/tijdlijn")).andReturn().getResponse()
            .getStatus();
        vergelijk(fouten, wie + "tijdlijn " + tijdlijn, tijdlijn == 200, v.inburgering());
        if (!v.inburgering() && tijdlijn != 403) {
            fouten.add(wie + "tijdlijn should be 403 toestemming-nodig, was " + tijdlijn);
        }
    }

    private static void vergelijk(List<String> fouten, String wat, Object gezien, boolean verwacht) {
        if (!Boolean.valueOf(verwacht).equals(gezien)) {
            fouten.add(wat + (verwacht ? " missing" : " shown"));
        }
    }

    @Test
    void theHouseholdListLogsOneReadPerPersonShownInOneGo() throws Exception {
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        long voor = rijen(rv);
        String lijst = api.als(rv, get("/api/v1/huishoudens").param("aantal", "100")).andReturn().getResponse()
            .getContentAsString();
        int personen = JsonPath.<List<Object>>read(lijst, "$.items[*].personen[*]").size();
        assertThat(personen).isEqualTo(9);
        assertThat(rijen(rv) - voor).isEqualTo(personen);
    }

    @Test
    void theTrajectoryListLogsOneReadPerPersonOfEveryHouseholdShown() throws Exception {
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        long voor = rijen(rv);
        String lijst = api.als(rv, get("/api/v1/trajecten").param("aantal", "100")).andReturn().getResponse()
            .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(lijst, "$.items[*]")).hasSize(3);
        assertThat(rijen(rv) - voor).isEqualTo(9);
        assertThat(jdbc.sql("select count(distinct betrokkene_id) from verwerking where medewerker_id = ?"
                + " and record_soort = 'traject'").param(rv.id()).query(Long.class).single()).isEqualTo(9);
    }

    @Test
    void oneHouseholdLogsEachPersonOnceAndOnePersonOnlyThatPerson() throws Exception {
        Medewerker bc = w.als(Rol.BUDGETCOACH);
        String h = "/api/v1/huishoudens/" + actief.huishouden().value();
        long voor = rijen(bc);
        String json = api.als(bc, get(h)).andReturn().getResponse().getContentAsString();
        assertThat(rijen(bc) - voor).isEqualTo(3);
        String persoonId = JsonPath.read(json, "$.personen[0].id");
        voor = rijen(bc);
        api.als(bc, get(h + "/personen/" + persoonId));
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? and betrokkene_id = ?"
                + " and record_soort = 'persoon'").params(bc.id(), UUID.fromString(persoonId))
            .query(Long.class).single()).isEqualTo(1);
        assertThat(rijen(bc) - voor).isEqualTo(1);
    }

    private long rijen(Medewerker m) {
        return jdbc.sql("select count(*) from verwerking where medewerker_id = ? and actie = 'LEZEN'")
            .param(m.id()).query(Long.class).single();
    }
}
