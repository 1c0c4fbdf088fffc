package nl.wegwijs.intake;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.system.DomeinFout;

/**
 * What a brede intake records, as the regievoerder enters it: when it was held, who attended, the interpreter, and
 * the findings per area of life (education and work, languages and literacy, health, family and family
 * reunification, digital skills, expectations, childcare) with the signals others already gave. Texts are stripped
 * and blank ones become null; {@link #controleer} holds the rules across fields.
 * <p>
 * {@code gezondheid} is null when the reader may not see it (anyone but the regievoerder); a write always carries it.
 */
public record IntakeGegevens(LocalDate gehoudenOp, Aanwezigen aanwezig, Tolk tolk, @Nullable String tolkTaal,
        Opleidingsniveau opleidingsniveau, @Nullable String opleidingWerk, List<String> talen,
        Geletterdheid geletterdheid, @Nullable String taalToelichting, @Nullable Gezondheid gezondheid,
        @Nullable String gezin, boolean nareizigersVerwacht, @Nullable String nareizigersToelichting,
        DigitaleVaardigheid digitaal, @Nullable String digitaalToelichting, @Nullable String verwachtingen,
        boolean kinderopvangNodig, @Nullable String kinderopvangToelichting, List<EerderSignaal> signalen) {

    /** The Wet inburgering 2021 took effect: no brede intake before. */
    public static final LocalDate EERSTE_DAG = LocalDate.of(2022, 1, 1);
    /** Longest free text of one finding. */
    public static final int TEKST_MAX = 4000;
    /** Longest short text (a language, who else attended). */
    public static final int KORT_MAX = 200;
    /** Most languages and most earlier signals per intake. */
    public static final int TALEN_MAX = 12;
    public static final int SIGNALEN_MAX = 20;

    public IntakeGegevens {
        tolkTaal = tekst(tolkTaal);
        opleidingWerk = tekst(opleidingWerk);
        taalToelichting = tekst(taalToelichting);
        gezin = tekst(gezin);
        nareizigersToelichting = tekst(nareizigersToelichting);
        digitaalToelichting = tekst(digitaalToelichting);
        verwachtingen = tekst(verwachtingen);
        kinderopvangToelichting = tekst(kinderopvangToelichting);
        LinkedHashSet<String> uniek = new LinkedHashSet<>();
        for (String t : talen) {
            String s = tekst(t);
            if (s != null && uniek.stream().noneMatch(u -> u.equalsIgnoreCase(s))) {
                uniek.add(s);
            }
        }
        talen = List.copyOf(uniek);
        signalen = List.copyOf(signalen);
        if (tolk == Tolk.GEEN) {
            tolkTaal = null;
        }
        if (!aanwezig.begeleider() && aanwezig.instemming()) {
            aanwezig = new Aanwezigen(aanwezig.persoon(), aanwezig.partner(), false, false, aanwezig.overig());
        }
    }

    /**
     * Refuses ({@link DomeinFout} with a message key) what cannot be: a day in the future or before the law took
     * effect; nobody attending; the guide attending without the person's agreement; an interpreter without a language;
     * health marked for attention without saying what; a signal without date or text; texts or lists that are too
     * long. A write must carry the health finding.
     */
    public void controleer(LocalDate vandaag) {
        if (gehoudenOp.isAfter(vandaag)) {
            throw new DomeinFout("intake.gehouden.toekomst");
        }
        if (gehoudenOp.isBefore(EERSTE_DAG)) {
            throw new DomeinFout("intake.gehouden.te-vroeg");
        }
        if (!aanwezig.persoon() && !aanwezig.partner() && !aanwezig.begeleider() && aanwezig.overig() == null) {
            throw new DomeinFout("intake.aanwezig.leeg");
        }
        if (aanwezig.begeleider() && !aanwezig.instemming()) {
            throw new DomeinFout("intake.instemming.nodig");
        }
        if (tolk != Tolk.GEEN && tolkTaal == null) {
            throw new DomeinFout("intake.tolk-taal.leeg");
        }
        if (gezondheid == null) {
            throw new DomeinFout("intake.gezondheid.ontbreekt");
        }
        if (gezondheid.aandacht() && gezondheid.toelichting() == null) {
            throw new DomeinFout("intake.gezondheid.toelichting.leeg");
        }
        if (talen.size() > TALEN_MAX) {
            throw new DomeinFout("intake.talen.te-veel", TALEN_MAX);
        }
        if (signalen.size() > SIGNALEN_MAX) {
            throw new DomeinFout("intake.signalen.te-veel", SIGNALEN_MAX);
        }
        for (EerderSignaal s : signalen) {
            if (s.datum().isAfter(vandaag)) {
                throw new DomeinFout("intake.signaal.datum.toekomst");
            }
            if (s.tekst().isBlank()) {
                throw new DomeinFout("intake.signaal.tekst.leeg");
            }
            lengte(s.tekst(), TEKST_MAX);
        }
        for (String t : talen) {
            lengte(t, KORT_MAX);
        }
        lengte(tolkTaal, KORT_MAX);
        lengte(aanwezig.overig(), KORT_MAX);
        for (String t : new @Nullable String[] { opleidingWerk, taalToelichting, gezondheid.toelichting(), gezin,
                nareizigersToelichting, digitaalToelichting, verwachtingen, kinderopvangToelichting }) {
            lengte(t, TEKST_MAX);
        }
    }

    private static void lengte(@Nullable String tekst, int max) {
        if (tekst != null && tekst.length() > max) {
            throw new DomeinFout("intake.te-lang", max);
        }
    }

    /** The same findings without the health finding: what everyone but the regievoerder gets. */
    public IntakeGegevens zonderGezondheid() {
        return new IntakeGegevens(gehoudenOp, aanwezig, tolk, tolkTaal, opleidingsniveau, opleidingWerk, talen,
                geletterdheid, taalToelichting, null, gezin, nareizigersVerwacht, nareizigersToelichting, digitaal,
                digitaalToelichting, verwachtingen, kinderopvangNodig, kinderopvangToelichting, signalen);
    }

    /** Languages as one line ("Arabisch, Engels"). */
    public String talenRegel() {
        return String.join(", ", talen);
    }

    /** Splits a typed list of languages on commas and semicolons. */
    public static List<String> talen(@Nullable String regel) {
        if (regel == null) {
            return List.of();
        }
        return java.util.Arrays.stream(regel.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A text stripped, null when blank. */
    static @Nullable String tekst(@Nullable String t) {
        if (t == null) {
            return null;
        }
        String s = t.strip();
        return s.isEmpty() ? null : s;
    }

}
