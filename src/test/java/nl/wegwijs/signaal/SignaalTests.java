package nl.wegwijs.signaal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of a signal and its plan van aanpak, without Spring and with a fixed today. */
class SignaalTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);
    static final Instant NU = Instant.parse("2026-03-10T09:00:00Z");
    static final UUID GEMEENTE = UUID.randomUUID();
    static final UUID UITVOERDER = UUID.randomUUID();

    static Medewerker als(Rol rol) {
        return new Medewerker(UUID.randomUUID(), rol.name().toLowerCase(), "Naam " + rol, rol,
                rol.gemeentezijde() ? GEMEENTE : null, rol.gemeentezijde() ? null : UITVOERDER);
    }

    static Signaal gemeld(Rol door) {
        return Signaal.meld(new HuishoudenId(UUID.randomUUID()), new NieuwSignaal(null, Categorie.SCHOOLVERZUIM,
                Urgentie.HOOG, "Lina is al twee weken niet op school.", null), als(door), NU, VANDAAG);
    }

    static ActiepuntGegevens actie(Eigenaar eigenaar, String partner) {
        return new ActiepuntGegevens("Gesprek met de school", eigenaar, partner, null, VANDAAG.plusDays(7), null);
    }

    private static void geweigerd(String code, Runnable actie) {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(actie::run)
            .satisfies(f -> assertThat(f.code()).isEqualTo(code));
    }

    @Test
    void theDirectionFollowsFromTheRaisersRole() {
        assertThat(gemeld(Rol.REGIEVOERDER).richting()).isEqualTo(Richting.NAAR_BEGELEIDING);
        assertThat(gemeld(Rol.BUDGETCOACH).richting()).isEqualTo(Richting.NAAR_BEGELEIDING);
        assertThat(gemeld(Rol.BEGELEIDER).richting()).isEqualTo(Richting.NAAR_GEMEENTE);
        assertThat(gemeld(Rol.VRIJWILLIGER).richting()).isEqualTo(Richting.NAAR_GEMEENTE);
        assertThat(gemeld(Rol.TEAMLEIDER).richting()).isEqualTo(Richting.NAAR_GEMEENTE);
    }

    @Test
    void aNewSignalIsOpenWithTodayAndItsRaiser() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        assertThat(s.status()).isEqualTo(SignaalStatus.OPEN);
        assertThat(s.gemeldOp()).isEqualTo(VANDAAG);
        assertThat(s.gemeldDoorNaam()).isEqualTo("Naam BEGELEIDER");
        assertThat(s.doorverwijzing()).isNull();
    }

    @Test
    void refusesADescriptionlessOrFutureSignal() {
        HuishoudenId h = new HuishoudenId(UUID.randomUUID());
        geweigerd("signaal.omschrijving.leeg", () -> Signaal.meld(h, new NieuwSignaal(null, Categorie.ANDERS,
                Urgentie.LAAG, "  ", null), als(Rol.BEGELEIDER), NU, VANDAAG));
        geweigerd("signaal.gemeld.toekomst", () -> Signaal.meld(h, new NieuwSignaal(null, Categorie.ANDERS,
                Urgentie.LAAG, "Iets", VANDAAG.plusDays(1)), als(Rol.BEGELEIDER), NU, VANDAAG));
    }

    @Test
    void refusesClosingWhileActionsAreOpenUnlessExplicitly() {
        Signaal s = gemeld(Rol.REGIEVOERDER);
        s.voegToe(actie(Eigenaar.BEGELEIDER, null), null, UUID.randomUUID(), NU, VANDAAG);
        geweigerd("signaal.afsluiten.open-acties", () -> s.sluitAf("Opgelost", false, UUID.randomUUID(), VANDAAG));
        assertThat(s.status()).isEqualTo(SignaalStatus.OPEN);

        s.sluitAf("Gezin verhuisd; school weet ervan", true, UUID.randomUUID(), VANDAAG);
        assertThat(s.status()).isEqualTo(SignaalStatus.AFGESLOTEN);
        assertThat(s.afgeslotenOp()).isEqualTo(VANDAAG);
        assertThat(s.openActies()).hasSize(1);
    }

    @Test
    void closesWithoutFussOnceEveryActionIsDone() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        Actiepunt a = s.voegToe(actie(Eigenaar.STATUSHOUDER, null), null, UUID.randomUUID(), NU, VANDAAG);
        s.markeer(a.id(), a.versie(), true, VANDAAG);
        s.sluitAf("Lina gaat weer naar school.", false, UUID.randomUUID(), VANDAAG);
        assertThat(s.status()).isEqualTo(SignaalStatus.AFGESLOTEN);
    }

    @Test
    void closingTakesANote() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        geweigerd("signaal.afsluiten.notitie.leeg", () -> s.sluitAf(" ", false, UUID.randomUUID(), VANDAAG));
        geweigerd("signaal.afsluiten.notitie.leeg", () -> s.wijzig(new SignaalWijziging(null, Categorie.SCHOOLVERZUIM,
                Urgentie.HOOG, "Lina", SignaalStatus.AFGESLOTEN, null, true), UUID.randomUUID(), VANDAAG));
    }

    @Test
    void aClosedSignalIsFrozenUntilReopened() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        s.sluitAf("Opgelost", false, UUID.randomUUID(), VANDAAG);
        geweigerd("signaal.afgesloten", () -> s.voegToe(actie(Eigenaar.BEGELEIDER, null), null, UUID.randomUUID(),
                NU, VANDAAG));
        geweigerd("signaal.afgesloten", () -> s.sluitAf("Nogmaals", false, UUID.randomUUID(), VANDAAG));

        s.wijzig(new SignaalWijziging(null, Categorie.SCHOOLVERZUIM, Urgentie.ACUUT, "Weer niet op school",
                SignaalStatus.IN_BEHANDELING, null, false), UUID.randomUUID(), VANDAAG);
        assertThat(s.status()).isEqualTo(SignaalStatus.IN_BEHANDELING);
        assertThat(s.afsluitnotitie()).isNull();
        assertThat(s.afgeslotenOp()).isNull();
    }

    @Test
    void aPartnerIsNamedAndAMedewerkerOwnsOnlyTheMatchingSide() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        geweigerd("signaal.actie.partner.leeg", () -> s.voegToe(actie(Eigenaar.PARTNER, " "), null,
                UUID.randomUUID(), NU, VANDAAG));
        s.voegToe(actie(Eigenaar.PARTNER, "GGZ Centraal"), null, UUID.randomUUID(), NU, VANDAAG);

        var begeleider = new Actiepunt.Eigenaarschap(UUID.randomUUID(), "Anna", Rol.BEGELEIDER);
        var regievoerder = new Actiepunt.Eigenaarschap(UUID.randomUUID(), "Karin", Rol.REGIEVOERDER);
        geweigerd("signaal.actie.medewerker.past-niet", () -> s.voegToe(actie(Eigenaar.REGIEVOERDER, null),
                begeleider, UUID.randomUUID(), NU, VANDAAG));
        geweigerd("signaal.actie.medewerker.past-niet", () -> s.voegToe(actie(Eigenaar.STATUSHOUDER, null),
                begeleider, UUID.randomUUID(), NU, VANDAAG));
        Actiepunt a = s.voegToe(actie(Eigenaar.REGIEVOERDER, null), regievoerder, UUID.randomUUID(), NU, VANDAAG);
        assertThat(a.eigenaarMedewerkerNaam()).isEqualTo("Karin");
        assertThat(s.acties()).hasSize(2);
    }

    @Test
    void anActionCannotBeDoneInTheFuture() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        geweigerd("signaal.actie.gedaan.toekomst", () -> s.voegToe(new ActiepuntGegevens("Bellen",
                Eigenaar.BEGELEIDER, null, null, VANDAAG, VANDAAG.plusDays(1)), null, UUID.randomUUID(), NU,
                VANDAAG));
    }

    @Test
    void aStaleActionVersionIsRefused() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        Actiepunt a = s.voegToe(actie(Eigenaar.BEGELEIDER, null), null, UUID.randomUUID(), NU, VANDAAG);
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> s.markeer(a.id(), a.versie() + 1, true, VANDAAG));
        assertThat(a.isOpen()).isTrue();
    }

    @Test
    void thePlanListsOpenActionsFirstByDate() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        Actiepunt later = s.voegToe(new ActiepuntGegevens("Later", Eigenaar.BEGELEIDER, null, null,
                VANDAAG.plusDays(20), null), null, UUID.randomUUID(), NU, VANDAAG);
        Actiepunt gedaan = s.voegToe(new ActiepuntGegevens("Gedaan", Eigenaar.BEGELEIDER, null, null,
                VANDAAG.minusDays(5), VANDAAG), null, UUID.randomUUID(), NU, VANDAAG);
        Actiepunt eerst = s.voegToe(new ActiepuntGegevens("Eerst", Eigenaar.BEGELEIDER, null, null,
                VANDAAG.plusDays(2), null), null, UUID.randomUUID(), NU, VANDAAG);
        assertThat(s.plan()).containsExactly(eerst, later, gedaan);
        assertThat(eerst.isVerlopen(VANDAAG.plusDays(3))).isTrue();
    }
}
