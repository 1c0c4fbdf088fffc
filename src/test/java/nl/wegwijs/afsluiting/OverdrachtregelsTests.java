package nl.wegwijs.afsluiting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.traject.Gegevenssoort;

import static nl.wegwijs.afsluiting.OverdrachtStatus.AFGEWEZEN;
import static nl.wegwijs.afsluiting.OverdrachtStatus.CONCEPT;
import static nl.wegwijs.afsluiting.OverdrachtStatus.DRIEGESPREK_GEPLAND;
import static nl.wegwijs.afsluiting.OverdrachtStatus.GEACCEPTEERD;
import static nl.wegwijs.afsluiting.OverdrachtStatus.GEDEELD;
import static nl.wegwijs.afsluiting.OverdrachtStatus.TERUGGETROKKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The handover's state machine and its rules, without a database. */
class OverdrachtregelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);

    static void fout(String code, Runnable r) {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(r::run)
            .satisfies(f -> assertThat(f.code()).isEqualTo(code));
    }

    @Test
    void theHandoverGoesFromConceptThroughSharedAndDriegesprekToAccepted() {
        assertThat(CONCEPT.volgende()).containsExactlyInAnyOrder(GEDEELD, TERUGGETROKKEN);
        assertThat(GEDEELD.volgende()).containsExactlyInAnyOrder(DRIEGESPREK_GEPLAND, GEACCEPTEERD, AFGEWEZEN,
                TERUGGETROKKEN);
        assertThat(DRIEGESPREK_GEPLAND.volgende()).containsExactlyInAnyOrder(DRIEGESPREK_GEPLAND, GEACCEPTEERD,
                AFGEWEZEN, TERUGGETROKKEN);
        assertThat(GEACCEPTEERD.volgende()).isEmpty();
        assertThat(TERUGGETROKKEN.volgende()).isEmpty();
        assertThat(AFGEWEZEN.volgende()).isEmpty();
    }

    @Test
    void theWijkteamRefusesWhereverItCouldAcceptWithAReason() {
        for (OverdrachtStatus s : OverdrachtStatus.values()) {
            assertThat(s.magNaar(AFGEWEZEN)).as(s.name()).isEqualTo(s.magNaar(GEACCEPTEERD));
        }
        assertThat(Overdrachtregels.toetsAfwijzen(GEDEELD, "  Ander wijkteam  ")).isEqualTo("Ander wijkteam");
        assertThat(Overdrachtregels.toetsAfwijzen(DRIEGESPREK_GEPLAND, "Ander wijkteam")).isEqualTo("Ander wijkteam");
        fout("afsluiting.overdracht.afwijzen.reden.leeg", () -> Overdrachtregels.toetsAfwijzen(GEDEELD, null));
        fout("afsluiting.overdracht.afwijzen.reden.leeg", () -> Overdrachtregels.toetsAfwijzen(GEDEELD, "   "));
        fout("afsluiting.overdracht.afwijzen.reden.lang",
                () -> Overdrachtregels.toetsAfwijzen(GEDEELD, "x".repeat(Afsluitregels.TEKST_MAX + 1)));
        // not before it is shared, and the reason does not get it past the state check
        fout("afsluiting.overdracht.overgang", () -> Overdrachtregels.toetsAfwijzen(CONCEPT, "Ander wijkteam"));
        fout("afsluiting.overdracht.overgang", () -> Overdrachtregels.toetsAfwijzen(CONCEPT, null));
    }

    @Test
    void aRefusedHandoverIsFinalAndNoLongerRunning() {
        assertThat(AFGEWEZEN.isLopend()).isFalse();
        assertThat(AFGEWEZEN.wachtOpWijkteam()).isFalse();
        fout("afsluiting.overdracht.al-afgewezen", () -> Overdrachtregels.toetsAccepteren(AFGEWEZEN, false, false));
        fout("afsluiting.overdracht.al-afgewezen", () -> Overdrachtregels.toetsAfwijzen(AFGEWEZEN, "nogmaals"));
        fout("afsluiting.overdracht.al-afgewezen", () -> Overdrachtregels.toetsTerugtrekken(AFGEWEZEN, "x"));
        fout("afsluiting.overdracht.al-afgewezen", () -> Overdrachtregels.toetsDriegesprek(AFGEWEZEN, VANDAAG,
                "Samira, Anna, Karim", VANDAAG, VANDAAG));
        fout("afsluiting.overdracht.al-geaccepteerd", () -> Overdrachtregels.toetsAfwijzen(GEACCEPTEERD, "x"));
        fout("afsluiting.overdracht.teruggetrokken", () -> Overdrachtregels.toetsAfwijzen(TERUGGETROKKEN, "x"));
    }

    @Test
    void aConceptCannotBeAcceptedNorPlannedBeforeItIsShared() {
        fout("afsluiting.overdracht.overgang", () -> Overdrachtregels.toetsAccepteren(CONCEPT, false, false));
        fout("afsluiting.overdracht.overgang",
                () -> Overdrachtregels.toetsDriegesprek(CONCEPT, VANDAAG, "Samira, Anna, Karim", VANDAAG, VANDAAG));
    }

    @Test
    void anAcceptedOrWithdrawnHandoverIsFinal() {
        fout("afsluiting.overdracht.al-geaccepteerd", () -> Overdrachtregels.toetsTerugtrekken(GEACCEPTEERD, "x"));
        fout("afsluiting.overdracht.al-geaccepteerd", () -> Overdrachtregels.toetsAccepteren(GEACCEPTEERD, false, false));
        fout("afsluiting.overdracht.teruggetrokken", () -> Overdrachtregels.toetsAccepteren(TERUGGETROKKEN, false, false));
    }

    @Test
    void sharingNeedsAConsentAndAReview() {
        fout("afsluiting.overdracht.geen-toestemming", () -> Overdrachtregels.toetsDelen(CONCEPT, true, null));
        fout("afsluiting.overdracht.niet-nagekeken",
                () -> Overdrachtregels.toetsDelen(CONCEPT, false, EnumSet.allOf(Gegevenssoort.class)));
        fout("afsluiting.overdracht.overgang",
                () -> Overdrachtregels.toetsDelen(GEDEELD, true, EnumSet.allOf(Gegevenssoort.class)));
    }

    @Test
    void onlyTheBlocksTheConsentNamesAreShared() {
        Set<Blok> blokken = Overdrachtregels.toetsDelen(CONCEPT, true, EnumSet.of(Gegevenssoort.BASISGEGEVENS,
                Gegevenssoort.VOORTGANG));
        assertThat(blokken).containsExactlyInAnyOrder(Blok.CHECKLIST, Blok.BRIEVEN, Blok.CONTACTEN, Blok.TALEN);
        assertThat(Overdrachtregels.toetsDelen(CONCEPT, true, EnumSet.allOf(Gegevenssoort.class)))
            .containsExactlyInAnyOrder(Blok.values());
    }

    @Test
    void withANeedForSupportTheWijkteamAcceptsOnlyAfterTheDriegesprekWhereThatIsThePractice() {
        fout("afsluiting.overdracht.eerst-driegesprek", () -> Overdrachtregels.toetsAccepteren(GEDEELD, true, true));
        Overdrachtregels.toetsAccepteren(DRIEGESPREK_GEPLAND, true, true);
        Overdrachtregels.toetsAccepteren(GEDEELD, false, true);
        Overdrachtregels.toetsAccepteren(GEDEELD, true, false);
    }

    @Test
    void aDriegesprekHasADayAfterSharingNotTooFarAheadAndParticipants() {
        LocalDate gedeeld = VANDAAG.minusDays(3);
        fout("afsluiting.driegesprek.datum.leeg", () -> Overdrachtregels.toetsDriegesprek(GEDEELD, null, "x", gedeeld, VANDAAG));
        fout("afsluiting.driegesprek.datum.voor-delen",
                () -> Overdrachtregels.toetsDriegesprek(GEDEELD, gedeeld.minusDays(1), "x", gedeeld, VANDAAG));
        fout("afsluiting.driegesprek.datum.te-ver",
                () -> Overdrachtregels.toetsDriegesprek(GEDEELD, VANDAAG.plusDays(181), "x", gedeeld, VANDAAG));
        fout("afsluiting.driegesprek.deelnemers.leeg",
                () -> Overdrachtregels.toetsDriegesprek(GEDEELD, VANDAAG, "  ", gedeeld, VANDAAG));
        assertThat(Overdrachtregels.toetsDriegesprek(DRIEGESPREK_GEPLAND, VANDAAG.plusDays(7), " Samira, Anna ",
                gedeeld, VANDAAG)).isEqualTo("Samira, Anna");
    }

    @Test
    void additionsAreShortAndOnlyWhileAConcept() {
        assertThat(Overdrachtregels.aanvulling("  ")).isNull();
        assertThat(Overdrachtregels.aanvulling(" kort ")).isEqualTo("kort");
        fout("afsluiting.overdracht.aanvulling.lang", () -> Overdrachtregels.aanvulling("x".repeat(501)));
        fout("afsluiting.overdracht.niet-meer-aanvullen", () -> Overdrachtregels.toetsAanvullen(GEDEELD));
        Overdrachtregels.toetsAanvullen(CONCEPT);
    }

    @Test
    void withdrawingNeedsAReason() {
        fout("afsluiting.overdracht.terugtrekken.reden.leeg", () -> Overdrachtregels.toetsTerugtrekken(GEDEELD, " "));
        assertThat(Overdrachtregels.toetsTerugtrekken(DRIEGESPREK_GEPLAND, "verhuist")).isEqualTo("verhuist");
    }
}
