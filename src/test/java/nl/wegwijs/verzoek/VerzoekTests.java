package nl.wegwijs.verzoek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.traject.TrajectId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The lifecycle of a request and its rules, without Spring. */
class VerzoekTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 5, 4);
    static final Instant NU = Instant.parse("2026-05-04T10:00:00Z");
    static final UUID TEAMLEIDER = UUID.randomUUID();
    static final UUID REGIEVOERDER = UUID.randomUUID();

    static NieuwVerzoek verlenging(int maanden) {
        return new NieuwVerzoek(VerzoekSoort.VERLENGING, maanden, null, null, null, "Huisvesting nog niet rond",
                VANDAAG.minusDays(3), AkkoordWijze.MONDELING_MET_TOLK);
    }

    static NieuwVerzoek product(Product p, String naam) {
        return new NieuwVerzoek(VerzoekSoort.PRODUCT, null, p, naam, VANDAAG.plusWeeks(2), "Veel spanning thuis",
                VANDAAG, AkkoordWijze.SCHRIFTELIJK);
    }

    static Verzoek dienIn(NieuwVerzoek n) {
        return Verzoek.dienIn(new HuishoudenId(UUID.randomUUID()), new TrajectId(UUID.randomUUID()),
                UUID.randomUUID(), n, TEAMLEIDER, "Teamleider", NU, VANDAAG);
    }

    private static void weigert(NieuwVerzoek n, String code) {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> dienIn(n))
            .satisfies(f -> assertThat(f.code()).isEqualTo(code));
    }

    @Test
    void aNewRequestIsIngediendWithTheClientsAgreement() {
        Verzoek v = dienIn(verlenging(6));
        assertThat(v.status()).isEqualTo(VerzoekStatus.INGEDIEND);
        assertThat(v.maanden()).isEqualTo(6);
        assertThat(v.product()).isNull();
        assertThat(v.akkoordWijze()).isEqualTo(AkkoordWijze.MONDELING_MET_TOLK);
        assertThat(v.ingediendDoor()).isEqualTo(TEAMLEIDER);
    }

    @Test
    void refusesARequestWithoutTheClientsAgreement() {
        weigert(new NieuwVerzoek(VerzoekSoort.VERLENGING, 6, null, null, null, "reden", null,
                AkkoordWijze.MONDELING), "verzoek.akkoord.leeg");
        weigert(new NieuwVerzoek(VerzoekSoort.VERLENGING, 6, null, null, null, "reden", VANDAAG, null),
                "verzoek.akkoord.leeg");
        weigert(new NieuwVerzoek(VerzoekSoort.VERLENGING, 6, null, null, null, "reden", VANDAAG.plusDays(1),
                AkkoordWijze.MONDELING), "verzoek.akkoord.toekomst");
        weigert(new NieuwVerzoek(VerzoekSoort.VERLENGING, 6, null, null, null, "reden",
                VANDAAG.minusYears(1).minusDays(1), AkkoordWijze.MONDELING), "verzoek.akkoord.te-oud");
    }

    @Test
    void refusesBadInput() {
        weigert(new NieuwVerzoek(VerzoekSoort.VERLENGING, 0, null, null, null, "reden", VANDAAG,
                AkkoordWijze.MONDELING), "verzoek.maanden");
        weigert(new NieuwVerzoek(VerzoekSoort.VERLENGING, 37, null, null, null, "reden", VANDAAG,
                AkkoordWijze.MONDELING), "verzoek.maanden");
        weigert(new NieuwVerzoek(VerzoekSoort.VERLENGING, 6, null, null, null, "  ", VANDAAG,
                AkkoordWijze.MONDELING), "verzoek.reden.leeg");
        weigert(new NieuwVerzoek(VerzoekSoort.PRODUCT, null, null, null, null, "reden", VANDAAG,
                AkkoordWijze.MONDELING), "verzoek.product.leeg");
        weigert(product(Product.ANDERS, " "), "verzoek.product-naam.leeg");
        weigert(new NieuwVerzoek(VerzoekSoort.PRODUCT, null, Product.MINDFIT, null, VANDAAG.minusDays(1), "reden",
                VANDAAG, AkkoordWijze.MONDELING), "verzoek.start.bereik");
    }

    @Test
    void aProductRequestKeepsOnlyWhatBelongsToAProduct() {
        Verzoek v = dienIn(new NieuwVerzoek(VerzoekSoort.PRODUCT, 6, Product.MINDFIT, "genegeerd", null, "reden",
                VANDAAG, AkkoordWijze.MONDELING));
        assertThat(v.maanden()).isNull();
        assertThat(v.productNaam()).isNull();
        assertThat(dienIn(product(Product.ANDERS, " Taalmaatje ")).productNaam()).isEqualTo("Taalmaatje");
    }

    @Test
    void theGemeenteApprovesOrRejectsWithAReason() {
        Verzoek goed = dienIn(verlenging(6));
        goed.besluit(Uitkomst.GOEDGEKEURD, null, REGIEVOERDER, "Regievoerder", NU);
        assertThat(goed.status()).isEqualTo(VerzoekStatus.GOEDGEKEURD);
        assertThat(goed.beslotenDoor()).isEqualTo(REGIEVOERDER);

        Verzoek af = dienIn(product(Product.EUROWIJZER, null));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> af.besluit(Uitkomst.AFGEWEZEN, " ", REGIEVOERDER, "Regievoerder", NU))
            .satisfies(f -> assertThat(f.code()).isEqualTo("verzoek.besluit.reden.leeg"));
        assertThat(af.status()).isEqualTo(VerzoekStatus.INGEDIEND);
        af.besluit(Uitkomst.AFGEWEZEN, "Past niet in het budget", REGIEVOERDER, "Regievoerder", NU);
        assertThat(af.status()).isEqualTo(VerzoekStatus.AFGEWEZEN);
        assertThat(af.besluitReden()).isEqualTo("Past niet in het budget");
    }

    @Test
    void decidingTwiceIsAConflict() {
        Verzoek v = dienIn(verlenging(3));
        v.besluit(Uitkomst.GOEDGEKEURD, null, REGIEVOERDER, "Regievoerder", NU);
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> v.besluit(Uitkomst.AFGEWEZEN, "toch niet", REGIEVOERDER, "Regievoerder", NU))
            .satisfies(f -> assertThat(f.code()).isEqualTo("verzoek.al-besloten"));
        assertThatExceptionOfType(AlBesloten.class).isThrownBy(() -> v.trekIn(TEAMLEIDER, "Teamleider", NU));
        assertThat(v.status()).isEqualTo(VerzoekStatus.GOEDGEKEURD);
    }

    @Test
    void onlyTheRequesterWithdrawsAnOpenRequest() {
        Verzoek v = dienIn(verlenging(3));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> v.trekIn(REGIEVOERDER, "Regievoerder", NU))
            .satisfies(f -> assertThat(f.code()).isEqualTo("verzoek.intrekken.niet-indiener"));
        v.trekIn(TEAMLEIDER, "Teamleider", NU);
        assertThat(v.status()).isEqualTo(VerzoekStatus.INGETROKKEN);
        assertThatExceptionOfType(AlBesloten.class)
            .isThrownBy(() -> v.besluit(Uitkomst.GOEDGEKEURD, null, REGIEVOERDER, "Regievoerder", NU));
    }
}
