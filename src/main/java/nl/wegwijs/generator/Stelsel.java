package nl.wegwijs.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.organisatie.Team;
import nl.wegwijs.organisatie.Uitvoerder;

/**
 * The generated organisation: gemeenten with their regimes, uitvoerders with a team per gemeente they serve,
 * contracts with versioned voorwaarden, and the staff, sized to the households each team will get. The gemeenten of
 * the domain brief (§5) come first, by name and with their own arrangement; the others get a synthetic name and an
 * arrangement drawn from the same kinds.
 */
final class Stelsel {

    /** The Wet inburgering 2021 took effect; the default start of regimes and contracts. */
    static final LocalDate WI2021 = LocalDate.of(2022, 1, 1);
    /** Trajectories start over this many years before today. */
    static final int JAREN = 4;
    /** Above 1: more aanmeldingen in recent years than long ago. */
    private static final double RECENTHEID = 1.15;

    static final int HUISHOUDENS_PER_BEGELEIDER = 40;
    static final int HUISHOUDENS_PER_VRIJWILLIGER = 3;

    enum Soort {
        VLUCHTELINGENWERK, HUMANITAS, INOVA, GRO_UP, MOOK, GEMEENTE
    }

    /** What guidance looks like in one version of a contract (see {@link ContractVoorwaarden}). */
    record Profiel(@Nullable Integer maanden, Startmoment telVanaf, Startmoment starttrigger, int startNaWeken,
            int verlengingMax, int voorloopWeken, List<FaseNorm> fasen) {
    }

    record Versie(LocalDate geldigVanaf, Profiel profiel) {
    }

    /** A contract to make, with how its households end and how often phase 1 is done by someone else. */
    record ContractPlan(Soort soort, String regio, Startmoment peildatum, LocalDate ingang, @Nullable LocalDate einde,
            double aandeel, List<Versie> versies, double overdrachtKans, double fase1Kans) {
    }

    static final class TeamPlan {
        final Team team;
        final UitvoerderPlan uitvoerder;
        final List<Medewerker> begeleiders = new ArrayList<>();
        final List<Medewerker> vrijwilligers = new ArrayList<>();
        double verwacht;

        TeamPlan(Team team, UitvoerderPlan uitvoerder) {
            this.team = team;
            this.uitvoerder = uitvoerder;
        }
    }

    static final class UitvoerderPlan {
        final Uitvoerder uitvoerder;
        final Soort soort;
        final List<Medewerker> teamleiders = new ArrayList<>();
        final Map<UUID, TeamPlan> teams = new LinkedHashMap<>();

        UitvoerderPlan(Uitvoerder uitvoerder, Soort soort) {
            this.uitvoerder = uitvoerder;
            this.soort = soort;
        }

        /** Stichting Vluchtelingenhulp Mook: volunteers only, no paid begeleiders. */
        boolean alleenVrijwilligers() {
            return soort == Soort.MOOK;
        }

        double verwacht() {
            return teams.values().stream().mapToDouble(t -> t.verwacht).sum();
        }
    }

    static final class Afspraak {
        final Contract contract;
        final List<ContractVoorwaarden> voorwaarden;
        final UitvoerderPlan uitvoerder;
        final TeamPlan team;
        final double aandeel;
        final double overdrachtKans;
        final double fase1Kans;
        @Nullable Afspraak opvolger;

        Afspraak(Contract contract, List<ContractVoorwaarden> voorwaarden, UitvoerderPlan uitvoerder, TeamPlan team,
                double aandeel, double overdrachtKans, double fase1Kans) {
            this.contract = contract;
            this.voorwaarden = voorwaarden;
            this.uitvoerder = uitvoerder;
            this.team = team;
            this.aandeel = aandeel;
            this.overdrachtKans = overdrachtKans;
            this.fase1Kans = fase1Kans;
        }
    }

    static final class GemeentePlan {
        final Gemeente gemeente;
        final double gewicht;
        final List<GemeenteRegime> regimes;
        final List<Afspraak> afspraken = new ArrayList<>();
        final int postcode;
        final List<Medewerker> regievoerders = new ArrayList<>();
        final List<Medewerker> budgetcoaches = new ArrayList<>();
        final List<Medewerker> wijkteam = new ArrayList<>();
        final List<Medewerker> beleid = new ArrayList<>();
        final List<Medewerker> privacy = new ArrayList<>();
        int huishoudens;

