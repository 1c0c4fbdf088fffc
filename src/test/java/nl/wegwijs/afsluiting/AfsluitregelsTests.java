package nl.wegwijs.afsluiting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The closing's rules, without a database. */
class AfsluitregelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);

    static void fout(String code, Runnable r) {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(r::run)
            .satisfies(f -> assertThat(f.code()).isEqualTo(code));
    }

    @Test
    void theLeadTimeIsTheRegimesElseTheContractsElseEightWeeks() {
        assertThat(Afsluitregels.voorloopWeken(6, 10)).isEqualTo(6);
        assertThat(Afsluitregels.voorloopWeken(0, 10)).isEqualTo(10);
        assertThat(Afsluitregels.voorloopWeken(null, null)).isEqualTo(8);
    }

    @Test
    void theClosingIsDueFromTheLeadTimeStartOn() {
        LocalDate einde = VANDAAG.plusWeeks(8);
        LocalDate start = Afsluitregels.voorloopStart(einde, 8);
        assertThat(start).isEqualTo(VANDAAG);
        assertThat(Afsluitregels.teDoen(start, VANDAAG)).isTrue();
        assertThat(Afsluitregels.teDoen(start, VANDAAG.minusDays(1))).isFalse();
        assertThat(Afsluitregels.voorloopStart(null, 8)).isNull();
        assertThat(Afsluitregels.teDoen(null, VANDAAG)).isFalse();
    }

    @Test
    void theClosingMeasurementCountsFromTheLeadTimeStart() {
        assertThat(Afsluitregels.slotmetingGedaan(VANDAAG, VANDAAG, VANDAAG)).isTrue();
        assertThat(Afsluitregels.slotmetingGedaan(VANDAAG.minusDays(1), VANDAAG, VANDAAG)).isFalse();
        assertThat(Afsluitregels.slotmetingGedaan(null, VANDAAG, VANDAAG)).isFalse();
        assertThat(Afsluitregels.slotmetingGedaan(VANDAAG.minusWeeks(7), null, VANDAAG)).isTrue();
    }

    @Test
    void anEindgesprekHoldsADayWhoTheTalkAndThePersonsView() {
        LocalDate begonnen = VANDAAG.minusYears(1);
        fout("afsluiting.eindgesprek.datum.leeg", () -> Afsluitregels.toetsEindgesprek(null, "a", "b", "c", begonnen, VANDAAG));
        fout("afsluiting.eindgesprek.datum.toekomst",
                () -> Afsluitregels.toetsEindgesprek(VANDAAG.plusDays(1), "a", "b", "c", begonnen, VANDAAG));
        fout("afsluiting.eindgesprek.datum.voor-start",
                () -> Afsluitregels.toetsEindgesprek(begonnen.minusDays(1), "a", "b", "c", begonnen, VANDAAG));
        fout("afsluiting.eindgesprek.aanwezig.leeg", () -> Afsluitregels.toetsEindgesprek(VANDAAG, " ", "b", "c", begonnen, VANDAAG));
        fout("afsluiting.eindgesprek.eigen-kijk.leeg", () -> Afsluitregels.toetsEindgesprek(VANDAAG, "a", "b", null, begonnen, VANDAAG));
        fout("afsluiting.eindgesprek.samenvatting.lang",
                () -> Afsluitregels.toetsEindgesprek(VANDAAG, "a", "b".repeat(2001), "c", begonnen, VANDAAG));
        Afsluitregels.toetsEindgesprek(VANDAAG, "a", "b", "c", begonnen, VANDAAG);
    }

    @Test
    void endingDecidesTheStatusAndNeverHandsOverByItself() {
        fout("afsluiting.besluit.reden.leeg", () -> Afsluitregels.toetsBeeindigen(null, true));
        fout("afsluiting.besluit.overdracht-via-wijkteam", () -> Afsluitregels.toetsBeeindigen(EindeReden.WARME_OVERDRACHT, true));
        fout("afsluiting.besluit.eerst-eindgesprek", () -> Afsluitregels.toetsBeeindigen(EindeReden.DOELEN_BEREIKT, false));
        assertThat(Afsluitregels.toetsBeeindigen(EindeReden.DUUR_VERSTREKEN, true)).isEqualTo(TrajectStatus.AFGEROND);
        assertThat(Afsluitregels.toetsBeeindigen(EindeReden.VERHUISD, false)).isEqualTo(TrajectStatus.BEEINDIGD);
    }

    @Test
    void extendingStaysWithinTheRegimeWithAReasonAndThePersonsRequest() {
        fout("traject.verlenging.geen-einde",
                () -> Afsluitregels.toetsVerlenging(3, 0, 6, false, "r", "v", VANDAAG, VANDAAG));
        fout("traject.verlenging.maanden", () -> Afsluitregels.toetsVerlenging(0, 0, 6, true, "r", "v", VANDAAG, VANDAAG));
        fout("afsluiting.verlenging.boven-maximum",
                () -> Afsluitregels.toetsVerlenging(4, 3, 6, true, "r", "v", VANDAAG, VANDAAG));
        fout("afsluiting.verlenging.reden.leeg", () -> Afsluitregels.toetsVerlenging(3, 3, 6, true, "", "v", VANDAAG, VANDAAG));
        fout("afsluiting.verlenging.verzoek.leeg", () -> Afsluitregels.toetsVerlenging(3, 3, 6, true, "r", null, VANDAAG, VANDAAG));
        fout("afsluiting.verlenging.verzoek-op.leeg", () -> Afsluitregels.toetsVerlenging(3, 3, 6, true, "r", "v", null, VANDAAG));
        fout("afsluiting.verlenging.verzoek-op.toekomst",
                () -> Afsluitregels.toetsVerlenging(3, 3, 6, true, "r", "v", VANDAAG.plusDays(1), VANDAAG));
        Afsluitregels.toetsVerlenging(3, 3, 6, true, "r", "v", VANDAAG, VANDAAG);
        assertThat(Afsluitregels.verlengingOver(4, 6)).isEqualTo(2);
        assertThat(Afsluitregels.verlengingOver(8, 6)).isZero();
    }
}
