package nl.wegwijs.generator;

import java.util.List;
import java.util.Locale;

/**
 * How much to generate.
 *
 * @param naam the name used on the command line ({@code --wegwijs.generate=national})
 * @param gemeenten number of gemeenten; the first ones are the gemeenten of the domain brief by name
 * @param huishoudens number of households (about 2.5 persons each), one trajectory each
 * @param leesPerWeek how often per week of guidance a household file is read (every read logs every person)
 * @param echteCbsCodes real CBS codes (below GM2000) for the named gemeenten and codes in the real range for the
 *        others; false gives codes GM2000 to GM7999, which no real gemeente, the demo data or the test worlds
 *        (GM8000 to GM9999) use
 */
record Schaal(String naam, int gemeenten, int huishoudens, double leesPerWeek, boolean echteCbsCodes) {

    static final Schaal SMALL = new Schaal("small", 24, 1_000, 0.25, true);
    static final Schaal NATIONAL = new Schaal("national", 342, 60_000, 0.25, true);

    Schaal {
        if (gemeenten < 1 || gemeenten > 1_900 || huishoudens < gemeenten) {
            throw new IllegalArgumentException("Schaal past niet: " + gemeenten + " gemeenten, " + huishoudens
                    + " huishoudens");
        }
    }

    static Schaal van(String naam) {
        return switch (naam.strip().toLowerCase(Locale.ROOT)) {
            case "small", "klein" -> SMALL;
            case "national", "landelijk" -> NATIONAL;
            default -> throw new IllegalArgumentException("Onbekende schaal '" + naam + "'; kies uit "
                    + List.of(SMALL.naam(), NATIONAL.naam()));
        };
    }
}
