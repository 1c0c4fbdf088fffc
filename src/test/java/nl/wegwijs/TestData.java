package nl.wegwijs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;
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
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * Builds fresh, isolated test worlds through the real services: a gemeente with an uitvoerder, two teams, a contract
 * and one medewerker per role. Every call makes new rows with unique names, so tests never share data.
 */
@Component
public class TestData {

    public static final String WACHTWOORD = "geheim-wachtwoord";
    private static final AtomicInteger TELLER = new AtomicInteger();

    private final OrganisatieService organisaties;
    private final TrajectService trajecten;
    private final org.springframework.security.crypto.password.PasswordEncoder encoder;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final nl.wegwijs.toestemming.ToestemmingService toestemmingen;

    TestData(OrganisatieService organisaties, TrajectService trajecten,
            org.springframework.security.crypto.password.PasswordEncoder encoder,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            nl.wegwijs.toestemming.ToestemmingService toestemmingen) {
        this.toestemmingen = toestemmingen;
        this.organisaties = organisaties;
        this.jdbc = jdbc;
        this.trajecten = trajecten;
        this.encoder = encoder;
    }

    /** A gemeente, its uitvoerder with teams A and B, a running contract, and users per role. */
    public record Wereld(Gemeente gemeente, Uitvoerder uitvoerder, Team teamA, Team teamB, Contract contract,
            Map<Rol, Medewerker> medewerkers, Medewerker begeleiderB, Medewerker vrijwilliger2) {

        public Medewerker als(Rol rol) {
            return medewerkers.get(rol);
        }
    }

    public Wereld wereld() {
        return wereld(12);
    }

    /** A world whose contract gives {@code maanden} of guidance (null: no formal end), 6 months extension max. */
    public Wereld wereld(Integer maanden) {
        int n = TELLER.incrementAndGet();
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        Gemeente g = organisaties.registreerGemeente("Testgemeente " + sleutel,
                vrijeCbsCode(n),
                List.of(new GemeenteRegime(null, null, LocalDate.of(2022, 1, 1), 10, 6, 36)));
        Uitvoerder u = organisaties.registreerUitvoerder("Uitvoerder " + sleutel, null, List.of("Team A", "Team B"));
        List<Team> teams = organisaties.teams(u.id());
        Contract c = organisaties.registreerContract(g.id(), u.id(), Startmoment.HUISVESTING,
                LocalDate.of(2022, 1, 1), null,
                List.of(new ContractVoorwaarden(null, null, LocalDate.of(2022, 1, 1), maanden,
                        Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, 6, "Alleen in uitzonderingsgevallen",
                        "Regievoerder", 6, List.of(new FaseNorm("FASE1", "Opstart", 12),
                                new FaseNorm("FASE2", "Verdere begeleiding", null)))));
        Map<Rol, Medewerker> mensen = new EnumMap<>(Rol.class);
        for (Rol rol : Rol.values()) {
            UUID org = rol.gemeentezijde() ? g.id() : u.id();
            Set<UUID> lidVan = rol == Rol.BEGELEIDER || rol == Rol.VRIJWILLIGER ? Set.of(teams.get(0).id()) : Set.of();
            mensen.put(rol, medewerker(rol.name().toLowerCase() + "-" + sleutel, rol, org, lidVan));
        }
        Medewerker begeleiderB = medewerker("begeleider-b-" + sleutel, Rol.BEGELEIDER, u.id(),
                Set.of(teams.get(1).id()));
        Medewerker vrijwilliger2 = medewerker("vrijwilliger2-" + sleutel, Rol.VRIJWILLIGER, u.id(),
                Set.of(teams.get(0).id()));
        return new Wereld(g, u, teams.get(0), teams.get(1), c, mensen, begeleiderB, vrijwilliger2);
    }

    private volatile String hash;

