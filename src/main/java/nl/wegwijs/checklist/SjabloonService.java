package nl.wegwijs.checklist;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;

/**
 * Editing a contract's checklist template, by a beheerder (any contract) or a teamleider of the contract's
 * uitvoerder; for anyone else the template does not exist (404). The first change copies the default template;
 * items are added, moved up or down, and taken out of or back into use, never deleted, so households that have an
 * item keep it. Every change posts the template version it was made on (optimistic locking; 0 while the contract
 * has no copy yet), and marks the contract's running households for the nightly synchronisation, which also moves
 * their items over to the contract's copy; a change never touches households' items itself.
 */
@Service
@Transactional(readOnly = true)
public class SjabloonService {

    static final int TITEL_MAX = 200;
    static final int HULPTEKST_MAX = 1000;

    private final Sjablonen sjablonen;
    private final ChecklistItems items;
    private final OrganisatieService organisaties;
    private final Clock clock;

    SjabloonService(Sjablonen sjablonen, ChecklistItems items, OrganisatieService organisaties, Clock clock) {
        this.sjablonen = sjablonen;
        this.items = items;
        this.organisaties = organisaties;
        this.clock = clock;
    }

    /** The contracts whose template the medewerker may edit: all for a beheerder, their uitvoerder's for a teamleider. */
    public List<Contract> bewerkbareContracten(Medewerker ik) {
        return organisaties.contracten().stream().filter(c -> magBewerken(ik, c)).toList();
    }

    /** The template a contract uses: its own copy, or the default (then {@code eigen} is false and versie 0). */
    public Sjabloon sjabloon(Medewerker ik, UUID contractId) {
        Contract contract = contract(ik, contractId);
        return sjablonen.eigen(contract.id())
            .map(kop -> new Sjabloon(contract.id(), true, kop.versie(), sjablonen.items(kop.id())))
            .orElseGet(() -> new Sjabloon(contract.id(), false, 0, sjablonen.items(Sjablonen.STANDAARD)));
    }

    /** The contract the template belongs to, when the medewerker may edit it. */
    public Contract contract(Medewerker ik, UUID contractId) {
        return organisaties.contract(contractId).filter(c -> magBewerken(ik, c)).orElseThrow(NietGevonden::new);
    }

    @Transactional
    public void voegToe(Medewerker ik, UUID contractId, long versie, NieuwSjabloonItem nieuw) {
        controleer(nieuw);
        UUID sjabloon = teBewerken(ik, contractId, versie);
        Set<String> codes = sjablonen.items(sjabloon).stream().map(SjabloonItem::code).collect(Collectors.toSet());
        String basis = code(nieuw.titel());
        String code = basis;
        for (int i = 2; codes.contains(code); i++) {
            code = basis + "-" + i;
        }
        sjablonen.voegToe(sjabloon, code, new NieuwSjabloonItem(nieuw.titel().strip(), nieuw.thema(),
                nieuw.categorie(), nieuw.reikwijdte(), nieuw.leeftijdVan(), nieuw.leeftijdTot(), nieuw.referentie(),
                nieuw.termijnDagen(), nieuw.jaarlijks(), nieuw.uitvoerende(), nieuw.doelgroep(),
                nieuw.hulptekst() == null || nieuw.hulptekst().isBlank() ? null : nieuw.hulptekst().strip()));
        items.markeerContract(contractId, LocalDate.now(clock));
    }

    /** Moves an item one place up ({@code -1}) or down ({@code 1}) in the template. */
    @Transactional
    public void verplaats(Medewerker ik, UUID contractId, long versie, String code, int richting) {
        UUID sjabloon = teBewerken(ik, contractId, versie);
        List<SjabloonItem> lijst = sjablonen.items(sjabloon);
        int plek = plek(lijst, code);
        int ander = plek + Integer.signum(richting);
        if (ander < 0 || ander >= lijst.size() || richting == 0) {
            return;
        }
        SjabloonItem a = lijst.get(plek);
        SjabloonItem b = lijst.get(ander);
        int volgordeA = a.volgorde() == b.volgorde() ? b.volgorde() + Integer.signum(richting) : b.volgorde();
        sjablonen.zetVolgorde(a.id(), volgordeA);
        sjablonen.zetVolgorde(b.id(), a.volgorde());
    }

