package nl.wegwijs.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.organisatie.Team;
import nl.wegwijs.organisatie.Uitvoerder;

/**
 * The organisations of the demo: gemeenten with their regimes and taakstelling, uitvoerders with teams, the contracts
 * with their versioned voorwaarden (after BRIEF.md §5 and source 001), and the staff. Built in one transaction, Den
 * Haag first, so a second node starting at the same time fails on its unique CBS code and loads nothing.
 */
final class DemoOrganisatie {

    static final String DEN_HAAG_CBS = "GM0518";
    static final LocalDate WI2021 = LocalDate.of(2022, 1, 1);
    static final LocalDate HEERENVEEN_ZELF = LocalDate.of(2024, 1, 1);

    /** A team with who works in it: the phase-1 worker (if the contract has one), begeleiders, vrijwilligers. */
    record Ploeg(Team team, Medewerker teamleider, @Nullable Medewerker fase1, List<Medewerker> begeleiders,
            List<Medewerker> vrijwilligers) {
    }

    /** A contract with its voorwaarden and the gemeente's regievoerder who registers households under it. */
    record Afspraak(Contract contract, List<ContractVoorwaarden> versies, Medewerker regievoerder) {
    }

    private final OrganisatieService organisaties;
    private final String hash;
    final List<Gemeente> gemeenten = new ArrayList<>();
    final Map<String, Afspraak> afspraken = new LinkedHashMap<>();
    final Map<String, Ploeg> ploegen = new HashMap<>();
    private final Map<String, Medewerker> regievoerders = new HashMap<>();
    private final Map<String, Team> teams = new HashMap<>();
    private int medewerkers;
    @Nullable
    Medewerker beheerder;

    private DemoOrganisatie(OrganisatieService organisaties, String hash) {
        this.organisaties = organisaties;
        this.hash = hash;
    }

    int medewerkers() {
        return medewerkers;
    }

    static DemoOrganisatie bouw(OrganisatieService organisaties, String wachtwoordHash) {
        DemoOrganisatie o = new DemoOrganisatie(organisaties, wachtwoordHash);
        o.bouw();
        return o;
    }

    Medewerker beheerder() {
        return java.util.Objects.requireNonNull(beheerder);
    }

