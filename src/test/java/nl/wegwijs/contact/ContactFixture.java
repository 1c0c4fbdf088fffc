package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

/**
 * A world for contact tests, built through the real services: household A in team A with the vrijwilliger assigned,
 * household B in team B (see {@link ApiFixture.TweeTeams}), both registered two months ago.
 */
record ContactFixture(ApiFixture.TweeTeams wereld, List<UUID> personenA, List<UUID> personenB) {

    static ContactFixture maak(TestData data, TrajectService trajecten, HuishoudenService huishoudens) {
        ApiFixture.TweeTeams w = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        Medewerker regie = w.w().als(Rol.REGIEVOERDER);
        return new ContactFixture(w, personen(huishoudens, regie, w.a().huishouden()),
                personen(huishoudens, regie, w.b().huishouden()));
    }

    private static List<UUID> personen(HuishoudenService huishoudens, Medewerker regie, HuishoudenId id) {
        return huishoudens.intern(id).orElseThrow().personen().stream().map(Persoon::id).toList();
    }

    TestData.Wereld w() {
        return wereld.w();
    }

    Medewerker als(Rol rol) {
        return wereld.w().als(rol);
    }

    HuishoudenId a() {
        return wereld.a().huishouden();
    }

    HuishoudenId b() {
        return wereld.b().huishouden();
    }

    /** A home visit of an hour on {@code datum} with the first person of A, by these staff. */
    ContactInvoer bezoekA(LocalDate datum, Medewerker... staf) {
        return new ContactInvoer(datum, 60, Contactsoort.HUISBEZOEK, Set.of(personenA.get(0)),
                Set.of(java.util.Arrays.stream(staf).map(Medewerker::id).toArray(UUID[]::new)), Tolk.GEEN, null,
                Set.of(Thema.WONEN), "Meterstanden doorgeven.", "Vertrouwelijke notitie", null);
    }

    static long aantal(JdbcClient jdbc, String tabel, HuishoudenId huishouden) {
        return jdbc.sql("select count(*) from " + tabel + " where huishouden_id = ?").param(huishouden.value())
            .query(Long.class).single();
    }
}
