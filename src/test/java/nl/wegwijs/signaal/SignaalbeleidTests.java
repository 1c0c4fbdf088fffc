package nl.wegwijs.signaal;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzagebeleid;

import static nl.wegwijs.signaal.SignaalTests.NU;
import static nl.wegwijs.signaal.SignaalTests.VANDAAG;
import static nl.wegwijs.signaal.SignaalTests.als;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees and who manages a signal by its sensitivity (Signaalbeleid), per role × category, without Spring. */
class SignaalbeleidTests {

    static Signaal gemeld(Medewerker door, Categorie categorie, Signaal.Geadresseerde aan) {
        return Signaal.meld(new nl.wegwijs.huishouden.HuishoudenId(java.util.UUID.randomUUID()),
                new NieuwSignaal(null, categorie, Urgentie.HOOG, "Omschrijving", null), aan, door, NU, VANDAAG);
    }

    static boolean ziet(Medewerker ik, Signaal s, Set<Gegevenssoort> zichtbaar) {
        return Signaalbeleid.magZien(ik, s, zichtbaar::contains);
    }

    static boolean zietMetTaak(Medewerker ik, Signaal s) {
        return ziet(ik, s, Inzagebeleid.taak(ik.rol()));
    }

    static final Set<Gegevenssoort> ALLES = EnumSet.allOf(Gegevenssoort.class);

    @Test
    void aVrijwilligerDoesNotSeeADomesticViolenceSignalRaisedByTheBegeleiderNotEvenWithConsent() {
        Medewerker vrijwilliger = als(Rol.VRIJWILLIGER);
        Signaal s = gemeld(als(Rol.BEGELEIDER), Categorie.HUISELIJK_GEWELD,
                Signaal.Geadresseerde.van(Aan.REGIEVOERDER));
        assertThat(zietMetTaak(vrijwilliger, s)).isFalse();
        assertThat(ziet(vrijwilliger, s, ALLES)).isFalse();
        assertThat(Signaalbeleid.ontbrekend(vrijwilliger, s, null)).as("no consent opens it: 404").isNull();
        // but what they raised, or what is addressed to them by name
        assertThat(zietMetTaak(vrijwilliger, gemeld(vrijwilliger, Categorie.HUISELIJK_GEWELD,
                Signaal.Geadresseerde.van(Aan.REGIEVOERDER)))).isTrue();
        assertThat(zietMetTaak(vrijwilliger, gemeld(als(Rol.BEGELEIDER), Categorie.HUISELIJK_GEWELD,
                new Signaal.Geadresseerde(Aan.BEGELEIDING, vrijwilliger.id(), vrijwilliger.naam())))).isTrue();
    }

    @Test
    void domesticViolenceIsForBegeleiderTeamleiderAndRegievoerderOnlyNotByConsentOrOverride() {
        Signaal s = gemeld(als(Rol.BEGELEIDER), Categorie.HUISELIJK_GEWELD,
                Signaal.Geadresseerde.van(Aan.TEAMLEIDER));
        assertThat(zietMetTaak(als(Rol.BEGELEIDER), s)).isTrue();
        assertThat(zietMetTaak(als(Rol.TEAMLEIDER), s)).isTrue();
        assertThat(ziet(als(Rol.REGIEVOERDER), s, ALLES)).isTrue();
        for (Rol rol : new Rol[] { Rol.BUDGETCOACH, Rol.WIJKTEAM, Rol.VRIJWILLIGER }) {
            assertThat(ziet(als(rol), s, ALLES)).as(rol.name()).isFalse();
        }
    }

    @Test
    void aVrijwilligerSeesNoHealthOrMentalHealthSignalOfOthersAndNeverManagesASensitiveOne() {
        Medewerker vrijwilliger = als(Rol.VRIJWILLIGER);
        for (Categorie c : new Categorie[] { Categorie.GEZONDHEID, Categorie.PSYCHISCH }) {
            assertThat(ziet(vrijwilliger, gemeld(als(Rol.BEGELEIDER), c, Signaal.Geadresseerde.van(Aan.REGIEVOERDER)),
                    ALLES)).as(c.name()).isFalse();
        }
        Signaal eigen = gemeld(vrijwilliger, Categorie.PSYCHISCH, Signaal.Geadresseerde.van(Aan.REGIEVOERDER));
        assertThat(zietMetTaak(vrijwilliger, eigen)).isTrue();
        assertThat(SignaalService.magBeheren(vrijwilliger, eigen)).as("may not close their own PSYCHISCH signal")
            .isFalse();
        assertThat(SignaalService.magBeheren(vrijwilliger, gemeld(vrijwilliger, Categorie.SCHOOLVERZUIM,
                Signaal.Geadresseerde.van(Aan.REGIEVOERDER)))).isTrue();
        Medewerker begeleider = als(Rol.BEGELEIDER);
        assertThat(SignaalService.magBeheren(begeleider, gemeld(begeleider, Categorie.PSYCHISCH,
                Signaal.Geadresseerde.van(Aan.REGIEVOERDER)))).isTrue();
    }

    @Test
    void theBudgetcoachSeesMoneyWorriesAndOnlyWithConsentTheRest() {
        Medewerker bc = als(Rol.BUDGETCOACH);
        Medewerker gids = als(Rol.BEGELEIDER);
        assertThat(zietMetTaak(bc, gemeld(gids, Categorie.GELDZORGEN, Signaal.Geadresseerde.van(Aan.REGIEVOERDER))))
            .isTrue();
        Signaal school = gemeld(gids, Categorie.SCHOOLVERZUIM, Signaal.Geadresseerde.van(Aan.REGIEVOERDER));
        assertThat(zietMetTaak(bc, school)).isFalse();
        assertThat(ziet(bc, school, EnumSet.of(Gegevenssoort.SIGNALEN))).isTrue();
        assertThat(zietMetTaak(bc, gemeld(gids, Categorie.PSYCHISCH, Signaal.Geadresseerde.van(Aan.REGIEVOERDER))))
            .isFalse();
    }

    @Test
    void theRegievoerderSeesWhatIsAddressedToThemAndTheRestOnlyWithConsent() {
        Medewerker rv = als(Rol.REGIEVOERDER);
        Medewerker gids = als(Rol.BEGELEIDER);
        for (Categorie c : Categorie.values()) {
            assertThat(zietMetTaak(rv, gemeld(gids, c, Signaal.Geadresseerde.van(Aan.REGIEVOERDER)))).as(c.name())
                .isTrue();
        }
        assertThat(zietMetTaak(rv, gemeld(rv, Categorie.SCHOOLVERZUIM, Signaal.Geadresseerde.van(Aan.BEGELEIDING))))
            .as("raised by themselves").isTrue();
        Signaal aanTeamleider = gemeld(gids, Categorie.SCHOOLVERZUIM, Signaal.Geadresseerde.van(Aan.TEAMLEIDER));
        assertThat(zietMetTaak(rv, aanTeamleider)).isFalse();
        assertThat(ziet(rv, aanTeamleider, EnumSet.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.SIGNALEN)))
            .isTrue();
        Signaal psychisch = gemeld(gids, Categorie.PSYCHISCH, Signaal.Geadresseerde.van(Aan.TEAMLEIDER));
        assertThat(ziet(rv, psychisch, EnumSet.of(Gegevenssoort.SIGNALEN))).as("health needs GEZONDHEID too")
            .isFalse();
        assertThat(ziet(rv, psychisch, EnumSet.of(Gegevenssoort.SIGNALEN, Gegevenssoort.GEZONDHEID))).isTrue();
    }
}