    private Medewerker medewerker(String gebruikersnaam, Rol rol, UUID org, Set<UUID> teams) {
        if (hash == null) {
            hash = encoder.encode(WACHTWOORD);
        }
        return organisaties.registreerMedewerker(gebruikersnaam, hash,
                "Naam " + gebruikersnaam, rol, org, rol.gemeentezijde() ? null : new BigDecimal("0.80"), teams);
    }

    /**
     * A CBS code no gemeente in the shared test database uses yet: GM8000 to GM9999 (demo data and generator tests add
     * their own, below GM8000). Fails instead of looking for ever once all 2,000 are taken.
     */
    private String vrijeCbsCode(int n) {
        for (int i = 0; i < TEST_CODES; i++) {
            String code = "GM" + (8000 + (n * 7 + i) % TEST_CODES);
            if (!jdbc.sql("select exists (select 1 from gemeente where cbs_code = ?)").param(code)
                .query(Boolean.class).single()) {
                return code;
            }
        }
        throw new IllegalStateException("every test CBS code GM8000-GM9999 is taken");
    }

    private static final int TEST_CODES = 2_000;

    /** Acts as this medewerker in a MockMvc request. */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor als(Medewerker m) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user(nl.wegwijs.organisatie.IngelogdeMedewerker.van(m));
    }

    /** The regievoerder registers a household of two adults and one child, BRP-registered on {@code brp}. */
    public Traject aanmelding(Wereld w, LocalDate brp) {
        return trajecten.meldAan(w.als(Rol.REGIEVOERDER), aanmeldingVoor(w, brp, "Haddad"));
    }

    public Aanmelding aanmeldingVoor(Wereld w, LocalDate brp, String achternaam) {
        return new Aanmelding(w.contract().id(), new Adres("Dorpsstraat", "1", "1234 AB", "Testdorp"),
                new HuishoudenDatums(brp.minusMonths(2), brp.minusDays(14), brp, brp.plusDays(14)), "azc Budel",
                List.of(persoon(PersoonRol.HOOFDPERSOON, "Samira", achternaam, LocalDate.of(1990, 3, 1), brp),
                        persoon(PersoonRol.PARTNER, "Yusuf", achternaam, LocalDate.of(1988, 7, 12), brp),
                        persoon(PersoonRol.KIND, "Lina", achternaam, LocalDate.of(2016, 5, 5), brp)),
                brp.isBefore(LocalDate.now()) ? brp : LocalDate.now());
    }

    /**
     * The household of {@code t} consents (all its persons, orally, from today, open-ended) that the gemeente's or
     * uitvoerder's {@code ontvanger} role sees these categories; recorded by the teamleider.
     */
    public void toestemming(Wereld w, Traject t, Rol ontvanger, nl.wegwijs.traject.Gegevenssoort... soorten) {
        nl.wegwijs.huishouden.HuishoudenId h = t.huishouden();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Set<UUID> personen = new java.util.HashSet<>(trajecten.inzage(tl, h).huishouden().personen().stream()
            .map(nl.wegwijs.huishouden.Persoon::id).toList());
        toestemmingen.legVast(tl, h, new nl.wegwijs.toestemming.NieuweToestemming(personen,
                ontvanger.gemeentezijde() ? w.gemeente().id() : w.uitvoerder().id(), ontvanger, Set.of(soorten),
                nl.wegwijs.toestemming.Doel.REGIE, LocalDate.now(), null, nl.wegwijs.toestemming.Wijze.MONDELING,
                null, null));
    }

    public static NieuwePersoon persoon(PersoonRol rol, String voornaam, String achternaam, LocalDate geboren,
            LocalDate brp) {
        return new NieuwePersoon(null, rol, voornaam, achternaam, geboren,
                rol == PersoonRol.PARTNER ? Geslacht.MAN : Geslacht.VROUW, "Syrië", List.of("Arabisch"), true,
                "Arabisch", Geletterdheid.GELETTERD, null, null, brp.minusMonths(3), brp,
                rol == PersoonRol.NAREIZIGER ? Verblijfsstatus.NAREIZIGER : Verblijfsstatus.ASIELSTATUSHOUDER);
    }
}
