package nl.wegwijs.afsluiting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of closing guidance: where the closing stands (lead time, closing measurement, eindgesprek,
 * open items, decision, handover), recording the eindgesprek, and the decision to end or extend (through the
 * trajectory's own rules in {@link TrajectService}, which publishes the events) or to hand over. Every method takes
 * the acting medewerker; a household goes through {@link TrajectService#inzage}.
 */
@Service
@Transactional(readOnly = true)
public class AfsluitingService {

    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Afsluitingen opslag;
    private final Standlezer standen;
    private final SamenvattingMaker maker;
    private final Clock clock;

    AfsluitingService(TrajectService trajecten, OrganisatieService organisaties, Afsluitingen opslag,
            Standlezer standen, SamenvattingMaker maker, Clock clock) {
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.opslag = opslag;
        this.standen = standen;
        this.maker = maker;
        this.clock = clock;
    }

    // --- who may

    /** Records the eindgesprek: the guiding side of a running trajectory (vrijwilliger, begeleider, teamleider). */
    public static boolean magVoorbereiden(Inzage inzage) {
        return inzage.magBegeleiden() && inzage.toegang().uitvoerderszijde();
    }

    /** Decides to end or extend: the uitvoerder's teamleider or the gemeente's regievoerder, while running. */
    public static boolean magBesluiten(Inzage inzage) {
        return inzage.magBegeleiden() && inzage.medewerker().heeftRol(Rol.TEAMLEIDER, Rol.REGIEVOERDER);
    }

    // --- reads

    /**
     * Where the closing stands, for the file's section (a few statements: settings, eindgesprekken, decisions,
     * handover, and the measurement through the Inzage).
     */
    @Transactional
    public Afsluiting afsluiting(Inzage inzage, Dossier d) {
        LocalDate vandaag = LocalDate.now(clock);
        Traject t = d.traject();
        AfsluitInstelling instelling = opslag.instelling(t.contractId());
        boolean heeftEinde = d.voorwaarden().heeftFormeelEinde();
        int weken = Afsluitregels.voorloopWeken(heeftEinde ? d.voorwaarden().afsluitingVoorloopWeken() : null,
                instelling.voorloopWeken());
        LocalDate einde = SamenvattingMaker.geplandEinde(d);
        LocalDate start = Afsluitregels.voorloopStart(einde, weken);
        var stand = standen.stand(inzage);
        LocalDate gemeten = stand.map(s -> s.meting().gemetenOp()).orElse(null);
        List<Eindgesprek> gesprekken = opslag.eindgesprekken(t.id().value());
        List<Afsluitbesluit> besluiten = opslag.besluiten(t.id().value());
        Overdracht overdracht = opslag.huidige(t.id().value()).orElse(null);
        if (!gesprekken.isEmpty() || !besluiten.isEmpty()) {
            inzage.log(Actie.LEZEN, "afsluiting", t.id().value());
        }
        return new Afsluiting(inzage, d.huishouden().id(), d.huishouden().naam(), t.status(), t.versie(), einde,
                weken, heeftEinde && d.voorwaarden().afsluitingVoorloopWeken() > 0, start,
                Afsluitregels.teDoen(start, vandaag), gemeten,
                Afsluitregels.slotmetingGedaan(gemeten, start, vandaag),
                stand.map(Standlezer.Stand::meting).orElse(null), gesprekken, besluiten, overdracht, instelling,
                heeftEinde, Afsluitregels.verlengingOver(t.verlengdMaanden(), d.voorwaarden().verlengingMaxMaanden()),
                magVoorbereiden(inzage), magBesluiten(inzage), OverdrachtService.magOverdragen(inzage), vandaag);
    }

    /** The closing page: where it stands and every open item (through the same Inzage), logged. */
    @Transactional
    public Pagina pagina(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        Dossier d = trajecten.dossier(inzage);
        Afsluiting a = afsluiting(inzage, d);
        // a refusal by the wijkteam the guide has not answered with a new handover yet, with its reason (logged)
        Overdracht afgewezen = a.overdracht() != null || a.afgesloten() ? null
                : opslag.laatsteAfwijzing(d.traject().id().value()).orElse(null);
        if (afgewezen != null) {
            inzage.log(Actie.LEZEN, "overdracht", afgewezen.id());
        }
        return new Pagina(a, maker.maak(inzage, d), afgewezen);
    }

    /**
     * The closing page's model: where it stands, the open items as the summary would list them, and the wijkteam's
     * refusal of the last handover while no new one runs (else null).
     */
    public record Pagina(Afsluiting afsluiting, Samenvatting open, @Nullable Overdracht afgewezen) {
    }

    /**
     * Where a household's closing stands.
     *
     * @param voorloopVanRegime the lead time is the regime's (else the contract's own setting here)
     * @param gemetenOp the latest self-reliance measurement, if the reader may see it
     * @param verlengingOver the months of extension the regime still allows
     */
    public record Afsluiting(Inzage inzage, HuishoudenId huishouden, String naam, TrajectStatus status,
            long trajectVersie, @Nullable LocalDate geplandEinde, int voorloopWeken, boolean voorloopVanRegime,
            @Nullable LocalDate voorloopStart, boolean teDoen, @Nullable LocalDate gemetenOp, boolean slotmeting,
            Samenvatting.@Nullable Meting meting, List<Eindgesprek> eindgesprekken, List<Afsluitbesluit> besluiten,
            @Nullable Overdracht overdracht, AfsluitInstelling instelling, boolean heeftEinde, int verlengingOver,
            boolean magVoorbereiden, boolean magBesluiten, boolean magOverdragen, LocalDate vandaag) {

        public boolean afgesloten() {
            return status.isAfgesloten();
        }

        public @Nullable Eindgesprek eindgesprek() {
            return eindgesprekken.isEmpty() ? null : eindgesprekken.get(0);
        }

        public @Nullable Afsluitbesluit besluit() {
            return besluiten.isEmpty() ? null : besluiten.get(0);
        }

        /** The last decision was to end with the services list. */
        public boolean dienstenlijst() {
            return besluiten.stream().anyMatch(Afsluitbesluit::dienstenlijst);
        }
    }

    // --- writes

    /** Records the eindgesprek (the guiding side of a running trajectory). */
    @Transactional
    public Eindgesprek legEindgesprekVast(Medewerker ik, HuishoudenId id, @Nullable LocalDate op,
            @Nullable String aanwezig, @Nullable String samenvatting, @Nullable String eigenKijk) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!magVoorbereiden(inzage)) {
            throw new DomeinFout(inzage.toegang().status().isAfgesloten() ? "traject.afgesloten"
                    : "afsluiting.niet-toegestaan");
        }
        LocalDate vandaag = LocalDate.now(clock);
        // the input first, before the file is read (and logged): a refused form is shown again with one read
        Afsluitregels.toetsEindgesprek(op, aanwezig, samenvatting, eigenKijk, LocalDate.MIN, vandaag);
        Dossier d = trajecten.dossier(inzage);
        Traject t = d.traject();
        LocalDate begonnen = t.praktischeStart() != null ? t.praktischeStart() : t.aangemeldOp();
        Afsluitregels.toetsEindgesprek(op, aanwezig, samenvatting, eigenKijk, begonnen, vandaag);
        Eindgesprek e = new Eindgesprek(UUID.randomUUID(), id.value(), t.id().value(), op, aanwezig.strip(),
                samenvatting.strip(), eigenKijk.strip(), ik.id(), ik.naam(), Instant.now(clock), 1);
        opslag.voegToe(e);
        inzage.log(Actie.AANMAKEN, "eindgesprek", e.id());
        return e;
    }

    /**
     * Ends guidance (teamleider or regievoerder): the decision is kept with the reason and whether the household got
     * the list of local services; the trajectory closes through {@link TrajectService#sluitAf}.
     */
    @Transactional
    public Afsluitbesluit beeindig(Medewerker ik, HuishoudenId id, long trajectVersie, @Nullable EindeReden reden,
            boolean dienstenlijst, @Nullable String toelichting) {
        Inzage inzage = trajecten.inzage(ik, id);
        vereisBesluiten(inzage);
        boolean gesprek = !opslag.eindgesprekken(inzage.trajectId().value()).isEmpty();
        TrajectStatus eind = Afsluitregels.toetsBeeindigen(reden, gesprek);
        if (toelichting != null && toelichting.strip().length() > Afsluitregels.TEKST_MAX) {
            throw new DomeinFout("afsluiting.besluit.toelichting.lang", Afsluitregels.TEKST_MAX);
        }
        LocalDate vandaag = LocalDate.now(clock);
        trajecten.sluitAf(ik, inzage.trajectId(), trajectVersie, eind, reden, vandaag, toelichting);
        Afsluitbesluit b = new Afsluitbesluit(UUID.randomUUID(), id.value(), inzage.trajectId().value(),
                Besluitsoort.BEEINDIGEN, reden, null, leeg(toelichting), null, null, dienstenlijst, ik.id(),
                ik.naam(), Instant.now(clock));
        opslag.voegToe(b);
        inzage.log(Actie.AANMAKEN, "afsluitbesluit", b.id());
        return b;
    }

    /**
     * Extends guidance within the regime (teamleider or regievoerder), with a reason and the person's own request;
     * the extension itself is the trajectory's ({@link TrajectService#verleng}).
     */
    @Transactional
    public Afsluitbesluit verleng(Medewerker ik, HuishoudenId id, long trajectVersie, @Nullable Integer maanden,
            @Nullable String reden, @Nullable String verzoek, @Nullable LocalDate verzoekOp) {
        Inzage inzage = trajecten.inzage(ik, id);
        vereisBesluiten(inzage);
        Dossier d = trajecten.dossier(inzage);
        LocalDate vandaag = LocalDate.now(clock);
        Afsluitregels.toetsVerlenging(maanden, d.traject().verlengdMaanden(), d.voorwaarden().verlengingMaxMaanden(),
                d.voorwaarden().heeftFormeelEinde(), reden, verzoek, verzoekOp, vandaag);
        String r = reden.strip();
        String v = verzoek.strip();
        trajecten.verleng(ik, inzage.trajectId(), trajectVersie, maanden,
                r + " — verzoek van de persoon (" + verzoekOp + "): " + v);
        Afsluitbesluit b = new Afsluitbesluit(UUID.randomUUID(), id.value(), inzage.trajectId().value(),
                Besluitsoort.VERLENGEN, null, maanden, r, v, verzoekOp, false, ik.id(), ik.naam(),
                Instant.now(clock));
        opslag.voegToe(b);
        inzage.log(Actie.AANMAKEN, "afsluitbesluit", b.id());
        return b;
    }

    private static void vereisBesluiten(Inzage inzage) {
        if (inzage.toegang().status().isAfgesloten()) {
            throw new DomeinFout("traject.afgesloten");
        }
        if (!magBesluiten(inzage)) {
            throw new DomeinFout("afsluiting.besluit.niet-toegestaan");
        }
    }

    private static @Nullable String leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    // --- per-contract settings (beheerder; regievoerder for their gemeente's contracts)

    /** The contracts whose closing settings this medewerker may edit. */
    public List<Contract> contracten(Medewerker ik) {
        if (ik.heeftRol(Rol.BEHEERDER)) {
            return organisaties.contracten();
        }
        if (ik.heeftRol(Rol.REGIEVOERDER)) {
            return organisaties.contractenVanGemeente(ik.organisatieId());
        }
        throw new NietGevonden();
    }

    public AfsluitInstelling instelling(Medewerker ik, UUID contract) {
        vereisContract(ik, contract);
        return opslag.instelling(contract);
    }

    @Transactional
    public AfsluitInstelling bewaar(Medewerker ik, AfsluitInstelling nieuw) {
        vereisContract(ik, nieuw.contractId());
        if (nieuw.voorloopWeken() < 1 || nieuw.voorloopWeken() > 52) {
            throw new DomeinFout("afsluiting.instelling.voorloop");
        }
        opslag.bewaar(nieuw);
        return opslag.instelling(nieuw.contractId());
    }

    private void vereisContract(Medewerker ik, UUID contract) {
        if (contracten(ik).stream().noneMatch(c -> c.id().equals(contract))) {
            throw new NietGevonden();
        }
    }
}
