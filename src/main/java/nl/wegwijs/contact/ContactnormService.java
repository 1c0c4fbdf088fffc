package nl.wegwijs.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;

/**
 * The contact norm per contract: how many weeks may pass between contacts. Set by the beheerder, or by the teamleider
 * of the contract's uitvoerder. A change moves the due date of every household under the contract, so their stand is
 * published again (computed in one statement).
 */
@Service
@Transactional(readOnly = true)
public class ContactnormService {

    private final Contactnormen normen;
    private final ContactStanden standen;
    private final OrganisatieService organisaties;
    private final Clock clock;

    ContactnormService(Contactnormen normen, ContactStanden standen, OrganisatieService organisaties, Clock clock) {
        this.normen = normen;
        this.standen = standen;
        this.organisaties = organisaties;
        this.clock = clock;
    }

    /** A contract with its norm: {@code eigen} when set, else the default; {@code versie} 0 when never set. */
    public record Normregel(Contract contract, int weken, long versie, boolean eigen) {
    }

    /** The norm in weeks under a contract. */
    public int weken(UUID contract) {
        long[] n = normen.voor(List.of(contract)).get(contract);
        return n == null ? Contactnorm.STANDAARD_WEKEN : (int) n[0];
    }

    /** The contracts whose norm the medewerker may set, by gemeente: all for the beheerder, their own for a teamleider. */
    public List<Normregel> normen(Medewerker ik) {
        List<Contract> contracten = organisaties.contracten().stream().filter(c -> magZetten(ik, c))
            .sorted(Comparator.comparing(Contract::gemeenteNaam).thenComparing(Contract::uitvoerderNaam)).toList();
        if (contracten.isEmpty() && !ik.heeftRol(Rol.BEHEERDER, Rol.TEAMLEIDER)) {
            throw new NietGevonden();
        }
        Map<UUID, long[]> gezet = normen.voor(contracten.stream().map(Contract::id).toList());
        return contracten.stream().map(c -> {
            long[] n = gezet.get(c.id());
            return n == null ? new Normregel(c, Contactnorm.STANDAARD_WEKEN, 0, false)
                    : new Normregel(c, (int) n[0], n[1], true);
        }).toList();
    }

    /** Sets the norm of a contract at the version the user saw (0 when it had none). */
    @Transactional
    public void zet(Medewerker ik, UUID contract, int weken, long versie) {
        Contract c = organisaties.contract(contract).filter(x -> magZetten(ik, x)).orElseThrow(NietGevonden::new);
        if (weken < Contactnorm.MIN_WEKEN || weken > Contactnorm.MAX_WEKEN) {
            throw new DomeinFout("contact.norm.bereik", Contactnorm.MIN_WEKEN, Contactnorm.MAX_WEKEN);
        }
        normen.zet(c.id(), weken, versie, ik.id(), Instant.now(clock));
        standen.publiceer(standen.onderContract(c.id()));
    }

    private static boolean magZetten(Medewerker ik, Contract c) {
        return ik.heeftRol(Rol.BEHEERDER)
                || ik.heeftRol(Rol.TEAMLEIDER) && c.uitvoerderId().equals(ik.uitvoerderId());
    }
}
