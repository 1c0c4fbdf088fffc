package nl.wegwijs.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wegwijs.notificatie.Ontvanger;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.traject.Gegevenssoort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The PIP's versioning and goal-ownership rules, without Spring and with a fixed today. */
class PipregelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);
    static final UUID GEMEENTE = UUID.randomUUID();
    static final UUID UITVOERDER = UUID.randomUUID();
    static final UUID REGIE = UUID.randomUUID();

    static DoelGegevens gegevens(Eigenaar eigenaar, DoelStatus status) {
        return new DoelGegevens(Leefgebied.TAAL, Doeltermijn.KORT, "Naar de taalschool", eigenaar, null,
                VANDAAG.plusMonths(3), status);
    }

    static PipVersie versie(int nummer, Versiestatus status, LocalDate op, Doel... doelen) {
        return new PipVersie(nummer, status, new Plan(Leerroute.B1_ROUTE, Taalniveau.B1, null, null, null, false,
                Intensiteit.GEMIDDELD), status == Versiestatus.VASTGESTELD ? op : null, null, null, null, null,
                REGIE, Instant.EPOCH, List.of(doelen));
    }

    static Medewerker als(Rol rol, UUID organisatie) {
        return new Medewerker(UUID.randomUUID(), "x", "X", rol, rol.gemeentezijde() ? organisatie : null,
                rol.gemeentezijde() ? null : organisatie);
    }

    private static void geweigerd(String code, Runnable r) {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(r::run)
            .satisfies(f -> assertThat(f.code()).isEqualTo(code));
    }

    @Test
    void onlyADraftIsEditedAndSet() {
        Doel d = new Doel(UUID.randomUUID(), gegevens(Eigenaar.UITVOERDER, DoelStatus.OPEN), DoelStatus.OPEN, 1);
        PipVersie vastgesteld = versie(1, Versiestatus.VASTGESTELD, VANDAAG.minusDays(5), d);
        geweigerd("pip.versie.niet-bewerkbaar", () -> Pipregels.vereisConcept(vastgesteld));
        geweigerd("pip.versie.niet-bewerkbaar", () -> Pipregels.vereisConcept(null));
        geweigerd("pip.versie.niet-bewerkbaar",
                () -> Pipregels.controleerVaststellen(vastgesteld, VANDAAG, VANDAAG, null));
        assertThatNoException().isThrownBy(
                () -> Pipregels.vereisConcept(versie(2, Versiestatus.CONCEPT, VANDAAG, d)));
    }

    @Test
    void settingNeedsARouteAGoalAndASaneDay() {
        Doel d = new Doel(UUID.randomUUID(), gegevens(Eigenaar.UITVOERDER, DoelStatus.OPEN), DoelStatus.OPEN, 1);
        PipVersie concept = versie(2, Versiestatus.CONCEPT, VANDAAG, d);
        geweigerd("pip.vaststellen.toekomst",
                () -> Pipregels.controleerVaststellen(concept, VANDAAG.plusDays(1), VANDAAG, null));
        geweigerd("pip.vaststellen.voor-vorige",
                () -> Pipregels.controleerVaststellen(concept, VANDAAG.minusDays(10), VANDAAG, VANDAAG.minusDays(9)));
        geweigerd("pip.doelen.leeg",
                () -> Pipregels.controleerVaststellen(versie(1, Versiestatus.CONCEPT, VANDAAG), VANDAAG, VANDAAG, null));
        PipVersie zonderRoute = new PipVersie(1, Versiestatus.CONCEPT, Plan.leeg(), null, null, null, null, null, REGIE,
                Instant.EPOCH, List.of(d));
        geweigerd("pip.leerroute.leeg", () -> Pipregels.controleerVaststellen(zonderRoute, VANDAAG, VANDAAG, null));
        assertThatNoException().isThrownBy(
                () -> Pipregels.controleerVaststellen(concept, VANDAAG.minusDays(9), VANDAAG, VANDAAG.minusDays(9)));
    }

    @Test
    void aBijstellingNeedsAVersionInForceNoOpenDraftAndAReason() {
        PipVersie huidige = versie(1, Versiestatus.VASTGESTELD, VANDAAG);
        geweigerd("pip.bijstellen.niet-vastgesteld",
                () -> Pipregels.controleerBijstellen(null, true, Bijstelreden.VERHUIZING, null));
        geweigerd("pip.bijstellen.concept-open",
                () -> Pipregels.controleerBijstellen(huidige, true, Bijstelreden.VERHUIZING, null));
        geweigerd("pip.reden.leeg", () -> Pipregels.controleerBijstellen(huidige, false, null, null));
        geweigerd("pip.reden.toelichting-leeg",
                () -> Pipregels.controleerBijstellen(huidige, false, Bijstelreden.OVERIG, "  "));
        assertThatNoException().isThrownBy(
                () -> Pipregels.controleerBijstellen(huidige, false, Bijstelreden.OVERIG, "Andere taalschool"));
        assertThatNoException().isThrownBy(
                () -> Pipregels.controleerBijstellen(huidige, false, Bijstelreden.ROUTEWIJZIGING, null));
    }

    @Test
    void aBijstellingKeepsEveryGoalsIdentityWithItsStatusAsItStandsNow() {
        Doel a = new Doel(UUID.randomUUID(), gegevens(Eigenaar.UITVOERDER, DoelStatus.OPEN), DoelStatus.BEZIG, 3);
        Doel b = new Doel(UUID.randomUUID(), gegevens(Eigenaar.TAALSCHOOL, DoelStatus.OPEN), DoelStatus.OPEN, 1);
        List<Doel> kopie = Pipregels.kopie(versie(1, Versiestatus.VASTGESTELD, VANDAAG, a, b));
        assertThat(kopie).extracting(Doel::id).containsExactly(a.id(), b.id());
        assertThat(kopie.get(0).gegevens().status()).isEqualTo(DoelStatus.BEZIG);
        assertThat(kopie.get(0).gegevens().omschrijving()).isEqualTo("Naar de taalschool");
        assertThat(kopie.get(1).gegevens().status()).isEqualTo(DoelStatus.OPEN);
        assertThat(Pipregels.volgende(List.of(versie(1, Versiestatus.VASTGESTELD, VANDAAG),
                versie(2, Versiestatus.VASTGESTELD, VANDAAG)))).isEqualTo(3);
        assertThat(Pipregels.volgende(List.of())).isEqualTo(1);
    }

    @Test
    void onlyNewAndChangedGoalsCountAsChangedWhenAVersionIsSet() {
        Doel a = new Doel(UUID.randomUUID(), gegevens(Eigenaar.UITVOERDER, DoelStatus.OPEN), DoelStatus.OPEN, 1);
        Doel b = new Doel(UUID.randomUUID(), gegevens(Eigenaar.BUDGETCOACH, DoelStatus.OPEN), DoelStatus.OPEN, 1);
        Doel bAnders = new Doel(b.id(), gegevens(Eigenaar.BUDGETCOACH, DoelStatus.GESTOPT), DoelStatus.OPEN, 1);
        Doel c = new Doel(UUID.randomUUID(), gegevens(Eigenaar.REGIEVOERDER, DoelStatus.OPEN), DoelStatus.OPEN, 1);
        PipVersie v1 = versie(1, Versiestatus.VASTGESTELD, VANDAAG, a, b);
        assertThat(Pipregels.gewijzigd(null, v1)).containsExactly(a, b);
        assertThat(Pipregels.gewijzigd(v1, versie(2, Versiestatus.CONCEPT, VANDAAG, a, bAnders, c)))
            .containsExactly(bAnders, c);
    }

    @Test
    void whoMayReportProgressFollowsTheGoalsOwner() {
        for (Eigenaar e : Eigenaar.values()) {
            assertThat(Pipregels.magRapporteren(Rol.REGIEVOERDER, e)).isTrue();
            for (Rol gids : List.of(Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.VRIJWILLIGER)) {
                assertThat(Pipregels.magRapporteren(gids, e)).isEqualTo(e == Eigenaar.UITVOERDER);
            }
            assertThat(Pipregels.magRapporteren(Rol.BUDGETCOACH, e)).isEqualTo(e == Eigenaar.BUDGETCOACH);
            for (Rol niet : List.of(Rol.WIJKTEAM, Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
                assertThat(Pipregels.magRapporteren(niet, e)).isFalse();
            }
        }
    }

    @Test
    void aChangeNotifiesTheOwnerNeverTheOneWhoMadeIt() {
        UUID gids = UUID.randomUUID();
        Medewerker begeleider = new Medewerker(gids, "b", "B", Rol.BEGELEIDER, null, UITVOERDER);
        Medewerker regievoerder = new Medewerker(REGIE, "r", "R", Rol.REGIEVOERDER, GEMEENTE, null);
        UUID ander = UUID.randomUUID();
        // the uitvoerder's goal: the guides assigned now, not the reporter
        assertThat(Pipregels.ontvangers(Eigenaar.UITVOERDER, REGIE, GEMEENTE, UITVOERDER, List.of(gids, ander),
                begeleider)).containsExactly(Ontvanger.medewerker(ander));
        // nobody assigned: the uitvoerder's teamleiders
        assertThat(Pipregels.ontvangers(Eigenaar.UITVOERDER, REGIE, GEMEENTE, UITVOERDER, List.of(), regievoerder))
            .containsExactly(Ontvanger.rol(UITVOERDER, Rol.TEAMLEIDER));
        // the regievoerder's goal: the PIP's regievoerder, unless they made the change
        assertThat(Pipregels.ontvangers(Eigenaar.REGIEVOERDER, REGIE, GEMEENTE, UITVOERDER, List.of(), begeleider))
            .containsExactly(Ontvanger.medewerker(REGIE));
        assertThat(Pipregels.ontvangers(Eigenaar.REGIEVOERDER, REGIE, GEMEENTE, UITVOERDER, List.of(), regievoerder))
            .isEmpty();
        // the budgetcoach's goal: the gemeente's budgetcoaches, but not when a budgetcoach of it reported
        assertThat(Pipregels.ontvangers(Eigenaar.BUDGETCOACH, REGIE, GEMEENTE, UITVOERDER, List.of(), regievoerder))
            .containsExactly(Ontvanger.rol(GEMEENTE, Rol.BUDGETCOACH));
        assertThat(Pipregels.ontvangers(Eigenaar.BUDGETCOACH, REGIE, GEMEENTE, UITVOERDER, List.of(),
                als(Rol.BUDGETCOACH, GEMEENTE))).isEmpty();
        // owners outside Wegwijs: nobody
        for (Eigenaar extern : List.of(Eigenaar.TAALSCHOOL, Eigenaar.WERKCONSULENT, Eigenaar.PERSOON)) {
            assertThat(extern.extern()).isTrue();
            assertThat(Pipregels.ontvangers(extern, REGIE, GEMEENTE, UITVOERDER, List.of(gids), regievoerder))
                .isEmpty();
        }
    }

    @Test
    void moneyGoalsAreFinanceDataTheRestInburgering() {
        assertThat(Leefgebied.FINANCIEN.soort()).isEqualTo(Gegevenssoort.FINANCIEN);
        assertThat(Leefgebied.TAAL.soort()).isEqualTo(Gegevenssoort.INBURGERING);
        assertThat(Leefgebied.GEZONDHEID.soort()).isEqualTo(Gegevenssoort.INBURGERING);
        assertThat(Leefgebied.FINANCIEN.zichtbaarMet(s -> s == Gegevenssoort.FINANCIEN)).isTrue();
        assertThat(Leefgebied.FINANCIEN.zichtbaarMet(s -> s == Gegevenssoort.INBURGERING)).isTrue();
        assertThat(Leefgebied.WONEN.zichtbaarMet(s -> s == Gegevenssoort.FINANCIEN)).isFalse();
    }

    @Test
    void goalsAndDatesAreChecked() {
        geweigerd("pip.doel.omschrijving.leeg", () -> Pipregels.controleer(new DoelGegevens(Leefgebied.WONEN,
                Doeltermijn.LANG, "  ", Eigenaar.PERSOON, null, null, DoelStatus.OPEN), VANDAAG));
        geweigerd("pip.tekst.te-lang", () -> Pipregels.controleer(new DoelGegevens(Leefgebied.WONEN,
                Doeltermijn.LANG, "x".repeat(DoelGegevens.OMSCHRIJVING_MAX + 1), Eigenaar.PERSOON, null, null,
                DoelStatus.OPEN), VANDAAG));
        geweigerd("pip.datum.buiten-bereik", () -> Pipregels.controleer(new DoelGegevens(Leefgebied.WONEN,
                Doeltermijn.LANG, "Huis", Eigenaar.PERSOON, null, VANDAAG.plusYears(6), DoelStatus.OPEN), VANDAAG));
        geweigerd("pip.datum.toekomst", () -> Pipregels.gebeurd(VANDAAG.plusDays(1), VANDAAG));
        DoelGegevens g = Pipregels.controleer(new DoelGegevens(Leefgebied.WONEN, Doeltermijn.LANG, " Huis ",
                Eigenaar.TAALSCHOOL, "  ", null, DoelStatus.OPEN), VANDAAG);
        assertThat(g.omschrijving()).isEqualTo("Huis");
        assertThat(g.contact()).isNull();
    }
}
