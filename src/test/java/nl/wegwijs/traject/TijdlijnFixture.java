package nl.wegwijs.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.traject.TijdlijnInvoer.PersoonInvoer;

/**
 * Builds a household's dates, its gemeente regime and contract voorwaarden in the domain's words, and computes its
 * termijnen. Defaults: the standard regime (PIP 10 weeks, ontzorgen 6 months, inburgering 36 months), a contract of
 * 12 months counted from BRP registration with the closing talk 4 weeks before the end, versions selected by BRP
 * registration, and a "binnenkort" window of 14 days.
 */
final class TijdlijnFixture {

    static final LocalDate SINDS_ALTIJD = LocalDate.of(2000, 1, 1);
    static final int BINNENKORT_DAGEN = 14;

    private @Nullable LocalDate koppeling;
    private @Nullable LocalDate huisvesting;
    private @Nullable LocalDate verhuizing;
    private final List<PersoonInvoer> personen = new ArrayList<>();
    private final List<Integer> verlengingen = new ArrayList<>();
    private @Nullable String faseCode;
    private @Nullable LocalDate faseStart;
    private @Nullable LocalDate afgerondOp;
    private List<GemeenteRegime> gemeenteVersies = List.of(standaardRegime());
    private List<ContractVoorwaarden> contractVersies = List.of(begeleiding(12).build());
    private Startmoment peildatum = Startmoment.BRP_INSCHRIJVING;
    private int binnenkortDagen = BINNENKORT_DAGEN;

    private TijdlijnFixture() {
    }

    static TijdlijnFixture huishouden(PersoonInvoer... personen) {
        var fixture = new TijdlijnFixture();
        fixture.personen.addAll(Arrays.asList(personen));
        return fixture;
    }

    // --- persons

    static PersoonInvoer inburgeraar(@Nullable LocalDate brpInschrijving) {
        return new PersoonInvoer(UUID.randomUUID(), false, true, brpInschrijving, null, null);
    }

    static PersoonInvoer nareiziger(LocalDate brpInschrijving) {
        return new PersoonInvoer(UUID.randomUUID(), true, true, brpInschrijving, null, null);
    }

    /** A household member without inburgeringsplicht, such as a child. */
    static PersoonInvoer kind(LocalDate brpInschrijving) {
        return new PersoonInvoer(UUID.randomUUID(), false, false, brpInschrijving, null, null);
    }

    static PersoonInvoer metPipVastgesteld(PersoonInvoer persoon, LocalDate op) {
        return new PersoonInvoer(persoon.persoonId(), persoon.nareiziger(), persoon.inburgeringsplichtig(),
                persoon.brpInschrijving(), op, persoon.inburgeringAfgerondOp());
    }

    static PersoonInvoer metInburgeringAfgerond(PersoonInvoer persoon, LocalDate op) {
        return new PersoonInvoer(persoon.persoonId(), persoon.nareiziger(), persoon.inburgeringsplichtig(),
                persoon.brpInschrijving(), persoon.pipVastgesteldOp(), op);
    }

    // --- regimes and contracts

    static GemeenteRegime regime(LocalDate geldigVanaf, int pipWeken, int ontzorgenMaanden,
            int inburgeringstermijnMaanden) {
        return new GemeenteRegime(UUID.randomUUID(), UUID.randomUUID(), geldigVanaf, pipWeken, ontzorgenMaanden,
                inburgeringstermijnMaanden);
    }

    static GemeenteRegime standaardRegime() {
        return regime(SINDS_ALTIJD, GemeenteRegime.STANDAARD_PIP_WEKEN, GemeenteRegime.STANDAARD_ONTZORGEN_MAANDEN,
                GemeenteRegime.STANDAARD_INBURGERINGSTERMIJN_MAANDEN);
    }

    /** Guidance of so many months (null: no formal end), by default counted from BRP registration. */
    static Voorwaarden begeleiding(@Nullable Integer maanden) {
        return new Voorwaarden(maanden);
    }

    static FaseNorm fase(String code, @Nullable Integer indicatieWeken) {
        return new FaseNorm(code, code, indicatieWeken);
    }

    // --- the household's dates

    TijdlijnFixture koppeling(LocalDate datum) {
        this.koppeling = datum;
        return this;
    }

    TijdlijnFixture huisvesting(LocalDate datum) {
        this.huisvesting = datum;
        return this;
    }

    TijdlijnFixture verhuizing(LocalDate datum) {
        this.verhuizing = datum;
        return this;
    }

    TijdlijnFixture verlengd(Integer... maanden) {
        verlengingen.addAll(Arrays.asList(maanden));
        return this;
    }

    TijdlijnFixture inFase(String code, @Nullable LocalDate start) {
        this.faseCode = code;
        this.faseStart = start;
        return this;
    }

