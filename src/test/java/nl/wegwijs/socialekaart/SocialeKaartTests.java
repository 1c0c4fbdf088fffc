package nl.wegwijs.socialekaart;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sociale kaart against PostgreSQL: who maintains and reads it, bad input, optimistic locking, pages. */
@IntegrationTest
class SocialeKaartTests {

    @Autowired
    TestData data;

    @Autowired
    SocialeKaart kaart;

    static DienstGegevens gegevens(String naam, Dienstsoort soort) {
        return new DienstGegevens(naam, soort, "070 555 0101", "info@voorbeeld.example", "Lindelaan 1", null,
                List.of("Nederlands", " Arabisch ", ""), 3, "Bellen", null);
    }

    @Test
    void maintainedByTeamleiderRegievoerderBeheerderAndReadByEveryoneOfTheGemeente() {
        TestData.Wereld w = data.wereld();
        UUID g = w.gemeente().id();
        Dienst d = kaart.voegToe(w.als(Rol.TEAMLEIDER), g, gegevens("Huisartsenpraktijk De Linde", Dienstsoort.HUISARTS));
        assertThat(d.talen()).containsExactly("Nederlands", "Arabisch");
        kaart.voegToe(w.als(Rol.REGIEVOERDER), g, gegevens("Vereniging Hidmona", Dienstsoort.ZELFORGANISATIE));
        kaart.voegToe(w.als(Rol.BEHEERDER), g, gegevens("Budgetloket", Dienstsoort.SCHULDHULP));
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.VRIJWILLIGER, Rol.WIJKTEAM, Rol.BUDGETCOACH }) {
            assertThatThrownBy(() -> kaart.voegToe(w.als(rol), g, gegevens("X", Dienstsoort.ANDERS)))
                .as(rol.name()).isInstanceOf(DomeinFout.class);
            assertThat(kaart.diensten(w.als(rol), g)).as(rol.name()).hasSize(3);
        }
        TestData.Wereld ander = data.wereld();
        assertThatThrownBy(() -> kaart.diensten(ander.als(Rol.BEGELEIDER), g)).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> kaart.voegToe(ander.als(Rol.REGIEVOERDER), g, gegevens("X", Dienstsoort.ANDERS)))
            .isInstanceOf(NietGevonden.class);
        assertThat(kaart.find(ander.als(Rol.TEAMLEIDER), d.id())).isEmpty();
    }

    @Test
    void badInputIsRefusedAndAStaleVersionToo() {
        TestData.Wereld w = data.wereld();
        UUID g = w.gemeente().id();
        var tl = w.als(Rol.TEAMLEIDER);
        assertThatThrownBy(() -> kaart.voegToe(tl, g, new DienstGegevens(" ", Dienstsoort.GGZ, null, null, null, null,
                List.of(), null, null, null))).hasFieldOrPropertyWithValue("code", "socialekaart.naam.leeg");
        assertThatThrownBy(() -> kaart.voegToe(tl, g, new DienstGegevens("GGZ", Dienstsoort.GGZ, null, "geen-adres",
                null, null, List.of(), null, null, null))).hasFieldOrPropertyWithValue("code", "socialekaart.email.ongeldig");
        assertThatThrownBy(() -> kaart.voegToe(tl, g, new DienstGegevens("GGZ", Dienstsoort.GGZ, null, null, null,
                "www.x.nl", List.of(), null, null, null))).hasFieldOrPropertyWithValue("code", "socialekaart.website.ongeldig");
        assertThatThrownBy(() -> kaart.voegToe(tl, g, new DienstGegevens("GGZ", Dienstsoort.GGZ, null, null, null,
                null, List.of(), 500, null, null))).hasFieldOrPropertyWithValue("code", "socialekaart.wachttijd.ongeldig");
        assertThatThrownBy(() -> kaart.voegToe(tl, g, new DienstGegevens("GGZ", Dienstsoort.GGZ, null, null, null,
                null, List.of(), null, null, UUID.randomUUID())))
            .hasFieldOrPropertyWithValue("code", "socialekaart.organisatie.onbekend");
        assertThat(kaart.diensten(tl, g)).isEmpty();
        Dienst d = kaart.voegToe(tl, g, gegevens("GGZ-team Kompas", Dienstsoort.GGZ));
        Dienst gewijzigd = kaart.wijzig(tl, d.id(), d.versie(), gegevens("GGZ-team Kompas Noord", Dienstsoort.GGZ));
        assertThat(gewijzigd.versie()).isEqualTo(d.versie() + 1);
        assertThatThrownBy(() -> kaart.wijzig(tl, d.id(), d.versie(), gegevens("Oud", Dienstsoort.GGZ)))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThatThrownBy(() -> kaart.zetActief(tl, d.id(), d.versie(), false))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        kaart.zetActief(tl, d.id(), gewijzigd.versie(), false);
        assertThat(kaart.diensten(tl, g)).isEmpty();
        assertThat(kaart.find(tl, d.id())).isPresent();
    }

    @Test
    void keysetPagesWithAKindFilter() {
        TestData.Wereld w = data.wereld();
        UUID g = w.gemeente().id();
        var tl = w.als(Rol.TEAMLEIDER);
        for (int i = 0; i < 5; i++) {
            kaart.voegToe(tl, g, gegevens("Huisarts " + i, Dienstsoort.HUISARTS));
            kaart.voegToe(tl, g, gegevens("Inloop " + i, Dienstsoort.INLOOP));
        }
        SocialeKaart.Pagina p1 = kaart.pagina(tl, g, null, null, 4);
        SocialeKaart.Pagina p2 = kaart.pagina(tl, g, null, p1.volgende(), 4);
        SocialeKaart.Pagina p3 = kaart.pagina(tl, g, null, p2.volgende(), 4);
        assertThat(p1.regels()).hasSize(4);
        assertThat(p3.regels()).hasSize(2);
        assertThat(p3.volgende()).isNull();
        assertThat(kaart.pagina(tl, g, Dienstsoort.INLOOP, null, 25).regels())
            .extracting(r -> r.dienst().naam()).containsExactly("Inloop 0", "Inloop 1", "Inloop 2", "Inloop 3",
                    "Inloop 4");
    }
}