    private void bouw() {
        Gemeente denHaag = gemeente("Den Haag", DEN_HAAG_CBS, "");
        UUID dh = denHaag.id();
        beheerder = mw("beheerder", "Jeroen Bakker", Rol.BEHEERDER, dh, null);
        regievoerders.put("Den Haag", mw("regievoerder", "Marieke van Dijk", Rol.REGIEVOERDER, dh, null));
        mw("budgetcoach", "Sanne Visser", Rol.BUDGETCOACH, dh, null);
        mw("wijkteam", "Karim El Amrani", Rol.WIJKTEAM, dh, null);
        mw("beleid", "Annelies de Groot", Rol.BELEID, dh, null);
        mw("privacy", "Nadia Benali", Rol.PRIVACYFUNCTIONARIS, dh, null);
        gemeente("Groningen", "GM0014", "Wietske Hoekstra");
        Gemeente heerenveen = gemeente("Heerenveen", "GM0074", "Sjoerd de Jong");
        gemeente("Roermond", "GM0957", "Ingrid Smeets");
        gemeente("Rotterdam", "GM0599", "Dewi Pattinama");
        Gemeente tholen = gemeente("Tholen", "GM0716", "Kees Hage");
        gemeente("Woerden", "GM0632", "Lotte Vermeulen");
        gemeente("Tynaarlo", "GM1730", "Harm Mulder");
        Gemeente haarlem = gemeente("Haarlem", "GM0392", "Femke Brouwer");
        mw("wijkteam.haarlem", "Joost Koster", Rol.WIJKTEAM, haarlem.id(), null);
        gemeente("Alkmaar", "GM0361", "Esther Kramer");
        gemeente("Castricum", "GM0383", "Ruud Schouten");
        taakstellingen();

        Uitvoerder vwn = uitvoerder("VluchtelingenWerk", null, "Den Haag Centrum", "Den Haag Escamp", "Rotterdam",
                "Woerden", "Tynaarlo", "Haarlem", "Roermond", "Heerenveen");
        Uitvoerder humanitas = uitvoerder("Humanitas", null, "Groningen");
        Uitvoerder groUp = uitvoerder("Gro-Up buurtwerk", null, "Rotterdam-Zuid");
        Uitvoerder inova = uitvoerder("INOVA", null, "Startteam Zaffier", "Alkmaar", "Castricum");
        Uitvoerder heerenveenZelf = uitvoerder("Gemeente Heerenveen", heerenveen.id(), "Integratiecoaches");
        Uitvoerder tholenZelf = uitvoerder("Gemeente Tholen", tholen.id(), "Maatschappelijke begeleiding Tholen");

        contracten(vwn, humanitas, groUp, inova, heerenveenZelf, tholenZelf);
        vluchtelingenWerk(vwn.id());
        Medewerker tlGroningen = mw("teamleider.groningen", "Marjolein Veenstra", Rol.TEAMLEIDER, humanitas.id(),
                "0.90");
        ploeg("Groningen", tlGroningen, null, List.of(begeleider("begeleider.groningen", "Rik Zijlstra", "0.80",
                humanitas.id(), "Groningen")), "Alie Wiersma", "Bert Smit", "Nour Al-Khatib", "Johan Boer");
        Medewerker tlGroUp = mw("teamleider.groupbuurtwerk", "Ricardo Martina", Rol.TEAMLEIDER, groUp.id(), "0.80");
        ploeg("Rotterdam-Zuid", tlGroUp, null, List.of(begeleider("begeleider.groupbuurtwerk", "Naima Ouali", "0.90",
                groUp.id(), "Rotterdam-Zuid")), "Kees Verbeek", "Aylin Demir");
        Medewerker tlInova = mw("teamleider.inova", "Monique Kaan", Rol.TEAMLEIDER, inova.id(), "1.00");
        Medewerker startteam = begeleider("startteam.inova", "Daniëlle Koning", "1.00", inova.id(),
                "Startteam Zaffier", "Alkmaar", "Castricum");
        begeleider("startteam2.inova", "Youssef Amrani", "0.80", inova.id(), "Startteam Zaffier");
        begeleider("startteam3.inova", "Linda Schipper", "0.60", inova.id(), "Startteam Zaffier");
        ploeg("Alkmaar", tlInova, startteam,
                List.of(begeleider("begeleider.alkmaar", "Ferry Boon", "0.90", inova.id(), "Alkmaar")));
        ploeg("Castricum", tlInova, startteam,
                List.of(begeleider("begeleider.castricum", "Sabine Groen", "0.80", inova.id(), "Castricum")));
        Medewerker tlHeerenveen = mw("teamleider.heerenveen", "Hiske van der Meer", Rol.TEAMLEIDER,
                heerenveenZelf.id(), "0.80");
        ploeg("Integratiecoaches", tlHeerenveen, null, List.of(
                begeleider("integratiecoach.heerenveen", "Jelle Terpstra", "1.00", heerenveenZelf.id(),
                        "Integratiecoaches"),
                begeleider("integratiecoach2.heerenveen", "Anke Kuiper", "0.80", heerenveenZelf.id(),
                        "Integratiecoaches")));
        Medewerker tlTholen = mw("teamleider.tholen", "Adrie Moerland", Rol.TEAMLEIDER, tholenZelf.id(), "0.50");
        ploeg("Maatschappelijke begeleiding Tholen", tlTholen, null, List.of(begeleider("begeleider.tholen",
                "Marian Quist", "0.90", tholenZelf.id(), "Maatschappelijke begeleiding Tholen")));
    }

