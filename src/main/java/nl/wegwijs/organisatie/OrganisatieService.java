package nl.wegwijs.organisatie;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;

/**
 * Public entry point of the organisatie module: reads for every module, configuration changes for the beheerder.
 * A change of a regime is a new version with its own effective date; existing versions are never rewritten.
 */
@Service
@Transactional(readOnly = true)
public class OrganisatieService {

    private final Organisaties organisaties;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final nl.wegwijs.verwerkingslog.Verwerkingslog log;

    OrganisatieService(Organisaties organisaties, PasswordEncoder passwordEncoder, Clock clock,
            nl.wegwijs.verwerkingslog.Verwerkingslog log) {
        this.organisaties = organisaties;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.log = log;
    }

    // --- reads for everyone (no personal data)

    public List<Gemeente> gemeenten() {
        return organisaties.gemeenten();
    }

    public Optional<Gemeente> gemeente(UUID id) {
        return organisaties.gemeente(id);
    }

    public List<Uitvoerder> uitvoerders() {
        return organisaties.uitvoerders();
    }

    public Optional<Uitvoerder> uitvoerder(UUID id) {
        return organisaties.uitvoerder(id);
    }

    // --- identification numbers (BSN, V-nummer): who may see them

    /**
     * Whether this medewerker may see BSN and V-nummer of the households they may see: everyone but a vrijwilliger,
     * and a vrijwilliger too when their uitvoerder's policy allows it (volunteers doing the administration of phase
     * 1). The one place this is decided; the household file and the API lists ask here.
     */
    public boolean magIdentificatieZien(Medewerker ik) {
        if (ik.rol() != Rol.VRIJWILLIGER) {
            return true;
        }
        return ik.uitvoerderId() != null && organisaties.vrijwilligerIdentificatie(ik.uitvoerderId());
    }

    /** The uitvoerders whose volunteers may see BSN and V-nummer (for the beheer overview; no personal data). */
    public java.util.Set<UUID> uitvoerdersMetVrijwilligerIdentificatie() {
        return organisaties.uitvoerdersMetVrijwilligerIdentificatie();
    }

    /** The uitvoerder's policy on identification numbers for volunteers (beheerder only). */
    public Identificatiebeleid identificatiebeleid(Medewerker ik, UUID uitvoerderId) {
        vereisBeheerder(ik);
        return organisaties.identificatiebeleid(uitvoerderId).orElseThrow(NietGevonden::new);
    }

    /** Every change of that policy, newest first: who allowed or withdrew it, when and why (beheerder only). */
    public List<Identificatiebeleid.Wijziging> identificatiebeleidHistorie(Medewerker ik, UUID uitvoerderId) {
        vereisBeheerder(ik);
        return organisaties.identificatiebeleidHistorie(uitvoerderId);
    }

    /**
     * Sets whether the uitvoerder's volunteers see BSN and V-nummer (beheerder only). Allowing it needs a reason;
     * the change is recorded with who and when. Refuses a stale version ({@code GelijktijdigGewijzigd}).
     */
    @Transactional
    public void wijzigIdentificatiebeleid(Medewerker ik, UUID uitvoerderId, long versie, boolean toegestaan,
            @Nullable String reden) {
        vereisBeheerder(ik);
        organisaties.uitvoerder(uitvoerderId).orElseThrow(NietGevonden::new);
        String r = reden == null || reden.isBlank() ? null : reden.strip();
        if (toegestaan && r == null) {
            throw new DomeinFout("organisatie.identificatie.reden.leeg");
        }
        if (organisaties.wijzigIdentificatiebeleid(uitvoerderId, versie, toegestaan, r, ik.id(),
                java.time.Instant.now(clock)) == 0) {
            throw new nl.wegwijs.system.GelijktijdigGewijzigd();
        }
    }

    public List<Team> teams(UUID uitvoerderId) {
        return organisaties.teams(uitvoerderId);
    }

    public List<Team> teamsVan(UUID medewerkerId) {
        return organisaties.teamsVan(medewerkerId);
    }

    public List<Contract> contracten() {
        return organisaties.contracten();
    }

    public Optional<Contract> contract(UUID id) {
        return organisaties.contract(id);
    }