        GemeentePlan(Gemeente gemeente, double gewicht, List<GemeenteRegime> regimes, int postcode) {
            this.gemeente = gemeente;
            this.gewicht = gewicht;
            this.regimes = regimes;
            this.postcode = postcode;
        }

        /** The contract a household registered on {@code op} falls under; by share when two run side by side. */
        Afspraak bij(LocalDate op, Willekeur w) {
            List<Afspraak> lopend = afspraken.stream().filter(a -> a.contract.loopt(op)).toList();
            if (lopend.isEmpty()) {
                return afspraken.get(0);
            }
            if (lopend.size() == 1) {
                return lopend.get(0);
            }
            return lopend.get(w.gewogen(lopend.stream().mapToDouble(a -> a.aandeel).toArray()));
        }
    }

    final List<GemeentePlan> gemeenten = new ArrayList<>();
    final List<UitvoerderPlan> uitvoerders = new ArrayList<>();
    final List<Medewerker> medewerkers = new ArrayList<>();
    final List<Medewerker> beheerders = new ArrayList<>();
    private final Map<String, UitvoerderPlan> perSleutel = new LinkedHashMap<>();
    private final Map<Rol, Integer> tellers = new LinkedHashMap<>();
    private final Map<UUID, String> fte = new LinkedHashMap<>();
    private final Map<UUID, List<UUID>> lidVan = new LinkedHashMap<>();
    private final Willekeur w;
    private final LocalDate vandaag;
    private final String prefix;
    private int vluchtelingenwerkTeller;
    private int humanitasTeller;
    private @Nullable String vluchtelingenwerkRegio;
    private @Nullable String humanitasRegio;

    private Stelsel(Willekeur w, LocalDate vandaag, String prefix) {
        this.w = w;
        this.vandaag = vandaag;
        this.prefix = prefix;
    }

    /**
     * @param bezetteCodes CBS codes already in the database, never handed out again
     */
    static Stelsel bouw(Schaal schaal, Willekeur w, LocalDate vandaag, Set<String> bezetteCodes, String prefix) {
        Stelsel s = new Stelsel(w, vandaag, prefix);
        s.gemeenten(schaal, new HashSet<>(bezetteCodes));
        s.verdeel(schaal.huishoudens());
        s.bemens();
        return s;
    }

    /** The day a household was registered: over the last {@link #JAREN} years, more of them recently. */
    static LocalDate aanmelddag(Willekeur w, LocalDate vandaag) {
        long dagen = ChronoUnit.DAYS.between(vandaag.minusYears(JAREN), vandaag);
        return vandaag.minusDays((long) Math.floor(dagen * Math.pow(w.fractie(), RECENTHEID)));
    }