    private void vluchtelingenWerk(UUID vwn) {
        Medewerker teamleider = mw("teamleider", "Nadia Bouzid", Rol.TEAMLEIDER, vwn, "1.00");
        Medewerker rotterdam = mw("teamleider.rotterdam", "Pieter Willems", Rol.TEAMLEIDER, vwn, "0.90");
        Medewerker noord = mw("teamleider.noord", "Grietje Bos", Rol.TEAMLEIDER, vwn, "0.80");
        Medewerker regeldag = begeleider("regeldag.denhaag", "Tarik Yilmaz", "1.00", vwn, "Den Haag Centrum",
                "Den Haag Escamp");
        ploeg("Den Haag Centrum", teamleider, regeldag,
                List.of(begeleider("begeleider", "Eva Meijer", "0.89", vwn, "Den Haag Centrum")),
                "Henk de Wit", "Ria van den Berg", "Omar Haddad", "Willemijn Smit", "Dawit Habte", "Gerard Kuipers");
        ploeg("Den Haag Escamp", teamleider, regeldag,
                List.of(begeleider("begeleider.escamp", "Merel Dekker", "0.80", vwn, "Den Haag Escamp"),
                        begeleider("stagiair.escamp", "Joris Peeters", "0.60", vwn, "Den Haag Escamp")),
                "Yvonne Maas", "Hamid Noori", "Bas Vos", "Ilse Prins");
        ploeg("Rotterdam", rotterdam, null,
                List.of(begeleider("begeleider.rotterdam", "Samira Benali", "0.90", vwn, "Rotterdam")),
                "Marco de Bruijn", "Selin Kaya", "Jan-Willem Roos");
        ploeg("Woerden", teamleider,
                begeleider("administratief.woerden", "Thijs van Leeuwen", "0.50", vwn, "Woerden"),
                List.of(begeleider("begeleider.woerden", "Hanneke Post", "0.70", vwn, "Woerden")),
                "Tineke Blom", "Rob van Vliet");
        ploeg("Tynaarlo", noord, null,
                List.of(begeleider("begeleider.tynaarlo", "Anouk Huisman", "0.80", vwn, "Tynaarlo")),
                "Aaltje Bosma", "Jan Hofstra", "Senait Kidane");
        ploeg("Haarlem", teamleider, null,
                List.of(begeleider("begeleider.haarlem", "Lisa Kok", "0.80", vwn, "Haarlem")),
                "Claire Hendriks", "Peter Wolters");
        ploeg("Roermond", teamleider, null,
                List.of(begeleider("begeleider.roermond", "Maud Janssen", "0.60", vwn, "Roermond")),
                "Mieke Peters", "Ludo Hermans");
        ploeg("Heerenveen", noord, null,
                List.of(begeleider("begeleider.heerenveen", "Wouter Dijkstra", "0.60", vwn, "Heerenveen")),
                "Sietske Postma");
    }