    /** The contracts a user may register a household under: of their gemeente, or of their uitvoerder. */
    public List<Contract> contractenVoorAanmelding(Medewerker ik, LocalDate op) {
        List<Contract> contracten = ik.gemeenteId() != null ? organisaties.contractenVanGemeente(ik.gemeenteId())
                : organisaties.contractenVanUitvoerder(java.util.Objects.requireNonNull(ik.uitvoerderId()));
        return contracten.stream().filter(c -> c.loopt(op)).toList();
    }

    public List<Contract> contractenVanGemeente(UUID gemeenteId) {
        return organisaties.contractenVanGemeente(gemeenteId);
    }

    public List<Contract> contractenVanUitvoerder(UUID uitvoerderId) {
        return organisaties.contractenVanUitvoerder(uitvoerderId);
    }

    /** The running contract of a gemeente with an uitvoerder on a date, if any. */
    public Optional<Contract> lopendContract(UUID gemeenteId, UUID uitvoerderId, LocalDate op) {
        return organisaties.contractenVanGemeente(gemeenteId).stream()
            .filter(c -> c.uitvoerderId().equals(uitvoerderId) && c.loopt(op))
            .findFirst();
    }

    public Regime regime(UUID contractId) {
        return organisaties.regime(contractId).orElseThrow(NietGevonden::new);
    }

    public List<GemeenteRegime> gemeenteVersies(UUID gemeenteId) {
        return organisaties.gemeenteVersies(gemeenteId);
    }

    public List<ContractVoorwaarden> voorwaarden(UUID contractId) {
        return organisaties.voorwaarden(contractId);
    }

    public List<Taakstelling> taakstellingen(UUID gemeenteId) {
        return organisaties.taakstellingen(gemeenteId);
    }

    public Optional<Medewerker> medewerker(UUID id) {
        return organisaties.medewerker(id);
    }

    /** Display names of medewerkers, in one query. */
    public java.util.Map<UUID, String> namen(Collection<UUID> medewerkers) {
        return organisaties.namen(medewerkers);
    }

    /** Staff of an uitvoerder a teamleider can assign: only for the teamleider's own uitvoerder. */
    public List<MedewerkerOverzicht> medewerkersVoorToewijzing(Medewerker ik, UUID uitvoerderId) {
        if (!ik.heeftRol(Rol.TEAMLEIDER) || !uitvoerderId.equals(ik.uitvoerderId())) {
            return List.of();
        }
        return organisaties.medewerkersVanUitvoerder(uitvoerderId).stream()
            .filter(m -> m.rol() == Rol.BEGELEIDER || m.rol() == Rol.VRIJWILLIGER || m.rol() == Rol.TEAMLEIDER)
            .toList();
    }

    /**
     * The guiding staff (begeleider, vrijwilliger, teamleider) of one team of the teamleider's own uitvoerder, at most
     * {@code max}: the short first list of the guide picker. Empty for anyone else.
     */
    public List<MedewerkerOverzicht> toewijsbaarInTeam(Medewerker ik, UUID uitvoerderId, UUID teamId, int max) {
        if (!magToewijzen(ik, uitvoerderId)) {
            return List.of();
        }
        return organisaties.toewijsbaarInTeam(uitvoerderId, teamId, max);
    }

    /**
     * Guiding staff of the teamleider's own uitvoerder whose name contains {@code tekst} (at least two letters), at
     * most {@code max}, by name: the search of the guide picker. Empty for anyone else.
     */
    public List<MedewerkerOverzicht> zoekToewijsbaar(Medewerker ik, UUID uitvoerderId, String tekst, int max) {
        String gezocht = tekst.strip();
        if (!magToewijzen(ik, uitvoerderId) || gezocht.length() < 2) {
            return List.of();
        }
        return organisaties.zoekToewijsbaar(uitvoerderId, gezocht, max);
    }

    /** One medewerker the teamleider can assign (own uitvoerder, a guiding role), in one query. */
    public Optional<MedewerkerOverzicht> toewijsbaar(Medewerker ik, UUID uitvoerderId, UUID medewerkerId) {
        if (!magToewijzen(ik, uitvoerderId)) {
            return Optional.empty();
        }
        return organisaties.toewijsbaar(uitvoerderId, medewerkerId);
    }