    /** The share of households registered before {@code datum} (see {@link #aanmelddag}). */
    private double aandeelVoor(LocalDate datum) {
        double dagen = ChronoUnit.DAYS.between(vandaag.minusYears(JAREN), vandaag);
        double x = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(datum, vandaag) / dagen));
        return 1 - Math.pow(x, 1 / RECENTHEID);
    }

    // --- gemeenten and their arrangements

    private void gemeenten(Schaal schaal, Set<String> bezetteCodes) {
        Set<String> namen = new HashSet<>();
        List<Benoemd> benoemd = Benoemd.alle();
        for (int i = 0; i < schaal.gemeenten(); i++) {
            if (i < benoemd.size()) {
                Benoemd b = benoemd.get(i);
                namen.add(b.naam);
                String code = schaal.echteCbsCodes() && bezetteCodes.add(b.cbs) ? b.cbs
                        : code(schaal, bezetteCodes);
                gemeente(b.naam, code, b.gewicht, b.plannen);
            }
            else {
                String naam = Namen.gemeente(w, namen);
                boolean zaffier = i - benoemd.size() < 6;
                // lognormal sizes, capped so the big cities of the brief stay the biggest
                gemeente(naam, code(schaal, bezetteCodes), Math.min(5, Math.exp(0.8 * gauss()) * 0.9),
                        zaffier ? List.of(zaffier()) : synthetisch(naam));
            }
        }
    }

    private double gauss() {
        // Box-Muller from two uniform draws, so the draw count is fixed
        double u = Math.max(1e-12, w.fractie());
        double v = w.fractie();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private String code(Schaal schaal, Set<String> bezet) {
        int van = schaal.echteCbsCodes() ? 3 : 2000;
        int tot = schaal.echteCbsCodes() ? 1999 : 7999; // GM8000-GM9999: the test worlds of TestData
        while (true) {
            String code = String.format(Locale.ROOT, "GM%04d", w.tussen(van, tot));
            if (bezet.add(code)) {
                return code;
            }
        }
    }

    private void gemeente(String naam, String cbs, double gewicht, List<ContractPlan> plannen) {
        Gemeente g = new Gemeente(w.uuid(), naam, cbs);
        List<GemeenteRegime> regimes = new ArrayList<>();
        regimes.add(new GemeenteRegime(w.uuid(), g.id(), WI2021, GemeenteRegime.STANDAARD_PIP_WEKEN,
                GemeenteRegime.STANDAARD_ONTZORGEN_MAANDEN, GemeenteRegime.STANDAARD_INBURGERINGSTERMIJN_MAANDEN));
        if (w.kans(0.12)) {
            // since 2023 more room for tailoring: a year of financieel ontzorgen
            regimes.add(new GemeenteRegime(w.uuid(), g.id(), LocalDate.of(2024, 1, 1),
                    GemeenteRegime.STANDAARD_PIP_WEKEN, 12, GemeenteRegime.STANDAARD_INBURGERINGSTERMIJN_MAANDEN));
        }
        GemeentePlan plan = new GemeentePlan(g, gewicht, List.copyOf(regimes), w.tussen(1000, 9899));
        for (ContractPlan c : plannen) {
            UitvoerderPlan u = uitvoerder(c, g);
            TeamPlan team = u.teams.computeIfAbsent(g.id(), id -> new TeamPlan(new Team(w.uuid(),
                    u.uitvoerder.id(), naam), u));
            Contract contract = new Contract(w.uuid(), g.id(), u.uitvoerder.id(), c.peildatum(), c.ingang(),
                    c.einde(), naam, u.uitvoerder.naam());
            List<ContractVoorwaarden> versies = c.versies().stream().map(v -> voorwaarden(contract.id(), v))
                .toList();
            plan.afspraken.add(new Afspraak(contract, versies, u, team, c.aandeel(), c.overdrachtKans(),
                    c.fase1Kans()));
        }
        for (Afspraak oud : plan.afspraken) {
            LocalDate einde = oud.contract.einde();
            if (einde != null) {
                plan.afspraken.stream().filter(a -> a.contract.ingang().equals(einde.plusDays(1))).findFirst()
                    .ifPresent(nieuw -> oud.opvolger = nieuw);
            }
        }
        gemeenten.add(plan);
    }

    private ContractVoorwaarden voorwaarden(UUID contract, Versie v) {
        Profiel p = v.profiel();
        return new ContractVoorwaarden(w.uuid(), contract, v.geldigVanaf(), p.maanden(), p.telVanaf(),
                p.starttrigger(), p.startNaWeken(), p.verlengingMax(),
                p.verlengingMax() > 0 ? "In uitzonderingsgevallen, na casusoverleg" : null,
                p.verlengingMax() > 0 ? "Regievoerder" : null, p.voorloopWeken(), p.fasen());
    }

    private UitvoerderPlan uitvoerder(ContractPlan c, Gemeente g) {
        String regio = switch (c.soort()) {
            case VLUCHTELINGENWERK -> regio(c, true);
            case HUMANITAS -> regio(c, false);
            default -> "";
        };
        String sleutel = c.soort() == Soort.GEMEENTE ? "GEMEENTE:" + g.id() : c.soort().name() + ":" + regio;
        UitvoerderPlan u = perSleutel.get(sleutel);
        if (u == null) {
            String naam = switch (c.soort()) {
                case VLUCHTELINGENWERK -> "VluchtelingenWerk " + regio;
                case HUMANITAS -> "Humanitas " + regio;
                case INOVA -> "INOVA";
                case GRO_UP -> "Gro-up";
                case MOOK -> "Stichting Vluchtelingenhulp Mook";
                case GEMEENTE -> "Gemeente " + g.naam();
            };
            u = new UitvoerderPlan(new Uitvoerder(w.uuid(), naam, c.soort() == Soort.GEMEENTE ? g.id() : null),
                    c.soort());
            perSleutel.put(sleutel, u);
            uitvoerders.add(u);
        }
        return u;
    }

    /** The region of a branch: given for the named gemeenten, otherwise a new branch every 10 (Humanitas: 3). */
    private String regio(ContractPlan c, boolean vluchtelingenwerk) {
        if (!c.regio().startsWith("~")) {
            return c.regio();
        }
        String naam = c.regio().substring(1);
        if (vluchtelingenwerk) {
            if (vluchtelingenwerkRegio == null || vluchtelingenwerkTeller % 10 == 0) {
                vluchtelingenwerkRegio = naam + " e.o.";
            }
            vluchtelingenwerkTeller++;
            return vluchtelingenwerkRegio;
        }
        if (humanitasRegio == null || humanitasTeller % 3 == 0) {
            humanitasRegio = "regio " + naam;
        }
        humanitasTeller++;
        return humanitasRegio;
    }

    // --- the gemeenten of the domain brief

    /** A gemeente of the domain brief with its own arrangement. */
    private record Benoemd(String naam, String cbs, double gewicht, List<ContractPlan> plannen) {

        static final String VERDER = "Verdere begeleiding";
        static final LocalDate VOOR_2020 = LocalDate.of(2018, 1, 1);

        static List<Benoemd> alle() {
            Profiel rotterdam = new Profiel(24, Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, 0, 8,
                    List.of(fase(1, "Opstart", 17), fase(2, VERDER, null), fase(3, "Afsluiting", null)));
            Profiel drenthe = new Profiel(18, Startmoment.HUISVESTING, Startmoment.HUISVESTING, 0, 6, 6,
                    List.of(fase(1, "Basis op orde", 13), fase(2, VERDER, null)));
            Soort vwn = Soort.VLUCHTELINGENWERK;
            return List.of(
                    new Benoemd("Rotterdam", "GM0599", 14, List.of(plan(vwn, "Rijnmond", 0.7, rotterdam, 0.15, 0.3),
                            plan(Soort.GRO_UP, "", 0.3, rotterdam, 0.15, 0.3))),
                    // regeldag specialists do phase 1
                    een("Den Haag", "GM0518", 12, vwn, "Haaglanden", twee(12, 0, 6, "Opstart", 17, VERDER), 0.2, 0.85),
                    // guidance cut from 2 years to 1 for households housed from 1 January 2020; warm handover for all
                    new Benoemd("Haarlem", "GM0392", 4, List.of(new ContractPlan(vwn, "Kennemerland",
                            Startmoment.HUISVESTING, VOOR_2020, null, 1, List.of(
                                    new Versie(VOOR_2020, twee(24, 0, 8, "Opstart", 13, VERDER)),
                                    new Versie(LocalDate.of(2020, 1, 1), twee(12, 0, 8, "Opstart", 13, VERDER))),
                            1.0, 0.3))),
                    // the gemeente itself, no formal end
                    een("Tholen", "GM0716", 0.6, Soort.GEMEENTE, "", new Profiel(null, Startmoment.BRP_INSCHRIJVING,
                            Startmoment.BRP_INSCHRIJVING, 0, 0, 6,
                            List.of(fase(1, "Opstart", 6), fase(2, VERDER, null))), 0.1, 0.2),
                    // VluchtelingenWerk until 2024, then the gemeente itself: one year intensive, then spreekuur
                    new Benoemd("Heerenveen", "GM0074", 1.2, List.of(
                            new ContractPlan(vwn, "Friesland", Startmoment.BRP_INSCHRIJVING, LocalDate.of(2020, 1, 1),
                                    LocalDate.of(2023, 12, 31), 1, List.of(new Versie(LocalDate.of(2020, 1, 1),
                                            twee(36, 6, 6, "Opstart", 26, VERDER))), 0.2, 0.3),
                            new ContractPlan(Soort.GEMEENTE, "", Startmoment.BRP_INSCHRIJVING, LocalDate.of(2024, 1, 1),
                                    null, 1, List.of(new Versie(LocalDate.of(2024, 1, 1),
                                            twee(36, 6, 6, "Intensief", 52, "Spreekuur"))), 0.2, 0.2))),
                    // starts at the koppeling
                    een("Groningen", "GM0014", 5, Soort.HUMANITAS, "Groningen", new Profiel(36,
                            Startmoment.BRP_INSCHRIJVING, Startmoment.KOPPELING, 0, 0, 8,
                            List.of(fase(1, "Basis op orde", 26), fase(2, "Stabiel houden", null))), 0.2, 0.2),
                    een("Utrecht", "GM0344", 8, vwn, "Midden-Nederland", twee(36, 0, 8, "Opstart", 13, VERDER), 0.25,
                            0.3),
                    // an administratief begeleider for phase 1; half a year extra possible
                    een("Woerden", "GM0632", 1, vwn, "Midden-Nederland",
                            twee(12, 6, 6, "Administratieve start", 8, VERDER), 0.2, 0.85),
                    een("Roermond", "GM0957", 1.2, vwn, "Limburg", new Profiel(6, Startmoment.BRP_INSCHRIJVING,
                            Startmoment.BRP_INSCHRIJVING, 0, 0, 4, List.of(fase(1, "Opstart", 8),
                                    fase(2, "Plangesprekken", null))), 0.1, 0.3),
                    // 18 months from housing
                    een("Assen", "GM0106", 1.3, vwn, "Drenthe", drenthe, 0.2, 0.3),
                    een("Tynaarlo", "GM1730", 0.8, vwn, "Drenthe", drenthe, 0.2, 0.3),
                    een("Aa en Hunze", "GM1680", 0.6, vwn, "Drenthe", drenthe, 0.2, 0.3),
                    // De Bevelanden: 2 years (+1)
                    een("Goes", "GM0664", 0.9, vwn, "Zeeland", twee(24, 12, 8, "Opstart", 13, VERDER), 0.2, 0.3),
                    // starts at housing; before 2023 six weeks after it
                    new Benoemd("Dongen", "GM0766", 0.6, List.of(new ContractPlan(vwn, "Brabant",
                            Startmoment.HUISVESTING, VOOR_2020, null, 1, List.of(
                                    new Versie(VOOR_2020, new Profiel(9, Startmoment.BRP_INSCHRIJVING,
                                            Startmoment.HUISVESTING, 6, 0, 4,
                                            List.of(fase(1, "Opstart", 8), fase(2, VERDER, null)))),
                                    new Versie(LocalDate.of(2023, 1, 1), twee(9, 0, 4, "Opstart", 8, VERDER))),
                            0.2, 0.3))),
                    // volunteers only
                    een("Mook en Middellaar", "GM0944", 0.3, Soort.MOOK, "", twee(24, 0, 6, "Opstart", 13, VERDER),
                            0.2, 0));
        }

        private static Benoemd een(String naam, String cbs, double gewicht, Soort soort, String regio,
                Profiel profiel, double overdracht, double fase1) {
            return new Benoemd(naam, cbs, gewicht, List.of(plan(soort, regio, 1, profiel, overdracht, fase1)));
        }

        /** Counted from BRP, started at housing, two phases of which the first has indicative weeks. */
        private static Profiel twee(int maanden, int verlenging, int voorloop, String eerste, int weken,
                String tweede) {
            return new Profiel(maanden, Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, verlenging,
                    voorloop, List.of(fase(1, eerste, weken), fase(2, tweede, null)));
        }
    }

    static FaseNorm fase(int nummer, String naam, @Nullable Integer weken) {
        return new FaseNorm("FASE" + nummer, naam, weken);
    }

    /** The six gemeenten of the Zaffier region: INOVA, one year with paid staff and a start team. */
    private ContractPlan zaffier() {
        return new ContractPlan(Soort.INOVA, "", Startmoment.BRP_INSCHRIJVING, WI2021, null, 1, List.of(new Versie(
                WI2021, new Profiel(12, Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, 6, 6,
                        List.of(fase(1, "Startteam", 12), fase(2, "Verdere begeleiding", null))))),
                0.2, 0.7);
    }

    /** An arrangement drawn for a synthetic gemeente. */
    private List<ContractPlan> synthetisch(String naam) {
        Profiel profiel = profiel();
        double soort = w.fractie();
        String regio = "~" + naam;
        double overdracht = 0.1 + 0.2 * w.fractie();
        double fase1 = 0.15 + 0.3 * w.fractie();
        if (soort < 0.03) {
            return List.of(plan(Soort.GEMEENTE, regio, 1, profiel, overdracht, fase1));
        }
        if (soort < 0.11) {
            return List.of(plan(Soort.HUMANITAS, regio, 1, profiel, overdracht, fase1));
        }
        if (soort < 0.14) {
            // changed uitvoerder: VluchtelingenWerk until the switch, then Humanitas or the gemeente itself
            LocalDate wissel = w.kans(0.5) ? LocalDate.of(2024, 7, 1) : LocalDate.of(2025, 1, 1);
            Soort nieuw = w.kans(0.5) ? Soort.HUMANITAS : Soort.GEMEENTE;
            return List.of(
                    new ContractPlan(Soort.VLUCHTELINGENWERK, regio, Startmoment.BRP_INSCHRIJVING, WI2021,
                            wissel.minusDays(1), 1, List.of(new Versie(WI2021, profiel)), overdracht, fase1),
                    new ContractPlan(nieuw, regio, Startmoment.BRP_INSCHRIJVING, wissel, null, 1,
                            List.of(new Versie(wissel, profiel())), overdracht, fase1));
        }
        if (soort < 0.17) {
            return List.of(plan(Soort.VLUCHTELINGENWERK, regio, 0.7, profiel, overdracht, fase1),
                    plan(Soort.GRO_UP, regio, 0.3, profiel, overdracht, fase1));
        }
        if (soort < 0.23) {
            // Haarlem-style: the household's housing date selects a version; guidance was cut from 2 years to 1
            Profiel lang = new Profiel(24, profiel.telVanaf(), profiel.starttrigger(), profiel.startNaWeken(),
                    profiel.verlengingMax(), profiel.voorloopWeken(), profiel.fasen());
            Profiel kort = new Profiel(12, profiel.telVanaf(), profiel.starttrigger(), profiel.startNaWeken(),
                    profiel.verlengingMax(), profiel.voorloopWeken(), profiel.fasen());
            return List.of(new ContractPlan(Soort.VLUCHTELINGENWERK, regio, Startmoment.HUISVESTING, WI2021, null,
                    1, List.of(new Versie(WI2021, lang), new Versie(LocalDate.of(2024, 7, 1), kort)), overdracht,
                    fase1));
        }
        return List.of(new ContractPlan(Soort.VLUCHTELINGENWERK, regio,
                w.kans(0.8) ? Startmoment.BRP_INSCHRIJVING : Startmoment.HUISVESTING, WI2021, null, 1,
                List.of(new Versie(WI2021, profiel)), overdracht, fase1));
    }

    private static ContractPlan plan(Soort soort, String regio, double aandeel, Profiel profiel, double overdracht,
            double fase1) {
        return new ContractPlan(soort, regio, Startmoment.BRP_INSCHRIJVING, WI2021, null, aandeel,
                List.of(new Versie(WI2021, profiel)), overdracht, fase1);
    }

    private static final Integer[] DUUR = { 6, 9, 12, 18, 24, 36, null };
    private static final double[] DUUR_KANS = { 6, 8, 35, 15, 20, 14, 2 };
    private static final Startmoment[] TEL = { Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING,
            Startmoment.KOPPELING };
    private static final Startmoment[] TRIGGER = { Startmoment.HUISVESTING, Startmoment.BRP_INSCHRIJVING,
            Startmoment.KOPPELING, Startmoment.VERHUIZING };
    private static final List<String> EERSTE_FASE = List.of("Opstart", "Basis op orde", "Startfase", "Regeldagfase");

    private Profiel profiel() {
        Integer maanden = DUUR[w.gewogen(DUUR_KANS)];
        Startmoment tel = TEL[w.gewogen(new double[] { 75, 18, 7 })];
        Startmoment trigger = TRIGGER[w.gewogen(new double[] { 50, 25, 15, 10 })];
        int naWeken = new int[] { 0, 2, 6 }[w.gewogen(new double[] { 85, 10, 5 })];
        int verlenging = maanden == null ? 0 : new int[] { 0, 6, 12 }[w.gewogen(new double[] { 40, 45, 15 })];
        int voorloop = new int[] { 4, 6, 8 }[w.tussen(0, 2)];
        FaseNorm eerste = fase(1, w.kies(EERSTE_FASE), w.tussen(6, 17));
        List<FaseNorm> fasen = w.kans(0.75) ? List.of(eerste, fase(2, "Verdere begeleiding", null))
                : List.of(eerste, fase(2, "Stabiel houden", w.kans(0.5) ? 26 : null), fase(3, "Afsluiting", null));
        return new Profiel(maanden, tel, trigger, naWeken, verlenging, voorloop, fasen);
    }

    // --- households per gemeente, staff per team

    /** Households per gemeente in proportion to its weight (largest remainder), at least one each. */
    private void verdeel(int huishoudens) {
        double totaal = gemeenten.stream().mapToDouble(g -> g.gewicht).sum();
        int over = huishoudens - gemeenten.size();
        int verdeeld = 0;
        double[] rest = new double[gemeenten.size()];
        for (int i = 0; i < gemeenten.size(); i++) {
            double precies = over * gemeenten.get(i).gewicht / totaal;
            gemeenten.get(i).huishoudens = 1 + (int) precies;
            rest[i] = precies - (int) precies;
            verdeeld += 1 + (int) precies;
        }
        while (verdeeld < huishoudens) {
            int beste = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[beste]) {
                    beste = i;
                }
            }
            gemeenten.get(beste).huishoudens++;
            rest[beste] = -1;
            verdeeld++;
        }
        for (GemeentePlan g : gemeenten) {
            for (Afspraak a : g.afspraken) {
                LocalDate einde = a.contract.einde();
                double aandeel;
                if (einde != null) {
                    aandeel = aandeelVoor(einde.plusDays(1));
                }
                else if (a.contract.ingang().isAfter(vandaag.minusYears(JAREN))) {
                    aandeel = 1 - aandeelVoor(a.contract.ingang()) + 0.15;
                }
                else {
                    aandeel = a.aandeel;
                }
                a.team.verwacht += g.huishoudens * aandeel;
            }
        }
    }

    private void bemens() {
        for (GemeentePlan g : gemeenten) {
            UUID id = g.gemeente.id();
            int n = g.huishoudens;
            voegToe(g.regievoerders, Math.max(1, Math.round(n / 150f)), Rol.REGIEVOERDER, id, null);
            voegToe(g.budgetcoaches, Math.max(1, Math.round(n / 300f)), Rol.BUDGETCOACH, id, null);
            voegToe(g.wijkteam, Math.max(1, Math.round(n / 500f)), Rol.WIJKTEAM, id, null);
            voegToe(g.beleid, 1, Rol.BELEID, id, null);
            voegToe(g.privacy, 1, Rol.PRIVACYFUNCTIONARIS, id, null);
        }
        int aantalBeheerders = 1 + gemeenten.size() / 150;
        for (int i = 0; i < aantalBeheerders; i++) {
            voegToe(beheerders, 1, Rol.BEHEERDER, gemeenten.get(i % gemeenten.size()).gemeente.id(), null);
        }
        for (UitvoerderPlan u : uitvoerders) {
            UUID id = u.uitvoerder.id();
            voegToe(u.teamleiders, 1 + (int) (u.verwacht() / 600), Rol.TEAMLEIDER, id, null);
            for (TeamPlan t : u.teams.values()) {
                if (!u.alleenVrijwilligers()) {
                    voegToe(t.begeleiders, Math.max(1, Math.round(t.verwacht / HUISHOUDENS_PER_BEGELEIDER)),
                            Rol.BEGELEIDER, id, t.team.id());
                }
                voegToe(t.vrijwilligers, Math.max(1, Math.round(t.verwacht / HUISHOUDENS_PER_VRIJWILLIGER)),
                        Rol.VRIJWILLIGER, id, t.team.id());
            }
        }
    }

    private static final String[] FTE = { "0.60", "0.78", "0.89", "1.00" };

    private void voegToe(List<Medewerker> lijst, long aantal, Rol rol, UUID organisatie, @Nullable UUID team) {
        for (int i = 0; i < aantal; i++) {
            int n = tellers.merge(rol, 1, Integer::sum);
            boolean gemeente = rol.gemeentezijde() || rol == Rol.PRIVACYFUNCTIONARIS; // its FG works for the gemeente
            Medewerker m = new Medewerker(w.uuid(), prefix + rol.name().toLowerCase(Locale.ROOT) + "-" + n,
                    Namen.medewerker(w), rol, gemeente ? organisatie : null, gemeente ? null : organisatie);
            lijst.add(m);
            medewerkers.add(m);
            if (rol != Rol.VRIJWILLIGER) {
                fte.put(m.id(), FTE[w.tussen(0, FTE.length - 1)]);
            }
            if (team != null) {
                lidVan.put(m.id(), List.of(team));
            }
        }
    }

    // --- writing

    void schrijf(Tabellen t, String wachtwoordHash) {
        for (GemeentePlan g : gemeenten) {
            t.gemeente.uuid(g.gemeente.id()).tekst(g.gemeente.naam()).tekst(g.gemeente.cbsCode()).einde();
            for (GemeenteRegime r : g.regimes) {
                t.gemeenteRegime.uuid(r.id()).uuid(r.gemeenteId()).datum(r.geldigVanaf()).getal(r.pipWeken())
                    .getal(r.ontzorgenMaanden()).getal(r.inburgeringstermijnMaanden()).einde();
            }
            taakstelling(t, g);
        }
        for (UitvoerderPlan u : uitvoerders) {
            t.uitvoerder.uuid(u.uitvoerder.id()).tekst(u.uitvoerder.naam()).uuid(u.uitvoerder.gemeenteId()).einde();
            for (TeamPlan team : u.teams.values()) {
                t.team.uuid(team.team.id()).uuid(u.uitvoerder.id()).tekst(team.team.naam()).einde();
            }
        }
        for (GemeentePlan g : gemeenten) {
            for (Afspraak a : g.afspraken) {
                Contract c = a.contract;
                t.contract.uuid(c.id()).uuid(c.gemeenteId()).uuid(c.uitvoerderId()).tekst(c.peildatum().name())
                    .datum(c.ingang()).datum(c.einde()).einde();
                for (ContractVoorwaarden v : a.voorwaarden) {
                    t.contractVoorwaarden.uuid(v.id()).uuid(v.contractId()).datum(v.geldigVanaf())
                        .getal(v.begeleidingMaanden()).tekst(v.telVanaf().name()).tekst(v.starttrigger().name())
                        .getal(v.startNaWeken()).getal(v.verlengingMaxMaanden()).tekst(v.verlengingVoorwaarde())
                        .tekst(v.verlengingBesluitDoor()).getal(v.afsluitingVoorloopWeken()).tekst(json(v.fasen()))
                        .einde();
                }
            }
        }
        for (Medewerker m : medewerkers) {
            t.medewerker.uuid(m.id()).tekst(m.gebruikersnaam()).tekst(wachtwoordHash).tekst(m.naam())
                .tekst(m.rol().name()).uuid(m.gemeenteId()).uuid(m.uitvoerderId()).tekst(fte.get(m.id())).einde();
            for (UUID team : lidVan.getOrDefault(m.id(), List.of())) {
                t.medewerkerTeam.uuid(m.id()).uuid(team).einde();
            }
        }
    }

    /** The housing quota per half-year, about the persons the gemeente takes in, from 2022 to this half-year. */
    private void taakstelling(Tabellen t, GemeentePlan g) {
        double perHalfjaar = g.huishoudens * 2.5 / (JAREN * 2);
        for (int jaar = WI2021.getYear(); jaar <= vandaag.getYear(); jaar++) {
            for (int half = 1; half <= 2; half++) {
                if (jaar == vandaag.getYear() && half == 2 && vandaag.getMonthValue() < 7) {
                    continue;
                }
                t.taakstelling.uuid(g.gemeente.id()).getal(jaar).getal(half)
                    .getal(Math.round(perHalfjaar * (0.85 + 0.3 * w.fractie()))).einde();
            }
        }
    }

    /** The phases as the organisatie module stores them (jsonb). */
    static String json(List<FaseNorm> fasen) {
        StringBuilder b = new StringBuilder("[");
        for (FaseNorm f : fasen) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append("{\"code\":\"").append(f.code()).append("\",\"naam\":\"").append(f.naam().replace("\"", "\\\""))
                .append("\",\"indicatieWeken\":").append(f.indicatieWeken()).append('}');
        }
        return b.append(']').toString();
    }
}