    private void contracten(Uitvoerder vwn, Uitvoerder humanitas, Uitvoerder groUp, Uitvoerder inova,
            Uitvoerder heerenveenZelf, Uitvoerder tholenZelf) {
        Startmoment brp = Startmoment.BRP_INSCHRIJVING;
        Startmoment huisvesting = Startmoment.HUISVESTING;
        FaseNorm verder = fase("FASE2", "Verdere begeleiding", null);
        contract("denhaag", "Den Haag", vwn, brp, WI2021,
                voorwaarden(WI2021, 12, brp, huisvesting, 0, null, 6, fase("FASE1", "Opstart", 17), verder));
        Startmoment koppeling = Startmoment.KOPPELING;
        contract("groningen", "Groningen", humanitas, koppeling, WI2021, voorwaarden(WI2021, 36, koppeling,
                koppeling, 0, null, 8, fase("FASE1", "Opstart vanaf koppeling", 12), verder));
        contract("heerenveen-vwn", "Heerenveen", vwn, brp, WI2021,
                voorwaarden(WI2021, 36, brp, huisvesting, 0, null, 8, fase("FASE1", "Opstart", 10), verder));
        contract("heerenveen", "Heerenveen", heerenveenZelf, brp, HEERENVEEN_ZELF,
                voorwaarden(HEERENVEEN_ZELF, 36, brp, huisvesting, 6, "In uitzonderlijke gevallen", 8,
                        fase("FASE1", "Opstart", 10), fase("FASE2", "Intensief eerste jaar", 42),
                        fase("FASE3", "Spreekuur", null)));
        contract("roermond", "Roermond", vwn, brp, WI2021,
                voorwaarden(WI2021, 6, brp, huisvesting, 0, null, 4, fase("FASE1", "Opstart", 6), verder));
        FaseNorm[] rotterdam = { fase("FASE1", "Opstart", 13), fase("FASE2", "Verdere begeleiding", 78),
                fase("AFSLUITING", "Afsluiting", 13) };
        contract("rotterdam-vwn", "Rotterdam", vwn, brp, WI2021,
                voorwaarden(WI2021, 24, brp, huisvesting, 0, null, 13, rotterdam));
        contract("rotterdam-group", "Rotterdam", groUp, brp, WI2021,
                voorwaarden(WI2021, 24, brp, huisvesting, 0, null, 13, rotterdam));
        contract("tholen", "Tholen", tholenZelf, brp, WI2021,
                voorwaarden(WI2021, null, brp, huisvesting, 0, null, 0, fase("FASE1", "Opstart", 6), verder));
        contract("woerden", "Woerden", vwn, brp, WI2021, voorwaarden(WI2021, 12, brp, huisvesting, 6,
                "Alleen in uitzonderingsgevallen", 6, fase("FASE1", "Opstart (administratief begeleider)", 4),
                verder));
        contract("tynaarlo", "Tynaarlo", vwn, huisvesting, LocalDate.of(2020, 1, 1),
                voorwaarden(LocalDate.of(2020, 1, 1), 18, huisvesting, huisvesting, 0, null, 6,
                        fase("FASE1", "Opstart", 12), verder));
        // Haarlem cut guidance from 2 to 1 year for "statushouders die per 2020 gehuisvest worden ... in de
        // gemeente" [004 L106-108]: housed in the gemeente is the move-in, so both the version and the duration count
        // from VERHUIZING (not from the housing offer, not from BRP). docs/timeline.md §2.4 says why.
        Startmoment verhuizing = Startmoment.VERHUIZING;
        LocalDate haarlem2015 = LocalDate.of(2015, 1, 1);
        LocalDate haarlem2020 = LocalDate.of(2020, 1, 1);
        contract("haarlem", "Haarlem", vwn, verhuizing, haarlem2015,
                voorwaarden(haarlem2015, 24, verhuizing, huisvesting, 0, null, 8, fase("FASE1", "Opstart", 12), verder),
                voorwaarden(haarlem2020, 12, verhuizing, huisvesting, 0, null, 8, fase("FASE1", "Opstart", 12),
                        verder));
        // INOVA guides for the six Zaffier gemeenten under the same terms; one contract per gemeente.
        for (String gemeente : List.of("Alkmaar", "Castricum")) {
            contract(gemeente.toLowerCase(), gemeente, inova, brp, WI2021, voorwaarden(WI2021, 12, brp, huisvesting,
                    6, "In uitzonderlijke gevallen", 6, fase("FASE1", "Opstart (startteam)", 8), verder));
        }
    }

    private void taakstellingen() {
        // Taakstelling per half-year, 2023-1 to 2025-1, as in source 001 (table in §1.2.4).
        int[][] halfjaren = { { 2023, 1 }, { 2023, 2 }, { 2024, 1 }, { 2024, 2 }, { 2025, 1 } };
        Map<String, int[]> tabel = new LinkedHashMap<>();
        tabel.put("Den Haag", new int[] { 662, 549, 588, 532, 559 });
        tabel.put("Groningen", new int[] { 282, 233, 249, 226, 240 });
        tabel.put("Heerenveen", new int[] { 62, 51, 54, 49, 51 });
        tabel.put("Roermond", new int[] { 71, 59, 53, 57, 60 });
        tabel.put("Rotterdam", new int[] { 784, 650, 693, 628, 662 });
        tabel.put("Tholen", new int[] { 32, 27, 28, 26, 26 });
        tabel.put("Woerden", new int[] { 64, 53, 56, 51, 53 });
        tabel.forEach((naam, aantallen) -> {
            for (int i = 0; i < halfjaren.length; i++) {
                organisaties.zetTaakstelling(beheerder(), gemeente(naam).id(), halfjaren[i][0], halfjaren[i][1],
                        aantallen[i]);
            }
        });
    }