    /** Takes an item out of use (households that have it keep it) or back into use. */
    @Transactional
    public void zetInGebruik(Medewerker ik, UUID contractId, long versie, String code, boolean inGebruik) {
        UUID sjabloon = teBewerken(ik, contractId, versie);
        List<SjabloonItem> lijst = sjablonen.items(sjabloon);
        sjablonen.zetVervallen(lijst.get(plek(lijst, code)).id(), !inGebruik);
        if (inGebruik) {
            items.markeerContract(contractId, LocalDate.now(clock));
        }
    }

    private static int plek(List<SjabloonItem> lijst, String code) {
        for (int i = 0; i < lijst.size(); i++) {
            if (lijst.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new NietGevonden();
    }

    /** The contract's own template at the version the user saw, copied from the default on the first change. */
    private UUID teBewerken(Medewerker ik, UUID contractId, long versie) {
        Contract contract = contract(ik, contractId);
        var eigen = sjablonen.eigen(contract.id());
        if (eigen.isPresent()) {
            sjablonen.verhoogVersie(eigen.get().id(), versie);
            return eigen.get().id();
        }
        if (versie != 0) {
            throw new GelijktijdigGewijzigd();
        }
        UUID kopie;
        try {
            kopie = sjablonen.kopieer(contract.id());
        }
        catch (DuplicateKeyException gelijktijdig) {
            throw new GelijktijdigGewijzigd();
        }
        // its running households move over to the copy at the nightly synchronisation, not in this request
        items.markeerContract(contract.id(), LocalDate.now(clock));
        return kopie;
    }

    private static boolean magBewerken(Medewerker ik, Contract c) {
        return ik.heeftRol(Rol.BEHEERDER)
                || ik.heeftRol(Rol.TEAMLEIDER) && c.uitvoerderId().equals(ik.uitvoerderId());
    }

    /** The rules of a new item, also checked by the form and the database. */
    static void controleer(NieuwSjabloonItem i) {
        if (i.titel() == null || i.titel().isBlank()) {
            throw new DomeinFout("checklist.sjabloon.titel.leeg");
        }
        if (i.titel().strip().length() > TITEL_MAX) {
            throw new DomeinFout("checklist.sjabloon.titel.lang", TITEL_MAX);
        }
        if (i.hulptekst() != null && i.hulptekst().strip().length() > HULPTEKST_MAX) {
            throw new DomeinFout("checklist.sjabloon.hulptekst.lang", HULPTEKST_MAX);
        }
        if (ongeldigeLeeftijd(i.leeftijdVan()) || ongeldigeLeeftijd(i.leeftijdTot())
                || i.leeftijdVan() != null && i.leeftijdTot() != null && i.leeftijdVan() > i.leeftijdTot()) {
            throw new DomeinFout("checklist.sjabloon.leeftijd");
        }
        if (Math.abs(i.termijnDagen()) > 3650) {
            throw new DomeinFout("checklist.sjabloon.termijn");
        }
        if (i.referentie() == Referentie.KALENDERJAAR && !i.jaarlijks()) {
            throw new DomeinFout("checklist.sjabloon.kalenderjaar");
        }
    }

    private static boolean ongeldigeLeeftijd(@Nullable Integer leeftijd) {
        return leeftijd != null && (leeftijd < 0 || leeftijd > 120);
    }

    /** A code from a title: lower case ASCII words joined by hyphens, e.g. "eigen-fietsles". */
    static String code(String titel) {
        String ascii = Normalizer.normalize(titel, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (code.length() > 40) {
            code = code.substring(0, 40).replaceAll("-$", "");
        }
        return "eigen-" + (code.isEmpty() ? "item" : code);
    }
}