    TijdlijnFixture afgerondOp(LocalDate datum) {
        this.afgerondOp = datum;
        return this;
    }

    TijdlijnFixture gemeente(GemeenteRegime... versies) {
        this.gemeenteVersies = List.of(versies);
        return this;
    }

    TijdlijnFixture contract(Voorwaarden... versies) {
        this.contractVersies = Arrays.stream(versies).map(Voorwaarden::build).toList();
        return this;
    }

    /** The household date that selects the contract version. */
    TijdlijnFixture peildatum(Startmoment moment) {
        this.peildatum = moment;
        return this;
    }

    TijdlijnFixture binnenkortDagen(int dagen) {
        this.binnenkortDagen = dagen;
        return this;
    }

    TijdlijnInvoer invoer() {
        return new TijdlijnInvoer(koppeling, huisvesting, verhuizing, personen, verlengingen, faseCode, faseStart,
                afgerondOp);
    }

    /** The latest possible end of guidance: planned end with the contract's maximum extension. */
    java.util.Optional<LocalDate> uitersteEinde(LocalDate vandaag) {
        var voorwaarden = Termijnregels.kiesVoorwaarden(contractVersies,
                Termijnregels.datum(invoer(), peildatum), vandaag);
        return Termijnregels.uitersteEinde(invoer(), voorwaarden);
    }

    Termijnen op(LocalDate vandaag) {
        return new Termijnen(Termijnregels.bereken(invoer(), gemeenteVersies, contractVersies, peildatum, vandaag,
                binnenkortDagen));
    }

    /** A valid termijn in the given status, for tests of the list helpers and of {@link Termijn} itself. */
    static Termijn termijn(TermijnStatus status, LocalDate uiterlijk) {
        return switch (status) {
            case OP_TIJD, BINNENKORT, VERLOPEN -> new Termijn(TermijnSoort.FASE, null, uiterlijk, status, null, null);
            case AFGEROND -> new Termijn(TermijnSoort.FASE, null, uiterlijk, status, null, uiterlijk);
            case GEEN_EINDE -> new Termijn(TermijnSoort.FASE, null, null, status, null, null);
            case ONBEKEND -> new Termijn(TermijnSoort.FASE, null, null, status, Termijnregels.ONTBREEKT_FASE_START,
                    null);
        };
    }

    /** The computed termijnen, looked up by kind (and person). */
    record Termijnen(List<Termijn> alle) {

        /** The one household termijn of this kind. */
        Termijn van(TermijnSoort soort) {
            var gevonden = alle.stream().filter(termijn -> termijn.soort() == soort).toList();
            assertThat(gevonden).as("household termijnen %s", soort).hasSize(1);
            return gevonden.get(0);
        }

        Termijn van(TermijnSoort soort, PersoonInvoer persoon) {
            var gevonden = alle.stream()
                    .filter(termijn -> termijn.soort() == soort && persoon.persoonId().equals(termijn.persoonId()))
                    .toList();
            assertThat(gevonden).as("%s of %s", soort, persoon.persoonId()).hasSize(1);
            return gevonden.get(0);
        }

        @Nullable LocalDate uiterlijk(TermijnSoort soort) {
            return van(soort).uiterlijk();
        }

        boolean heeft(TermijnSoort soort) {
            return alle.stream().anyMatch(termijn -> termijn.soort() == soort);
        }
    }

    /** Builds one version of contract voorwaarden. */
    static final class Voorwaarden {

        private final @Nullable Integer maanden;
        private LocalDate geldigVanaf = SINDS_ALTIJD;
        private Startmoment telVanaf = Startmoment.BRP_INSCHRIJVING;
        private int verlengingMaxMaanden;
        private int afsluitingVoorloopWeken = 4;
        private List<FaseNorm> fasen = List.of();

        private Voorwaarden(@Nullable Integer maanden) {
            this.maanden = maanden;
        }

        Voorwaarden geldigVanaf(LocalDate datum) {
            this.geldigVanaf = datum;
            return this;
        }

        Voorwaarden vanaf(Startmoment moment) {
            this.telVanaf = moment;
            return this;
        }

        Voorwaarden verlengbaarMet(int maanden) {
            this.verlengingMaxMaanden = maanden;
            return this;
        }

        Voorwaarden afsluitingWekenVooraf(int weken) {
            this.afsluitingVoorloopWeken = weken;
            return this;
        }

        Voorwaarden fasen(FaseNorm... fasen) {
            this.fasen = List.of(fasen);
            return this;
        }

        ContractVoorwaarden build() {
            return new ContractVoorwaarden(UUID.randomUUID(), UUID.randomUUID(), geldigVanaf, maanden, telVanaf,
                    telVanaf, 0, verlengingMaxMaanden, null, null, afsluitingVoorloopWeken, fasen);
        }
    }
}
