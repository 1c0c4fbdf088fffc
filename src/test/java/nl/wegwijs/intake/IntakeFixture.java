package nl.wegwijs.intake;

import java.time.LocalDate;
import java.util.List;

import nl.wegwijs.huishouden.Geletterdheid;

/** Valid intake findings to start from in tests, with a health finding that must stay the regievoerder's. */
final class IntakeFixture {

    static final String GEZONDHEID = "Slaapt slecht sinds de vlucht; huisarts ingeschakeld";

    private IntakeFixture() {
    }

    static IntakeGegevens gegevens(LocalDate op) {
        return new IntakeGegevens(op, new Aanwezigen(true, false, true, true, null), Tolk.PROFESSIONEEL, "Arabisch",
                Opleidingsniveau.BEROEPSONDERWIJS, "Vijf jaar monteur in een garage", List.of("Arabisch", "Engels"),
                Geletterdheid.GELETTERD, null, new Gezondheid(true, GEZONDHEID), "Getrouwd, een dochter", true,
                "Broer komt over een half jaar", DigitaleVaardigheid.BASIS, "DigiD nog samen",
                "Over drie jaar werk als monteur", false, null,
                List.of(new EerderSignaal(SignaalBron.COA, op.minusMonths(1), "Inentingen nog niet compleet")));
    }

    static IntakeGegevens metGehoudenOp(IntakeGegevens g, LocalDate op) {
        return new IntakeGegevens(op, g.aanwezig(), g.tolk(), g.tolkTaal(), g.opleidingsniveau(), g.opleidingWerk(),
                g.talen(), g.geletterdheid(), g.taalToelichting(), g.gezondheid(), g.gezin(), g.nareizigersVerwacht(),
                g.nareizigersToelichting(), g.digitaal(), g.digitaalToelichting(), g.verwachtingen(),
                g.kinderopvangNodig(), g.kinderopvangToelichting(), g.signalen());
    }

    static IntakeGegevens metAanwezig(IntakeGegevens g, Aanwezigen a) {
        return new IntakeGegevens(g.gehoudenOp(), a, g.tolk(), g.tolkTaal(), g.opleidingsniveau(), g.opleidingWerk(),
                g.talen(), g.geletterdheid(), g.taalToelichting(), g.gezondheid(), g.gezin(), g.nareizigersVerwacht(),
                g.nareizigersToelichting(), g.digitaal(), g.digitaalToelichting(), g.verwachtingen(),
                g.kinderopvangNodig(), g.kinderopvangToelichting(), g.signalen());
    }

    static IntakeGegevens metTolk(IntakeGegevens g, Tolk tolk, String taal) {
        return new IntakeGegevens(g.gehoudenOp(), g.aanwezig(), tolk, taal, g.opleidingsniveau(), g.opleidingWerk(),
                g.talen(), g.geletterdheid(), g.taalToelichting(), g.gezondheid(), g.gezin(), g.nareizigersVerwacht(),
                g.nareizigersToelichting(), g.digitaal(), g.digitaalToelichting(), g.verwachtingen(),
                g.kinderopvangNodig(), g.kinderopvangToelichting(), g.signalen());
    }

    static IntakeGegevens metGezondheid(IntakeGegevens g, Gezondheid gz) {
        return new IntakeGegevens(g.gehoudenOp(), g.aanwezig(), g.tolk(), g.tolkTaal(), g.opleidingsniveau(),
                g.opleidingWerk(), g.talen(), g.geletterdheid(), g.taalToelichting(), gz, g.gezin(),
                g.nareizigersVerwacht(), g.nareizigersToelichting(), g.digitaal(), g.digitaalToelichting(),
                g.verwachtingen(), g.kinderopvangNodig(), g.kinderopvangToelichting(), g.signalen());
    }

    static IntakeGegevens metSignalen(IntakeGegevens g, List<EerderSignaal> signalen) {
        return new IntakeGegevens(g.gehoudenOp(), g.aanwezig(), g.tolk(), g.tolkTaal(), g.opleidingsniveau(),
                g.opleidingWerk(), g.talen(), g.geletterdheid(), g.taalToelichting(), g.gezondheid(), g.gezin(),
                g.nareizigersVerwacht(), g.nareizigersToelichting(), g.digitaal(), g.digitaalToelichting(),
                g.verwachtingen(), g.kinderopvangNodig(), g.kinderopvangToelichting(), signalen);
    }

    static IntakeGegevens metVerwachtingen(IntakeGegevens g, String verwachtingen) {
        return new IntakeGegevens(g.gehoudenOp(), g.aanwezig(), g.tolk(), g.tolkTaal(), g.opleidingsniveau(),
                g.opleidingWerk(), g.talen(), g.geletterdheid(), g.taalToelichting(), g.gezondheid(), g.gezin(),
                g.nareizigersVerwacht(), g.nareizigersToelichting(), g.digitaal(), g.digitaalToelichting(),
                verwachtingen, g.kinderopvangNodig(), g.kinderopvangToelichting(), g.signalen());
    }
}
