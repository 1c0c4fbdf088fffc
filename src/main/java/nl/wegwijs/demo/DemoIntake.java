package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.intake.Aanwezigen;
import nl.wegwijs.intake.DigitaleVaardigheid;
import nl.wegwijs.intake.EerderSignaal;
import nl.wegwijs.intake.Gezondheid;
import nl.wegwijs.intake.IntakeGegevens;
import nl.wegwijs.intake.IntakeService;
import nl.wegwijs.intake.Opleidingsniveau;
import nl.wegwijs.intake.SignaalBron;
import nl.wegwijs.intake.Tolk;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * Brede intakes by the gemeente's regievoerder for the adults of most running households registered in the BRP more
 * than four weeks ago: held three to nine weeks after the BRP date (some late, up to sixteen weeks), with varied
 * synthetic findings; one in seven such households has none yet, and recent households have none. Deterministic
 * (its own seed).
 */
@Component
class DemoIntake implements DemoAanvulling {

    /** A household needs this many days since its BRP date before the demo gives it an intake. */
    static final int WACHT_DAGEN = 28;

    private final IntakeService intakes;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final Random random = new Random(1919);
    private int nummer;

    DemoIntake(IntakeService intakes, TrajectService trajecten, HuishoudenService huishoudens) {
        this.intakes = intakes;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
    }

    @Override
    public int volgorde() {
        return 10;
    }

    private record Achtergrond(Opleidingsniveau niveau, String tekst) {
    }

    private static final List<Achtergrond> ACHTERGROND = List.of(
            new Achtergrond(Opleidingsniveau.VOORTGEZET,
                    "Twaalf jaar school in Aleppo. Daarna zes jaar kapper in een eigen zaak."),
            new Achtergrond(Opleidingsniveau.BASISONDERWIJS, "Vier jaar basisschool. Werkte op het land en in de bouw."),
            new Achtergrond(Opleidingsniveau.UNIVERSITEIT,
                    "Twee jaar rechten gestudeerd in Asmara, niet afgerond. Werkte als administratief medewerker."),
            new Achtergrond(Opleidingsniveau.GEEN, "Geen school gevolgd. Zorgde voor het gezin, werkte soms in de bediening."),
            new Achtergrond(Opleidingsniveau.HOGER_ONDERWIJS,
                    "Diploma verpleegkunde. Acht jaar gewerkt op de spoedeisende hulp in Damascus."),
            new Achtergrond(Opleidingsniveau.BEROEPSONDERWIJS, "Technische school. Vijf jaar monteur in een garage."),
            new Achtergrond(Opleidingsniveau.HOGER_ONDERWIJS, "Lerarenopleiding. Tien jaar juf op een basisschool."),
            new Achtergrond(Opleidingsniveau.BEROEPSONDERWIJS, "Opleiding tot kok. Werkte in hotels in Istanbul."),
            new Achtergrond(Opleidingsniveau.ONBEKEND, "Wil er nog niet veel over vertellen; later op terugkomen."));

    private static final List<String> GEZONDHEID = List.of(
            "Slaapt slecht sinds de vlucht en piekert veel. Huisarts is ingeschakeld; verwijzing naar GGZ besproken.",
            "Rugklachten na een ongeluk; kan niet lang staan of tillen.",
            "Diabetes, onder behandeling bij de huisarts. Medicijnen geregeld.",
            "Zwanger, uitgerekend over vier maanden. Verloskundige gevonden.",
            "Slechthorend aan één oor; hoortoestel aangevraagd.");

    private static final List<String> VERWACHTINGEN = List.of(
            "Over drie jaar wil ik B1 hebben en weer als kapper werken, misschien met een eigen zaak.",
            "Ik wil verpleegkundige worden in Nederland. Eerst de taal, dan mijn diploma laten erkennen.",
            "Mijn kinderen goed laten opgroeien. Zelf vrijwilligerswerk doen en Nederlands leren.",
            "Rijbewijs halen en werk vinden in de logistiek.",
            "Een opleiding in de techniek volgen en daarna een vaste baan.",
            "Zelf de post en de rekeningen kunnen regelen, en werk in een keuken.",
            "Weet het nog niet. Wil eerst rust en de taal leren.");

    private static final List<String> DIGITAAL = List.of(
            "Heeft een smartphone, gebruikt WhatsApp. DigiD nog niet zelf.",
            "Geen e-mailadres. Heeft hulp nodig bij online formulieren.",
            "Werkt goed met de computer, doet DigiD zelf.",
            "Alleen bellen en foto's; lezen op het scherm lukt niet.");

