package nl.wegwijs.route;

import java.time.LocalDate;
import java.util.List;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * A world with two households (A of team A with a vrijwilliger, B of team B), A's guidance started five months ago,
 * and three services on the gemeente's sociale kaart.
 */
public record RouteFixture(TestData.Wereld w, Traject a, Traject b, Dienst huisarts, Dienst taalmaatje,
        Dienst wijkteam) {

    public static RouteFixture maak(TestData data, TrajectService trajecten, SocialeKaart kaart) {
        ApiFixture.TweeTeams t = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(6));
        Medewerker tl = t.w().als(Rol.TEAMLEIDER);
        long versie = trajecten.dossier(tl, t.a().huishouden()).orElseThrow().traject().versie();
        trajecten.start(tl, t.a().id(), versie, LocalDate.now().minusMonths(5));
        Medewerker rv = t.w().als(Rol.REGIEVOERDER);
        Dienst huisarts = kaart.voegToe(rv, t.w().gemeente().id(), new DienstGegevens("Huisartsenpraktijk De Linde",
                Dienstsoort.HUISARTS, "070 123 45 67", "balie@delinde.example", "Lindelaan 4", null,
                List.of("Nederlands", "Engels", "Arabisch"), null, null, null));
        Dienst taalmaatje = kaart.voegToe(rv, t.w().gemeente().id(), new DienstGegevens("Taalhuis Centrum",
                Dienstsoort.TAALMAATJE, "070 765 43 21", null, null, "https://taalhuis.example", List.of("Nederlands"), 6,
                null, null));
        Dienst wijkteam = kaart.voegToe(rv, t.w().gemeente().id(), new DienstGegevens("Sociaal wijkteam Noord",
                Dienstsoort.SOCIAAL_WIJKTEAM, "14 070", "noord@wijkteam.example", null, null,
                List.of("Nederlands", "Tigrinya"), 2, null, null));
        return new RouteFixture(t.w(), t.a(), t.b(), huisarts, taalmaatje, wijkteam);
    }
}