    private static boolean magToewijzen(Medewerker ik, UUID uitvoerderId) {
        return ik.heeftRol(Rol.TEAMLEIDER) && uitvoerderId.equals(ik.uitvoerderId());
    }

    public List<MedewerkerOverzicht> medewerkers(Medewerker ik) {
        vereisBeheerder(ik);
        return organisaties.medewerkers();
    }

    // --- configuration by the beheerder

    @Transactional
    public Gemeente voegGemeenteToe(Medewerker ik, String naam, String cbsCode) {
        vereisBeheerder(ik);
        Gemeente g = new Gemeente(UUID.randomUUID(), naam.strip(), cbsCode.strip().toUpperCase());
        organisaties.voegToe(g);
        organisaties.voegToe(new GemeenteRegime(UUID.randomUUID(), g.id(), LocalDate.of(2022, 1, 1),
                GemeenteRegime.STANDAARD_PIP_WEKEN, GemeenteRegime.STANDAARD_ONTZORGEN_MAANDEN,
                GemeenteRegime.STANDAARD_INBURGERINGSTERMIJN_MAANDEN));
        return g;
    }

    @Transactional
    public Uitvoerder voegUitvoerderToe(Medewerker ik, String naam, @Nullable UUID gemeenteZelf) {
        vereisBeheerder(ik);
        Uitvoerder u = new Uitvoerder(UUID.randomUUID(), naam.strip(), gemeenteZelf);
        organisaties.voegToe(u);
        return u;
    }

    @Transactional
    public Team voegTeamToe(Medewerker ik, UUID uitvoerderId, String naam) {
        vereisBeheerder(ik);
        organisaties.uitvoerder(uitvoerderId).orElseThrow(NietGevonden::new);
        Team t = new Team(UUID.randomUUID(), uitvoerderId, naam.strip());
        organisaties.voegToe(t);
        return t;
    }

    /**
     * A gemeente contracts an uitvoerder. Its first voorwaarden version is valid from {@code voorwaarden}'s own
     * {@code geldigVanaf}.
     */
    @Transactional
    public Contract sluitContract(Medewerker ik, UUID gemeenteId, UUID uitvoerderId, Startmoment peildatum,
            LocalDate ingang, ContractVoorwaarden voorwaarden) {
        vereisBeheerder(ik);
        Gemeente g = organisaties.gemeente(gemeenteId).orElseThrow(NietGevonden::new);
        Uitvoerder u = organisaties.uitvoerder(uitvoerderId).orElseThrow(NietGevonden::new);
        Contract c = new Contract(UUID.randomUUID(), g.id(), u.id(), peildatum, ingang, null, g.naam(), u.naam());
        organisaties.voegToe(c);
        organisaties.voegToe(withContract(voorwaarden, c.id()));
        return c;
    }

    @Transactional
    public void beeindigContract(Medewerker ik, UUID contractId, LocalDate einde) {
        vereisBeheerder(ik);
        Contract c = organisaties.contract(contractId).orElseThrow(NietGevonden::new);
        if (einde.isBefore(c.ingang())) {
            throw new DomeinFout("organisatie.contract.einde-voor-ingang");
        }
        if (organisaties.beeindig(contractId, einde) == 0) {
            throw new DomeinFout("organisatie.contract.al-beeindigd");
        }
    }

    /**
     * A new version of the contract's voorwaarden from {@code geldigVanaf}; earlier versions stay as they were. It
     * starts tomorrow at the earliest (see {@link #vereisToekomst}).
     */
    @Transactional
    public void nieuweVoorwaarden(Medewerker ik, ContractVoorwaarden voorwaarden) {
        vereisBeheerder(ik);
        organisaties.contract(voorwaarden.contractId()).orElseThrow(NietGevonden::new);
        vereisToekomst(voorwaarden.geldigVanaf());
        boolean bestaat = organisaties.voorwaarden(voorwaarden.contractId()).stream()
            .anyMatch(v -> v.geldigVanaf().equals(voorwaarden.geldigVanaf()));
        if (bestaat) {
            throw new DomeinFout("organisatie.versie.bestaat", voorwaarden.geldigVanaf());
        }
        organisaties.voegToe(withContract(voorwaarden, voorwaarden.contractId()));
    }