    @Override
    public void speel(Gespeeld g, Context context) {
        Huishouden h = huishoudens.intern(g.huishouden()).orElse(null);
        Traject t = h == null ? null : trajecten.samenvatting(g.traject(), h).map(s -> s.traject()).orElse(null);
        if (h == null || t == null || t.status().isAfgesloten()) {
            return;
        }
        Medewerker rv = context.regievoerders().get(t.contractId());
        LocalDate brp = h.brpDatum();
        LocalDate vandaag = context.vandaag();
        if (rv == null || brp == null || brp.isBefore(IntakeGegevens.EERSTE_DAG)
                || brp.isAfter(vandaag.minusDays(WACHT_DAGEN))) {
            return;
        }
        if (nummer++ % 7 == 3) {
            return; // waits for its intake: the overview shows it
        }
        List<Persoon> volwassenen = h.personen().stream().filter(p -> p.inburgeringsplichtig(vandaag)).toList();
        int laat = nummer % 5 == 0 ? 7 * (12 + random.nextInt(5)) : 7 * (3 + random.nextInt(7));
        LocalDate op = brp.plusDays(laat);
        if (op.isAfter(vandaag)) {
            op = vandaag.minusDays(random.nextInt(7));
        }
        boolean kleinKind = h.personen().stream().anyMatch(p -> p.leeftijd(vandaag) < 4);
        long kinderen = h.personen().stream().filter(p -> !p.volwassen(vandaag)).count();
        for (Persoon p : volwassenen) {
            if (p.brpDatum() != null && p.brpDatum().isAfter(op)) {
                continue; // a nareiziger who arrived later waits for an intake of their own
            }
            intakes.legVast(rv, h.id(), p.id(), null, gegevens(p, volwassenen.size() > 1, kleinKind, kinderen, op));
        }
    }

    private IntakeGegevens gegevens(Persoon p, boolean partner, boolean kleinKind, long kinderen, LocalDate op) {
        Achtergrond a = ACHTERGROND.get(random.nextInt(ACHTERGROND.size()));
        boolean begeleider = random.nextInt(2) == 0;
        Set<String> talen = new LinkedHashSet<>(p.talen());
        if (a.niveau() == Opleidingsniveau.UNIVERSITEIT || a.niveau() == Opleidingsniveau.HOGER_ONDERWIJS) {
            talen.add("Engels");
        }
        boolean gezondheid = random.nextInt(4) == 0;
        boolean nareizigers = !partner && random.nextInt(4) == 0;
        boolean opvang = kleinKind && random.nextInt(3) > 0;
        DigitaleVaardigheid digitaal = DigitaleVaardigheid.values()[random.nextInt(3)];
        List<EerderSignaal> signalen = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            signalen.add(new EerderSignaal(SignaalBron.COA, op.minusMonths(2),
                    "Overdracht COA: controle bij de huisarts nodig, inentingen kinderen nog niet compleet."));
        }
        if (begeleider && random.nextInt(2) == 0) {
            signalen.add(new EerderSignaal(SignaalBron.BEGELEIDER, op.minusDays(10),
                    "Voortgangsrapportage: reist zelfstandig met het OV; post en toeslagen nog samen."));
        }
        if (gezondheid && random.nextInt(2) == 0) {
            signalen.add(new EerderSignaal(SignaalBron.HUISARTS, op.minusDays(20),
                    "Huisarts vraagt rekening te houden met behandelafspraken op dinsdag."));
        }
        String gezin = partner ? (kinderen > 0 ? "Getrouwd, samen met de kinderen in Nederland." : "Getrouwd, geen kinderen.")
                : (kinderen > 0 ? "Alleenstaande ouder; de kinderen wonen bij haar of hem." : "Alleenstaand.");
        return new IntakeGegevens(op, new Aanwezigen(true, partner && random.nextInt(3) == 0, begeleider, begeleider,
                null), p.tolkNodig() && p.tolkTaal() != null ? Tolk.PROFESSIONEEL : Tolk.GEEN, p.tolkTaal(),
                a.niveau(), a.tekst(), new ArrayList<>(talen), p.geletterdheid(), null,
                new Gezondheid(gezondheid, gezondheid ? GEZONDHEID.get(random.nextInt(GEZONDHEID.size())) : null),
                gezin, nareizigers, nareizigers ? "Echtgenote en twee kinderen wachten in Addis Abeba op een visum."
                        : null,
                digitaal, DIGITAAL.get(random.nextInt(DIGITAAL.size())),
                VERWACHTINGEN.get(random.nextInt(VERWACHTINGEN.size())), opvang,
                opvang ? "Jongste kind kan nog niet naar school; wachtlijst bij de kinderopvang in de wijk." : null,
                signalen);
    }
}