    // --- helpers

    private Gemeente gemeente(String naam, String cbs, String regievoerder) {
        Gemeente g = organisaties.registreerGemeente(naam, cbs, List.of(new GemeenteRegime(null, null, WI2021,
                GemeenteRegime.STANDAARD_PIP_WEKEN, GemeenteRegime.STANDAARD_ONTZORGEN_MAANDEN,
                GemeenteRegime.STANDAARD_INBURGERINGSTERMIJN_MAANDEN)));
        gemeenten.add(g);
        if (!regievoerder.isEmpty()) {
            String gebruiker = "regievoerder." + naam.toLowerCase().replace(" ", "");
            regievoerders.put(naam, mw(gebruiker, regievoerder, Rol.REGIEVOERDER, g.id(), null));
        }
        return g;
    }

    private Gemeente gemeente(String naam) {
        return gemeenten.stream().filter(g -> g.naam().equals(naam)).findFirst().orElseThrow();
    }

    private Uitvoerder uitvoerder(String naam, @Nullable UUID gemeenteZelf, String... teamnamen) {
        Uitvoerder u = organisaties.registreerUitvoerder(naam, gemeenteZelf, List.of(teamnamen));
        organisaties.teams(u.id()).forEach(t -> teams.put(t.naam(), t));
        return u;
    }

    private void contract(String sleutel, String gemeente, Uitvoerder uitvoerder, Startmoment peildatum,
            LocalDate ingang, ContractVoorwaarden... versies) {
        Contract c = organisaties.registreerContract(gemeente(gemeente).id(), uitvoerder.id(), peildatum, ingang, null,
                List.of(versies));
        afspraken.put(sleutel, new Afspraak(c, List.of(versies), regievoerders.get(gemeente)));
    }

    private static ContractVoorwaarden voorwaarden(LocalDate vanaf, @Nullable Integer maanden, Startmoment telVanaf,
            Startmoment trigger, int verlengingMax, @Nullable String voorwaarde, int afsluitingWeken,
            FaseNorm... fasen) {
        return new ContractVoorwaarden(null, null, vanaf, maanden, telVanaf, trigger, 0, verlengingMax, voorwaarde,
                verlengingMax > 0 ? "regievoerder" : null, afsluitingWeken, List.of(fasen));
    }

    private static FaseNorm fase(String code, String naam, @Nullable Integer weken) {
        return new FaseNorm(code, naam, weken);
    }

    private void ploeg(String team, Medewerker teamleider, @Nullable Medewerker fase1, List<Medewerker> begeleiders,
            String... vrijwilligers) {
        Team t = teams.get(team);
        List<Medewerker> lijst = new ArrayList<>();
        String sleutel = team.toLowerCase().replace(' ', '-');
        for (int i = 0; i < vrijwilligers.length; i++) {
            // The first Den Haag Centrum volunteer is the demo user "vrijwilliger".
            String gebruiker = lijst.isEmpty() && team.equals("Den Haag Centrum") ? "vrijwilliger"
                    : "vrijwilliger." + sleutel + "." + (i + 1);
            lijst.add(mw(gebruiker, vrijwilligers[i], Rol.VRIJWILLIGER, t.uitvoerderId(), null, team));
        }
        ploegen.put(team, new Ploeg(t, teamleider, fase1, begeleiders, lijst));
    }

    private Medewerker begeleider(String gebruiker, String naam, String fte, UUID uitvoerder, String... teamnamen) {
        return mw(gebruiker, naam, Rol.BEGELEIDER, uitvoerder, fte, teamnamen);
    }

    private Medewerker mw(String gebruiker, String naam, Rol rol, UUID organisatie, @Nullable String fte,
            String... teamnamen) {
        medewerkers++;
        List<UUID> lidVan = java.util.Arrays.stream(teamnamen).map(t -> teams.get(t).id()).toList();
        return organisaties.registreerMedewerker(gebruiker, hash, naam, rol, organisatie,
                fte == null ? null : new BigDecimal(fte), lidVan);
    }
}
