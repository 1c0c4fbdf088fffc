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
        return gemeld(als(door), Signaal.Geadresseerde.van(door.gemeentezijde() ? Aan.BEGELEIDING : Aan.REGIEVOERDER));
    }

    static Signaal gemeld(Medewerker door, Signaal.Geadresseerde aan) {
        return Signaal.meld(new HuishoudenId(UUID.randomUUID()), new NieuwSignaal(null, Categorie.SCHOOLVERZUIM,
                Urgentie.HOOG, "Lina is al twee weken niet op school.", null), aan, door, NU, VANDAAG);
    }

    static final Medewerker IEMAND = als(Rol.BEGELEIDER);

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
                Urgentie.LAAG, "  ", null), Signaal.Geadresseerde.van(Aan.REGIEVOERDER), als(Rol.BEGELEIDER), NU, VANDAAG));
        geweigerd("signaal.gemeld.toekomst", () -> Signaal.meld(h, new NieuwSignaal(null, Categorie.ANDERS,
                Urgentie.LAAG, "Iets", VANDAAG.plusDays(1)), Signaal.Geadresseerde.van(Aan.REGIEVOERDER), als(Rol.BEGELEIDER),
                NU, VANDAAG));
    }

    @Test
    void refusesClosingWhileActionsAreOpenUnlessExplicitly() {
        Signaal s = gemeld(Rol.REGIEVOERDER);
        s.voegToe(actie(Eigenaar.BEGELEIDER, null), null, IEMAND, NU, VANDAAG);
        geweigerd("signaal.afsluiten.open-acties", () -> s.sluitAf("Opgelost", false, IEMAND, NU, VANDAAG));
        assertThat(s.status()).isEqualTo(SignaalStatus.OPEN);

        s.sluitAf("Gezin verhuisd; school weet ervan", true, IEMAND, NU, VANDAAG);
        assertThat(s.status()).isEqualTo(SignaalStatus.AFGESLOTEN);
        assertThat(s.afgeslotenOp()).isEqualTo(VANDAAG);
        assertThat(s.openActies()).hasSize(1);
    }

    @Test
    void closesWithoutFussOnceEveryActionIsDone() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        Actiepunt a = s.voegToe(actie(Eigenaar.STATUSHOUDER, null), null, IEMAND, NU, VANDAAG);
        s.markeer(a.id(), a.versie(), true, IEMAND, NU, VANDAAG);
        s.sluitAf("Lina gaat weer naar school.", false, IEMAND, NU, VANDAAG);
        assertThat(s.status()).isEqualTo(SignaalStatus.AFGESLOTEN);
    }

    @Test
    void closingTakesANote() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        geweigerd("signaal.afsluiten.notitie.leeg", () -> s.sluitAf(" ", false, IEMAND, NU, VANDAAG));
    }

    @Test
    void aClosedSignalIsFrozenUntilReopened() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        s.sluitAf("Opgelost", false, IEMAND, NU, VANDAAG);
        geweigerd("signaal.afgesloten", () -> s.voegToe(actie(Eigenaar.BEGELEIDER, null), null, IEMAND,
                NU, VANDAAG));
        geweigerd("signaal.afgesloten", () -> s.sluitAf("Nogmaals", false, IEMAND, NU, VANDAAG));

        s.heropen("Weer niet op school", IEMAND, NU);
        assertThat(s.status()).isEqualTo(SignaalStatus.OPEN);
        assertThat(s.afsluitnotitie()).isNull();
        assertThat(s.afgeslotenOp()).isNull();
    }

    @Test
    void aPartnerIsNamedAndAMedewerkerOwnsOnlyTheMatchingSide() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        geweigerd("signaal.actie.partner.leeg", () -> s.voegToe(actie(Eigenaar.PARTNER, " "), null,
                IEMAND, NU, VANDAAG));
        s.voegToe(actie(Eigenaar.PARTNER, "GGZ Centraal"), null, IEMAND, NU, VANDAAG);

        var begeleider = new Actiepunt.Eigenaarschap(UUID.randomUUID(), "Anna", Rol.BEGELEIDER);
        var regievoerder = new Actiepunt.Eigenaarschap(UUID.randomUUID(), "Karin", Rol.REGIEVOERDER);
        geweigerd("signaal.actie.medewerker.past-niet", () -> s.voegToe(actie(Eigenaar.REGIEVOERDER, null),
                begeleider, IEMAND, NU, VANDAAG));
        geweigerd("signaal.actie.medewerker.past-niet", () -> s.voegToe(actie(Eigenaar.STATUSHOUDER, null),
                begeleider, IEMAND, NU, VANDAAG));
        Actiepunt a = s.voegToe(actie(Eigenaar.REGIEVOERDER, null), regievoerder, IEMAND, NU, VANDAAG);
        assertThat(a.eigenaarMedewerkerNaam()).isEqualTo("Karin");
        assertThat(s.acties()).hasSize(2);
    }

    @Test
    void anActionCannotBeDoneInTheFuture() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        geweigerd("signaal.actie.gedaan.toekomst", () -> s.voegToe(new ActiepuntGegevens("Bellen",
                Eigenaar.BEGELEIDER, null, null, VANDAAG, VANDAAG.plusDays(1)), null, IEMAND, NU,
                VANDAAG));
    }

    @Test
    void aStaleActionVersionIsRefused() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        Actiepunt a = s.voegToe(actie(Eigenaar.BEGELEIDER, null), null, IEMAND, NU, VANDAAG);
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> s.markeer(a.id(), a.versie() + 1, true, IEMAND, NU, VANDAAG));
        assertThat(a.isOpen()).isTrue();
    }

    @Test
    void thePlanListsOpenActionsFirstByDate() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        Actiepunt later = s.voegToe(new ActiepuntGegevens("Later", Eigenaar.BEGELEIDER, null, null,
                VANDAAG.plusDays(20), null), null, IEMAND, NU, VANDAAG);
        Actiepunt gedaan = s.voegToe(new ActiepuntGegevens("Gedaan", Eigenaar.BEGELEIDER, null, null,
                VANDAAG.minusDays(5), VANDAAG), null, IEMAND, NU, VANDAAG);
        Actiepunt eerst = s.voegToe(new ActiepuntGegevens("Eerst", Eigenaar.BEGELEIDER, null, null,
                VANDAAG.plusDays(2), null), null, IEMAND, NU, VANDAAG);
        assertThat(s.plan()).containsExactly(eerst, later, gedaan);
        assertThat(eerst.isVerlopen(VANDAAG.plusDays(3))).isTrue();
    }

    // --- the conversation (issue 17): the report stays, everything after it is an entry with its author

    @Test
    void theReportStaysAsRaisedWhileRepliesAndChangesBecomeEntriesInTheirAuthorsName() {
        Medewerker regie = als(Rol.REGIEVOERDER);
        Medewerker gids = als(Rol.BEGELEIDER);
        Signaal s = gemeld(regie, new Signaal.Geadresseerde(Aan.BEGELEIDING, gids.id(), gids.naam()));

        s.reageer("  Ik ga morgen langs.  ", gids, NU.plusSeconds(60));
        s.zetStand(SignaalStatus.IN_BEHANDELING, null, gids, NU.plusSeconds(120));
        Actiepunt a = s.voegToe(actie(Eigenaar.BEGELEIDER, null), null, regie, NU.plusSeconds(180), VANDAAG);
        s.markeer(a.id(), a.versie(), true, gids, NU.plusSeconds(240), VANDAAG);
        s.sluitAf("Lina gaat weer.", false, regie, NU.plusSeconds(300), VANDAAG);

        assertThat(s.omschrijving()).isEqualTo("Lina is al twee weken niet op school.");
        assertThat(s.gemeldDoor()).isEqualTo(regie.id());
        assertThat(s.gemeldDoorNaam()).isEqualTo("Naam REGIEVOERDER");
        assertThat(s.categorie()).isEqualTo(Categorie.SCHOOLVERZUIM);
        assertThat(s.urgentie()).isEqualTo(Urgentie.HOOG);
        assertThat(s.berichten()).extracting(SignaalBericht::volgnummer, SignaalBericht::soort,
                SignaalBericht::tekst, SignaalBericht::auteurId, SignaalBericht::auteurRol)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, BerichtSoort.REACTIE, "Ik ga morgen langs.", gids.id(),
                            Rol.BEGELEIDER),
                    org.assertj.core.groups.Tuple.tuple(2, BerichtSoort.IN_BEHANDELING, null, gids.id(),
                            Rol.BEGELEIDER),
                    org.assertj.core.groups.Tuple.tuple(3, BerichtSoort.ACTIE_TOEGEVOEGD, "Gesprek met de school",
                            regie.id(), Rol.REGIEVOERDER),
                    org.assertj.core.groups.Tuple.tuple(4, BerichtSoort.ACTIE_GEDAAN, "Gesprek met de school",
                            gids.id(), Rol.BEGELEIDER),
                    org.assertj.core.groups.Tuple.tuple(5, BerichtSoort.AFGESLOTEN, "Lina gaat weer.", regie.id(),
                            Rol.REGIEVOERDER));
        assertThat(s.berichten().get(0).auteurNaam()).isEqualTo("Naam BEGELEIDER");
        assertThat(s.nieuweBerichten()).hasSize(5);
    }

    @Test
    void anEmptyReplyIsRefusedAndReopeningKeepsTheClosingNoteInTheThread() {
        Signaal s = gemeld(Rol.BEGELEIDER);
        geweigerd("signaal.reactie.leeg", () -> s.reageer("  ", IEMAND, NU));
        s.sluitAf("Opgelost", false, IEMAND, NU, VANDAAG);
        s.heropen(null, IEMAND, NU);
        assertThat(s.afsluitnotitie()).isNull();
        assertThat(s.berichten()).extracting(SignaalBericht::soort, SignaalBericht::tekst)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(BerichtSoort.AFGESLOTEN, "Opgelost"),
                    org.assertj.core.groups.Tuple.tuple(BerichtSoort.HEROPEND, null));
        geweigerd("signaal.stand.ongewijzigd", () -> s.zetStand(SignaalStatus.OPEN, null, IEMAND, NU));
    }

    @Test
    void theDirectionFollowsFromTheAddressee() {
        assertThat(Aan.REGIEVOERDER.richting()).isEqualTo(Richting.NAAR_GEMEENTE);
        assertThat(Aan.TEAMLEIDER.richting()).isEqualTo(Richting.NAAR_BEGELEIDING);
        assertThat(Aan.BEGELEIDING.richting()).isEqualTo(Richting.NAAR_BEGELEIDING);
        Medewerker gids = als(Rol.VRIJWILLIGER);
        Signaal s = gemeld(als(Rol.REGIEVOERDER), new Signaal.Geadresseerde(Aan.BEGELEIDING, gids.id(), gids.naam()));
        assertThat(s.richting()).isEqualTo(Richting.NAAR_BEGELEIDING);
        assertThat(s.aan().naam()).isEqualTo("Naam VRIJWILLIGER");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> new Signaal.Geadresseerde(Aan.REGIEVOERDER, gids.id(), gids.naam()));
    }

    // --- who may manage (close, reopen, stand, plan): SignaalService.magBeheren

    @Test
    void teamleiderAndRegievoerderManageEverySignalTheyMayWorkOn() {
        Signaal vanGids = gemeld(als(Rol.VRIJWILLIGER), Signaal.Geadresseerde.van(Aan.TEAMLEIDER));
        assertThat(SignaalService.magBeheren(als(Rol.TEAMLEIDER), vanGids)).isTrue();
        assertThat(SignaalService.magBeheren(als(Rol.REGIEVOERDER), vanGids)).isTrue();
    }

    @Test
    void theRaiserManagesTheirOwnSignalWhateverTheirRole() {
        for (Rol rol : new Rol[] { Rol.VRIJWILLIGER, Rol.BUDGETCOACH, Rol.BEGELEIDER }) {
            Medewerker melder = als(rol);
            Signaal s = gemeld(melder, Signaal.Geadresseerde.van(Aan.REGIEVOERDER));
            assertThat(SignaalService.magBeheren(melder, s)).as(rol.name()).isTrue();
        }
    }

    @Test
    void aVrijwilligerOrBudgetcoachDoesNotManageASignalTheyDidNotRaiseEvenWhenAddressed() {
        Medewerker vrijwilliger = als(Rol.VRIJWILLIGER);
        Signaal aanVrijwilliger = gemeld(als(Rol.REGIEVOERDER),
                new Signaal.Geadresseerde(Aan.BEGELEIDING, vrijwilliger.id(), vrijwilliger.naam()));
        assertThat(SignaalService.magBeheren(vrijwilliger, aanVrijwilliger)).isFalse();
        assertThat(SignaalService.magBeheren(als(Rol.BUDGETCOACH), aanVrijwilliger)).isFalse();
        assertThat(SignaalService.magBeheren(als(Rol.VRIJWILLIGER),
                gemeld(als(Rol.BEGELEIDER), Signaal.Geadresseerde.van(Aan.REGIEVOERDER)))).isFalse();
    }

    @Test
    void aBegeleiderManagesWhatIsAddressedToThemOrToTheGuidanceButNotAColleaguesOrTheTeamleiders() {
        Medewerker anna = als(Rol.BEGELEIDER);
        Medewerker ander = als(Rol.BEGELEIDER);
        Signaal aanAnna = gemeld(als(Rol.REGIEVOERDER), new Signaal.Geadresseerde(Aan.BEGELEIDING, anna.id(),
                anna.naam()));
        assertThat(SignaalService.magBeheren(anna, aanAnna)).isTrue();
        assertThat(SignaalService.magBeheren(ander, aanAnna)).isFalse();
        assertThat(SignaalService.magBeheren(anna, gemeld(als(Rol.REGIEVOERDER),
                Signaal.Geadresseerde.van(Aan.BEGELEIDING)))).isTrue();
        assertThat(SignaalService.magBeheren(anna, gemeld(als(Rol.VRIJWILLIGER),
                Signaal.Geadresseerde.van(Aan.TEAMLEIDER)))).isFalse();
        assertThat(SignaalService.magBeheren(anna, gemeld(als(Rol.BUDGETCOACH),
                Signaal.Geadresseerde.van(Aan.REGIEVOERDER)))).isFalse();
    }

    @Test
    void theOwnerOfAnActionTicksItOffWithoutManagingTheSignal() {
        Medewerker vrijwilliger = als(Rol.VRIJWILLIGER);
        Signaal s = gemeld(als(Rol.REGIEVOERDER), new Signaal.Geadresseerde(Aan.BEGELEIDING, vrijwilliger.id(),
                vrijwilliger.naam()));
        Actiepunt van = s.voegToe(new ActiepuntGegevens("Meegaan naar school", Eigenaar.BEGELEIDER, null,
                vrijwilliger.id(), VANDAAG.plusDays(3), null), new Actiepunt.Eigenaarschap(vrijwilliger.id(),
                vrijwilliger.naam(), Rol.VRIJWILLIGER), IEMAND, NU, VANDAAG);
        Actiepunt niet = s.voegToe(actie(Eigenaar.REGIEVOERDER, null), null, IEMAND, NU, VANDAAG);
        assertThat(SignaalService.magAfvinken(vrijwilliger, s, van)).isTrue();
        assertThat(SignaalService.magAfvinken(vrijwilliger, s, niet)).isFalse();
    }
}