    /**
     * A new version of the gemeente's regime from {@code geldigVanaf}; earlier versions stay as they were. It starts
     * tomorrow at the earliest (see {@link #vereisToekomst}).
     */
    @Transactional
    public void nieuwGemeenteRegime(Medewerker ik, UUID gemeenteId, LocalDate geldigVanaf, int pipWeken,
            int ontzorgenMaanden, int inburgeringstermijnMaanden) {
        vereisBeheerder(ik);
        organisaties.gemeente(gemeenteId).orElseThrow(NietGevonden::new);
        vereisToekomst(geldigVanaf);
        if (organisaties.gemeenteVersies(gemeenteId).stream().anyMatch(v -> v.geldigVanaf().equals(geldigVanaf))) {
            throw new DomeinFout("organisatie.versie.bestaat", geldigVanaf);
        }
        organisaties.voegToe(new GemeenteRegime(UUID.randomUUID(), gemeenteId, geldigVanaf, pipWeken, ontzorgenMaanden,
                inburgeringstermijnMaanden));
    }

    /**
     * Withdraws a version of the gemeente's regime that is not in force yet (it starts after today). A version in
     * force, or one that was, stays: deadlines were computed under it. The only version cannot be withdrawn.
     */
    @Transactional
    public GemeenteRegime trekGemeenteRegimeIn(Medewerker ik, UUID gemeenteId, UUID versieId) {
        vereisBeheerder(ik);
        List<GemeenteRegime> versies = organisaties.gemeenteVersies(gemeenteId);
        GemeenteRegime versie = versies.stream().filter(v -> v.id().equals(versieId)).findFirst()
            .orElseThrow(NietGevonden::new);
        vereisIntrekbaar(versie.geldigVanaf(), versies.size());
        if (organisaties.trekGemeenteRegimeIn(gemeenteId, versieId, vandaag()) == 0) {
            throw new DomeinFout("organisatie.versie.al-van-kracht", versie.geldigVanaf());
        }
        return versie;
    }

    /** Withdraws a version of the contract's voorwaarden that is not in force yet; as {@link #trekGemeenteRegimeIn}. */
    @Transactional
    public ContractVoorwaarden trekVoorwaardenIn(Medewerker ik, UUID contractId, UUID versieId) {
        vereisBeheerder(ik);
        List<ContractVoorwaarden> versies = organisaties.voorwaarden(contractId);
        ContractVoorwaarden versie = versies.stream().filter(v -> v.id().equals(versieId)).findFirst()
            .orElseThrow(NietGevonden::new);
        vereisIntrekbaar(versie.geldigVanaf(), versies.size());
        if (organisaties.trekVoorwaardenIn(contractId, versieId, vandaag()) == 0) {
            throw new DomeinFout("organisatie.versie.al-van-kracht", versie.geldigVanaf());
        }
        return versie;
    }

    /** Whether a version from this date can still be withdrawn: it is not in force yet. */
    public boolean intrekbaar(LocalDate geldigVanaf) {
        return geldigVanaf.isAfter(vandaag());
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /**
     * A new version starts tomorrow at the earliest. From today or earlier it would change deadlines already
     * computed (a person registered this morning), and it could no longer be withdrawn.
     */
    private void vereisToekomst(LocalDate geldigVanaf) {
        if (!intrekbaar(geldigVanaf)) {
            throw new DomeinFout("organisatie.versie.verleden", vandaag().plusDays(1));
        }
    }

    private void vereisIntrekbaar(LocalDate geldigVanaf, int aantal) {
        if (!intrekbaar(geldigVanaf)) {
            throw new DomeinFout("organisatie.versie.al-van-kracht", geldigVanaf);
        }
        if (aantal <= 1) {
            throw new DomeinFout("organisatie.versie.enige");
        }
    }

    @Transactional
    public void zetTaakstelling(Medewerker ik, UUID gemeenteId, int jaar, int halfjaar, int aantal) {
        vereisBeheerder(ik);
        organisaties.zetTaakstelling(gemeenteId, jaar, halfjaar, aantal);
    }

    /** A beheerder adds a medewerker (personal data: logged as created). */
    @Transactional
    public Medewerker voegMedewerkerToe(Medewerker ik, String gebruikersnaam, String wachtwoord, String naam, Rol rol,
            UUID organisatieId, @Nullable BigDecimal fte, Collection<UUID> teams) {
        vereisBeheerder(ik);
        Medewerker m = registreerMedewerker(gebruikersnaam, passwordEncoder.encode(wachtwoord), naam, rol,
                organisatieId, fte, teams);
        logMedewerkers(ik, nl.wegwijs.verwerkingslog.Actie.AANMAKEN, List.of(m));
        return m;
    }

    /** One medewerker for the beheerder (personal data: the read is logged). */
    @Transactional
    public Medewerker medewerkerVoorBeheer(Medewerker ik, UUID id) {
        vereisBeheerder(ik);
        Medewerker m = organisaties.medewerker(id).orElseThrow(NietGevonden::new);
        logMedewerkers(ik, nl.wegwijs.verwerkingslog.Actie.LEZEN, List.of(m));
        return m;
    }

    /** Logs a processing of medewerkers' own data (they are data subjects too) under the beheer activity. */
    private void logMedewerkers(Medewerker ik, nl.wegwijs.verwerkingslog.Actie actie, List<Medewerker> wie) {
        log.leg(wie.stream().map(m -> new nl.wegwijs.verwerkingslog.Verwerking(ik.id(), ik.organisatieId(), actie,
                nl.wegwijs.verwerkingslog.Verwerkingsactiviteit.BEHEER, m.id(), null, "medewerker", m.id())).toList());
    }

    /**
     * Registers a medewerker with an already hashed password, without an acting user: for the demo data and the
     * generator, which run at start-up.
     */
    @Transactional
    public Medewerker registreerMedewerker(String gebruikersnaam, String wachtwoordHash, String naam, Rol rol,
            UUID organisatieId, @Nullable BigDecimal fte, Collection<UUID> teams) {
        boolean gemeente = organisaties.gemeente(organisatieId).isPresent();
        if (rol.gemeentezijde() != gemeente && !rol.beideZijden()) {
            throw new DomeinFout("organisatie.medewerker.rol-past-niet");
        }
        Medewerker m = new Medewerker(UUID.randomUUID(), gebruikersnaam, naam, rol, gemeente ? organisatieId : null,
                gemeente ? null : organisatieId);
        organisaties.voegToe(m, wachtwoordHash, fte, teams);
        return m;
    }

    /**
     * The technical account of an API client (issue 20), made by the beheerder: the client acts as this medewerker,
     * so every rule of the services holds for it unchanged and the processing log names it
     * ({@code "API-client: <naam>"}). It can never log in with the form (login refuses it by name, and its
     * password hash is of a random secret nobody knows), has no team and is never offered as a guide.
     */
    @Transactional
    public Medewerker registreerTechnischAccount(Medewerker ik, String clientNaam, Rol rol, UUID organisatieId) {
        vereisBeheerder(ik);
        boolean gemeente = organisaties.gemeente(organisatieId).isPresent();
        if (!gemeente && organisaties.uitvoerder(organisatieId).isEmpty()) {
            throw new NietGevonden();
        }
        if (rol.gemeentezijde() != gemeente && !rol.beideZijden()) {
            throw new DomeinFout("organisatie.medewerker.rol-past-niet");
        }
        UUID id = UUID.randomUUID();
        Medewerker m = new Medewerker(id, "api-client:" + id, "API-client: " + clientNaam.strip(), rol,
                gemeente ? organisatieId : null, gemeente ? null : organisatieId);
        byte[] onbekend = new byte[32];
        new java.security.SecureRandom().nextBytes(onbekend);
        organisaties.voegTechnischToe(m, passwordEncoder.encode(java.util.HexFormat.of().formatHex(onbekend)));
        return m;
    }

    /** Ends an API client's technical account when the client is revoked. */
    @Transactional
    public void beeindigTechnischAccount(Medewerker ik, UUID medewerkerId) {
        vereisBeheerder(ik);
        if (!organisaties.beeindigTechnisch(medewerkerId)) {
            throw new NietGevonden();
        }
    }

    /** Makes raw structures for start-up code (demo data, generator) without a beheerder. */
    @Transactional
    public Gemeente registreerGemeente(String naam, String cbsCode, List<GemeenteRegime> versies) {
        Gemeente g = new Gemeente(UUID.randomUUID(), naam, cbsCode);
        organisaties.voegToe(g);
        versies.stream().sorted(Comparator.comparing(GemeenteRegime::geldigVanaf))
            .forEach(v -> organisaties.voegToe(new GemeenteRegime(UUID.randomUUID(), g.id(), v.geldigVanaf(),
                    v.pipWeken(), v.ontzorgenMaanden(), v.inburgeringstermijnMaanden())));
        return g;
    }

    @Transactional
    public Uitvoerder registreerUitvoerder(String naam, @Nullable UUID gemeenteZelf, List<String> teams) {
        Uitvoerder u = new Uitvoerder(UUID.randomUUID(), naam, gemeenteZelf);
        organisaties.voegToe(u);
        teams.forEach(t -> organisaties.voegToe(new Team(UUID.randomUUID(), u.id(), t)));
        return u;
    }

    @Transactional
    public Contract registreerContract(UUID gemeenteId, UUID uitvoerderId, Startmoment peildatum, LocalDate ingang,
            @Nullable LocalDate einde, List<ContractVoorwaarden> versies) {
        Gemeente g = organisaties.gemeente(gemeenteId).orElseThrow(NietGevonden::new);
        Uitvoerder u = organisaties.uitvoerder(uitvoerderId).orElseThrow(NietGevonden::new);
        Contract c = new Contract(UUID.randomUUID(), g.id(), u.id(), peildatum, ingang, einde, g.naam(), u.naam());
        organisaties.voegToe(c);
        versies.forEach(v -> organisaties.voegToe(withContract(v, c.id())));
        return c;
    }

    // --- reads for the beheerder's screens

    /** Every team of every uitvoerder, in one query. */
    public List<Team> alleTeams() {
        return organisaties.alleTeams();
    }

    /**
     * The medewerker who logs in with this name, for the beheerder and the privacyfunctionaris (e.g. to filter the
     * processing log).
     */
    public Optional<Medewerker> medewerkerMetGebruikersnaam(Medewerker ik, String gebruikersnaam) {
        vereisLogInzage(ik);
        return organisaties.account(gebruikersnaam.strip()).map(Organisaties.Account::medewerker);
    }

    /**
     * Medewerkers whose display name contains {@code deel} (case-insensitive, also those no longer active), for the
     * beheerder, e.g. to filter the processing log by the name it shows; at most {@code max}, by name.
     */
    @Transactional
    public List<Medewerker> zoekMedewerkersOpNaam(Medewerker ik, String deel, int max) {
        vereisLogInzage(ik);
        List<Medewerker> gevonden = organisaties.zoekOpNaam(deel.strip(), max);
        logMedewerkers(ik, nl.wegwijs.verwerkingslog.Actie.LEZEN, gevonden);
        return gevonden;
    }

    /** The active medewerkers of one gemeente or uitvoerder, for the beheerder (the read is logged). */
    @Transactional
    public List<Medewerker> medewerkersVan(Medewerker ik, UUID organisatieId) {
        vereisBeheerder(ik);
        List<Medewerker> medewerkers = organisaties.medewerkersVanOrganisatie(organisatieId);
        logMedewerkers(ik, nl.wegwijs.verwerkingslog.Actie.LEZEN, medewerkers);
        return medewerkers;
    }

    /** FTE and teams of the active medewerkers of an uitvoerder (empty for a gemeente), for the beheerder. */
    public List<MedewerkerOverzicht> medewerkerOverzichtVan(Medewerker ik, UUID uitvoerderId) {
        vereisBeheerder(ik);
        return organisaties.medewerkersVanUitvoerder(uitvoerderId);
    }

    private static ContractVoorwaarden withContract(ContractVoorwaarden v, UUID contractId) {
        return new ContractVoorwaarden(UUID.randomUUID(), contractId, v.geldigVanaf(), v.begeleidingMaanden(),
                v.telVanaf(), v.starttrigger(), v.startNaWeken(), v.verlengingMaxMaanden(), v.verlengingVoorwaarde(),
                v.verlengingBesluitDoor(), v.afsluitingVoorloopWeken(), v.fasen());
    }

    /** Who may browse the processing log: the beheerder and the privacyfunctionaris. */
    private static void vereisLogInzage(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            throw new NietGevonden();
        }
    }

    private static void vereisBeheerder(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER)) {
            throw new NietGevonden();
        }
    }
}
